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
  type ValueList,
} from './model/MinutesDocument.js';
export type { Letterhead, MinutesLogo, MinutesStyle } from './model/MinutesDocument.js';
export { parseTemplate } from './template/parseTemplate.js';
export {
  MAX_TEMPLATE_TEXT_LENGTH,
  type ParseTemplateOptions,
  type TemplateResult,
} from './template/parseTemplateDocument.js';
export { BUNDLED_TEMPLATE_IDS, bundledTemplate, templateDocument } from './template/bundledTemplates.js';
export { TemplateError, type TemplateIssue } from './template/TemplateError.js';
export {
  DEFAULT_TEMPLATE,
  DEFAULT_TEMPLATE_ID,
  type MinutesTemplate,
  type TemplateLogo,
  type TemplateSection,
} from './template/MinutesTemplate.js';
export { MAX_LOGO_BYTES, MAX_LOGO_PIXELS } from './template/imageInfo.js';
export {
  ProtectionError,
  type PdfPermissions,
  type PdfProtection,
} from './protect/pdfProtection.js';
