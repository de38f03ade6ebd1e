import type { Font } from 'fontkit';
import { loadSharedDependency } from '../loadSharedDependency.js';

/** The part of fontkit this package calls. */
export interface Fontkit {
  create(bytes: Uint8Array): Font;
}

let loading: Promise<Fontkit> | undefined;

/** fontkit, loaded once (see loadSharedDependency). */
export function loadFontkit(): Promise<Fontkit> {
  loading ??= loadSharedDependency<Fontkit>('fontkit', async () => (await import('fontkit')) as Fontkit);
  return loading;
}
