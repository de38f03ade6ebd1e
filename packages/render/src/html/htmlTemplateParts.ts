import type { MinutesDocument } from '../model/MinutesDocument.js';
import { LOGO_HEIGHT, logoWidth, SIGNATURE_RULE } from '../template/templateLayout.js';

/**
 * The template's parts as the HTML template reads them: every optional part present (null when the
 * minutes have none), because the precompiled templates run in strict mode. Text stays text: the
 * templates escape it like any record value. The two values written into CSS are checked again
 * here, whoever made the minutes: a colour must be #rrggbb and a zoom a plain number.
 */
export interface HtmlTemplateParts {
  readonly letterhead: {
    readonly organisationName: string | null;
    readonly logo: {
      readonly dataUrl: string;
      readonly alt: string;
      readonly drawnWidth: string;
      readonly drawnHeight: string;
    } | null;
    readonly lines: readonly string[];
  } | null;
  readonly audienceNotice: string | null;
  readonly cover: { readonly heading: string | null; readonly text: string } | null;
  readonly closingStatement: string | null;
  readonly signatureBlock: { readonly heading: string | null; readonly lines: readonly string[] } | null;
  readonly signatureRule: string;
  readonly accentColour: string | null;
  readonly zoom: string | null;
}

const BODY_SIZE = 9;
const DATA_URL = /^data:image\/(png|jpeg);base64,[A-Za-z0-9+/]*={0,2}$/;

export function htmlTemplateParts(minutes: MinutesDocument): HtmlTemplateParts {
  const letterhead = minutes.letterhead;
  const logo = letterhead?.logo;
  const base = minutes.style?.baseFontSize;
  const accent = minutes.style?.accentColour;
  return {
    letterhead:
      letterhead === undefined
        ? null
        : {
            organisationName: letterhead.organisationName ?? null,
            logo:
              logo === undefined || !DATA_URL.test(logo.dataUrl)
                ? null
                : {
                    dataUrl: logo.dataUrl,
                    alt: logo.alt,
                    // CSS pixels: 96 per inch, 72 points per inch.
                    drawnWidth: String(Math.round((logoWidth(logo) * 96) / 72)),
                    drawnHeight: String(Math.round((LOGO_HEIGHT * 96) / 72)),
                  },
            lines: [...letterhead.addressLines, ...letterhead.contactLines],
          },
    audienceNotice: minutes.audienceNotice ?? null,
    cover: minutes.cover === undefined ? null : { heading: minutes.cover.heading ?? null, text: minutes.cover.text },
    closingStatement: minutes.closingStatement ?? null,
    signatureBlock:
      minutes.signatureBlock === undefined
        ? null
        : { heading: minutes.signatureBlock.heading ?? null, lines: minutes.signatureBlock.lines },
    signatureRule: SIGNATURE_RULE,
    accentColour: accent !== undefined && /^#[0-9A-Fa-f]{6}$/.test(accent) ? accent : null,
    zoom:
      typeof base === 'number' && Number.isFinite(base) && base !== BODY_SIZE ? (base / BODY_SIZE).toFixed(4) : null,
  };
}
