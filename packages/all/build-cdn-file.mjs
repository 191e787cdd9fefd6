// Writes dist/civic-elements.min.js: every element and Lit in one minified ES module, for pages
// that load it with a single <script type="module"> and no bundler.
import { build } from 'esbuild';
import { shareInternals } from '../../build/share-internals.mjs';

await build({
  entryPoints: [new URL('./src/index.ts', import.meta.url).pathname],
  outfile: new URL('./dist/civic-elements.min.js', import.meta.url).pathname,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [shareInternals()],
});
