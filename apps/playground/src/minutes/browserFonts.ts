import { browserFontLoader } from '@strategy-record/render/fonts';

/**
 * The fonts the minutes need, as files the build emits and the browser fetches from the page's own
 * origin: the Latin face always, the Arabic and Chinese faces only for text in those scripts (the
 * render package's loader, configured for Vite as its README shows).
 */
export const browserFonts = browserFontLoader({
  latin: {
    regular: () => import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'),
    bold: () => import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'),
  },
  arabic: {
    regular: () => import('@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf?url'),
    bold: () => import('@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf?url'),
  },
  cjk: { regular: () => import('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url') },
});
