import { readFileSync } from 'node:fs';
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';
import { RENDER_ENGINES } from '@strategy-record/render/engines';
import { describe, expect, it } from 'vitest';
import { renderPdfmake } from '@strategy-record/render/pdfmake';
import { encryptedValues, holdsPassword, PROTECTED_AS_PROMISED, qpdfVerdict } from './support/encryptedPdf.js';
import { checkPdfUa } from '../support/pdfUaCheck.js';
import { pdfText } from './support/pdfTools.js';
import { minutesOf } from './support/renderEngines.js';

// A password with letters outside ASCII: revision 5 passwords are UTF-8, and a reader must agree.
const CANARY = 'Zażółć-canary-7731';
const record = JSON.parse(
  readFileSync('schemas/examples/final/no-further-action.json', 'utf8'),
) as StrategyDiscussionRecord;
const minutes = minutesOf(record, 'professionals');
const encrypting = RENDER_ENGINES.filter((engine) => engine.canEncrypt);
const notEncrypting = RENDER_ENGINES.filter((engine) => !engine.canEncrypt);

describe.each(encrypting)('a protected PDF from $name', (engine) => {
  it('opens only with its password, as AES-256 that lets screen readers in and copying out, and holds the same text', async () => {
    const draw = await engine.load();
    const plain = (await draw(minutes)) as Uint8Array;
    const pdf = (await draw(minutes, { protect: { userPassword: CANARY } })) as Uint8Array;
    const verdict = qpdfVerdict(pdf, CANARY);
    for (const promise of PROTECTED_AS_PROMISED) expect(verdict.encryption).toMatch(promise);
    expect(verdict.encryption).toMatch(/Supplied password is user password/);
    expect({
      withPassword: verdict.decryptWithPassword,
      wrongPassword: verdict.decryptWithWrongPassword,
      noPassword: verdict.decryptWithNoPassword,
      checkDecrypted: verdict.checkDecrypted,
    }).toEqual({ withPassword: 0, wrongPassword: 2, noPassword: 2, checkDecrypted: 0 });
    expect(pdfText(verdict.decrypted)).toBe(pdfText(plain));
    expect(holdsPassword(pdf, CANARY)).toBe(false);
    expect(holdsPassword(verdict.decrypted, CANARY)).toBe(false);
    // Protection keeps what tagging gives: still PDF/UA-1 (26-002: screen readers may extract).
    if (engine.canTag) expect(checkPdfUa([pdf], { password: CANARY })).toEqual([[]]);
  });

  it('lifts the permissions for its owner password, and never writes either', async () => {
    const owner = 'owner-canary-Şţ-5521';
    const pdf = (await (
      await engine.load()
    )(minutes, {
      protect: { userPassword: CANARY, ownerPassword: owner, permissions: { copying: true } },
    })) as Uint8Array;
    const verdict = qpdfVerdict(pdf, owner);
    expect(verdict.encryption).toMatch(/Supplied password is owner password/);
    expect(verdict.encryption).toMatch(/^extract for any purpose: allowed$/m);
    expect(verdict.encryption).toMatch(/^extract for accessibility: allowed$/m);
    expect(holdsPassword(pdf, owner) || holdsPassword(pdf, CANARY)).toBe(false);
  });

  // Each message names the mistake, never the password; pdfkit's own SASLprep error is reworded.
  it.each([
    ['an empty password', { userPassword: '' }, 'protect.userPassword must be a password of at least one character'],
    ['a password past 127 bytes', { userPassword: `${CANARY}${'ł'.repeat(60)}` }, 'longer than a PDF password can be'],
    ['an owner password equal to it', { userPassword: CANARY, ownerPassword: CANARY }, 'must differ'],
    ['a control character', { userPassword: `${CANARY}\u0007` }, 'a character a PDF password cannot hold'],
    [
      'an unknown printing permission',
      { userPassword: CANARY, permissions: { printing: 'always' } },
      'printing must be one of',
    ],
  ])('refuses %s with a ProtectionError that does not repeat it', async (_case, protect, message) => {
    const failure = await (await engine.load())(minutes, { protect: protect as never }).then(
      () => undefined,
      (error: unknown) => error as Error,
    );
    expect(failure).toMatchObject({ name: 'ProtectionError' });
    expect(failure?.message).toContain(message);
    expect(failure?.message).not.toContain(CANARY);
  });
});

// pdfmake's pdfkit encrypts with Node's AES (packages/render/src/protect/nodeAesForPdfkit.ts), which
// draws a vector for each string and stream; pdfkit's own cipher reuses one per object.
it('pdfmake gives every encrypted string and stream a random initialisation vector of its own', async () => {
  const pdf = await renderPdfmake(minutes, { protect: { userPassword: CANARY } });
  const values = encryptedValues(pdf);
  const objects = values.map((value) => value.object);
  const ivs = values.map((value) => Buffer.from(value.bytes.subarray(0, 16)).toString('hex'));
  expect({
    // Objects holding more than one value, where a vector per object would repeat.
    objectsWithSeveralValues: new Set(objects).size < objects.length,
    // A vector and whole 16-byte blocks, at least one (PKCS #7 pads even an empty string to a block).
    allVectorThenBlocks: values.every((value) => value.bytes.length >= 32 && value.bytes.length % 16 === 0),
    repeatedVectors: ivs.length - new Set(ivs).size,
  }).toEqual({ objectsWithSeveralValues: true, allVectorThenBlocks: true, repeatedVectors: 0 });
  expect(values.length).toBeGreaterThan(20);
});

describe.each(notEncrypting)('$name, which cannot encrypt', (engine) => {
  it('refuses a password instead of writing an open file', async () => {
    await expect((await engine.load())(minutes, { protect: { userPassword: CANARY } })).rejects.toMatchObject({
      name: 'ProtectionError',
      message: expect.stringContaining(`the ${engine.name} engine cannot protect`),
    });
  });
});
