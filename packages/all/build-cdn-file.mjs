// Writes the files for pages without a bundler:
//  - dist/civic-elements.min.js: every element and Lit in one minified ES module, loaded with a
//    single <script type="module">. The reading tools' panel is inside it (no chunk to fetch).
//  - dist/restore-font-size.js, dist/restore-reading-settings.js: classic scripts (IIFEs, no
//    import) that apply the remembered text size, or every remembered reading aid, before first
//    paint, while the module above is still on its way: copies of @civic-elements/font-size-toggle's
//    and @civic-elements/reading-tools' own.
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
const distOf = (name) =>
  join(dirname(createRequire(import.meta.url).resolve(`@civic-elements/${name}/package.json`)), 'dist');
// The pre-paint scripts as their packages build them, so both subpaths serve the same file.
for (const [name, file] of [
  ['font-size-toggle', 'restore-font-size'],
  ['reading-tools', 'restore-reading-settings'],
]) {
  for (const extension of ['.js', '.d.ts']) {
    await copyFile(join(distOf(name), file + extension), join(dist, file + extension));
  }
}
const readingTools = distOf('reading-tools');
for (const file of ['reading-tools.css', 'large-cursor.svg', 'large-pointer.svg']) {
  await copyFile(join(readingTools, file), join(dist, file));
}
