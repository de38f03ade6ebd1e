import { useClearedAnswers } from '@strategy-record/forms/react';

/** Tells the user which answers a change removed because their questions no longer apply: never silent. */
export function ClearedNotice() {
  const cleared = useClearedAnswers();
  return (
    <div role="status" className={cleared.length === 0 ? 'cleared-notice empty' : 'cleared-notice'}>
      {cleared.map((answer) => (
        <p key={answer.pointer}>{`Your answer to “${answer.label}” was removed because it no longer applies.`}</p>
      ))}
    </div>
  );
}
