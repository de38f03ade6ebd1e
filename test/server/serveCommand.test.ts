import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { runCli } from '../support/runCli.js';

describe('strategy-record serve', () => {
  it.each([
    [
      'an address other machines reach, without keys',
      ['--host', '0.0.0.0'],
      {},
      /refusing to listen on 0\.0\.0\.0 without API keys/,
    ],
    ['a port that is not a number', ['--port', 'eighty'], {}, /--port must be a whole number/],
    [
      'a key file that cannot be read',
      ['--keys-file', 'no-such-keys'],
      {},
      /the key file no-such-keys could not be read/,
    ],
    [
      'a key too short, from the environment',
      [],
      { STRATEGY_RECORD_API_KEYS: 'short' },
      /API key entry 1: a key is at least 24 characters/,
    ],
  ])('refuses to start with %s: one line, exit 2, no stack trace', (_what, args, environment, message) => {
    const run = runCli(['serve', ...args], undefined, environment);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');
  });

  it('prints the hash of a key for a key file, so the server never stores the key itself', () => {
    const key = 'a-key-of-more-than-24-characters';
    const run = runCli(['serve', '--hash-key'], `${key}\n`);
    expect([run.status, run.stdout]).toEqual([0, `sha256:${createHash('sha256').update(key).digest('hex')}\n`]);
  });
});
