/** The minutes stories of every example record and audience, made by .storybook/generatedStories.ts. */
declare module 'virtual:example-minutes-stories';
/** The stories of every bundled template and engine, made by .storybook/generatedStories.ts. */
declare module 'virtual:template-stories';
