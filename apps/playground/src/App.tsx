import { RecordFormProvider } from '@strategy-record/forms/react';
import { useCallback, useState } from 'react';
import { CheckAnswersView } from './answers/CheckAnswersView.js';
import { RecordFormView } from './form/RecordFormView.js';
import { MinutesView } from './minutes/MinutesView.js';
import { PageNav } from './PageNav.js';
import { ValidationReportPanel } from './report/ValidationReportPanel.js';
import { newSession, type Session } from './session.js';
import { RecordSettings } from './settings/RecordSettings.js';
import { usePage } from './usePage.js';

/**
 * The playground: a record form with its live validation report, a check-answers page and the
 * minutes. One form model is shared by every page, so moving between pages loses nothing.
 */
export function App() {
  const [session, setSession] = useState<Session>(() =>
    newSession({ record: {}, source: 'An empty record', profileId: '' }),
  );
  const [page, goTo] = usePage();
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
              <MinutesView session={session} />
            )}
          </main>
          {page === 'form' ? <ValidationReportPanel profileId={session.profileId} /> : null}
        </div>
      </RecordFormProvider>
    </>
  );
}
