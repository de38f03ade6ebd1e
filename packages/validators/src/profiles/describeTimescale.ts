import type { Timescale } from './profileTypes.js';

const plural = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/** A timescale in words: "same day", "3 working days", "1 working day", "24 hours", "3 calendar days", "no fixed limit". */
export function describeTimescale(timescale: Timescale): string {
  switch (timescale.kind) {
    case 'same-day':
      return 'same day';
    case 'working-days':
      return plural(timescale.days, 'working day', 'working days');
    case 'hours':
      return plural(timescale.hours, 'hour', 'hours');
    case 'calendar-days':
      return plural(timescale.days, 'calendar day', 'calendar days');
    case 'no-limit':
      return 'no fixed limit';
  }
}
