import type { Meta } from '@storybook/react-vite';
import { NO_EDITS, type TemplateStoryArgs } from '../support/templateLab.js';
import { loadTemplateStory, TemplateStoryView, templateArgTypes } from '../support/TemplateStory.js';

/**
 * Each bundled template as it stands, drawn by each engine, over one example record; the controls
 * are the template lab's, so any of them can be edited from here too. The stories cover every
 * template in schemas/templates and every engine of the registry (the browser tests check that none
 * is missing).
 */
const meta = {
  title: 'Minutes/Templates',
  argTypes: templateArgTypes,
  args: { ...NO_EDITS, record: 'final/no-further-action', audience: 'professionals', profile: '' },
  loaders: [loadTemplateStory],
  render: (args, { loaded }) => (
    <TemplateStoryView args={args} loaded={loaded as Awaited<ReturnType<typeof loadTemplateStory>>} />
  ),
} satisfies Meta<TemplateStoryArgs>;

export default meta;
// One story per bundled template and engine (.storybook/generatedStories.ts).
export * from 'virtual:template-stories';
