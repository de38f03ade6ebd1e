import type { MinutesTemplate } from '@strategy-record/render';
import { EXIT, UsageError, type CommandIo } from '../io.js';
import { loadTemplateOption } from '../loadTemplateOption.js';
import { oneOf, parseOptions } from '../options.js';

export const TEMPLATES_USAGE = `Usage: strategy-record templates [<id|path>] [--format text|json]

Lists the bundled minutes templates, or explains one (a bundled id or a template JSON file, which is
checked: a malformed one exits 2 naming the field). Use one with "strategy-record render --template".`;

/** `strategy-record templates`: what each template puts on the minutes, section by section. */
export async function templatesCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseOptions(
    args,
    { format: { type: 'string', default: 'text' } },
    { positionals: true },
  );
  if (values.help) {
    io.stdout.write(`${TEMPLATES_USAGE}\n`);
    return EXIT.ok;
  }
  const format = oneOf(values.format, ['text', 'json'] as const, '--format');
  if (positionals.length > 1) throw new UsageError('templates takes at most one template id or file.');
  const { BUNDLED_TEMPLATE_IDS, DEFAULT_TEMPLATE_ID } = await import('@strategy-record/render');
  const ids = positionals.length > 0 ? [positionals[0] ?? ''] : [DEFAULT_TEMPLATE_ID, ...BUNDLED_TEMPLATE_IDS];
  const templates: MinutesTemplate[] = [];
  for (const id of ids) templates.push((await loadTemplateOption(id))!);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(templates.map(summarise), null, 2)}\n`);
    return EXIT.ok;
  }
  for (const template of templates) io.stdout.write(positionals.length > 0 ? explain(template) : listed(template));
  return EXIT.ok;
}

function summarise(template: MinutesTemplate) {
  const { logo, labels, ...rest } = template;
  return {
    ...rest,
    ...(logo === undefined
      ? {}
      : {
          logo: {
            mediaType: logo.mediaType,
            width: logo.width,
            height: logo.height,
            bytes: logo.bytes.length,
            alt: logo.alt,
          },
        }),
    labels: Object.fromEntries(labels),
  };
}

function listed(template: MinutesTemplate): string {
  return `${template.id}: ${template.name}\n${template.description === undefined ? '' : `  ${template.description}\n`}\n`;
}

function explain(template: MinutesTemplate): string {
  const lines = [`${template.id}: ${template.name}`];
  if (template.description !== undefined) lines.push(`  ${template.description}`);
  lines.push('  Letterhead');
  lines.push(`    Organisation: ${template.organisationName ?? '(none)'}`);
  lines.push(
    `    Logo: ${template.logo === undefined ? '(none)' : `${template.logo.mediaType}, ${template.logo.width} × ${template.logo.height} pixels, ${template.logo.bytes.length} bytes; alt text "${template.logo.alt}"`}`,
  );
  for (const line of [...template.addressLines, ...template.contactLines]) lines.push(`    ${line}`);
  lines.push(`    Case reference label: ${template.caseReferenceLabel ?? 'Record (default)'}`);
  lines.push('  Notices');
  lines.push(`    Professionals: ${template.notices.professionals ?? '(none)'}`);
  lines.push(`    Family: ${template.notices.family ?? '(none)'}`);
  if (template.cover !== undefined)
    lines.push(
      `  Cover: ${template.cover.heading ?? ''}${template.cover.heading === undefined ? '' : ': '}${template.cover.text}`,
    );
  lines.push('  Sections (numbered in this order; the family copy has no timescales section)');
  template.sections.forEach((section, index) => {
    lines.push(`    ${index + 1}. ${section.heading} [${section.id}]`);
    if (section.introduction !== undefined) lines.push(`       ${section.introduction}`);
  });
  if (template.labels.size > 0) {
    lines.push('  Labels');
    for (const [from, to] of template.labels) lines.push(`    "${from}" is printed as "${to}"`);
  }
  if (template.closingStatement !== undefined) lines.push(`  Closing statement: ${template.closingStatement}`);
  if (template.signatureBlock !== undefined)
    lines.push(
      `  Signature block: ${template.signatureBlock.heading ?? ''} (${template.signatureBlock.lines.join(', ')})`,
    );
  lines.push(
    `  Style: accent ${template.accentColour ?? 'none (black headings)'}, body text ${template.baseFontSize ?? 9} pt`,
  );
  lines.push(
    '  Always printed, whatever the template: OFFICIAL-SENSITIVE top and bottom of every page, and DRAFT until signed off.',
  );
  return `${lines.join('\n')}\n\n`;
}
