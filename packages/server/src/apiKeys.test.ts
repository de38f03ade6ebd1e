import { describe, expect, it } from 'vitest';
import { hashApiKey, parseApiKeys, scopesOfToken } from './apiKeys.js';

const SECRET = 'a-secret-of-at-least-24-characters';
const OTHER = 'another-secret-0123456789abcdef';

describe('API keys', () => {
  it.each([
    ['a secret', SECRET, SECRET, ['validate', 'minutes']],
    ['its sha256 hash', hashApiKey(SECRET), SECRET, ['validate', 'minutes']],
    ['a secret with one scope', `${SECRET} validate`, SECRET, ['validate']],
    [
      'entries separated by ";", comments and blank lines',
      `# keys\n\n${OTHER} minutes;${SECRET} validate minutes`,
      SECRET,
      ['validate', 'minutes'],
    ],
  ])('accepts %s', (_what, text, token, scopes) => {
    expect([...(scopesOfToken(token, parseApiKeys(text)) ?? [])]).toEqual(scopes);
  });

  it.each([
    ['an unknown token', SECRET, `${SECRET}x`],
    ['the hash presented as the token', hashApiKey(SECRET), hashApiKey(SECRET)],
    ['an empty token', SECRET, ''],
  ])('refuses %s', (_what, text, token) => {
    expect(scopesOfToken(token, parseApiKeys(text))).toBeUndefined();
  });

  it.each([
    ['a short secret', 'short-secret', /at least 24 characters/],
    ['a malformed hash', 'sha256:abc', /64 hexadecimal digits/],
    ['an unknown scope', `${SECRET} admin`, /scopes are validate and minutes/],
  ])('names the entry at fault for %s, never its text', (_what, text, message) => {
    expect(() => parseApiKeys(`# first\n${text}`)).toThrow(message);
    expect(() => parseApiKeys(`# first\n${text}`)).toThrow(/^API key entry 2: /);
    try {
      parseApiKeys(text);
    } catch (error) {
      expect((error as Error).message).not.toContain(text.split(' ')[0]);
    }
  });

  it('keeps only digests, never a secret', () => {
    const [key] = parseApiKeys(SECRET);
    expect(JSON.stringify(key)).not.toContain(SECRET);
    expect(key?.sha256.toString('hex')).toBe(hashApiKey(SECRET).slice('sha256:'.length));
  });
});
