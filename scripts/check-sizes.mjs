// Size budgets: each component's own code (with `lit` external, minified, gzip) and the
// self-contained civic-elements.min.js. Prints every size; exits 1 when one is over budget.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const COMPONENT_BUDGET = 2 * 1024;
const BUNDLE_BUDGET = 10 * 1024;

async function componentSize(name) {
  const result = await build({
    stdin: { contents: `import '@civic-elements/${name}';`, resolveDir: root },
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    external: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
  });
  return gzipSync(result.outputFiles[0].contents).length;
}

const rows = [];
for (const name of ['font-size-toggle', 'article-header', 'column-nav', 'sponsor-footer']) {
  rows.push({
    what: `@civic-elements/${name} (lit external)`,
    bytes: await componentSize(name),
    budget: COMPONENT_BUDGET,
  });
}
const bundle = await readFile(`${root}packages/all/dist/civic-elements.min.js`);
rows.push({
  what: 'civic-elements.min.js (Lit included)',
  bytes: gzipSync(bundle).length,
  budget: BUNDLE_BUDGET,
});

let over = 0;
for (const { what, bytes, budget } of rows) {
  const ok = bytes <= budget;
  if (!ok) over++;
  console.log(
    `${ok ? '✓' : '✗'} ${what}: ${(bytes / 1024).toFixed(2)} KB gzip (budget ${(budget / 1024).toFixed(0)} KB)`,
  );
}
process.exit(over > 0 ? 1 : 0);
