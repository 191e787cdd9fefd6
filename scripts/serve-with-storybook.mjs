// `npm start`: the demo portal on http://localhost:4173/ (PORT overrides) and the built Storybook
// on the next port, PORT + 1: two origins, so Storybook's inline scripts, which its manager and
// docs need, are never allowed on the portal's origin. Both listen on localhost only; HOST
// overrides (HOST=0.0.0.0 to reach them from another machine).
//
// The portal is served exactly as apps/portal/scripts/serve.mjs serves it (its own server module
// and security headers). Storybook gets its own Content-Security-Policy.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';
import { createPortalServer, portOrExit, readBuiltHeaders, urlHost } from '../apps/portal/scripts/server.mjs';

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

const listen = (server, port, host) =>
  new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });

/**
 * Starts the portal on `port` and Storybook on `port + 1`, both on `host`.
 * @param {{ portalRoot: string, portalHeaders: Record<string, string>,
 *   portalPageHeaders?: Record<string, Record<string, string>>, storybookRoot: string,
 *   port: number, host?: string }} options
 * @returns {Promise<{ portal: import('node:http').Server, storybook: import('node:http').Server }>}
 */
export async function startServers({
  portalRoot,
  portalHeaders,
  portalPageHeaders = {},
  storybookRoot,
  port,
  host = 'localhost',
}) {
  const portal = await listen(
    createPortalServer({ root: portalRoot, headers: portalHeaders, pageHeaders: portalPageHeaders }),
    port,
    host,
  );
  try {
    const storybook = await listen(
      createStaticServer({ root: storybookRoot, headers: STORYBOOK_HEADERS }),
      port + 1,
      host,
    );
    return { portal, storybook };
  } catch (error) {
    portal.close();
    throw error;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const portalRoot = fileURLToPath(new URL('../apps/portal/dist', import.meta.url));
  const storybookRoot = fileURLToPath(new URL('../storybook-static', import.meta.url));
  // Storybook listens on PORT + 1.
  const port = portOrExit(process.env.PORT, { highest: 65534 });
  const host = process.env.HOST || 'localhost';
  let built;
  try {
    built = await readBuiltHeaders(portalRoot);
    await readFile(`${storybookRoot}/index.json`);
  } catch {
    console.error('The portal or Storybook is not built: run `npm start` at the repository root.');
    process.exit(1);
  }
  try {
    await startServers({
      portalRoot,
      portalHeaders: built.headers,
      portalPageHeaders: built.pageHeaders,
      storybookRoot,
      port,
      host,
    });
  } catch (error) {
    console.error(`Cannot listen on ${host}:${port} and ${port + 1}: ${error.message}`);
    process.exit(1);
  }
  const shown = urlHost(host);
  console.log(`Riverside demo portal: http://${shown}:${port}/`);
  console.log(`Storybook:             http://${shown}:${port + 1}/`);
}
