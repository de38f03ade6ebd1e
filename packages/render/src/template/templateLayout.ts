// Measures of the template's parts that every engine shares, so the engines draw them alike.

/** The height the logo is drawn at, in points (its width follows its proportions, up to LOGO_MAX_WIDTH). */
export const LOGO_HEIGHT = 48;
const LOGO_MAX_WIDTH = 120;

/** The width in points a logo of this size in pixels is drawn at, LOGO_HEIGHT high. */
export function logoWidth(logo: { readonly width: number; readonly height: number }): number {
  return Math.min(LOGO_MAX_WIDTH, (LOGO_HEIGHT * logo.width) / Math.max(1, logo.height));
}

/** The space to sign or write on after each line of the signature block. */
export const SIGNATURE_RULE = '______________________________';
