import type { FontBytes, FontSet } from '@strategy-record/render/fonts';
import arabicBold from '@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf?url';
import arabicRegular from '@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf?url';
import cjkRegular from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import latinBold from 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url';
import latinRegular from 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url';

// The same faces the render package reads from npm in Node (loadPackageFonts), here as files the
// Storybook build copies next to the stories and the browser fetches from the page's own origin.
// Chinese has one weight, as in Node. The playground has the same loader: both can shrink to their
// font URLs once the render package offers a browser font loader.
const HAN_OR_KANA = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

const fetched = new Map<string, Promise<Uint8Array>>();
// One object per variant: the renderers cache their parsed fonts per FontSet object.
const sets = new Map<boolean, Promise<FontSet>>();

/**
 * The fonts the PDF minutes need, fetched once per file and kept for later previews. The 10 MB
 * Chinese face is fetched only when `text` contains Chinese or Japanese characters; without it the
 * renderer writes such characters as visible code points with a notice.
 */
export function browserFonts(text: string): Promise<FontSet> {
  const withCjk = HAN_OR_KANA.test(text);
  let set = sets.get(withCjk);
  if (set === undefined) {
    set = fontSet(withCjk);
    set.catch(() => sets.delete(withCjk));
    sets.set(withCjk, set);
  }
  return set;
}

async function fontSet(withCjk: boolean): Promise<FontSet> {
  const [latin, arabic] = await Promise.all([face(latinRegular, latinBold), face(arabicRegular, arabicBold)]);
  return withCjk ? { latin, arabic, cjk: await face(cjkRegular, cjkRegular) } : { latin, arabic };
}

async function face(regular: string, bold: string): Promise<FontBytes> {
  const [regularBytes, boldBytes] = await Promise.all([fontFile(regular), fontFile(bold)]);
  return { regular: regularBytes, bold: boldBytes };
}

function fontFile(url: string): Promise<Uint8Array> {
  let bytes = fetched.get(url);
  if (bytes === undefined) {
    bytes = fetch(url).then(async (response) => {
      if (!response.ok) throw new Error(`The font ${url} could not be loaded (HTTP ${response.status}).`);
      return new Uint8Array(await response.arrayBuffer());
    });
    bytes.catch(() => fetched.delete(url));
    fetched.set(url, bytes);
  }
  return bytes;
}
