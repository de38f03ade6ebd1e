export type * from './record.generated.js';
export { recordSchema } from './recordSchema.js';
