import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import {
  bundledProfiles,
  describeTimescale,
  resolveProfile,
  ruleCatalogue,
  URGENCY_CATEGORIES,
  urgencyCategories,
  type ResolvedProfile,
  type ResolvedTimescale,
} from '@strategy-record/validators';
import { BUNDLED_TEMPLATE_IDS, DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID } from '@strategy-record/render';
import { RECORD_SECTIONS } from '@strategy-record/schemas/core';
import { describe, expect, it } from 'vitest';
import { publishedPackageFolders } from '../../scripts/publishedPackages.mjs';
import { relativeLinkTargets } from '../support/markdownLinks.js';
import { REPO_ROOT } from '../support/runCli.js';

// The guide in docs/ restates what the code decides (rule severities and sources, the bundled
// profiles' timescales). These tests read the code and fail when the guide says otherwise.

const read = (path: string) => readFileSync(join(REPO_ROOT, path), 'utf8');

/** The cells of every Markdown table row whose first cell is a rule id. */
function ruleRows(markdown: string): string[][] {
  return markdown
    .split('\n')
    .filter((line) => /^\| SD-[A-Z0-9-]+ \|/.test(line))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\s*\|$/g, '').trim()));
}

/** The bundled profiles' timescales as the table in docs/profiles.md writes them (`*`: from the profile extended). */
function bundledProfileTable(): string {
  const profiles = Object.keys(bundledProfiles).map((id) => {
    const result = resolveProfile(id);
    if (!result.ok) throw result.error;
    return result.profile;
  });
  const cell = (timescale: ResolvedTimescale, profile: ResolvedProfile) =>
    `${describeTimescale(timescale.timescale)}${timescale.setBy === profile.id ? '' : ' *'}`;
  const row = (label: string, pick: (profile: ResolvedProfile) => ResolvedTimescale) =>
    `| ${label} | ${profiles.map((profile) => cell(pick(profile), profile)).join(' | ')} |`;
  return [
    `| timescale | ${profiles.map((profile) => `\`${profile.id}\``).join(' | ')} |`,
    `|---|${profiles.map(() => '---').join('|')}|`,
    ...urgencyCategories.map((category) =>
      row(`${URGENCY_CATEGORIES[category]} (\`${category}\`)`, (profile) => profile.urgency[category]),
    ),
    row('child seen after the Section 47 decision (`childSeen`)', (profile) => profile.childSeen),
    row('initial child protection conference (`icpc`)', (profile) => profile.icpc.limit),
    row('written up (`writeUp`)', (profile) => profile.writeUp),
    row('circulated (`circulation`)', (profile) => profile.circulation),
  ].join('\n');
}

describe('the guide in docs/', () => {
  it('lists every rule of the catalogue once, with its severity and its source', () => {
    const listed = ruleRows(read('docs/rules.md')).map(([id, severity, , source]) => [id, severity, source]);
    const catalogue = Object.entries(ruleCatalogue).map(([id, rule]) => [id, rule.severity, rule.source]);
    expect([...listed].sort()).toEqual([...catalogue].sort());
  });

  it("gives the bundled profiles' timescales as they resolve", () => {
    const [, table] =
      /<!-- bundled-profile-timescales[^>]*-->\n([\s\S]*?)\n<!-- end bundled-profile-timescales -->/.exec(
        read('docs/profiles.md'),
      ) ?? [];
    expect(table).toEqual(bundledProfileTable());
  });

  it('names every section a template may list, the required ones, and every bundled template', () => {
    const guide = read('docs/templates.md').replace(/\s+/g, ' ');
    for (const section of DEFAULT_TEMPLATE.sections) expect(guide).toContain(`\`${section.id}\` (${section.heading})`);
    const required = RECORD_SECTIONS.filter((section) => 'requiredInMinutes' in section).map(({ id }) => `\`${id}\``);
    expect(guide).toContain(`${required.slice(0, -1).join(', ')} and ${required.at(-1)}`);
    const bundledRows = [
      ...(read('docs/templates.md').split('## The bundled templates')[1] ?? '').matchAll(/^\| `([a-z0-9-]+)` \|/gm),
    ].map(([, id]) => id);
    expect(bundledRows).toEqual([DEFAULT_TEMPLATE_ID, ...BUNDLED_TEMPLATE_IDS]);
  });
});

const guides = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(REPO_ROOT, 'docs'))
    .filter((file) => file.endsWith('.md'))
    .map((file) => `docs/${file}`),
  ...publishedPackageFolders(REPO_ROOT).map((folder) => `${folder}/README.md`),
];

describe.each(guides)('the links of %s', (guide) => {
  it('lead to files of the repository', () => {
    const broken = relativeLinkTargets(read(guide)).filter((target) => {
      const path = join(REPO_ROOT, dirname(guide), target);
      return relative(REPO_ROOT, path).startsWith('..') || !existsSync(path);
    });
    expect(broken).toEqual([]);
  });
});
