// Bundles Civic Elements for the browser, one way for every caller: the CDN file
// (civic-elements.min.js) and the portal's scripts. Production builds: the default export
// conditions, so no development warnings ship. esbuild bundles; terser then takes the few
// hundred bytes esbuild's single-pass minifier leaves (measured on civic-elements.min.js).
import { writeFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { minify } from 'terser';

/** Minified ES2022 bundle of `entry` at `outfile`; `format` is 'esm' or, for classic scripts, 'iife'. */
export async function bundleForBrowser({ entry, outfile, format = 'esm' }) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format,
    minify: true,
    charset: 'utf8',
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  const { code } = await minify(result.outputFiles[0].text, {
    module: format === 'esm',
    ecma: 2022,
    compress: { passes: 2 },
    format: { ascii_only: false, comments: false },
  });
  await writeFile(outfile, code);
}
