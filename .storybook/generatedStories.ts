import { readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
// The source, not the built package: knip and Storybook load this config before anything is built.
import { ENGINE_NAMES } from '../packages/render/src/renderEngines.js';
import { loadCsf } from 'storybook/internal/csf-tools';
import type { Indexer } from 'storybook/internal/types';
import type { Plugin } from 'vite';

/**
 * Stories made from the project's files rather than written out. CSF wants every story as a named
 * export, which made the two minutes story files share one 52-line list. Here each list is made
 * once, from the files it covers: a story file that re-exports one of these virtual modules gets its
 * stories, and a new example record or bundled template gets its stories without a line of story
 * code.
 */
const GENERATED_STORIES: Readonly<Record<string, () => GeneratedStory[]>> = {
  'virtual:example-minutes-stories': exampleMinutesStories,
  'virtual:template-stories': templateStories,
};

const SCHEMAS = join(import.meta.dirname, '../schemas');
const AUDIENCES = ['professionals', 'family'] as const;

/** One story: a named export and the args it sets. */
interface GeneratedStory {
  /** `ChildInHospitalS47Family`: the export name, from which Storybook makes the story's id. */
  readonly exportName: string;
  /** `Child in hospital S47 (family)`. */
  readonly name: string;
  readonly args: Readonly<Record<string, string>>;
}

/**
 * One story per example record and audience: final records first, each folder in file-name order;
 * professionals' copy before the family's.
 */
function exampleMinutesStories(): GeneratedStory[] {
  return ['final', 'incomplete'].flatMap((group) =>
    jsonFiles(join(SCHEMAS, 'examples', group)).flatMap((file) => {
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

/**
 * One story per bundled template (schemas/templates, by the id and name each declares) and engine
 * of the registry, in that order.
 */
function templateStories(): GeneratedStory[] {
  return jsonFiles(join(SCHEMAS, 'templates'))
    .map(
      (file) =>
        JSON.parse(readFileSync(join(SCHEMAS, 'templates', `${file}.json`), 'utf8')) as { id: string; name: string },
    )
    .flatMap(({ id, name }) =>
      ENGINE_NAMES.map((engine) => ({
        exportName: `${pascalCase(id)}${pascalCase(engine)}`,
        name: `${name} (${engine})`,
        args: { template: id, engine },
      })),
    );
}

/** The names, without `.json`, of the JSON files in `folder`, in file-name order. */
function jsonFiles(folder: string): string[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort((a, b) => a.localeCompare(b));
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const pascalCase = (text: string) => text.split('-').map(capitalised).join('');

/** The virtual module a story file re-exports, if it does. */
function reexported(code: string): string | undefined {
  return Object.keys(GENERATED_STORIES).find((module) => code.includes(`export * from '${module}'`));
}

/**
 * Wraps an indexer: a story file that re-exports generated stories is listed with them, under the
 * title its meta gives; any other file goes to `indexer` as before.
 */
export function withGeneratedStories(indexer: Indexer): Indexer {
  return {
    ...indexer,
    createIndex: async (fileName, options) => {
      const code = await readFile(fileName, 'utf8');
      const module = reexported(code);
      if (module === undefined) return indexer.createIndex(fileName, options);
      const { title } = loadCsf(code, { ...options, fileName }).parse().meta;
      return (GENERATED_STORIES[module]?.() ?? []).map(({ exportName, name }) => ({
        type: 'story',
        importPath: fileName,
        exportName,
        name,
        title,
      }));
    },
  };
}

/** Serves each list of generated stories as a module of named exports, as CSF needs them at run time. */
export function generatedStoriesPlugin(): Plugin {
  return {
    name: 'generated-stories',
    resolveId: (source) => (Object.hasOwn(GENERATED_STORIES, source) ? `\0${source}` : undefined),
    load: (id) => {
      const stories = id.startsWith('\0') ? GENERATED_STORIES[id.slice(1)] : undefined;
      return stories?.()
        .map(({ exportName, name, args }) => `export const ${exportName} = ${JSON.stringify({ name, args })};`)
        .join('\n');
    },
  };
}
