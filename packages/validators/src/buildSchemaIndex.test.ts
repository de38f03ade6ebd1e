import { recordSchema } from '@strategy-record/schemas';
import { describe, expect, it } from 'vitest';
import { describeLocation as describeInBrowser } from './browser/validateRecord.js';
import { buildSchemaIndex } from './buildSchemaIndex.js';
import { schemaIndex } from './generated/schemaIndex.generated.js';
import type { SchemaIndex } from './schemaIndexTypes.js';
import { completeRecord } from './testing/completeRecord.js';
import { describeLocation as describeInNode } from './validateRecord.js';

/** Every pointer the index knows, with list positions as 0. */
function pointersOf(node: SchemaIndex, at = ''): string[] {
  const here = at === '' ? [] : [at];
  const inside = Object.entries(node.p ?? {}).flatMap(([name, child]) => pointersOf(child, `${at}/${name}`));
  return [...here, ...inside, ...(node.i === undefined ? [] : pointersOf(node.i, `${at}/0`))];
}

describe('the schema index of each entry', () => {
  it('is the same whether generated for Node or built in the browser from the schema object', () => {
    expect(buildSchemaIndex(recordSchema)).toEqual(schemaIndex);
  });

  it('gives every field the same label in both entries', () => {
    const record = completeRecord();
    const pointers = pointersOf(schemaIndex);
    expect(pointers.length).toBeGreaterThan(200);
    const labels = (describe: typeof describeInNode) => pointers.map((pointer) => describe(record, pointer));
    expect(labels(describeInBrowser)).toEqual(labels(describeInNode));
    expect(describeInBrowser(record, '/children/0/ethnicity')).toMatch(/^Ethnicity \(child 1, .+\)$/);
  });
});
