import {
  bundledProfiles,
  describeTimescale,
  resolveProfile,
  URGENCY_CATEGORIES,
  urgencyCategories,
  type ResolvedProfile,
  type ResolvedTimescale,
} from '@strategy-record/validators';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { loadProfileOption } from '../loadProfileOption.js';
import { oneOf, parseOptions } from '../options.js';

export const PROFILES_USAGE = `Usage: strategy-record profiles [<id|path>] [--format text|json]

Lists the bundled local procedure profiles and their deadlines, or shows one profile (bundled id or
a profile JSON file, which is checked: a malformed one exits 2 naming the field).`;

/** `strategy-record profiles`: the bundled profiles with every deadline they set, and where each comes from. */
export async function profilesCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { format: { type: 'string', default: 'text' } },
    { positionals: true },
  );
  if (values.help) {
    io.stdout.write(`${PROFILES_USAGE}\n`);
    return EXIT.ok;
  }
  const format = oneOf(values.format, ['text', 'json'] as const, '--format');
  if (positionals.length > 1) throw new UsageError('profiles takes at most one profile id or file.');
  const profiles: ResolvedProfile[] =
    positionals.length > 0
      ? [(await loadProfileOption(positionals[0]))!]
      : Object.keys(bundledProfiles).flatMap((id) => {
          const result = resolveProfile(id);
          return result.ok ? [result.profile] : [];
        });
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(profiles.map(summarise), null, 2)}\n`);
    return EXIT.ok;
  }
  for (const profile of profiles) io.stdout.write(formatProfile(profile));
  return EXIT.ok;
}

function summarise(profile: ResolvedProfile) {
  const words = (timescale: ResolvedTimescale) => ({
    limit: describeTimescale(timescale.timescale),
    setBy: timescale.setBy,
  });
  return {
    id: profile.id,
    name: profile.name,
    source: profile.source,
    extends: profile.extendsChain,
    strategyDiscussion: Object.fromEntries(
      urgencyCategories.map((category) => [category, words(profile.urgency[category])]),
    ),
    childSeenAfterS47Decision: words(profile.childSeen),
    icpc: { ...words(profile.icpc.limit), anchor: profile.icpc.anchor },
    writeUp: words(profile.writeUp),
    circulation: words(profile.circulation),
    exploitationScreening: profile.exploitationScreening,
    severityOverrides: profile.severity,
  };
}

function formatProfile(profile: ResolvedProfile): string {
  const line = (label: string, timescale: ResolvedTimescale) =>
    `    ${describeTimescale(timescale.timescale).padEnd(16)} ${label}${timescale.setBy === profile.id ? '' : ` (from ${timescale.setBy})`}`;
  const lines = [
    `${profile.id}: ${profile.name}`,
    `  Source: ${profile.source.document}${profile.source.file === undefined ? '' : ` (${profile.source.file})`}`,
    '  Strategy discussion held within',
    ...urgencyCategories.map((category) =>
      line(`${URGENCY_CATEGORIES[category]} [${category}]`, profile.urgency[category]),
    ),
    '  After the discussion',
    line('child seen after the S47 decision', profile.childSeen),
    line(`ICPC (counted from the ${profile.icpc.anchor} discussion)`, profile.icpc.limit),
    line('written up', profile.writeUp),
    line('circulated', profile.circulation),
  ];
  if (profile.exploitationScreening === 'required')
    lines.push('  Exploitation screening (tool, rating, date) asked for when exploitation is a category of harm');
  const overrides = Object.entries(profile.severity);
  if (overrides.length > 0)
    lines.push(`  Severity overrides: ${overrides.map(([id, severity]) => `${id} ${severity}`).join(', ')}`);
  return `${lines.join('\n')}\n\n`;
}
