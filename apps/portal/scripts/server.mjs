// The demo portal's static server: the repository's static-server factory
// (tooling/static-server.mjs: types, ETags and 304s, byte ranges, the precompressed .br/.gz copies
// the build writes with Vary, never sent by their own name, the path guard, the trailing-slash
// redirect, a retry across the build's swap of dist/, the idle timeout) with the portal's own
// rules on top: its security headers on documents (every other response carries only `nosniff`:
// a policy means nothing on a script or an image, and cost each about 1 KB), each search page's
// own policy, a year's caching for content-hashed assets, and the 404 page of each language.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';
import { HASHED_ASSET } from './asset-names.mjs';

// The header every response carries, documents or not: it makes browsers trust the type.
const NOSNIFF = 'X-Content-Type-Options';

/** The language of a URL path, for its 404 page. */
const languageOf = (pathname) => ['zh-hant', 'zh'].find((lang) => pathname.startsWith(`/${lang}/`)) ?? 'en';

/**
 * @param {{ root: string, headers?: Record<string, string>,
 *   pageHeaders?: Record<string, Record<string, string>>, idleTimeout?: number }} options
 *   `root` is the built site (dist/), `headers` the security headers (dist/security-headers.json),
 *   `pageHeaders` those that differ for some documents, by URL path (dist/page-headers.json),
 *   `idleTimeout` the milliseconds a connection may stay silent (a client that stops reading a
 *   download included) before it is closed, 30 s by default.
 * @returns {import('node:http').Server} not yet listening
 */
export function createPortalServer({ root, headers = {}, pageHeaders = {}, idleTimeout = 30_000 }) {
  const nosniff = Object.entries(headers).filter(([name]) => name.toLowerCase() === NOSNIFF.toLowerCase());
  return createStaticServer({
    root,
    headers: Object.fromEntries(nosniff),
    // The full set on a document, with the build's overrides for its URL path (the search pages'
    // policy allows WebAssembly).
    documentHeaders: (urlPath) => ({ ...headers, ...pageHeaders[urlPath.replace(/index\.html$/, '')] }),
    cacheControl: (urlPath) =>
      HASHED_ASSET.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
    notFound: (pathname) => `${languageOf(pathname)}/404.html`,
    idleTimeout,
  });
}

/**
 * The headers a build wrote for the servers: `headers` for every document
 * (dist/security-headers.json) and `pageHeaders`, those that differ by URL path
 * (dist/page-headers.json, absent before the search pages existed).
 * @param {string} root the built site
 */
export async function readBuiltHeaders(root) {
  const headers = JSON.parse(await readFile(join(root, 'security-headers.json'), 'utf8'));
  let pageHeaders = {};
  try {
    pageHeaders = JSON.parse(await readFile(join(root, 'page-headers.json'), 'utf8'));
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  return { headers, pageHeaders };
}

/**
 * The port a server script listens on: `PORT`, or 4173 when it is unset or empty. Anything else
 * that is not a whole number from 1 to `highest` is refused with an Error that names it, as `name`
 * (it used to fall back to 4173 silently, so a mistyped PORT served where nobody looked).
 */
export function portFromEnv(value = process.env.PORT, { highest = 65535, name = 'PORT' } = {}) {
  const text = value?.trim() ?? '';
  if (text === '') return 4173;
  const port = /^\d{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(port >= 1 && port <= highest)) {
    throw new Error(`${name} must be a whole number from 1 to ${highest}, not ${JSON.stringify(value)}`);
  }
  return port;
}

/** portFromEnv for a server script: a refused PORT ends it, with the message. */
export function portOrExit(value = process.env.PORT, options = {}) {
  try {
    return portFromEnv(value, options);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}

/**
 * The host of a URL for what a server listens on: an IPv6 address in brackets, and "localhost"
 * for every interface (0.0.0.0, ::), which a browser on this machine reaches that way.
 */
export function urlHost(host) {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
