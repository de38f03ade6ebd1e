export { copyFor } from './copyFor.js';
export type { ManifestEntry } from './copiesManifest.js';
export {
  RecipientCopiesError,
  renderPerRecipient,
  type RecipientCopies,
  type RecipientCopy,
  type RenderPerRecipientOptions,
} from './renderPerRecipient.js';
export { recipientFileName } from './recipientFileName.js';
