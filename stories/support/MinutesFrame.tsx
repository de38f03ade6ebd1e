import { useEffect, useMemo } from 'react';
import type { DrawnMinutes } from './drawMinutes.js';

/**
 * A frame showing minutes as an engine drew them, sized like a page: an HTML document in place, a
 * PDF in the browser's viewer through an object URL that is released when the story changes.
 * `data-minutes-ready` tells a test the story has finished rendering.
 */
export function MinutesFrame({ title, drawn }: { readonly title: string; readonly drawn: DrawnMinutes }) {
  return drawn.kind === 'html' ? (
    <iframe title={title} srcDoc={drawn.html} className="preview-frame" data-minutes-ready="true" />
  ) : (
    <PdfFrame title={title} pdf={drawn.pdf} />
  );
}

function PdfFrame({ title, pdf }: { readonly title: string; readonly pdf: Blob }) {
  const url = useMemo(() => URL.createObjectURL(pdf), [pdf]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <iframe title={title} src={url} className="preview-frame" data-minutes-ready="true" />;
}
