// Builds the demo into dist/: the page, its stylesheet and one bundled client module.
import { cp, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const app = fileURLToPath(new URL('..', import.meta.url));
await rm(`${app}dist`, { recursive: true, force: true });
await mkdir(`${app}dist`, { recursive: true });
await build({
  entryPoints: [`${app}src/client.ts`],
  outfile: `${app}dist/client.js`,
  bundle: true,
  format: 'esm',
  minify: true,
  target: 'es2022',
  legalComments: 'none',
});
await cp(`${app}src/index.html`, `${app}dist/index.html`);
await cp(`${app}src/site.css`, `${app}dist/site.css`);
console.log('Built apps/portal/dist');
