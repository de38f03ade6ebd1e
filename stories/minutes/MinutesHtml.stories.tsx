import type { Meta } from '@storybook/react-vite';
import { MinutesFrame } from '../support/MinutesFrame.js';
import { minutesArgTypes, type MinutesStoryArgs } from '../support/minutesStory.js';
import { htmlMinutesStory } from './htmlMinutesStory.js';

/**
 * The HTML minutes (Handlebars) of every example record, for both audiences. The controls switch
 * the record, the audience and the profile. The stories cover every file in schemas/examples (the
 * browser tests check that none is missing).
 */
const meta = {
  title: 'Minutes/HTML',
  argTypes: minutesArgTypes,
  args: { profile: '' },
  loaders: [async ({ args }: { readonly args: MinutesStoryArgs }) => ({ html: await htmlMinutesStory(args) })],
  render: (args, { loaded }) => (
    <MinutesFrame title={`HTML minutes: ${args.record} (${args.audience})`} srcDoc={loaded.html as string} />
  ),
} satisfies Meta<MinutesStoryArgs>;

export default meta;
// One story per example record and audience, made from schemas/examples (.storybook/exampleMinutesStories.ts).
export * from 'virtual:example-minutes-stories';
