export * from './common.js';
export { describeLocation, validateRecord, validateRecordText } from './browser/validateRecord.js';
