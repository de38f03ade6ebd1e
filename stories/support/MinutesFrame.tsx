/**
 * A frame showing a rendered minutes document, sized like a page; `data-minutes-ready` tells a test
 * the story has finished rendering.
 */
export function MinutesFrame({
  title,
  src,
  srcDoc,
}: {
  readonly title: string;
  readonly src?: string;
  readonly srcDoc?: string;
}) {
  return <iframe title={title} src={src} srcDoc={srcDoc} className="preview-frame" data-minutes-ready="true" />;
}
