import { useState, type FormEvent } from 'react';
import { FileLoader } from '../files/FileLoader.js';
import { type GivenFile, readProfileFile, readRecordFile } from '../files/readOwnFiles.js';
import { newSession, OWN_PROFILE, type Session } from '../session.js';
import { EXAMPLE_RECORDS } from './exampleRecords.js';
import { PROFILE_CHOICES } from './profileChoices.js';

const EMPTY = '';
const EXAMPLE_GROUPS = [
  ['final', 'Complete records (pass final validation)'],
  ['incomplete', 'Incomplete records (one thing missing)'],
] as const;

/**
 * Where the record comes from (an example, or empty) and which local procedure profile checks it.
 * Loading replaces the form; changing the profile keeps every answer and checks them again. An
 * admin's own record and profile files are read in this browser and checked before they are used.
 */
export function RecordSettings({
  session,
  onChange,
}: {
  readonly session: Session;
  readonly onChange: (session: Session) => void;
}) {
  const [exampleId, setExampleId] = useState(EMPTY);
  const [message, setMessage] = useState('');
  const [loading, setLoading] = useState(false);
  const kept = { profileId: session.profileId, ownProfile: session.ownProfile };

  const load = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const example = EXAMPLE_RECORDS.find((candidate) => candidate.id === exampleId);
    if (example === undefined) {
      onChange(newSession({ ...kept, record: {}, source: 'An empty record' }));
      setMessage('Started an empty record.');
      return;
    }
    setLoading(true);
    try {
      const record = structuredClone(await example.load());
      onChange(newSession({ ...kept, record, source: example.label }));
      setMessage(`Loaded the example “${example.label}”.`);
    } catch {
      setMessage(`The example “${example.label}” could not be loaded. Reload the page and try again.`);
    } finally {
      setLoading(false);
    }
  };

  const changeProfile = (profileId: string) => {
    onChange(newSession({ ...kept, record: session.form.getState().record, source: session.source, profileId }));
    setMessage(
      profileId === ''
        ? 'Checking against the profile the record names.'
        : profileId === OWN_PROFILE
          ? `Checking against ${session.ownProfile?.name ?? 'your profile'} (from your file).`
          : `Checking against ${PROFILE_CHOICES.find((choice) => choice.id === profileId)?.name ?? profileId}.`,
    );
  };

  const loadRecordFile = ([file]: readonly GivenFile[]) => {
    if (file === undefined) return;
    const result = readRecordFile(file.name, new TextDecoder().decode(file.bytes));
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    onChange(newSession({ ...kept, record: result.value, source: `your file “${file.name}”` }));
    setMessage(`Loaded the record from your file “${file.name}”.`);
  };

  const loadProfileFile = ([file]: readonly GivenFile[]) => {
    if (file === undefined) return;
    const result = readProfileFile(file.name, new TextDecoder().decode(file.bytes));
    if (!result.ok) {
      setMessage(result.message);
      return;
    }
    onChange(
      newSession({
        record: session.form.getState().record,
        source: session.source,
        profileId: OWN_PROFILE,
        ownProfile: result.value,
      }),
    );
    setMessage(`Checking against ${result.value.name} (from your file “${file.name}”).`);
  };

  return (
    <div className="settings">
      <form className="settings-record" onSubmit={load} aria-label="Choose a record">
        <label htmlFor="example-record">Record to start from</label>
        <select id="example-record" value={exampleId} onChange={(event) => setExampleId(event.target.value)}>
          <option value={EMPTY}>An empty record</option>
          {EXAMPLE_GROUPS.map(([group, label]) => (
            <optgroup key={group} label={label}>
              {EXAMPLE_RECORDS.filter((example) => example.group === group).map((example) => (
                <option key={example.id} value={example.id}>
                  {example.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        <button type="submit" disabled={loading}>
          {exampleId === EMPTY ? 'Start empty' : 'Load the example'}
        </button>
      </form>
      <div className="settings-profile">
        <label htmlFor="profile">Local procedure profile</label>
        <select id="profile" value={session.profileId} onChange={(event) => changeProfile(event.target.value)}>
          <option value="">The one the record names (national default if none)</option>
          {PROFILE_CHOICES.map((choice) => (
            <option key={choice.id} value={choice.id}>
              {choice.name}
            </option>
          ))}
          {session.ownProfile === undefined ? null : (
            <option value={OWN_PROFILE}>{session.ownProfile.name} (your file)</option>
          )}
        </select>
      </div>
      <details className="own-files">
        <summary>Open your own record or profile</summary>
        <p>The files are read in this browser and checked; nothing is sent anywhere.</p>
        <div className="own-files-loaders">
          <FileLoader
            label="Record file"
            hint="A strategy discussion record (.json): choose it or drop it here."
            accept=".json,application/json"
            onFiles={loadRecordFile}
          />
          <FileLoader
            label="Profile file"
            hint="A local procedure profile (.json): choose it or drop it here."
            accept=".json,application/json"
            onFiles={loadProfileFile}
          />
        </div>
      </details>
      <p className="settings-status" role="status">
        {message === '' ? `Working on: ${session.source}.` : message}
      </p>
    </div>
  );
}
