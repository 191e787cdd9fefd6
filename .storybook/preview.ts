import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';

interface Manifest {
  schemaVersion: string;
  modules: unknown[];
}

// Storybook takes one manifest: merge every package's, so autodocs cover all elements.
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: Object.values(manifests).flatMap((manifest) => manifest.modules),
});

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
