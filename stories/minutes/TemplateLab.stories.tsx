import type { Meta, StoryObj } from '@storybook/react-vite';
import { bundledTemplate } from '@strategy-record/render';
import { sectionOrderText, type TemplateStoryArgs } from '../support/templateLab.js';
import { loadTemplateStory, TemplateStoryView, templateArgTypes } from '../support/TemplateStory.js';

/**
 * Where an admin tries a minutes template before an authority adopts it: the controls edit a
 * template over a bundled one (organisation name, the notice on each copy, accent colour, order of
 * the sections, base font size) and draw any example record, for either audience, with any engine.
 * A template `parseTemplate` refuses (an accent colour too light to read, a required section left
 * out) shows its message instead of the minutes.
 */
const meta = {
  title: 'Minutes/Template lab',
  argTypes: templateArgTypes,
  loaders: [loadTemplateStory],
  render: (args, { loaded }) => (
    <TemplateStoryView args={args} loaded={loaded as Awaited<ReturnType<typeof loadTemplateStory>>} />
  ),
} satisfies Meta<TemplateStoryArgs>;

export default meta;

/** A fictional authority's edits over the northshire template, in its own order of sections. */
export const TemplateLab: StoryObj<typeof meta> = {
  name: 'Template lab',
  args: {
    template: 'northshire',
    organisationName: 'Riverside Borough Council',
    professionalsNotice:
      'OFFICIAL-SENSITIVE. For the agencies on the circulation list only: do not forward these minutes without the chair’s agreement.',
    familyNotice: 'This copy is for you and your family. Please keep it somewhere safe.',
    accentColour: '#0b6e4f',
    sectionOrder: sectionOrderText(bundledTemplate('northshire')?.sections.map((section) => section.id) ?? []),
    baseFontSize: 10,
    // A record in Latin script, so the lab (and its test) need not fetch the Arabic or Chinese faces.
    record: 'final/looked-after-child-on-child',
    audience: 'professionals',
    profile: '',
    engine: 'html',
  },
};
