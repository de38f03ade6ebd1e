import { publishPreview as publish } from '@strategy-record/render/preview';
import previewWorkerUrl from '@strategy-record/render/preview-worker.js?url&no-inline';

export { canShowPreviews } from '@strategy-record/render/preview';

/**
 * Publishes a preview at a same-origin URL through the render package's preview worker, which the
 * build emits beside the app's assets; the previews live under `strategy-record-previews/` beside it.
 */
export function publishPreview(kind: 'html' | 'pdf', body: string | Uint8Array<ArrayBuffer>): Promise<string> {
  return publish(kind, body, { workerUrl: previewWorkerUrl });
}
