import type { Audience } from '@strategy-record/render';

const FALLBACK = 'strategy-discussion';

/**
 * `SD-2026-000311-family.pdf`: the record id and the audience. The record id is whatever the user
 * typed, so accents are dropped, anything else but ASCII letters, digits, dot, dash and underscore
 * becomes a dash, the name never starts with a dot (a hidden file), and it stays short.
 */
export function pdfFileName(recordId: unknown, audience: Audience): string {
  const typed = typeof recordId === 'string' ? recordId : '';
  const safe = typed
    .normalize('NFKD')
    .replace(/\p{Mn}/gu, '') // accents go: "Nguyễn" becomes "Nguyen"
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '')
    .slice(0, 80);
  return `${safe === '' ? FALLBACK : safe}-${audience}.pdf`;
}
