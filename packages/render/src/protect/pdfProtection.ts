/**
 * Password protection of a PDF: what a caller asks for, checked, and turned into the options pdfkit
 * (under both PDF engines) encrypts with. No value of a password ever reaches an error message.
 */

/** What a reader may do once the file is open. Content extraction for accessibility (screen readers) is always allowed. */
export interface PdfPermissions {
  /** Default `'high'`: minutes are printed for meetings and files. `'none'` forbids printing. */
  readonly printing?: 'high' | 'low' | 'none';
  /** Copying text and images out of the file; default false. */
  readonly copying?: boolean;
  /** Changing the document; default false. */
  readonly modifying?: boolean;
  /** Adding or changing comments; default false. */
  readonly annotating?: boolean;
  /** Filling in form fields (the minutes have none); default false. */
  readonly fillingForms?: boolean;
  /** Inserting, rotating or deleting pages; default false. */
  readonly documentAssembly?: boolean;
}

/**
 * A password-protected PDF: AES-256 (PDF 1.7 extension level 3, security handler revision 5).
 *
 * Without an `ownerPassword`, a random one of 256 bits is made for each file and never shown to
 * anyone: the permissions then hold for every reader, since nobody can open the file as its owner.
 */
export interface PdfProtection {
  /** The password that opens the file: 1 to 127 bytes in UTF-8. */
  readonly userPassword: string;
  /** The password that lifts the permissions; must differ from the user password. */
  readonly ownerPassword?: string;
  readonly permissions?: PdfPermissions;
}

/** A protection request that cannot be carried out: the message names what is wrong, never a password. */
export class ProtectionError extends Error {
  override readonly name = 'ProtectionError';
}

/** The options pdfkit takes for AES-256 encryption (pdfmake passes them through under other names). */
export interface PdfkitSecurity {
  readonly pdfVersion: '1.7ext3';
  readonly userPassword: string;
  readonly ownerPassword: string;
  readonly permissions: {
    readonly printing?: 'highResolution' | 'lowResolution';
    readonly copying: boolean;
    readonly modifying: boolean;
    readonly annotating: boolean;
    readonly fillingForms: boolean;
    readonly contentAccessibility: true;
    readonly documentAssembly: boolean;
  };
}

/** What pdfkit's document holds that declareExtensionLevel reads and sets. */
interface PdfkitDocumentRoot {
  readonly options?: { readonly pdfVersion?: string };
  readonly _root?: { readonly data: Record<string, unknown> };
}

/**
 * Declares Adobe extension level 3 in the catalog of a document pdfkit encrypts at `1.7ext3`
 * (`/Extensions << /ADBE << /BaseVersion /1.7 /ExtensionLevel 3 >> >>`, ISO 32000-1 7.12): pdfkit
 * writes the header `%PDF-1.7` and AES-256 (revision 5) but not the declaration a reader and a
 * validator look for. Any other document is left alone. (pdfkit writes a plain string as a name.)
 */
export function declareExtensionLevel(doc: PdfkitDocumentRoot): void {
  if (doc.options?.pdfVersion !== '1.7ext3' || doc._root === undefined) return;
  doc._root.data['Extensions'] ??= { ADBE: { BaseVersion: '1.7', ExtensionLevel: 3 } };
}

/** The longest password a revision 5 or 6 security handler reads; pdfkit and readers cut longer ones silently. */
const MAX_PASSWORD_BYTES = 127;

/**
 * The protection checked and turned into pdfkit's options. Throws a ProtectionError for anything
 * that would give a file nobody can open as intended: an empty or too long password, an owner
 * password equal to the user password (then the permissions protect nothing), an unknown option.
 */
export function pdfkitSecurity(protect: PdfProtection): PdfkitSecurity {
  if (typeof protect !== 'object' || protect === null)
    throw new ProtectionError('protect must be an object with a userPassword.');
  checkPassword(protect.userPassword, 'userPassword');
  if (protect.ownerPassword !== undefined) {
    checkPassword(protect.ownerPassword, 'ownerPassword');
    if (protect.ownerPassword === protect.userPassword)
      throw new ProtectionError('protect.ownerPassword must differ from protect.userPassword.');
  }
  const permissions = protect.permissions ?? {};
  const printing = permissions.printing ?? 'high';
  if (!['high', 'low', 'none'].includes(printing))
    throw new ProtectionError('protect.permissions.printing must be one of high, low, none.');
  return {
    pdfVersion: '1.7ext3',
    userPassword: protect.userPassword,
    ownerPassword: protect.ownerPassword ?? randomOwnerPassword(),
    permissions: {
      ...(printing === 'none' ? {} : { printing: printing === 'high' ? 'highResolution' : 'lowResolution' }),
      copying: permissions.copying === true,
      modifying: permissions.modifying === true,
      annotating: permissions.annotating === true,
      fillingForms: permissions.fillingForms === true,
      contentAccessibility: true,
      documentAssembly: permissions.documentAssembly === true,
    },
  };
}

function checkPassword(password: unknown, name: string): void {
  if (typeof password !== 'string' || password.length === 0)
    throw new ProtectionError(`protect.${name} must be a password of at least one character.`);
  if (new TextEncoder().encode(password).length > MAX_PASSWORD_BYTES)
    throw new ProtectionError(
      `protect.${name} is longer than a PDF password can be (${MAX_PASSWORD_BYTES} bytes in UTF-8).`,
    );
}

/** 256 random bits as 43 base64url characters, from the platform's secure random source (Node and browsers). */
function randomOwnerPassword(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(32));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * pdfkit prepares a revision 5 password with SASLprep (RFC 4013), which refuses control and
 * private-use characters, code points Unicode 3.2 did not have (most emoji) and right-to-left letters
 * mixed with left-to-right ones; its error is turned into one that says so. Other errors pass unchanged.
 */
export function explainEncryptionFailure(error: unknown): unknown {
  const message = error instanceof Error ? error.message : '';
  if (/rfc(4013|3454)/i.test(message))
    return new ProtectionError(
      'the password has a character a PDF password cannot hold (SASLprep, RFC 4013): a control or private-use character, a character newer than Unicode 3.2 such as most emoji, or right-to-left letters mixed with left-to-right ones or not at both ends.',
    );
  return error;
}
