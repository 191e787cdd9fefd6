// The demo portal's static server. Files are served by serve-static (the `send` engine Express
// uses): ETag and Last-Modified with 304s, byte ranges, Content-Length, read errors answered
// instead of crashing, and the file closed when a client goes away. This module only adds the
// portal's own rules: its security headers on documents (every other response carries only
// `nosniff`: a policy means nothing on a script or an image, and cost each about 1 KB), the
// precompressed .br/.gz copies the build writes (never sent by their own name), cache lifetimes,
// the trailing-slash redirect, the 404 page of each language, a retry across the build's swap of
// dist/, and a limit on idle connections.
import { readFile, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import serveStatic from 'serve-static';
import { HASHED_ASSET } from './asset-names.mjs';
import { COMPRESSIBLE } from './precompress.mjs';

const ENCODINGS = { br: '.br', gzip: '.gz' };
// The types of the files that may have precompressed copies, whichever copy is sent.
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

/** The content codings a request accepts (q > 0), br first when both are. */
function acceptedEncodings(header = '') {
  const accepted = new Map();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*') ?? 0;
  return Object.keys(ENCODINGS)
    .filter((name) => (accepted.get(name) ?? wildcard) > 0)
    .sort((a, b) => (accepted.get(b) ?? wildcard) - (accepted.get(a) ?? wildcard));
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

// Only a plain path is redirected to itself plus "/": letters, digits, "-", "_", "~" and "."
// inside segments, no empty, "." or ".." segment, no percent-encoding, no backslash. So the
// Location can never be "//host" or "/\host", which browsers read as another site.
const PLAIN_PATH = /^(?:\/[\w~-][\w.~-]*)+$/;

// The header every response carries, documents or not: it makes browsers trust the type.
const NOSNIFF = 'X-Content-Type-Options';

// How long a swap of dist/ may leave the root missing before a request that found nothing is
// answered with a 404 after all. The build's own swap leaves no gap (scripts/swap-site.mjs) except
// once, when it replaces a dist/ folder from an older build, or where links cannot be made.
const SWAP_WAIT_MS = 500;

/** The root folder's inode, or undefined while it is missing (in the middle of a swap). */
async function identity(path) {
  try {
    return (await stat(path)).ino;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ root: string, headers?: Record<string, string>,
 *   pageHeaders?: Record<string, Record<string, string>>, idleTimeout?: number }} options
 *   `root` is the built site (dist/), `headers` the security headers (dist/security-headers.json),
 *   `pageHeaders` those that differ for some documents, by URL path (dist/page-headers.json),
 *   `idleTimeout` the milliseconds a connection may stay silent (a client that stops reading a
 *   download included) before it is closed, 30 s by default.
 * @returns {import('node:http').Server} not yet listening
 */
export function createPortalServer({
  root: rootOption,
  headers = {},
  pageHeaders = {},
  idleTimeout = 30_000,
}) {
  const root = resolve(rootOption);
  const securityHeaderNames = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const nosniff = Object.entries(headers).find(([name]) => name.toLowerCase() === NOSNIFF.toLowerCase());
  /**
   * The full set on a document, with the build's overrides for its URL path (dist/page-headers.json:
   * the search pages' policy allows WebAssembly); `nosniff` is already on every response.
   */
  const setDocumentHeaders = (res, urlPath = '') => {
    const page = urlPath.replace(/index\.html$/, '');
    for (const [name, value] of Object.entries({ ...headers, ...pageHeaders[page] }))
      res.setHeader(name, value);
  };
  const files = serveStatic(root, {
    index: ['index.html'],
    redirect: false, // see PLAIN_PATH: serve-static would redirect /\evil.com/..%2Fen to /\evil.com/…
    dotfiles: 'ignore',
    etag: true,
    lastModified: true,
    setHeaders(res, path) {
      const encoding = Object.entries(ENCODINGS).find(([, suffix]) => path.endsWith(suffix))?.[0];
      const original = encoding ? path.slice(0, -ENCODINGS[encoding].length) : path;
      if (encoding) res.setHeader('Content-Encoding', encoding);
      const urlPath = `/${relative(root, original).split(sep).join('/')}`;
      if (extname(original) === '.html') setDocumentHeaders(res, urlPath);
      if (COMPRESSIBLE.has(extname(original))) {
        res.setHeader('Content-Type', TYPES[extname(original)]);
        res.setHeader('Vary', 'Accept-Encoding');
      }
      res.setHeader(
        'Cache-Control',
        HASHED_ASSET.test(urlPath) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });

  /** Removes what an abandoned attempt set, keeping the security headers. */
  function resetHeaders(res) {
    for (const name of res.getHeaderNames()) {
      if (!securityHeaderNames.has(name)) res.removeHeader(name);
    }
  }

  async function notFound(req, res) {
    resetHeaders(res);
    const pathname = req.url.split('?')[0];
    const lang = ['zh-hant', 'zh'].find((each) => pathname.startsWith(`/${each}/`)) ?? 'en';
    const page = `${lang}/404.html`;
    let body;
    try {
      body = await readFile(join(root, page));
    } catch {
      body = undefined;
    }
    res.statusCode = 404;
    if (body) setDocumentHeaders(res);
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Type', body ? 'text/html; charset=utf-8' : 'text/plain; charset=utf-8');
    body ??= Buffer.from('Not found');
    res.setHeader('Content-Length', body.length);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Length': 0 }).end();
      return;
    }
    // The URL as requested, before a precompressed copy's name replaces it.
    req.civicUrl ??= req.url;
    const [pathname, search] = req.url.split(/\?(.*)/s);
    // A precompressed copy asked for by its own name would go out with a Content-Encoding the
    // client never accepted: only the original's URL serves it.
    if (Object.values(ENCODINGS).some((suffix) => pathname.toLowerCase().endsWith(suffix))) {
      await notFound(req, res);
      return;
    }
    const rootBefore = await identity(root);
    if (PLAIN_PATH.test(pathname) && !extname(pathname) && (await isDirectory(join(root, pathname)))) {
      res.writeHead(301, { Location: `${pathname}/${search ? `?${search}` : ''}`, 'Content-Length': 0 });
      res.end();
      return;
    }
    // A precompressed copy, when the request accepts it and the build wrote one.
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    if (PLAIN_PATH.test(file) && COMPRESSIBLE.has(extname(file))) {
      for (const encoding of acceptedEncodings(req.headers['accept-encoding'])) {
        if (await isFile(join(root, file + ENCODINGS[encoding]))) {
          req.url = file + ENCODINGS[encoding] + (search ? `?${search}` : '');
          break;
        }
      }
    }
    files(req, res, (error) => {
      // Not found, a bad path, or a file gone between stat and open (a rebuild under load): the
      // 404 page, if nothing has been sent yet; unless dist/ was being swapped meanwhile, when
      // the request is served again from the new one.
      if ((!error || error.status === 404) && !res.headersSent) {
        retryAfterSwap(req, res, rootBefore).catch((failure) => fail(req, res, failure));
      } else {
        fail(req, res, error);
      }
    });
  }

  async function retryAfterSwap(req, res, rootBefore) {
    let rootNow = await identity(root);
    for (let waited = 0; rootNow === undefined && waited < SWAP_WAIT_MS; waited += 10) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 10));
      rootNow = await identity(root);
    }
    if (rootNow === undefined || rootNow === rootBefore || req.civicRetried) {
      await notFound(req, res);
      return;
    }
    req.civicRetried = true;
    req.url = req.civicUrl;
    resetHeaders(res);
    await handle(req, res);
  }

  /** 416, 412 and the like from serve-static with their headers; anything else is a 500. */
  function fail(req, res, error) {
    if (res.headersSent) {
      // The response has begun: all the client can be told is that it is cut short.
      req.socket.destroy();
      return;
    }
    const status = error?.status >= 400 && error.status < 600 ? error.status : 500;
    if (status === 500) console.error(`${req.method} ${req.url}: ${error?.stack ?? error}`);
    resetHeaders(res);
    const body = `${STATUS_CODES[status]}\n`;
    res.writeHead(status, {
      ...(error?.expose ? error.headers : {}),
      'Cache-Control': 'no-cache',
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  const server = createServer((req, res) => {
    if (nosniff) res.setHeader(...nosniff);
    handle(req, res).catch((error) => fail(req, res, error));
  });
  // A silent connection (a slow client that stopped reading, or one that never sends its request)
  // is closed rather than held open forever.
  server.setTimeout(idleTimeout);
  return server;
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
