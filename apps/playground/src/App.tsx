import { RecordFormProvider } from '@strategy-record/forms/react';
import type { MinutesTemplate } from '@strategy-record/render';
import { useCallback, useMemo, useRef, useState } from 'react';
import { CheckAnswersView } from './answers/CheckAnswersView.js';
import { RecordFormView } from './form/RecordFormView.js';
import { MinutesView } from './minutes/MinutesView.js';
import { PageNav } from './PageNav.js';
import { ValidationReportPanel } from './report/ValidationReportPanel.js';
import { newSession, type Session } from './session.js';
import { RecordSettings } from './settings/RecordSettings.js';
import { TemplateEditor } from './template/TemplateEditor.js';
import { checkDraft, type TemplateDraft } from './template/templateDraft.js';
import { usePage } from './usePage.js';

/**
 * The playground: a record form with its live validation report, a check-answers page and the
 * minutes with the template an admin is editing. One form model and one template are shared by
 * every page, so moving between pages loses nothing.
 */
export function App() {
  const [session, setSession] = useState<Session>(() =>
    newSession({ record: {}, source: 'An empty record', profileId: '' }),
  );
  const [page, goTo] = usePage();
  const [draft, setDraft] = useState<TemplateDraft | undefined>(undefined);
  const checked = useMemo(() => (draft === undefined ? undefined : checkDraft(draft)), [draft]);
  // The previews use the last version of the template that passed: a half-typed colour never blanks them.
  const lastGood = useRef<MinutesTemplate | undefined>(undefined);
  if (checked === undefined) lastGood.current = undefined;
  else if (checked.ok) lastGood.current = checked.template;
  const [focusRequest, setFocusRequest] = useState<string | undefined>(undefined);
  const changeAnswer = useCallback(
    (pointer: string) => {
      setFocusRequest(pointer);
      goTo('form');
    },
    [goTo],
  );
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the page content
      </a>
      <header className="app-header">
        <p className="app-title">Strategy discussion record playground</p>
        <p className="app-note">Every example is synthetic. Nothing you type leaves this browser.</p>
        <RecordSettings session={session} onChange={setSession} />
      </header>
      <PageNav page={page} />
      <RecordFormProvider form={session.form} key={session.id}>
        <div className={page === 'form' ? 'layout layout-with-report' : 'layout'}>
          <main id="main" tabIndex={-1}>
            {page === 'form' ? (
              <RecordFormView
                focusRequest={focusRequest}
                onFocusDone={() => setFocusRequest(undefined)}
                onShowMinutes={() => goTo('minutes')}
              />
            ) : page === 'answers' ? (
              <CheckAnswersView onChangeAnswer={changeAnswer} />
            ) : (
              <MinutesView
                session={session}
                template={lastGood.current}
                editor={
                  <TemplateEditor draft={draft} checked={checked} resolved={lastGood.current} onChange={setDraft} />
                }
              />
            )}
          </main>
          {page === 'form' ? <ValidationReportPanel profileId={session.profileId} /> : null}
        </div>
      </RecordFormProvider>
    </>
  );
}
