// Writes the files for pages without a bundler:
//  - dist/civic-elements.min.js: every element and Lit in one minified ES module, loaded with a
//    single <script type="module">. The reading tools' panel is inside it (no chunk to fetch).
//  - dist/restore-font-size.js, dist/restore-reading-settings.js: classic scripts (IIFEs, no
//    import) that apply the remembered text size, or every remembered reading aid, before first
//    paint, while the module above is still on its way.
//  - dist/reading-tools.css with dist/large-cursor.svg and dist/large-pointer.svg beside it, as
//    @civic-elements/reading-tools ships them: the stylesheet resolves the cursor images relative
//    to itself, so the three keep the same layout.
import { copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { bundleForBrowser } from '@civic-elements/tooling/browser-bundle.mjs';

const dist = new URL('./dist/', import.meta.url).pathname;
await bundleForBrowser({
  entry: new URL('./src/index.ts', import.meta.url).pathname,
  outfile: join(dist, 'civic-elements.min.js'),
});
for (const name of ['restore-font-size', 'restore-reading-settings']) {
  await bundleForBrowser({
    entry: new URL(`./classic/${name}.js`, import.meta.url).pathname,
    outfile: join(dist, `${name}.js`),
    format: 'iife',
  });
}
const readingTools = join(
  dirname(createRequire(import.meta.url).resolve('@civic-elements/reading-tools/package.json')),
  'dist',
);
for (const file of ['reading-tools.css', 'large-cursor.svg', 'large-pointer.svg']) {
  await copyFile(join(readingTools, file), join(dist, file));
}
