/// <reference types="vite/client" />
import type { StrategyDiscussionRecord } from '@strategy-record/schemas';

/** One of the synthetic example records in `schemas/examples/`, as a story loads it. */
interface ExampleRecord {
  /** `final/joint-s47-physical-injury`: the folder and the file name. */
  readonly id: string;
  /** Loads the record (each is a chunk of its own, fetched only when a story needs it). */
  readonly load: () => Promise<StrategyDiscussionRecord>;
}

const loaders = import.meta.glob<StrategyDiscussionRecord>('../../schemas/examples/{final,incomplete}/*.json', {
  import: 'default',
});

/** Every example record, final ones first, each folder in file-name order (the order of the stories). */
export const EXAMPLE_RECORDS: readonly ExampleRecord[] = Object.entries(loaders)
  .map(([path, load]): ExampleRecord => ({ id: path.replace(/^.*\/((?:final|incomplete)\/[^/]+)\.json$/, '$1'), load }))
  .sort((a, b) =>
    a.id.startsWith('final/') === b.id.startsWith('final/')
      ? a.id.localeCompare(b.id)
      : a.id.startsWith('final/')
        ? -1
        : 1,
  );
