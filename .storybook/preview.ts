import type { Preview } from '@storybook/react-vite';
// The playground's stylesheet, so the unstyled components look in Storybook as they do there.
import '../apps/playground/src/styles.css';

const preview: Preview = {
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
  },
};

export default preview;
