import type { Meta } from '@storybook/react-vite';
import { drawMinutes, type DrawnMinutes } from '../support/drawMinutes.js';
import { MinutesFrame } from '../support/MinutesFrame.js';
import { minutesArgTypes, storyMinutesInput, type MinutesStoryArgs } from '../support/minutesStory.js';

/**
 * The react-pdf minutes template (`MinutesPdf`) of every example record, for both audiences, drawn
 * into a PDF in the browser and shown in the browser's PDF viewer. The controls switch the record,
 * the audience and the profile. The stories cover every file in schemas/examples (the browser tests
 * check that none is missing).
 */
const meta = {
  title: 'Minutes/react-pdf',
  argTypes: minutesArgTypes,
  args: { profile: '' },
  loaders: [
    async ({ args }: { readonly args: MinutesStoryArgs }) => ({
      drawn: await drawMinutes('react-pdf', await storyMinutesInput(args)),
    }),
  ],
  render: (args, { loaded }) => (
    <MinutesFrame title={`react-pdf minutes: ${args.record} (${args.audience})`} drawn={loaded.drawn as DrawnMinutes} />
  ),
} satisfies Meta<MinutesStoryArgs>;

export default meta;
// One story per example record and audience, made from schemas/examples (.storybook/generatedStories.ts).
export * from 'virtual:example-minutes-stories';
