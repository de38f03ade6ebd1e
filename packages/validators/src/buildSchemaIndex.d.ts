import type { SchemaIndex } from './schemaIndexTypes.js';

/**
 * The titles and rule ids of a record schema by position in the record (see buildSchemaIndex.js):
 * generated for the Node entry, built from the shipped schema object by the browser entry.
 */
export declare function buildSchemaIndex(schema: unknown): SchemaIndex;
