export * from './common.js';
export { validateRecord, validateRecordText } from './validateRecord.js';
