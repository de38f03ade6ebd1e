export * from './common.js';
export { validateRecord, validateRecordText } from './browser/validateRecord.js';
