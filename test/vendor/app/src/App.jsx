import { createRecordForm } from '@strategy-record/forms';
import { RecordJourney } from '@strategy-record/forms/react';
import { toMinutes } from '@strategy-record/render';
import { browserFontLoader } from '@strategy-record/render/fonts';
import { canShowPreviews, publishPreview } from '@strategy-record/render/preview';
import workerUrl from '@strategy-record/render/preview-worker.js?url&no-inline';
import { validateRecord } from '@strategy-record/validators';
import { useState } from 'react';

// A vendor's app, written from the packages' READMEs only: the journey, save as you go into this
// browser's storage, and the minutes previewed in the page under `default-src 'self'`.

const DRAFT_KEY = 'strategy-record-draft';

const loadFonts = browserFontLoader({
  latin: {
    regular: () => import('dejavu-fonts-ttf/ttf/DejaVuSans.ttf?url'),
    bold: () => import('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf?url'),
  },
  arabic: {
    regular: () => import('@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf?url'),
    bold: () => import('@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf?url'),
  },
});

function newForm() {
  const form = createRecordForm({ validate: validateRecord });
  const saved = window.localStorage.getItem(DRAFT_KEY);
  if (saved !== null) form.restoreDraft(saved);
  return form;
}

export function App() {
  const [form] = useState(newForm);
  return (
    <RecordJourney
      form={form}
      systemFields={{ recordId: 'SD-2026-000417' }}
      onSaveDraft={(draft) => window.localStorage.setItem(DRAFT_KEY, draft)}
      onSubmit={() => window.localStorage.removeItem(DRAFT_KEY)}
      confirmation={<MinutesPreview form={form} />}
    />
  );
}

function MinutesPreview({ form }) {
  const [preview, setPreview] = useState({ state: 'none' });
  const show = async () => {
    setPreview({ state: 'making' });
    try {
      const { renderPdfmake } = await import('@strategy-record/render/pdfmake');
      const record = form.getState().record;
      const minutes = toMinutes(record, { audience: 'professionals', report: form.finalReport() });
      const pdf = await renderPdfmake(minutes, { fonts: await loadFonts(JSON.stringify(record)) });
      setPreview({ state: 'shown', url: await publishPreview('pdf', new Uint8Array(pdf), { workerUrl }) });
    } catch (error) {
      setPreview({ state: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  };
  if (!canShowPreviews()) return <p>This browser cannot show the minutes here.</p>;
  return (
    <>
      <p>The record passes final validation.</p>
      <button type="button" onClick={show} disabled={preview.state === 'making'}>
        Preview the minutes
      </button>
      <div role="status">
        {preview.state === 'making' ? 'Making the minutes…' : null}
        {preview.state === 'failed' ? `The minutes could not be made: ${preview.message}` : null}
      </div>
      {preview.state === 'shown' ? (
        <iframe title="The minutes (PDF)" src={preview.url} width="100%" height="600" />
      ) : null}
    </>
  );
}
