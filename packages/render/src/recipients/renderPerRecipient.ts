import { isFilledIn, type StrategyDiscussionRecord } from '@strategy-record/schemas/core';
import type { ValidationReport } from '@strategy-record/validators';
import type { FontSet } from '../fonts/FontSet.js';
// Through the package's own main entry, not a relative path: the build then keeps the model in that
// entry instead of a chunk shared with this one, which the command's bundler (rolldown rc.17) cannot link.
import { toMinutes, type MinutesProfile } from '@strategy-record/render';
import type { PdfProtection } from '../protect/pdfProtection.js';
import { ENGINE_NAMES, engineNamed, type EngineName } from '../renderEngines.js';
import type { MinutesTemplate } from '../template/MinutesTemplate.js';
import { manifestCsv, manifestJson, type ManifestEntry } from './copiesManifest.js';
import { copyFor } from './copyFor.js';
import { recipientFileName } from './recipientFileName.js';

export interface RenderPerRecipientOptions {
  /** The record's validation report: only a valid `final` report makes the copies FINAL. */
  readonly report: ValidationReport;
  /** Default: the default engine (the first of ENGINE_NAMES). */
  readonly engine?: EngineName;
  /** Protect the recipients' copies with this password (PDF engines only). */
  readonly protect?: PdfProtection;
  /**
   * Protect the family copy with this password, which must differ from `protect`'s: the family must
   * never be able to open a professional's copy. Required when `protect` is given and a family copy
   * is written (a RecipientCopiesError otherwise); without `protect`, it protects only the family copy.
   */
  readonly familyProtect?: PdfProtection;
  readonly profile?: MinutesProfile;
  readonly template?: MinutesTemplate;
  /** Font bytes; in Node they default to the npm font packages. */
  readonly fonts?: FontSet;
}

/** One written copy: its manifest entry and its bytes (a PDF) or text (HTML). */
export interface RecipientCopy extends ManifestEntry {
  readonly content: Uint8Array | string;
}

export interface RecipientCopies {
  /** One copy per circulation recipient in the record's order, then the family copy (unless left out). */
  readonly copies: readonly RecipientCopy[];
  /**
   * Why there is no family copy, when there is none: the record's sharing decision is to share
   * nothing with the family, or no decision is recorded. Also in manifest.json as `noFamilyCopy`.
   */
  readonly noFamilyCopy?: string;
  /** `manifest.json` and `manifest.csv`: copy number, recipient, agency, audience, file, SHA-256, protected. */
  readonly manifest: { readonly json: string; readonly csv: string };
}

/** A record that per-recipient copies cannot be made of: the message says what to fix. */
export class RecipientCopiesError extends Error {
  override readonly name = 'RecipientCopiesError';
  /**
   * @param familyPassword set when the family copy's password is what is wrong: `missing` (the
   * recipients' copies are protected and the family copy has no password of its own) or `reused`
   * (it is the recipients' password), so a caller can name its own option.
   */
  constructor(
    message: string,
    readonly familyPassword?: 'missing' | 'reused',
  ) {
    super(message);
  }
}

/** The family copy's file stem; recipients' files start with their position, so the names never meet. */
const FAMILY_FILE = 'family-copy';

/**
 * One copy of the minutes for each recipient on the record's circulation list, with "Copy 4 of 9
 * for <name>, <agency>" on every page and in the document's subject (the number is the recipient's
 * position on the list, so two recipients of the same name and agency still get copies that tell
 * them apart), plus one family copy ("Copy for the family"), and a manifest of them all with each
 * file's SHA-256. Recipients get the professionals' copy: the circulation list is the professionals
 * who receive the minutes (every invitee and action owner); the family's copy is the separate,
 * redacted one.
 *
 * No family copy is made when the record's sharing decision is to share nothing with the family
 * (`familySharing.decision` "share-none") or records no decision: `noFamilyCopy` and the manifest
 * say why, so nobody sends the family what the meeting withheld.
 *
 * Throws a RecipientCopiesError for an engine that does not write PDF (only PDF engines print whose
 * copy it is), a record with no recipients or a recipient with no name, a protected set whose
 * family copy has no password of its own, and a ProtectionError for a password that cannot be
 * used. Nothing is written: the caller writes the files.
 */
