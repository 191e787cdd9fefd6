// Bundles Civic Elements for the browser, one way for every caller: the CDN file
// (civic-elements.min.js) and the portal's scripts.
//
// Each published package carries its own copy of the shared internals in dist/internal/; when
// the copies are byte-identical, a bundle keeps one, so the page runs one language observer
// instead of four and ships the code once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'esbuild';

// packages/<name>/dist/ in this repository, node_modules/@civic-elements/<name>/dist/ elsewhere.
const OUR_DIST = /[\\/](packages|@civic-elements)[\\/][\w-]+[\\/]dist[\\/]/;

function shareInternals() {
  return {
    name: 'share-internals',
    setup(bundler) {
      const firstCopy = new Map();
      bundler.onResolve({ filter: /^\.\/internal\/[\w-]+\.js$/ }, ({ path, importer }) => {
        // Only the built Civic Elements packages; any other library's modules are left alone.
        if (!OUR_DIST.test(importer)) return undefined;
        const file = resolve(dirname(importer), path);
        let contents;
        try {
          contents = readFileSync(file);
        } catch {
          return undefined;
        }
        const hash = createHash('sha256').update(contents).digest('hex');
        if (!firstCopy.has(hash)) firstCopy.set(hash, file);
        return { path: firstCopy.get(hash) };
      });
    },
  };
}

/** Minified ES2022 bundle of `entry` at `outfile`; `format` is 'esm' or, for classic scripts, 'iife'. */
export function bundleForBrowser({ entry, outfile, format = 'esm' }) {
  return build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    format,
    minify: true,
    target: 'es2022',
    legalComments: 'none',
    logLevel: 'warning',
    plugins: [shareInternals()],
  });
}
