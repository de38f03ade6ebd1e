import { pad } from './dateParts.js';

/**
 * Converting between the wall-clock time a social worker types (in England) and the instant the
 * record stores (ISO 8601 with its UTC offset). Uses the platform's time-zone data through `Intl`, so
 * the forms package carries no calendar code; the validators' calendar does the working-day sums.
 */

let london: Intl.DateTimeFormat | undefined;

function londonClock(): Intl.DateTimeFormat {
  london ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  });
  return london;
}

/** The wall-clock time in England at an instant. */
export interface LondonWallTime {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly hour: number;
  readonly minute: number;
}

function wallClockAt(epochMs: number): { year: number; month: number; day: number; hour: number; minute: number; second: number } {
  const parts: Record<string, number> = {};
  for (const part of londonClock().formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts['year']!, month: parts['month']!, day: parts['day']!, hour: parts['hour']!, minute: parts['minute']!, second: parts['second']! };
}

/** Minutes England is ahead of UTC at an instant: 0 in winter (GMT), 60 in summer (BST). */
export function londonOffsetMinutes(epochMs: number): number {
  const wall = wallClockAt(epochMs);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

/**
 * The instant, as ISO 8601 with its offset (`Z` in winter, `+01:00` in summer), at which clocks in
 * England show `date` `hour`:`minute`. A time skipped when the clocks go forward is read with the
 * winter offset; a time that happens twice when they go back is read as the first (summer) one.
 */
export function londonInstant(date: string, hour: number, minute: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const asUtc = Date.UTC(year, month - 1, day, hour, minute);
  // The offsets in force a few hours either side; the larger one is the summer one, tried first.
  const candidates = [...new Set([londonOffsetMinutes(asUtc - 3 * 3_600_000), londonOffsetMinutes(asUtc + 3 * 3_600_000)])].sort((a, b) => b - a);
  const offset = candidates.find((candidate) => londonOffsetMinutes(asUtc - candidate * 60_000) === candidate) ?? candidates[candidates.length - 1]!;
  const clock = `${date}T${pad(hour)}:${pad(minute)}:00`;
  return offset === 0 ? `${clock}Z` : `${clock}${offset > 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** The wall-clock time in England of a stored ISO 8601 instant; `undefined` for anything else. */
export function londonWallTime(value: unknown): LondonWallTime | undefined {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/i.test(value)) return undefined;
  const epochMs = Date.parse(value);
  if (Number.isNaN(epochMs)) return undefined;
  const wall = wallClockAt(epochMs);
  return { date: `${String(wall.year).padStart(4, '0')}-${pad(wall.month)}-${pad(wall.day)}`, hour: wall.hour, minute: wall.minute };
}
