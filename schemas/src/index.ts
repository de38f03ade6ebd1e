export * from './core.js';
export { recordSchema } from './recordSchema.js';
