// `npm start`: the demo portal on http://localhost:4173/ (PORT overrides) and, next to it, the
// built Storybook at /storybook/ — one command for designers.
//
// The portal is served exactly as apps/portal/scripts/serve.mjs serves it (its own server module
// and security headers); this module only puts a router in front of it. Storybook gets its own
// Content-Security-Policy: its manager and docs need inline scripts and styles, which the
// portal's strict policy (hashes, Trusted Types) rightly refuses.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';
import { createPortalServer } from '../apps/portal/scripts/server.mjs';

export const STORYBOOK_PREFIX = '/storybook';

/** Storybook's own policy: same-origin only, inline code allowed, framed only by itself. */
export const STORYBOOK_HEADERS = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'unsafe-inline'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Cache-Control': 'no-cache',
};

/**
 * The portal server with /storybook/ mounted on it.
 * @param {{ portalRoot: string, portalHeaders: Record<string, string>, storybookRoot: string }} options
 * @returns {import('node:http').Server} not yet listening
 */
export function createServerWithStorybook({ portalRoot, portalHeaders, storybookRoot }) {
  const server = createPortalServer({ root: portalRoot, headers: portalHeaders });
  const [portal] = server.listeners('request');
  const [storybook] = createStaticServer({ root: storybookRoot, headers: STORYBOOK_HEADERS }).listeners(
    'request',
  );
  server.removeAllListeners('request');
  server.on('request', (req, res) => {
    const url = req.url ?? '/';
    if (url === STORYBOOK_PREFIX || url.startsWith(`${STORYBOOK_PREFIX}?`)) {
      res.writeHead(301, { Location: `${STORYBOOK_PREFIX}/${url.slice(STORYBOOK_PREFIX.length)}` }).end();
    } else if (url.startsWith(`${STORYBOOK_PREFIX}/`)) {
      req.url = url.slice(STORYBOOK_PREFIX.length);
      storybook(req, res);
    } else {
      portal(req, res);
    }
  });
  return server;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const portalRoot = fileURLToPath(new URL('../apps/portal/dist', import.meta.url));
  const storybookRoot = fileURLToPath(new URL('../storybook-static', import.meta.url));
  const port = Number(process.env.PORT) || 4173;
  let portalHeaders;
  try {
    portalHeaders = JSON.parse(await readFile(`${portalRoot}/security-headers.json`, 'utf8'));
    await readFile(`${storybookRoot}/index.json`);
  } catch {
    console.error('The portal or Storybook is not built: run `npm start` at the repository root.');
    process.exit(1);
  }
  createServerWithStorybook({ portalRoot, portalHeaders, storybookRoot }).listen(port, () => {
    console.log(`Riverside demo portal: http://localhost:${port}/`);
    console.log(`Storybook:             http://localhost:${port}/storybook/`);
  });
}
