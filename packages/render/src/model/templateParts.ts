import { toBase64 } from '../fonts/toBase64.js';
import type { MinutesTemplate } from '../template/MinutesTemplate.js';
import type { Audience, KeyValue, MinutesBlock, MinutesDocument, MinutesLogo } from './MinutesDocument.js';

type TemplateParts = Pick<
  MinutesDocument,
  'letterhead' | 'audienceNotice' | 'cover' | 'closingStatement' | 'signatureBlock' | 'style'
>;

/**
 * The parts of the minutes a template adds, for one audience. Only the audience's own notice is
 * taken: the professionals' notice never reaches a family copy. Every part is template text (data
 * checked by `parseTemplate`), never a value of the record, so a template cannot bring record content
 * into a copy that the audience's view left out.
 */
export function templateParts(template: MinutesTemplate, audience: Audience): TemplateParts {
  const parts: { -readonly [Key in keyof TemplateParts]: TemplateParts[Key] } = {};
  const logo = template.logo === undefined ? undefined : minutesLogo(template.logo);
  if (
    template.organisationName !== undefined ||
    logo !== undefined ||
    template.addressLines.length > 0 ||
    template.contactLines.length > 0
  ) {
    parts.letterhead = {
      ...(template.organisationName === undefined ? {} : { organisationName: template.organisationName }),
      ...(logo === undefined ? {} : { logo }),
      addressLines: [...template.addressLines],
      contactLines: [...template.contactLines],
    };
  }
  const notice = template.notices[audience];
  if (notice !== undefined) parts.audienceNotice = notice;
  if (template.cover !== undefined) parts.cover = { ...template.cover };
  if (template.closingStatement !== undefined) parts.closingStatement = template.closingStatement;
  if (template.signatureBlock !== undefined)
    parts.signatureBlock = { ...template.signatureBlock, lines: [...template.signatureBlock.lines] };
  if (template.accentColour !== undefined || template.baseFontSize !== undefined) {
    parts.style = {
      ...(template.accentColour === undefined ? {} : { accentColour: template.accentColour }),
      ...(template.baseFontSize === undefined ? {} : { baseFontSize: template.baseFontSize }),
    };
  }
  return parts;
}

function minutesLogo(logo: NonNullable<MinutesTemplate['logo']>): MinutesLogo {
  const kind = logo.mediaType === 'image/png' ? 'png' : 'jpeg';
  return {
    dataUrl: `data:image/${kind};base64,${toBase64(logo.bytes)}`,
    width: logo.width,
    height: logo.height,
    alt: logo.alt,
  };
}

/** Key-value labels and table column labels with the template's overrides applied. */
export function relabelBlocks(blocks: readonly MinutesBlock[], labels: ReadonlyMap<string, string>): MinutesBlock[] {
  if (labels.size === 0) return [...blocks];
  return blocks.map((block): MinutesBlock => {
    switch (block.kind) {
      case 'keyValues':
        return { ...block, items: relabelItems(block.items, labels) };
      case 'decision':
        return { ...block, details: relabelItems(block.details, labels) };
      case 'table':
        return {
          ...block,
          columns: block.columns.map((column) => ({ ...column, label: labels.get(column.label) ?? column.label })),
        };
      default:
        return block;
    }
  });
}

export function relabelItems(items: readonly KeyValue[], labels: ReadonlyMap<string, string>): KeyValue[] {
  return items.map((item) => ({ ...item, label: labels.get(item.label) ?? item.label }));
}
