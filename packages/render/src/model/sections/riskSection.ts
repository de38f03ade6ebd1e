import { blocks, notice, paragraph, subheading } from '../blocks.js';
import type { MinutesBlock } from '../MinutesDocument.js';
import { asObject } from '../recordValues.js';
import type { SectionContext } from '../SectionContext.js';
import { NOT_SHARED_WITH_FAMILY } from './notSharedWithFamily.js';

/** Section 6: the multi-agency risk analysis, strengths and any dissent. */
export function riskSection({ record, audience }: SectionContext): MinutesBlock[] {
  const risk = asObject(record.riskAnalysis);
  if (risk === undefined && audience === 'family') return [notice(NOT_SHARED_WITH_FAMILY)];
  const professionals = audience === 'professionals';
  return blocks(
    subheading('Multi-agency risk analysis'),
    paragraph(risk?.analysis) ?? paragraph('Not recorded'),
    subheading('Strengths and protective factors'),
    paragraph(risk?.strengths) ?? paragraph('Not recorded'),
    professionals && risk?.dissent !== undefined && subheading('Dissent'),
    professionals && paragraph(risk?.dissent),
    professionals && risk?.dissentEscalation !== undefined && subheading('How the dissent was resolved or escalated'),
    professionals && paragraph(risk?.dissentEscalation),
    professionals && paragraph(`Shared with the family: ${risk?.shareWithFamily === true ? 'Yes' : 'No'}`),
  );
}
