// The shared configuration, plus the built site under its own paths (/en/…, /zh/…, /assets/…,
// /pagefind/…), so test/search.test.ts can open the search page as a reader would, in every
// engine of `npm test`. Those files are sent as built, past the test server's transforms (which
// would rewrite the minified modules). Run after the build (the portal's `npm test` depends on it).
import { createReadStream, statSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import config from '@civic-elements/tooling/web-test-runner.config.mjs';

const dist = fileURLToPath(new URL('dist', import.meta.url));
const SITE = /^\/(?:en|zh|assets|pagefind)\/[\w./%-]*$/;
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

export default {
  ...config,
  middleware: [
    (context, next) => {
      if (!SITE.test(context.path) || context.path.includes('..')) return next();
      const file = dist + (context.path.endsWith('/') ? `${context.path}index.html` : context.path);
      try {
        if (!statSync(file).isFile()) return next();
      } catch {
        return next();
      }
      context.type = TYPES[extname(file)] ?? 'application/octet-stream';
      context.body = createReadStream(file);
      return undefined;
    },
    ...(config.middleware ?? []),
  ],
};
