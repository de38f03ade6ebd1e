export { toMinutes, type ToMinutesOptions, type MinutesProfile } from './model/toMinutes.js';
export { familyView } from './model/familyView.js';
export { formatDateOrDateTime } from './model/formatDates.js';
export {
  SECURITY_MARKING,
  type Audience,
  type DecisionBlock,
  type KeyValue,
  type KeyValueList,
  type MinutesBlock,
  type MinutesDocument,
  type MinutesMetadata,
  type MinutesSection,
  type MinutesSectionId,
  type MinutesStatus,
  type Notice,
  type Paragraph,
  type Subheading,
  type Table,
  type TableColumn,
  type TableRole,
} from './model/MinutesDocument.js';
