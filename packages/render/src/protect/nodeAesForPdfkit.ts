import { nodeBuiltin } from '../nodeBuiltin.js';

/**
 * The part of pdfkit 0.19's security handler (its class `PDFSecurity`, which pdfkit does not export)
 * that this file wraps. pdfkit calls `getEncryptFn(object, generation)` once for every object it
 * writes, and the function returned once for each string and for the stream of that object.
 */
interface PdfkitSecurityHandler {
  /** 5 for AES-256 (security handler revision 5, what pdfkitSecurity asks for at `1.7ext3`). */
  readonly version: number;
  /** The file key: at version 5, 32 random bytes that every string and stream is encrypted with. */
  readonly encryptionKey: Uint8Array;
  getEncryptFn(object: number, generation: number): ((data: Uint8Array) => Uint8Array) | null;
}

const AES_256_KEY_BYTES = 32;
const IV_BYTES = 16;
/** Random bytes drawn from the operating system at a time: 256 initialisation vectors. */
const IV_POOL_BYTES = 4096;

let usingNodeAes: boolean | undefined;

/**
 * Makes pdfmake's pdfkit encrypt AES-256 with Node's own cipher (OpenSSL) instead of its JavaScript
 * one; the first call does it, later calls only say whether it was done. True in Node when
 * pdfkit's security handler was found; false in a browser (pdfkit keeps its own cipher there) or
 * when an upgrade of pdfkit has moved it (pdfkit's cipher then still writes a correct, slower file).
 *
 * Why: in a 4-page PDF pdfkit encrypts about 40 kB (font subsets, page contents, metadata) with
 * @noble/ciphers and draws one random initialisation vector with its own call to the operating
 * system for each of its ~400 objects, though only ~40 hold a string or a stream: ~9 ms, a fifth of
 * the render. Here each vector is drawn only when a string or stream is encrypted, from a pool
 * filled 4 kB at a time (as Node's own `randomUUID` does), and the bytes are encrypted by OpenSSL.
 *
 * The file is the same kind of file: AES-256 in CBC mode with PKCS #7 padding under pdfkit's file
 * key, a random 16-byte vector written before each string and stream (ISO 32000-1, 7.6.2). One
 * difference, for the better: pdfkit reuses an object's vector for all its strings and its stream;
 * here each string and stream has a vector of its own, as the standard describes.
 *
 * This patches pdfkit 0.19 internals, `PDFSecurity.prototype.getEncryptFn`, for the whole process
 * (every document of pdfmake's pdfkit copy, ours or a caller's, gets the same correct encryption;
 * other versions than AES-256 are left to pdfkit). nodeAesForPdfkit.test.ts fails when an upgrade
 * of pdfkit moves the seam; test/render/protection.test.ts, when a vector repeats in a pdfmake PDF.
 */
export function useNodeAesInPdfkit(): boolean {
  usingNodeAes ??= wrapPdfkitCipher();
  return usingNodeAes;
}

function wrapPdfkitCipher(): boolean {
  const crypto = nodeBuiltin('node:crypto');
  const handler = pdfkitSecurityHandler();
  if (crypto === undefined || handler === undefined) return false;
  const pdfkitEncryptFn = handler.getEncryptFn;
  const nextIv = ivSource(crypto);
  handler.getEncryptFn = function (this: PdfkitSecurityHandler, object, generation) {
    if (this.version !== 5 || this.encryptionKey?.length !== AES_256_KEY_BYTES)
      return pdfkitEncryptFn.call(this, object, generation);
    const key = this.encryptionKey;
    return (data) => {
      const iv = nextIv();
      const cipher = crypto.createCipheriv('aes-256-cbc', key, iv);
      // pdfkit turns the result into a string with Buffer's toString('binary'): a Buffer it must be.
      return Buffer.concat([iv, cipher.update(data), cipher.final()]);
    };
  };
  return true;
}

/**
 * The prototype of pdfkit's security handler, from the pdfkit that pdfmake requires. pdfkit exports
 * only its document class, so a document with a password (never written anywhere) is made to reach it.
 */
function pdfkitSecurityHandler(): PdfkitSecurityHandler | undefined {
  const createRequire = nodeBuiltin('node:module')?.createRequire;
  if (createRequire === undefined) return undefined;
  try {
    const fromPdfmake = createRequire(createRequire(import.meta.url).resolve('pdfmake'));
    const PDFDocument = fromPdfmake('pdfkit') as new (options: object) => { readonly _security?: unknown };
    const probe = new PDFDocument({ pdfVersion: '1.7ext3', userPassword: 'probe', autoFirstPage: false, font: null });
    const handler: unknown = probe._security == null ? undefined : Object.getPrototypeOf(probe._security);
    const seam = (handler as Partial<PdfkitSecurityHandler> | undefined)?.getEncryptFn;
    return typeof seam === 'function' && seam.length === 2 ? (handler as PdfkitSecurityHandler) : undefined;
  } catch {
    return undefined;
  }
}

/** Fresh random initialisation vectors, each 16 bytes used once, drawn from the OS 4 kB at a time. */
function ivSource(crypto: typeof import('node:crypto')): () => Uint8Array {
  let pool = new Uint8Array(0);
  let used = 0;
  return () => {
    if (used + IV_BYTES > pool.length) {
      pool = crypto.randomFillSync(new Uint8Array(IV_POOL_BYTES));
      used = 0;
    }
    used += IV_BYTES;
    return pool.subarray(used - IV_BYTES, used);
  };
}