export async function renderPerRecipient(
  record: StrategyDiscussionRecord,
  options: RenderPerRecipientOptions,
): Promise<RecipientCopies> {
  const engine = engineNamed(options.engine ?? ENGINE_NAMES[0] ?? '');
  if (engine?.output.mediaType !== 'application/pdf')
    throw new RecipientCopiesError(
      `per-recipient copies are PDFs, and ${engine?.name ?? String(options.engine)} is not a PDF engine: use ${ENGINE_NAMES.filter((name) => engineNamed(name)?.output.mediaType === 'application/pdf').join(' or ')}.`,
    );
  const recipients = circulationRecipients(record);
  const noFamilyCopy = reasonForNoFamilyCopy(record);
  const { protect, familyProtect } = options;
  if (noFamilyCopy === undefined && protect !== undefined && familyProtect === undefined)
    throw new RecipientCopiesError(
      "the recipients' copies are protected with a password, and the family copy has none of its own: give the family copy a different password (familyProtect), so the family can never open a professional's copy.",
      'missing',
    );
  if (protect !== undefined && familyProtect !== undefined && protect.userPassword === familyProtect.userPassword)
    throw new RecipientCopiesError(
      "the family copy's password is the recipients' password: give it a different one, so the family can never open a professional's copy.",
      'reused',
    );
  const draw = await engine.load();
  const shared = {
    report: options.report,
    ...(options.profile === undefined ? {} : { profile: options.profile }),
    ...(options.template === undefined ? {} : { template: options.template }),
  };
  const fonts = options.fonts === undefined ? {} : { fonts: options.fonts };
  const professionals = toMinutes(record, { ...shared, audience: 'professionals' });
  const extension = engine.output.extension;
  const planned = [
    ...recipients.map((recipient, index) => ({
      copy: index + 1,
      recipient: recipient.fullName,
      agency: recipient.agency,
      minutes: copyFor(
        professionals,
        recipient.agency === '' ? recipient.fullName : `${recipient.fullName}, ${recipient.agency}`,
        { number: index + 1, of: recipients.length },
      ),
      file: recipientFileName(recipient.fullName, index + 1, recipients.length, extension),
      protect,
    })),
    ...(noFamilyCopy === undefined
      ? [
          {
            copy: null,
            recipient: 'the family',
            agency: '',
            minutes: copyFor(toMinutes(record, { ...shared, audience: 'family' }), 'the family'),
            file: `${FAMILY_FILE}.${extension}`,
            protect: familyProtect,
          },
        ]
      : []),
  ];
  const copies: RecipientCopy[] = [];
  // One at a time: renders are CPU-bound, and a large circulation list must not hold every PDF in flight.
  for (const { copy, recipient, agency, minutes, file, protect: password } of planned) {
    const content = await draw(minutes, { ...fonts, ...(password === undefined ? {} : { protect: password }) });
    copies.push({
      copy,
      recipient,
      agency,
      audience: minutes.audience,
      file,
      sha256: await sha256Hex(content),
      protected: password !== undefined,
      content,
    });
  }
  const entries = copies.map(({ content: _content, ...entry }) => entry);
  return {
    copies,
    ...(noFamilyCopy === undefined ? {} : { noFamilyCopy }),
    manifest: {
      json: manifestJson(professionals.metadata.recordId, entries, noFamilyCopy),
      csv: manifestCsv(entries),
    },
  };
}

/**
 * Why the family gets no copy, or undefined when it does: only a decision to share all or some of
 * the minutes with the family lets a family copy be made.
 */
function reasonForNoFamilyCopy(record: StrategyDiscussionRecord): string | undefined {
  const decision: unknown = (record as { familySharing?: { decision?: unknown } }).familySharing?.decision;
  if (decision === 'share-all' || decision === 'share-some') return undefined;
  return decision === 'share-none'
    ? 'the meeting decided to share nothing with the family for now (familySharing.decision is share-none)'
    : 'the record says nothing of what may be shared with the family (no familySharing.decision)';
}

interface Recipient {
  readonly fullName: string;
  readonly agency: string;
}

/** The recipients to make copies for; a record with none, or a recipient with no name, cannot have them. */
function circulationRecipients(record: StrategyDiscussionRecord): Recipient[] {
  const listed: unknown = (record as { circulation?: { recipients?: unknown } }).circulation?.recipients;
  if (!Array.isArray(listed) || listed.length === 0)
    throw new RecipientCopiesError(
      'the record has no circulation recipients (circulation.recipients), so there is nobody to make a copy for.',
    );
  return listed.map((item: unknown, index) => {
    const { fullName, agency } = (typeof item === 'object' && item !== null ? item : {}) as Record<string, unknown>;
    if (typeof fullName !== 'string' || !isFilledIn(fullName))
      throw new RecipientCopiesError(
        `circulation recipient ${index + 1} has no name (circulation.recipients[${index}].fullName), so their copy cannot say whose it is.`,
      );
    return { fullName, agency: typeof agency === 'string' && isFilledIn(agency) ? agency : '' };
  });
}

async function sha256Hex(content: Uint8Array | string): Promise<string> {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
