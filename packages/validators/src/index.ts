export * from './common.js';
export { describeLocation, validateRecord, validateRecordText } from './validateRecord.js';
