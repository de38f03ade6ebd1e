import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCsf } from 'storybook/internal/csf-tools';
import type { Indexer } from 'storybook/internal/types';
import type { Plugin } from 'vite';

/**
 * The minutes stories are one story per example record and audience, for each minutes engine. CSF
 * wants every story written out as a named export, which made the two minutes story files share
 * one 52-line list. Here the list is made once, from the files in schemas/examples: a story file
 * that re-exports {@link EXAMPLE_MINUTES_STORIES_MODULE} gets every example's stories, and a new
 * example record gets its stories without a line of story code.
 */
const EXAMPLE_MINUTES_STORIES_MODULE = 'virtual:example-minutes-stories';

const EXAMPLES = join(import.meta.dirname, '../schemas/examples');
const AUDIENCES = ['professionals', 'family'] as const;

/** One story: an example record, for one audience. */
interface ExampleMinutesStory {
  /** `ChildInHospitalS47Family`: the export name, from which Storybook makes the story's id. */
  readonly exportName: string;
  /** `Child in hospital S47 (family)`. */
  readonly name: string;
  readonly args: { readonly record: string; readonly audience: (typeof AUDIENCES)[number] };
}

/** Final records first, each folder in file-name order; professionals' copy before the family's. */
function exampleMinutesStories(): ExampleMinutesStory[] {
  return ['final', 'incomplete'].flatMap((group) =>
    readdirSync(join(EXAMPLES, group))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.slice(0, -'.json'.length))
      .sort((a, b) => a.localeCompare(b))
      .flatMap((file) => {
        const words = file.split('-').map((word) => (/^(s47|s17|icpc|abe)$/.test(word) ? word.toUpperCase() : word));
        const label = capitalised(words.join(' '));
        return AUDIENCES.map((audience) => ({
          exportName: `${words.map(capitalised).join('')}${capitalised(audience)}`,
          name: `${label} (${audience})`,
          args: { record: `${group}/${file}`, audience },
        }));
      }),
  );
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Wraps an indexer: a story file that re-exports the example stories is listed here, under the title
 * its meta gives; any other file goes to `indexer` as before.
 */
export function withExampleMinutesStories(indexer: Indexer): Indexer {
  return {
    ...indexer,
    createIndex: async (fileName, options) => {
      const code = await readFile(fileName, 'utf8');
      if (!code.includes(`export * from '${EXAMPLE_MINUTES_STORIES_MODULE}'`))
        return indexer.createIndex(fileName, options);
      const { title } = loadCsf(code, { ...options, fileName }).parse().meta;
      return exampleMinutesStories().map(({ exportName, name }) => ({
        type: 'story',
        importPath: fileName,
        exportName,
        name,
        title,
      }));
    },
  };
}

/** Serves the example stories as a module of named exports, as CSF needs them at run time. */
export function exampleMinutesStoriesPlugin(): Plugin {
  const resolvedId = `\0${EXAMPLE_MINUTES_STORIES_MODULE}`;
  return {
    name: 'example-minutes-stories',
    resolveId: (source) => (source === EXAMPLE_MINUTES_STORIES_MODULE ? resolvedId : undefined),
    load: (id) =>
      id === resolvedId
        ? exampleMinutesStories()
            .map(({ exportName, name, args }) => `export const ${exportName} = ${JSON.stringify({ name, args })};`)
            .join('\n')
        : undefined,
  };
}
