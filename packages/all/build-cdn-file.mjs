// Writes the files for pages without a bundler:
//  - dist/civic-elements.min.js: every element and Lit in one minified ES module, loaded with a
//    single <script type="module">.
//  - dist/restore-font-size.js: a classic script (an IIFE, no import) that applies the remembered
//    text size before first paint, while the module above is still on its way.
import { bundleForBrowser } from '@civic-elements/tooling/browser-bundle.mjs';

await bundleForBrowser({
  entry: new URL('./src/index.ts', import.meta.url).pathname,
  outfile: new URL('./dist/civic-elements.min.js', import.meta.url).pathname,
});
await bundleForBrowser({
  entry: new URL('./classic/restore-font-size.js', import.meta.url).pathname,
  outfile: new URL('./dist/restore-font-size.js', import.meta.url).pathname,
  format: 'iife',
});
