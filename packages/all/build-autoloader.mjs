// Writes dist/autoloader.js and, beside it, one file per element (dist/<tag>.js) and the chunks
// they share (dist/chunks/: Lit and core once): esbuild splitting over one entry per element.
// The elements are those of the components (tooling/components.mjs), each named by the tag its
// manifest declares, so a new component joins with no edit here.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleModulesForBrowser } from '@civic-elements/tooling/browser-bundle.mjs';
import { components } from '@civic-elements/tooling/components.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** Tag → package name, from each component's custom-elements manifest. */
const elements = {};
for (const { dir, packageName: name } of components) {
  const { customElements: manifestFile } = JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'));
  const manifest = JSON.parse(await readFile(join(dir, manifestFile), 'utf8'));
  for (const module of manifest.modules)
    for (const declaration of module.declarations ?? [])
      if (declaration.customElement && declaration.tagName) elements[declaration.tagName] = name;
}

const tmp = join(here, '.autoloader');
await mkdir(tmp, { recursive: true });
const entry = join(tmp, 'autoloader.js');
await writeFile(
  entry,
  `import { autoload } from '../src/autoloader.ts';\nautoload({\n${Object.keys(elements)
    .sort()
    .map((tag) => `  '${tag}': () => import('./${tag}.js'),`)
    .join('\n')}\n});\n`,
);
for (const [tag, name] of Object.entries(elements)) {
  await writeFile(join(tmp, `${tag}.js`), `import '${name}';\n`);
}
const { files } = await bundleModulesForBrowser({
  entries: Object.fromEntries([
    ['autoloader', entry],
    ...Object.keys(elements).map((tag) => [tag, join(tmp, `${tag}.js`)]),
  ]),
  entryNames: '[name]',
  chunkNames: 'chunks/[name].[hash]',
});
const dist = join(here, 'dist');
// Chunks are named by hash: a rebuild would leave the old ones beside the new, and publish them.
await rm(join(dist, 'chunks'), { recursive: true, force: true });
for (const [file, code] of Object.entries(files)) {
  await mkdir(dirname(join(dist, file)), { recursive: true });
  await writeFile(join(dist, file), code);
}
await rm(tmp, { recursive: true, force: true });
console.log(`autoloader: ${Object.keys(elements).length} elements`);
