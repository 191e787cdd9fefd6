// Bundles Civic Elements for the browser, one way for every caller: the CDN file
// (civic-elements.min.js) and the portal's scripts. Production builds: the default export
// conditions, so no development warnings ship. esbuild bundles; terser then takes the few
// hundred bytes esbuild's single-pass minifier leaves (measured on civic-elements.min.js).
import { writeFile } from 'node:fs/promises';
import { relative, resolve, sep } from 'node:path';
import { build } from 'esbuild';
import { minify } from 'terser';
import { shippedEcma, shippedTarget } from './browser-support.mjs';

/**
 * Minified grade-B (./browser-support.mjs) bundle of `entry` at `outfile`; `format` is 'esm' or, for
 * classic scripts, 'iife'; `plugins`: esbuild plugins (the CDN file keeps one module out of itself).
 */
export async function bundleForBrowser({ entry, outfile, format = 'esm', plugins = [] }) {
  const result = await build({
    entryPoints: [entry],
    plugins,
    bundle: true,
    format,
    minify: true,
    charset: 'utf8',
    target: shippedTarget,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  const { code } = await minify(result.outputFiles[0].text, {
    module: format === 'esm',
    ecma: shippedEcma,
    compress: { passes: 2 },
    format: { ascii_only: false, comments: false },
  });
  await writeFile(outfile, code);
}

/**
 * A pre-paint script (restore-font-size.js, restore-reading-settings.js): a minified classic
 * script (IIFE, no import or export) at `outfile`, for `<script src>` and, since a module may be
 * a classic script too, for a side-effect import; with an empty declaration file beside it, so
 * TypeScript accepts the import and the package's subpath has types.
 */
export async function buildClassicScript({ entry, outfile }) {
  await bundleForBrowser({ entry, outfile, format: 'iife' });
  await writeFile(
    outfile.replace(/\.js$/, '.d.ts'),
    '// A classic script run for its effect: it exports nothing.\nexport {};\n',
  );
}

/**
 * Minified grade-B modules of several entries with code splitting: code they share, and code they
 * load with dynamic import(), goes to chunks of its own. Files are named `[name].[hash].js` by
 * esbuild (the hash covers the names of the chunks a file imports, so a change anywhere renames
 * every file that depends on it). Returns `{ entries: { name: file }, files: { file: code } }`,
 * files named by their path in the output folder.
 * @param {{ entries: Record<string, string>, entryNames?: string, chunkNames?: string }} options
 *   entry name → source file; esbuild's name patterns, to name files otherwise
 */
export async function bundleModulesForBrowser({
  entries,
  entryNames = '[name].[hash]',
  chunkNames = '[name].[hash]',
}) {
  const result = await build({
    entryPoints: entries,
    bundle: true,
    format: 'esm',
    splitting: true,
    outdir: 'out',
    entryNames,
    chunkNames,
    metafile: true,
    minify: true,
    charset: 'utf8',
    target: shippedTarget,
    legalComments: 'none',
    logLevel: 'warning',
    write: false,
  });
  const files = {};
  for (const file of result.outputFiles) {
    const name = relative(resolve('out'), file.path).split(sep).join('/');
    // Terser keeps import and export names as they are, so the chunks still fit together.
    files[name] = (
      await minify(file.text, {
        module: true,
        ecma: shippedEcma,
        compress: { passes: 2 },
        format: { ascii_only: false, comments: false },
      })
    ).code;
  }
  const named = {};
  for (const [path, output] of Object.entries(result.metafile.outputs)) {
    if (output.entryPoint) {
      const entry = Object.keys(entries).find(
        (name) => resolve(entries[name]) === resolve(output.entryPoint),
      );
      named[entry] = relative('out', path).split(sep).join('/');
    }
  }
  return { entries: named, files, metafile: result.metafile };
}
