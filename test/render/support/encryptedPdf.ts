import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * What qpdf (Debian `qpdf`) says of an encrypted PDF: `--show-encryption` with a password, and the
 * exit codes of `--decrypt` with it, with a wrong one and with none. `decrypted` is the file qpdf
 * writes with the right password, and `check` the exit code of `qpdf --check` on it.
 */
export interface QpdfVerdict {
  readonly encryption: string;
  readonly decryptWithPassword: number | null;
  readonly decryptWithWrongPassword: number | null;
  readonly decryptWithNoPassword: number | null;
  readonly checkDecrypted: number | null;
  readonly decrypted: Uint8Array;
}

/** Debian's `qpdf`, as pdfTools.ts runs it. */
const QPDF = 'qpdf';

export function qpdfVerdict(pdf: Uint8Array, password: string): QpdfVerdict {
  const folder = mkdtempSync(join(tmpdir(), 'strategy-record-encrypted-'));
  try {
    const file = join(folder, 'protected.pdf');
    const plain = join(folder, 'decrypted.pdf');
    writeFileSync(file, pdf);
    const qpdf = (...args: string[]) => spawnSync(QPDF, args, { encoding: 'utf8' });
    const shown = qpdf('--show-encryption', `--password=${password}`, file);
    const decryptWith = (...extra: string[]) => qpdf('--decrypt', ...extra, file, join(folder, 'attempt.pdf')).status;
    const decryptWithPassword = qpdf('--decrypt', `--password=${password}`, file, plain).status;
    return {
      encryption: shown.stdout + shown.stderr,
      decryptWithPassword,
      decryptWithWrongPassword: decryptWith(`--password=${password}x`),
      decryptWithNoPassword: decryptWith(),
      checkDecrypted: qpdf('--check', plain).status,
      decrypted: readFileSync(plain),
    };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** AES-256, accessibility extraction allowed, printing allowed, copying and changes not: what every protected copy promises. */
export const PROTECTED_AS_PROMISED = [
  /^R = [56]$/m,
  /^stream encryption method: AESv3$/m,
  /^string encryption method: AESv3$/m,
  /^extract for accessibility: allowed$/m,
  /^extract for any purpose: not allowed$/m,
  /^print high resolution: allowed$/m,
  /^modify anything: not allowed$/m,
] as const;

/** The ways a password could sit in a file's bytes: UTF-8, UTF-16 (big and little endian, as PDF text strings), and hex. */
function passwordForms(password: string): Buffer[] {
  const utf16be = Buffer.from(password, 'utf16le').swap16();
  return [
    Buffer.from(password, 'utf8'),
    Buffer.from(password, 'utf16le'),
    utf16be,
    Buffer.from(Buffer.from(password, 'utf8').toString('hex')),
    Buffer.from(Buffer.from(password, 'utf8').toString('hex').toUpperCase()),
    Buffer.from(utf16be.toString('hex').toUpperCase()),
  ];
}

/** Whether any form of the password is in the bytes. */
export function holdsPassword(bytes: Uint8Array | string, password: string): boolean {
  const haystack = Buffer.from(bytes);
  return passwordForms(password).some((form) => haystack.includes(form));
}

/** pdfkit's escapes in a literal string (PDFObject.convert): the only bytes it escapes. */
const LITERAL_ESCAPES: Record<string, number> = {
  n: 0x0a,
  r: 0x0d,
  t: 0x09,
  b: 0x08,
  f: 0x0c,
  '\\': 0x5c,
  '(': 0x28,
  ')': 0x29,
};

/**
 * Every literal string and stream of a PDF as pdfkit writes it (one object after another, literal
 * strings with no raw line break, each stream's `/Length` in its dictionary), as the bytes in the
 * file: in an encrypted file, each one's initialisation vector followed by its ciphertext. Hex
 * strings (the file identifier, the encryption dictionary's keys) are not encrypted and not listed.
 */
export function encryptedValues(pdf: Uint8Array): { readonly object: number; readonly bytes: Uint8Array }[] {
  const text = Buffer.from(pdf).toString('latin1');
  const values: { object: number; bytes: Uint8Array }[] = [];
  const header = /(\d+) 0 obj\n/g;
  for (let match = header.exec(text); match !== null; match = header.exec(text)) {
    const object = Number(match[1]);
    const start = header.lastIndex;
    const ends = ['\nstream\n', '\nendobj\n'].map((marker) => text.indexOf(marker, start)).filter((at) => at >= 0);
    const valueEnd = Math.min(...ends);
    const value = text.slice(start, valueEnd);
    for (let at = value.indexOf('('); at >= 0; at = value.indexOf('(', at)) {
      const bytes: number[] = [];
      for (at += 1; value[at] !== ')'; at += 1) {
        if (value[at] === '\\') {
          at += 1;
          const escaped = LITERAL_ESCAPES[value[at] ?? ''];
          if (escaped === undefined) throw new Error(`object ${object}: an escape pdfkit does not write`);
          bytes.push(escaped);
        } else bytes.push(value.charCodeAt(at));
      }
      values.push({ object, bytes: Uint8Array.from(bytes) });
    }
    if (text.startsWith('\nstream\n', valueEnd)) {
      const length = Number(/^\/Length (\d+)$/m.exec(value)?.[1]);
      const streamStart = valueEnd + '\nstream\n'.length;
      if (!text.startsWith('\nendstream', streamStart + length))
        throw new Error(`object ${object}: a stream whose /Length is wrong`);
      values.push({ object, bytes: pdf.subarray(streamStart, streamStart + length) });
      header.lastIndex = streamStart + length;
    }
  }
  return values;
}
