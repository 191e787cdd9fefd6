import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';

interface Member {
  privacy?: string;
  static?: boolean;
}

interface Manifest {
  schemaVersion: string;
  modules: { declarations?: { members?: Member[] }[] }[];
}

// Designers see the public API only: private and static members stay out of the docs tables.
const publicOnly = (manifest: Manifest) =>
  manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((declaration) => ({
      ...declaration,
      members: declaration.members?.filter((member) => !member.privacy && !member.static),
    })),
  }));

// Storybook takes one manifest: merge every package's, so autodocs cover all elements.
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest({
  schemaVersion: '1.0.0',
  modules: Object.values(manifests).flatMap(publicOnly),
});

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
  },
};

export default preview;
