// Writes the files for pages without a bundler:
//  - dist/civic-elements.min.js: every element and Lit in one minified ES module, loaded with a
//    single <script type="module">. Lazily loaded parts (the reading tools' panel) are inside it
//    (no chunk to fetch).
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
await bundleForBrowser({
  entry: new URL('./src/index.ts', import.meta.url).pathname,
  outfile: join(dist, 'civic-elements.min.js'),
});
for (const { dir, pageAssets } of components) {
  for (const asset of pageAssets) {
    const types = asset.replace(/\.js$/, '.d.ts');
    for (const file of asset.endsWith('.js') && existsSync(join(dir, types)) ? [asset, types] : [asset]) {
      await copyFile(join(dir, file), join(dist, basename(file)));
    }
  }
}
