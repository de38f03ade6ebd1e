import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

/** What a piece of code tried to reach while it ran. */
export interface Accesses {
  readonly files: string[];
  readonly connections: string[];
}

type AnyFunction = (...args: unknown[]) => unknown;

/**
 * Runs `action` with Node's file and network entry points wrapped so that every file opened or read
 * and every connection attempted is recorded (and still performed: the test asserts on the record).
 * Covers fs (sync, callback and promise APIs), net/tls sockets, http(s) requests and fetch.
 */
export async function recordAccesses<T>(action: () => Promise<T>): Promise<{ result: T; accesses: Accesses }> {
  const files: string[] = [];
  const connections: string[] = [];
  const restores: (() => void)[] = [];
  const wrap = (target: object, name: string, record: (args: unknown[]) => void): void => {
    const holder = target as Record<string, AnyFunction>;
    const original = holder[name];
    if (typeof original !== 'function') return;
    holder[name] = function (this: unknown, ...args: unknown[]) {
      record(args);
      return original.apply(this, args);
    };
    restores.push(() => {
      holder[name] = original;
    });
  };
  const file = (args: unknown[]): void => {
    files.push(String(args[0]));
  };
  for (const name of [
    'readFileSync',
    'openSync',
    'readFile',
    'open',
    'createReadStream',
    'existsSync',
    'statSync',
    'readdirSync',
  ])
    wrap(fs, name, file);
  for (const name of ['readFile', 'open', 'stat', 'readdir']) wrap(fs.promises, name, file);
  const connection = (args: unknown[]): void => {
    connections.push(JSON.stringify(args[0] ?? null));
  };
  wrap(net.Socket.prototype, 'connect', connection);
  wrap(net, 'connect', connection);
  wrap(net, 'createConnection', connection);
  wrap(tls, 'connect', connection);
  for (const module of [http, https]) {
    wrap(module, 'request', connection);
    wrap(module, 'get', connection);
  }
  wrap(globalThis, 'fetch', connection);
  syncBuiltinESMExports();
  try {
    const result = await action();
    return { result, accesses: { files, connections } };
  } finally {
    for (const restore of restores.reverse()) restore();
    syncBuiltinESMExports();
  }
}
