// The stories draw minutes with the playground's font loader (Vite, as in the playground), not a copy of it.
export { browserFonts } from '../../apps/playground/src/minutes/browserFonts.js';
