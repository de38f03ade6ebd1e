import type { FontFace, FontSet } from '../fonts/FontSet.js';
import { coverageFor, type GlyphCoverage } from '../fonts/GlyphCoverage.js';
import type { WordWidth } from './pdfmakeBlocks.js';
import { loadPackageFonts } from '../fonts/loadPackageFonts.js';
import { drawableMinutes } from '../fonts/drawableText.js';
import type { MinutesDocument } from '../model/MinutesDocument.js';
import { useNodeAesInPdfkit } from '../protect/nodeAesForPdfkit.js';
import {
  declareExtensionLevel,
  explainEncryptionFailure,
  pdfkitSecurity,
  type PdfProtection,
} from '../protect/pdfProtection.js';
import { loadLineBreaker } from '../text/lineBreaker.js';
import { opaqueLogo } from './opaqueLogo.js';
import type { LineEm } from './pageHeader.js';
import { FAMILY } from './pdfmakeFonts.js';
import { pdfmakeFor } from './pdfmakeInstance.js';
import { pdfmakeText } from './pdfmakeText.js';
import { paragraphText, planStructure } from './tagging/structurePlan.js';
import { tagDrawnItem } from './tagging/tagDrawnItems.js';
import { toDocDefinition } from './toDocDefinition.js';

export interface RenderPdfmakeOptions {
  /** Font bytes; in Node they default to the npm font packages. A browser must pass them. */
  readonly fonts?: FontSet;
  /** Encrypt the PDF (AES-256) with these passwords and permissions. */
  readonly protect?: PdfProtection;
  /**
   * A tagged PDF/UA-1 document (the default): a structure tree in reading order for screen
   * readers, everything else drawn as Artifacts, XMP metadata with the PDF/UA identifier. `false`
   * writes the plain PDF of earlier versions.
   */
  readonly tagged?: boolean;
}

/**
 * The minutes as a PDF, drawn by pdfmake (Node and browser). The same minutes give byte-identical
 * PDFs: the creation date comes from the record and nothing else varies. A protected PDF is the
 * exception: its keys and initialisation vectors are random, so no two are alike.
 */
export async function renderPdfmake(minutes: MinutesDocument, options: RenderPdfmakeOptions = {}): Promise<Uint8Array> {
  // Checked first: a bad password fails before any work is done.
  const security = options.protect === undefined ? undefined : pdfkitSecurity(options.protect);
  const fonts = options.fonts ?? (await loadPackageFonts());
  const tagged = options.tagged ?? true;
  const [coverage, Breaker] = await Promise.all([coverageFor(fonts), loadLineBreaker()]);
  const { minutes: drawnMinutes, recordCharacters } = drawableMinutes(minutes, coverage);
  const drawable = await withOpaqueLogo(drawnMinutes);
  const text = pdfmakeText(coverage, Breaker, tagged ? recordCharacters : undefined);
  const definition = toDocDefinition(
    drawable,
    tagged ? paragraphText(text) : text,
    lineEmOf(coverage),
    wordWidthOf(coverage),
  );
  if (tagged) {
    planStructure(definition);
    Object.assign(definition, { version: '1.7', tagged: true, subset: 'PDF/UA', displayTitle: true });
  }
  if (security !== undefined) {
    // pdfmake hands these to pdfkit, `version` as pdfkit's `pdfVersion`: AES-256 needs 1.7ext3, which
    // pdfkit treats as 1.7 for everything else (tagging and XMP included).
    const { pdfVersion, ...passwords } = security;
    Object.assign(definition, { version: pdfVersion, ...passwords });
    // Node's AES (OpenSSL) in place of pdfkit's JavaScript cipher: a protected render costs ~1.2× otherwise.
    useNodeAesInPdfkit();
  }
  const pdfmake = await pdfmakeFor(fonts);
  pdfmake.setProgressCallback(onDrawnItem as never);
  const buffer = await pdfmake
    .createPdf(definition)
    .getBuffer()
    .catch((error: unknown) => {
      throw explainEncryptionFailure(error);
    });
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

/** Widths as pdfkit sets text, from the same parsed fonts, each face's run measured in its own font. */
function wordWidthOf(coverage: GlyphCoverage): WordWidth {
  return (text, fontSize, bold) =>
    coverage.faceRuns(text).reduce((sum, run) => sum + coverage.width(run.face, bold, run.text, fontSize), 0);
}

/** Line heights as pdfkit sets them, from the same parsed fonts that measure the text's widths. */
function lineEmOf(coverage: GlyphCoverage): LineEm {
  const faces = Object.entries(FAMILY) as [FontFace, string][];
  return (family, bold) => {
    const face = faces.find(([, name]) => name === family)?.[0] ?? 'latin';
    const font = coverage.font(face, bold);
    return font === undefined ? 0 : (font.ascent - font.descent) / font.unitsPerEm;
  };
}

/** The minutes with their logo over white (see opaqueLogo): the same picture, cheaper for pdfkit to embed. */
async function withOpaqueLogo(minutes: MinutesDocument): Promise<MinutesDocument> {
  const letterhead = minutes.letterhead;
  const logo = letterhead?.logo;
  if (letterhead === undefined || logo === undefined) return minutes;
  const dataUrl = (await opaqueLogo(logo.dataUrl)) as typeof logo.dataUrl;
  return { ...minutes, letterhead: { ...letterhead, logo: { ...logo, dataUrl } } };
}

/**
 * Called by pdfmake for each item it draws, with its pdfkit document as `this`: tags the item, and
 * declares the extension level of a protected document (the same for every render, so renders
 * that share the pdfmake instance cannot get each other's callback).
 */
function onDrawnItem(this: ThisParameterType<typeof tagDrawnItem>): void {
  tagDrawnItem.call(this);
  declareExtensionLevel(this.pdfDocument as Parameters<typeof declareExtensionLevel>[0]);
}
