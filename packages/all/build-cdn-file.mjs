// Writes dist/civic-elements.min.js: every element and Lit in one minified ES module, for pages
// that load it with a single <script type="module"> and no bundler.
import { bundleForBrowser } from '@civic-elements/tooling/browser-bundle.mjs';

await bundleForBrowser({
  entry: new URL('./src/index.ts', import.meta.url).pathname,
  outfile: new URL('./dist/civic-elements.min.js', import.meta.url).pathname,
});
