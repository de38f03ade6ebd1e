import type { Meta } from '@storybook/react-vite';
import { useEffect, useMemo } from 'react';
import { MinutesFrame } from '../support/MinutesFrame.js';
import { minutesArgTypes, type MinutesStoryArgs } from '../support/minutesStory.js';
import { reactPdfMinutesStory } from './reactPdfMinutesStory.js';

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
  loaders: [async ({ args }: { readonly args: MinutesStoryArgs }) => ({ pdf: await reactPdfMinutesStory(args) })],
  render: (args, { loaded }) => (
    <PdfFrame title={`react-pdf minutes: ${args.record} (${args.audience})`} pdf={loaded.pdf as Blob} />
  ),
} satisfies Meta<MinutesStoryArgs>;

export default meta;
// One story per example record and audience, made from schemas/examples (.storybook/exampleMinutesStories.ts).
export * from 'virtual:example-minutes-stories';

/** The PDF in a frame, through an object URL that is released when the story changes. */
function PdfFrame({ title, pdf }: { readonly title: string; readonly pdf: Blob }) {
  const url = useMemo(() => URL.createObjectURL(pdf), [pdf]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return <MinutesFrame title={title} src={url} />;
}
