import type { Meta } from '@storybook/react-vite';
import { drawMinutes, type DrawnMinutes } from '../support/drawMinutes.js';
import { MinutesFrame } from '../support/MinutesFrame.js';
import { minutesArgTypes, storyMinutesInput, type MinutesStoryArgs } from '../support/minutesStory.js';

/**
 * The HTML minutes (Handlebars) of every example record, for both audiences. The controls switch
 * the record, the audience and the profile. The stories cover every file in schemas/examples (the
 * browser tests check that none is missing).
 */
const meta = {
  title: 'Minutes/HTML',
  argTypes: minutesArgTypes,
  args: { profile: '' },
  loaders: [
    async ({ args }: { readonly args: MinutesStoryArgs }) => ({
      drawn: await drawMinutes('html', await storyMinutesInput(args)),
    }),
  ],
  render: (args, { loaded }) => (
    <MinutesFrame title={`HTML minutes: ${args.record} (${args.audience})`} drawn={loaded.drawn as DrawnMinutes} />
  ),
} satisfies Meta<MinutesStoryArgs>;

export default meta;
// One story per example record and audience, made from schemas/examples (.storybook/generatedStories.ts).
export * from 'virtual:example-minutes-stories';
