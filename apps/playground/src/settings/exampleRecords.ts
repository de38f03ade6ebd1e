/// <reference types="vite/client" />
// (import.meta.glob below is Vite's; the reference lets any tsconfig that reaches this file type it.)
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';

/** One of the synthetic example records shipped in `schemas/examples/`. */
export interface ExampleRecord {
  /** `final/joint-s47-physical-injury`: the folder and file name, stable across builds. */
  readonly id: string;
  /** `Joint S47 physical injury`. */
  readonly label: string;
  /** `final` records pass final validation; `incomplete` ones each miss one thing. */
  readonly group: 'final' | 'incomplete';
  /** Loads the record (each is a chunk of its own, fetched only when chosen). */
  readonly load: () => Promise<StrategyDiscussionRecord>;
}

const loaders = import.meta.glob<StrategyDiscussionRecord>('../../../../schemas/examples/{final,incomplete}/*.json', {
  import: 'default',
});

/** Every example record, final ones first, each group in file-name order. */
export const EXAMPLE_RECORDS: readonly ExampleRecord[] = Object.entries(loaders)
  .map(([path, load]): ExampleRecord => {
    const [, group, name] = /\/(final|incomplete)\/([^/]+)\.json$/.exec(path) ?? [];
    if (group === undefined || name === undefined) throw new Error(`Unexpected example path ${path}.`);
    return { id: `${group}/${name}`, label: labelOf(name), group: group as ExampleRecord['group'], load };
  })
  .sort((a, b) => (a.group === b.group ? a.id.localeCompare(b.id) : a.group === 'final' ? -1 : 1));

/** `child-seen-later-than-24-hours` → `Child seen later than 24 hours` (S47, S17, ICPC kept in capitals). */
function labelOf(name: string): string {
  const words = name.split('-').map((word) => (/^(s47|s17|icpc|abe)$/.test(word) ? word.toUpperCase() : word));
  const sentence = words.join(' ');
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
