// esbuild plugin for bundles that include several Civic Elements packages (the CDN file, the
// portal). Each published package carries its own copy of the shared internals in
// dist/internal/; when the copies are byte-identical, the bundle keeps one, so the page runs
// one language observer instead of four and ships the code once.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// packages/<name>/dist/ in this repository, node_modules/@civic-elements/<name>/dist/ elsewhere.
const OUR_DIST = /[\\/](packages|@civic-elements)[\\/][\w-]+[\\/]dist[\\/]/;

export function shareInternals() {
  return {
    name: 'share-internals',
    setup(build) {
      const firstCopy = new Map();
      build.onResolve({ filter: /^\.\/internal\/[\w-]+\.js$/ }, ({ path, importer }) => {
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
