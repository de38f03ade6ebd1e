import { createHash, timingSafeEqual } from 'node:crypto';

/** What a key may do: `validate` covers validation and the reference data; `minutes` covers writing minutes. */
export type ApiScope = 'validate' | 'minutes';

const SCOPES: readonly ApiScope[] = ['validate', 'minutes'];

/** One API key as the service holds it: only the SHA-256 digest of the secret, never the secret. */
export interface ApiKey {
  readonly sha256: Buffer;
  readonly scopes: ReadonlySet<ApiScope>;
}

/** Secrets shorter than this are refused: a bearer key is the only thing between a record and the world. */
const MIN_SECRET_LENGTH = 24;

/** `sha256:` and the hex digest of a secret: what a key file may hold instead of the secret itself. */
export function hashApiKey(secret: string): string {
  return `sha256:${createHash('sha256').update(secret, 'utf8').digest('hex')}`;
}

/**
 * Reads API keys from the text of a key file or environment variable: one key per line (or
 * separated by `;`), each a secret or `sha256:<64 hex digits>` (see {@link hashApiKey}), optionally
 * followed by the scopes it allows (`validate`, `minutes`; both when none is named). Blank lines and
 * lines starting with `#` are skipped. Throws an Error naming the entry (by its position, never its
 * text) when one cannot be used.
 */
export function parseApiKeys(text: string): ApiKey[] {
  const keys: ApiKey[] = [];
  const entries = text.split(/[\n;]/);
  entries.forEach((entry, index) => {
    const [secret, ...scopeWords] = entry.trim().split(/\s+/);
    if (secret === undefined || secret === '' || secret.startsWith('#')) return;
    const where = `API key entry ${index + 1}`;
    let sha256: Buffer;
    if (secret.startsWith('sha256:')) {
      const hex = secret.slice('sha256:'.length);
      if (!/^[0-9a-f]{64}$/i.test(hex)) throw new Error(`${where}: after "sha256:" come 64 hexadecimal digits.`);
      sha256 = Buffer.from(hex, 'hex');
    } else {
      if (secret.length < MIN_SECRET_LENGTH)
        throw new Error(`${where}: a key is at least ${MIN_SECRET_LENGTH} characters long.`);
      sha256 = digest(secret);
    }
    const unknown = scopeWords.filter((word) => !(SCOPES as readonly string[]).includes(word));
    if (unknown.length > 0) throw new Error(`${where}: the scopes are ${SCOPES.join(' and ')}.`);
    keys.push({ sha256, scopes: new Set(scopeWords.length === 0 ? SCOPES : (scopeWords as ApiScope[])) });
  });
  return keys;
}

/**
 * The scopes of the key a bearer token is, or undefined when it is none of them. Every key is
 * compared, each in constant time over equal-length digests, so the time taken says nothing about
 * which key, or how much of one, matched.
 */
export function scopesOfToken(token: string, keys: readonly ApiKey[]): ReadonlySet<ApiScope> | undefined {
  const presented = digest(token);
  let found: ReadonlySet<ApiScope> | undefined;
  for (const key of keys) if (timingSafeEqual(presented, key.sha256) && found === undefined) found = key.scopes;
  return found;
}

function digest(secret: string): Buffer {
  return createHash('sha256').update(secret, 'utf8').digest();
}
