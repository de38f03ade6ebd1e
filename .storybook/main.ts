import type { StorybookConfig } from '@storybook/react-vite';
import { mergeConfig } from 'vite';
import { generatedStoriesPlugin, withGeneratedStories } from './generatedStories.js';

/**
 * Storybook for the form components and the minutes templates. It builds offline: no telemetry, no
 * "what's new" notifications, and the CLI scripts pass --no-version-updates.
 */
const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.tsx'],
  // The stories made from files (per example record and audience, per template and engine) are listed once, not in each file.
  experimental_indexers: (indexers = []) => indexers.map(withGeneratedStories),
  framework: { name: '@storybook/react-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // The story frame gets Storybook's own icon, so the browser does not ask for a missing /favicon.ico.
  previewHead: (head) => `${head}<link rel="icon" href="./favicon.svg" type="image/svg+xml">`,
  // Controls come from each story's own argTypes; no prop-type scanning of the packages is needed.
  typescript: { reactDocgen: false },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // Workspace packages are read from their TypeScript sources, as in the tests and the playground.
      resolve: { conditions: ['source', 'module', 'browser', 'development|production'] },
      build: { chunkSizeWarningLimit: 5000 },
      plugins: [generatedStoriesPlugin()],
    }),
};

export default config;
