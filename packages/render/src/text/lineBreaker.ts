import type LineBreakerClass from 'linebreak';
import { loadSharedDependency } from '../loadSharedDependency.js';

/** The linebreak package's breaker class (UAX #14). */
export type LineBreaker = typeof LineBreakerClass;

let loading: Promise<LineBreaker> | undefined;

/** linebreak, loaded once (see loadSharedDependency). */
export function loadLineBreaker(): Promise<LineBreaker> {
  loading ??= loadSharedDependency<LineBreaker>('linebreak', async () => (await import('linebreak')).default);
  return loading;
}

/** A stretch of a paragraph between two break opportunities: a "word" with its trailing spaces. */
export interface BreakUnit {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

/**
 * The units between the line-break opportunities of one paragraph (UAX #14: after spaces and
 * hyphens, between ideographs, never inside a word or before closing punctuation).
 */
export function breakUnits(Breaker: LineBreaker, paragraph: string): BreakUnit[] {
  const units: BreakUnit[] = [];
  const breaker = new Breaker(paragraph);
  let start = 0;
  for (let next = breaker.nextBreak(); next !== null; next = breaker.nextBreak()) {
    if (next.position > start) units.push({ start, end: next.position });
    start = next.position;
  }
  if (start < paragraph.length) units.push({ start, end: paragraph.length });
  return units;
}

/** Mandatory line breaks of UAX #14 (BK, CR, LF, NL): the text is split into paragraphs at these. */
export const MANDATORY_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/;
