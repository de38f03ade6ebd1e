/** The minutes stories of every example record and audience, made by .storybook/exampleMinutesStories.ts. */
declare module 'virtual:example-minutes-stories';
