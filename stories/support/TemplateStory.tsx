import { BUNDLED_TEMPLATE_IDS, bundledTemplate, DEFAULT_TEMPLATE, DEFAULT_TEMPLATE_ID } from '@strategy-record/render';
import { ENGINE_NAMES } from '@strategy-record/render/engines';
import { templateFileText } from '../../apps/playground/src/template/templateDraft.js';
import { drawMinutes, type DrawnMinutes } from './drawMinutes.js';
import { MinutesFrame } from './MinutesFrame.js';
import { minutesArgTypes, storyMinutesInput } from './minutesStory.js';
import { labTemplate, sectionOrderText, type TemplateStoryArgs } from './templateLab.js';

/** The controls of the template stories: the template and each edit over it, then the record, audience and engine. */
export const templateArgTypes = {
  template: {
    name: 'Template',
    control: {
      type: 'select',
      labels: Object.fromEntries(
        [DEFAULT_TEMPLATE_ID, ...BUNDLED_TEMPLATE_IDS].map((id) => [
          id,
          id === DEFAULT_TEMPLATE_ID ? DEFAULT_TEMPLATE.name : (bundledTemplate(id)?.name ?? id),
        ]),
      ),
    },
    options: [DEFAULT_TEMPLATE_ID, ...BUNDLED_TEMPLATE_IDS],
    description: 'The bundled template the edits below are made over.',
  },
  organisationName: {
    name: 'Organisation name',
    control: 'text',
    description: 'Printed at the head of every copy. Empty: the template’s own.',
  },
  professionalsNotice: {
    name: 'Notice on the copy for professionals',
    control: 'text',
    description: 'The confidentiality or onward-sharing notice. Empty: the template’s own.',
  },
  familyNotice: {
    name: 'Notice on the family copy',
    control: 'text',
    description: 'Empty: the template’s own.',
  },
  accentColour: {
    name: 'Accent colour',
    // The last preset is too light: the template is refused, with parseTemplate's message.
    control: { type: 'color', presetColors: ['#1d3557', '#0b6e4f', '#6a1b9a', '#b00020', '#8fa8c8'] },
    description:
      'Headings and rules are drawn in it; it needs a contrast of 4.5:1 with white. Empty: the template’s own.',
  },
  sectionOrder: {
    name: 'Order of the sections',
    control: 'text',
    description: `Section ids, separated by commas, in the order the minutes number them; a section left out is dropped (not one the record rules require). The ids: ${sectionOrderText(DEFAULT_TEMPLATE.sections.map((section) => section.id))}. Empty: the template’s own order.`,
  },
  baseFontSize: {
    name: 'Base font size (pt)',
    control: { type: 'range', min: 9, max: 12, step: 0.5 },
    description: 'The size of body text; the other sizes scale with it.',
  },
  ...minutesArgTypes,
  engine: {
    name: 'Engine',
    control: 'inline-radio',
    options: ENGINE_NAMES,
    description: 'Which back end draws the minutes, in this browser.',
  },
} as const;

/** What a template story's loader gives its render: the template it made and, when that passed, the minutes. */
interface TemplateStoryLoaded {
  readonly lab: ReturnType<typeof labTemplate>;
  readonly drawn?: DrawnMinutes;
}

/** Makes the template from the controls and, if `parseTemplate` accepts it, draws the minutes with it. */
export async function loadTemplateStory({ args }: { readonly args: TemplateStoryArgs }): Promise<TemplateStoryLoaded> {
  const lab = labTemplate(args);
  if (!lab.checked.ok) return { lab };
  return { lab, drawn: await drawMinutes(args.engine, await storyMinutesInput(args, lab.checked.template)) };
}

/**
 * The minutes in the template the controls make, or, when `parseTemplate` refuses it, its messages
 * (as the playground shows them); below, the template file the controls amount to.
 */
export function TemplateStoryView({
  args,
  loaded,
}: {
  readonly args: TemplateStoryArgs;
  readonly loaded: TemplateStoryLoaded;
}) {
  const { lab, drawn } = loaded;
  const problems = lab.checked.ok ? [] : lab.checked.error.issues;
  return (
    <>
      {problems.length === 0 ? null : (
        <div className="template-problems" role="alert">
          <h3>This template cannot be used</h3>
          <p>Nothing is drawn until it can. What to change:</p>
          <ul>
            {problems.map((problem) => (
              <li key={`${problem.pointer} ${problem.message}`}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {drawn === undefined ? null : (
        <MinutesFrame
          title={`Minutes in the ${args.template} template, drawn by ${args.engine}: ${args.record} (${args.audience})`}
          drawn={drawn}
        />
      )}
      <details>
        <summary>The template file these controls make</summary>
        <pre>{templateFileText(lab.draft)}</pre>
      </details>
    </>
  );
}
