// Writes the files for pages without a bundler:
//  - dist/civic-elements.min.js: every element and Lit in one minified ES module, loaded with a
//    single <script type="module">. Lazily loaded parts (the reading tools' panel) are inside it
//    (no chunk to fetch), but one: the reading tools' page rules for pages that did not link
//    reading-tools.css (adopt-page-sheet.js, 0.9 KB gzip that most pages never need) stay a file of
//    their own beside it, reading-tools-page-sheet.js, fetched relative to the module when needed.
//  - beside it, every component's page assets (the "pageAssets" of its "civic" block,
//    tooling/components.mjs) as the component ships them, with the types of a script: the classic
//    pre-paint scripts (IIFEs, no import) that apply remembered settings before first paint while
//    the module above is still on its way, and the stylesheets with the images they name. A
//    stylesheet resolves its images relative to itself, so all of them keep the same folder.
import { copyFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bundleForBrowser } from '@civic-elements/tooling/browser-bundle.mjs';
import { components } from '@civic-elements/tooling/components.mjs';

const dist = new URL('./dist/', import.meta.url).pathname;
const PAGE_SHEET = 'reading-tools-page-sheet.js';
const readingTools = join(components.find(({ name }) => name === 'reading-tools').dir, 'dist');
// The reading tools' import() of their page rules goes to the file beside the bundle.
const pageSheetBeside = {
  name: 'reading-tools-page-sheet-beside',
  setup(build) {
    build.onResolve({ filter: /^\.\/adopt-page-sheet\.js$/ }, ({ importer }) =>
      importer.startsWith(readingTools) ? { path: `./${PAGE_SHEET}`, external: true } : undefined,
    );
  },
};
await bundleForBrowser({
  entry: new URL('./src/index.ts', import.meta.url).pathname,
  outfile: join(dist, 'civic-elements.min.js'),
  plugins: [pageSheetBeside],
});
await bundleForBrowser({ entry: join(readingTools, 'adopt-page-sheet.js'), outfile: join(dist, PAGE_SHEET) });
for (const { dir, pageAssets } of components) {
  for (const asset of pageAssets) {
    const types = asset.replace(/\.js$/, '.d.ts');
    for (const file of asset.endsWith('.js') && existsSync(join(dir, types)) ? [asset, types] : [asset]) {
      await copyFile(join(dir, file), join(dist, basename(file)));
    }
  }
}
