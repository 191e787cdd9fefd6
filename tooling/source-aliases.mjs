// Maps imports of our own packages to their TypeScript sources, so tests, Storybook and the dev
// loop run the code as it is in packages/*/src, never a stale dist/ of a sibling package.
// `@civic-elements/x` → packages/x/src/index.ts; `@civic-elements/x/y.js` → packages/x/src/y.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const OWN = /^@civic-elements\/([\w-]+)(?:\/([\w./-]+)\.js)?$/;

/** Absolute path of the source file behind `specifier`, or undefined when it is not ours. */
export function sourceFileFor(specifier) {
  const match = OWN.exec(specifier);
  if (!match || match[1] === 'tooling') return undefined;
  const file = join(repoRoot, 'packages', match[1], 'src', `${match[2] ?? 'index'}.ts`);
  return existsSync(file) ? file : undefined;
}

/** Web Test Runner / dev server plugin applying {@link sourceFileFor}. */
export function sourceAliasPlugin() {
  return {
    name: 'civic-source-aliases',
    resolveImport({ source }) {
      const file = sourceFileFor(source);
      return file && `/${file.slice(repoRoot.length)}`;
    },
  };
}

/** Vite plugin applying {@link sourceFileFor} (Storybook and `npm run dev`). */
export function viteSourceAliases() {
  return {
    name: 'civic-source-aliases',
    enforce: 'pre',
    resolveId(source) {
      return sourceFileFor(source);
    },
  };
}
