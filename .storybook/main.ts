import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { viteSourceAliases } from '@civic-elements/tooling/source-aliases.mjs';

const config: StorybookConfig = {
  stories: ['./docs/*.mdx', '../packages/*/stories/*.mdx', '../packages/*/stories/*.stories.ts'],
  addons: [
    '@storybook/addon-a11y',
    // GitHub-flavoured Markdown, so the docs pages' tables (the browser support grades, the API
    // tables) render as tables rather than as lines of "|".
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true },
  // Stories run the TypeScript sources of every package (an edit shows at once, no build) in
  // their development form: warnings on, and Lit's own development build.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), viteSourceAliases()],
    define: { ...viteConfig.define, DEV_MODE: 'true' },
    resolve: { ...viteConfig.resolve, conditions: ['module', 'browser', 'development'] },
  }),
};

export default config;
