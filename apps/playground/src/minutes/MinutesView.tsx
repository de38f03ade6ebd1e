import { useRecordFormContext } from '@strategy-record/forms/react';
import type { Audience, MinutesTemplate } from '@strategy-record/render';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { saveFile } from '../files/saveFile.js';
import { minutesProfileOf, type Session } from '../session.js';
import type { MinutesInput } from './minutesInput.js';
import { pdfFileName } from './pdfFileName.js';
import { canShowPreviews, publishPreview } from './previewDocuments.js';

type PreviewKind = 'html' | 'pdf';

interface Preview {
  readonly kind: PreviewKind;
  readonly url: string;
  readonly audience: Audience;
}

const AUDIENCES: readonly { readonly value: Audience; readonly label: string; readonly hint: string }[] = [
  {
    value: 'professionals',
    label: 'Professionals on the circulation list',
    hint: 'Everything recorded, with the timescales and the validation status.',
  },
  { value: 'family', label: 'The family', hint: 'Only what the record marks as shareable with the family.' },
];

/** How long the previews wait after the last edit of the template before they are drawn again. */
const REDRAW_DELAY_MS = 400;

/**
 * The minutes of the record as it stands: an HTML preview, a PDF made in this browser by pdfmake, and
 * the PDF to download, for either audience, in the template being edited beside them (`editor`).
 * The renderers, pdfmake and the fonts are loaded only when one of the buttons is pressed; a preview
 * on show is drawn again when the template changes.
 */
export function MinutesView({
  session,
  template,
  editor,
}: {
  readonly session: Session;
  readonly template: MinutesTemplate | undefined;
  readonly editor: ReactNode;
}) {
  const { form } = useRecordFormContext();
  const [audience, setAudience] = useState<Audience>('professionals');
  const [preview, setPreview] = useState<Preview | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  const latest = useRef(0);

  const profile = minutesProfileOf(session);
  const input = (forAudience: Audience): MinutesInput => ({
    record: form.getState().record,
    report: form.finalReport(),
    audience: forAudience,
    ...(profile === undefined ? {} : { profile }),
    ...(template === undefined ? {} : { template }),
  });

  /** Runs one piece of work at a time, saying what is happening and what went wrong, in words. */
  const run = async (doing: string, work: (request: number) => Promise<string>) => {
    latest.current += 1;
    const request = latest.current;
    setBusy(true);
    setMessage(doing);
    try {
      const done = await work(request);
      if (request === latest.current) setMessage(done);
    } catch (error) {
      if (request === latest.current)
        setMessage(
          `${doing.replace(/…$/, '')} did not work: ${error instanceof Error ? error.message : String(error)}`,
        );
    } finally {
      if (request === latest.current) setBusy(false);
    }
  };

  const showPreview = (kind: PreviewKind, forAudience: Audience) =>
    run(kind === 'pdf' ? 'Making the PDF…' : 'Making the HTML minutes…', async (request) => {
      if (!canShowPreviews())
        throw new Error(
          'this browser cannot show previews inside the page (it needs https or localhost); download the PDF instead',
        );
      const url =
        kind === 'pdf'
          ? await publishPreview('pdf', await (await import('./pdfMinutes.js')).pdfMinutes(input(forAudience)))
          : await publishPreview('html', await (await import('./htmlMinutes.js')).htmlMinutes(input(forAudience)));
      if (request === latest.current) setPreview({ kind, url, audience: forAudience });
      return `${kind === 'pdf' ? 'PDF' : 'HTML'} preview of the ${forAudience === 'family' ? 'family copy' : 'copy for professionals'} is ready.`;
    });

  const downloadPdf = () =>
    run('Making the PDF…', async () => {
      const bytes = await (await import('./pdfMinutes.js')).pdfMinutes(input(audience));
      saveFile(new Blob([bytes], { type: 'application/pdf' }), pdfFileName(form.getState().record.recordId, audience));
      return 'The PDF has been downloaded.';
    });

  // Switching the audience redraws the preview on show, in the same event, so it never shows the
  // other audience's copy and the buttons are busy from the moment the audience changes.
  const chooseAudience = (next: Audience) => {
    setAudience(next);
    if (preview !== undefined) void showPreview(preview.kind, next);
  };

  // The preview follows the template: each edit redraws it once the admin pauses.
  const redraw = useRef(showPreview);
  redraw.current = showPreview;
  const shown = useRef(preview);
  shown.current = preview;
  const drawnTemplate = useRef(template);
  useEffect(() => {
    if (drawnTemplate.current === template) return;
    drawnTemplate.current = template;
    const current = shown.current;
    if (current === undefined) return;
    const timer = setTimeout(() => void redraw.current(current.kind, current.audience), REDRAW_DELAY_MS);
    return () => clearTimeout(timer);
  }, [template]);

  return (
    <>
      <h1>Minutes</h1>
      <p>The minutes of the record as it stands now. Until it passes final validation they are marked DRAFT.</p>
      <div className="minutes-workspace">
        {editor}
        <div className="minutes-preview">
          <fieldset className="audience">
            <legend>Copy for</legend>
            {AUDIENCES.map((option) => (
              <div className="audience-option" key={option.value}>
                <input
                  type="radio"
                  id={`audience-${option.value}`}
                  name="audience"
                  value={option.value}
                  checked={audience === option.value}
                  onChange={() => chooseAudience(option.value)}
                  aria-describedby={`audience-${option.value}-hint`}
                />
                <label htmlFor={`audience-${option.value}`}>{option.label}</label>
                <p className="hint" id={`audience-${option.value}-hint`}>
                  {option.hint}
                </p>
              </div>
            ))}
          </fieldset>
          <div className="minutes-actions">
            <button type="button" onClick={() => void showPreview('html', audience)} disabled={busy}>
              Preview as HTML
            </button>
            <button type="button" onClick={() => void showPreview('pdf', audience)} disabled={busy}>
              Preview as PDF
            </button>
            <button type="button" onClick={() => void downloadPdf()} disabled={busy}>
              Download the PDF
            </button>
          </div>
          <p role="status" className="minutes-status" data-busy={busy ? 'true' : undefined}>
            {message}
          </p>
          {preview === undefined ? null : (
            <iframe
              key={preview.url}
              className="preview-frame"
              title={`Minutes preview (${preview.kind === 'pdf' ? 'PDF' : 'HTML'}, ${preview.audience === 'family' ? 'family copy' : 'copy for professionals'})`}
              src={preview.url}
              data-kind={preview.kind}
              // The HTML minutes need no script; the PDF viewer is a plugin, which a sandbox would block.
              {...(preview.kind === 'html' ? { sandbox: 'allow-same-origin' } : {})}
            />
          )}
        </div>
      </div>
    </>
  );
}
