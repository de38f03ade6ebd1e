// Timescales bench (issue 3): deadline computations per second, the working-day calendar against
// date-holidays looked up at run time, and what the timescale rules cost final-mode validation.
// Run alone (after `npm run build`): node scripts/bench/timescales.mjs
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { compareOpsPerSecond, round } from './measure.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RECORD = 'schemas/examples/final/joint-s47-physical-injury.json';

/** Inputs cycled through so no call is answered from a cache the real world would not have. */
function concernInstants(count) {
  const instants = [];
  const start = Date.UTC(2026, 0, 1);
  const span = Date.UTC(2030, 0, 1) - start;
  for (let i = 0; i < count; i += 1) {
    // Steps of about 91 days and 16 hours wrap around the four years: every season, hour and clock change.
    const ms = start + ((i * 7_920_000_000) % span);
    instants.push(new Date(ms).toISOString().replace('.000Z', i % 2 === 0 ? 'Z' : '+00:00'));
  }
  return instants;
}

export async function benchTimescales() {
  const validators = await import(pathToFileURL(`${root}packages/validators/dist/index.js`).href);
  const {
    validateRecord,
    timescaleRules,
    resolveProfile,
    parseProfile,
    bundledProfiles,
    urgencyCategories,
    strategyDiscussionDeadline,
    icpcDeadline,
    childSeenDeadline,
    circulationDeadline,
    formatDeadline,
    isDeadlineMet,
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    londonDateOf,
  } = validators;
  const needed = [
    'timescaleRules',
    'resolveProfile',
    'strategyDiscussionDeadline',
    'icpcDeadline',
    'isWorkingDay',
    'londonDateOf',
  ];
  const missing = needed.filter((name) => typeof validators[name] === 'undefined');
  if (missing.length > 0) {
    throw new Error(
      `packages/validators/src/index.ts must re-export the calendar, deadlines, profiles and timescaleRules (missing: ${missing.join(', ')})`,
    );
  }
  const record = JSON.parse(await readFile(`${root}${RECORD}`, 'utf8'));
  if (!validateRecord(record, { mode: 'final' }).valid) throw new Error('the bench record must pass final mode');

  const profiles = Object.keys(bundledProfiles).map((id) => resolveProfile(id).profile);
  const instants = concernInstants(997);
  const dates = instants.map((instant) => londonDateOf(instant));
  let i = 0;
  const next = () => {
    i = (i + 1) % instants.length;
    return i;
  };
  const strategyDiscussion = () => {
    const n = next();
    return strategyDiscussionDeadline(instants[n], urgencyCategories[n % 6], profiles[n % profiles.length]);
  };
  const deadlines = compareOpsPerSecond({
    strategyDiscussion,
    icpc15WorkingDays: () => icpcDeadline(instants[next()], profiles[0]),
    childSeen24Hours: () => childSeenDeadline(instants[next()], profiles[1]),
    circulation1WorkingDay: () => circulationDeadline(instants[next()], profiles[0]),
    computeCheckAndFormat: () => {
      const deadline = strategyDiscussion();
      return isDeadlineMet(deadline, instants[(i + 3) % instants.length]) ? formatDeadline(deadline) : '';
    },
  });

  // The holiday table generated at build time against date-holidays asked at run time.
  const importStart = performance.now();
  const { default: Holidays } = await import('date-holidays');
  const runtimeHolidays = new Holidays('GB', 'ENG', { types: ['public', 'bank'] });
  const dateHolidaysImportMs = performance.now() - importStart;
  const calendar = compareOpsPerSecond(
    {
      isWorkingDay: () => isWorkingDay(dates[next()]),
      dateHolidaysIsHoliday: () => runtimeHolidays.isHoliday(new Date(`${dates[next()]}T12:00:00Z`)),
      addWorkingDays15: () => addWorkingDays(dates[next()], 15),
      workingDaysBetweenAcrossAYear: () => workingDaysBetween(dates[next()], dates[(i + 4) % dates.length]),
      londonDateOf: () => londonDateOf(instants[next()]),
    },
    { rounds: 5 },
  );

  const lancashireDocument = bundledProfiles.lancashire;
  const profileRates = compareOpsPerSecond(
    {
      resolveBundledId: () => resolveProfile('lancashire'),
      parseProfileDocument: () => parseProfile(lancashireDocument),
    },
    { rounds: 5 },
  );

  // The timescale rules' share of final validation: running them a second time (as extra rules) adds
  // exactly their cost, measured in the same interleaved rounds as plain final validation.
  const validation = compareOpsPerSecond({
    final: () => validateRecord(record, { mode: 'final' }),
    finalWithTimescaleRulesTwice: () => validateRecord(record, { mode: 'final', rules: timescaleRules }),
  });
  const perRecordMs = 1000 / validation.final;
  const timescaleRulesMs = 1000 / validation.finalWithTimescaleRulesTwice - perRecordMs;
  const foundationMs = perRecordMs - timescaleRulesMs;

  return {
    method:
      'operations per CPU-second, median of interleaved rounds (scripts/bench/measure.mjs); inputs cycle through 997 instants 2026-2029 and the six bundled profiles',
    deadlinesPerSecond: Object.fromEntries(Object.entries(deadlines).map(([name, rate]) => [name, round(rate)])),
    calendarPerSecond: Object.fromEntries(Object.entries(calendar).map(([name, rate]) => [name, round(rate)])),
    tableVsDateHolidays: round(calendar.isWorkingDay / calendar.dateHolidaysIsHoliday),
    dateHolidaysImportMs: round(dateHolidaysImportMs, 1),
    profilesPerSecond: Object.fromEntries(Object.entries(profileRates).map(([name, rate]) => [name, round(rate)])),
    finalValidationPerSecond: round(validation.final),
    foundationFinalPerSecond: round(1000 / foundationMs),
    timescaleRulesMicrosecondsPerRecord: round(timescaleRulesMs * 1000, 1),
    timescaleRulesShareOfFoundation: round(timescaleRulesMs / foundationMs, 3),
    targets: { timescaleRulesShareOfFoundation: '<= 0.2' },
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchTimescales(), null, 2));
}
