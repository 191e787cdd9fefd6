import { packageBuild } from '@civic-elements/tooling/rollup-package.mjs';

// React stays external like Lit and the components; every module is a client module for React
// Server Components frameworks (Next.js App Router): the wrappers use effects.
export default packageBuild(import.meta.url).map((config) => ({
  ...config,
  external: (id) => id === 'react' || id.startsWith('react/') || config.external(id),
  output: { ...config.output, banner: "'use client';" },
}));
