export { canShowPreviews, publishPreview, type PreviewWorkerOptions } from './publishPreview.js';
