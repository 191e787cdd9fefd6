// The static file server of the repository: one factory for the demo portal
// (apps/portal/scripts/server.mjs adds its security headers, cache lifetimes and 404 pages) and
// for what the tooling serves (the built Storybook, the release rehearsal's pages, CDN files).
// Files are served by serve-static (the `send` engine Express uses): ETag and Last-Modified with
// 304s, byte ranges, Content-Length, nothing outside the root, no dotfiles, read errors answered
// instead of crashing, and the file closed when a client goes away. This module adds:
//  - the precompressed .br/.gz copies a build wrote, sent for the original's URL to a client that
//    accepts them (with Vary: Accept-Encoding), never by their own name;
//  - gzip on the fly (level 1, by the `compression` middleware) for a file the build gave a .br
//    copy and no .gz copy, to a client that accepts gzip and not br: the portal writes only .br
//    for its tens of thousands of pages, and nginx does the same (scripts/nginx-config.mjs);
//  - the types of the files that may have such copies, whichever copy is sent;
//  - the trailing-slash redirect for a folder, for plain paths only;
//  - a 404 page named by the caller, or a plain-text 404;
//  - a retry when the root was swapped for a new build while a request looked for its file;
//  - an idle timeout, so a client that stops reading or never asks is disconnected.
import { readFile, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import compression from 'compression';
import onHeaders from 'on-headers';
import serveStatic from 'serve-static';

/** The content codings served from precompressed copies, by the suffix of their file. */
const ENCODINGS = { br: '.br', gzip: '.gz' };

/** The types of the files that may have precompressed copies, whichever copy is sent. */
export const COMPRESSIBLE_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};

// Only a plain path is redirected to itself plus "/" or mapped to a precompressed copy: letters,
// digits, "-", "_", "~" and "." inside segments, no empty, "." or ".." segment, no
// percent-encoding, no backslash. So a Location can never be "//host" or "/\host", which browsers
// read as another site.
const PLAIN_PATH = /^(?:\/[\w~-][\w.~-]*)+$/;

// How long a swap of the root may leave it missing before a request that found nothing is
// answered with a 404 after all.
const SWAP_WAIT_MS = 500;

/** A URL path percent-decoded, as the file server reads it (undecodable: as it is, which it refuses). */
function decodedPath(pathname) {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return pathname;
  }
}

/** The content codings a request accepts (q > 0), br first when both are. */
function acceptedEncodings(header = '') {
  const accepted = new Map();
  for (const part of header.split(',')) {
    // "gzip ; q=1": whitespace may surround the ";".
    const [name, ...params] = part
      .toLowerCase()
      .split(';')
      .map((piece) => piece.trim());
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    accepted.set(name, q === undefined ? 1 : Number(q));
  }
  const wildcard = accepted.get('*') ?? 0;
  return Object.keys(ENCODINGS)
    .filter((name) => (accepted.get(name) ?? wildcard) > 0)
    .sort((a, b) => (accepted.get(b) ?? wildcard) - (accepted.get(a) ?? wildcard));
}

async function statOf(path) {
  try {
    return await stat(path);
  } catch {
    return undefined;
  }
}

/** The file `name` (relative to `root`), if it is a file inside the root. */
async function fileInside(root, name) {
  const file = normalize(join(root, name));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  return (await statOf(file))?.isFile() ? file : undefined;
}

/**
 * @param {object} options
 * @param {string} options.root the folder served
 * @param {Record<string, string>} [options.headers] sent with every response
 * @param {(urlPath: string) => Record<string, string>} [options.documentHeaders] sent with an
 *   HTML document only (its URL path, "/en/index.html"), 404 pages included
 * @param {(urlPath: string) => string} [options.cacheControl] the Cache-Control of a file
 *   (`no-cache` by default: revalidated every time)
 * @param {(pathname: string) => string | undefined} [options.notFound] the file (relative to
 *   `root`) to send with a 404 for the path that was not found; a plain-text 404 without one
 * @param {number} [options.idleTimeout] milliseconds a connection may stay silent (a client that
 *   stops reading a download included) before it is closed, 30 s by default
 * @returns {import('node:http').Server} not yet listening
 */
export function createStaticServer({
  root: rootOption,
  headers = {},
  documentHeaders = () => ({}),
  cacheControl = () => 'no-cache',
  notFound,
  idleTimeout = 30_000,
}) {
  const root = resolve(rootOption);
  const everyResponse = new Set(Object.keys(headers).map((name) => name.toLowerCase()));

  /** Sets a document's headers, remembering their names so a reset keeps them. */
  function setDocumentHeaders(res, urlPath) {
    for (const [name, value] of Object.entries(documentHeaders(urlPath))) {
      res.setHeader(name, value);
      (res.civicKept ??= new Set()).add(name.toLowerCase());
    }
  }

  /** Removes what an abandoned attempt set, keeping the headers every response and a document carry. */
  function resetHeaders(res) {
    for (const name of res.getHeaderNames()) {
      if (!everyResponse.has(name) && !res.civicKept?.has(name)) res.removeHeader(name);
    }
  }

  // Only the responses handle() marks (req.civicGzip) are compressed on the fly, as nginx does
  // them: gzip level 1, from 20 bytes. handle() has chosen gzip by this module's reading of
  // Accept-Encoding; the middleware, which would choose again by its own (deflate, br or none
  // for some headers), is told only that.
  const gzipOnTheFly = compression({ filter: (req) => req.civicGzip === true, level: 1, threshold: 20 });

  /** Marks a response to be gzipped as it is sent, with the headers nginx gives it. */
  function gzipAsSent(req, res) {
    req.civicGzip = true;
    req.headers['accept-encoding'] = 'gzip';
    // A byte range of a body compressed as it goes cannot be cut: the whole is sent, and no
    // Accept-Ranges promises otherwise.
    delete req.headers.range;
    onHeaders(res, () => {
      // A 304's headers update a cache's stored response: the gzip one has no Accept-Ranges.
      if ((res.statusCode !== 200 && res.statusCode !== 304) || !req.civicGzip) return;
      res.removeHeader('Accept-Ranges');
      // The middleware leaves a HEAD alone; its headers are those of the GET.
      if (req.method === 'HEAD' && res.statusCode === 200) {
        res.setHeader('Content-Encoding', 'gzip');
        res.removeHeader('Content-Length');
      }
    });
  }

  const files = serveStatic(root, {
    index: ['index.html'],
    redirect: false, // see PLAIN_PATH: serve-static would redirect /\evil.com/..%2Fen to /\evil.com/…
    dotfiles: 'ignore',
    setHeaders(res, path) {
      const encoding = Object.entries(ENCODINGS).find(([, suffix]) => path.endsWith(suffix))?.[0];
      const original = encoding ? path.slice(0, -ENCODINGS[encoding].length) : path;
      if (encoding) res.setHeader('Content-Encoding', encoding);
      const urlPath = `/${relative(root, original).split(sep).join('/')}`;
      if (extname(original) === '.html') setDocumentHeaders(res, urlPath);
      const type = COMPRESSIBLE_TYPES[extname(original)];
      if (type) {
        res.setHeader('Content-Type', type);
        res.setHeader('Vary', 'Accept-Encoding');
      }
      res.setHeader('Cache-Control', cacheControl(urlPath));
    },
  });

  /** A plain-text answer with the given status, keeping the headers every response carries. */
  function plain(req, res, status, extra = {}) {
    resetHeaders(res);
    req.civicGzip = false;
    const body = `${STATUS_CODES[status]}\n`;
    res.writeHead(status, {
      ...extra,
      'Cache-Control': 'no-cache',
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function sendNotFound(req, res) {
    resetHeaders(res);
    // 404 pages go as they are, as nginx sends them.
    req.civicGzip = false;
    const pathname = (req.civicUrl ?? req.url).split('?')[0];
    const name = notFound?.(pathname);
    const file = name ? await fileInside(root, name) : undefined;
    let body;
    try {
      body = file && (await readFile(file));
    } catch {
      body = undefined;
    }
    if (!body) {
      plain(req, res, 404);
      return;
    }
    if (extname(file) === '.html') setDocumentHeaders(res, `/${relative(root, file).split(sep).join('/')}`);
    res.statusCode = 404;
    res.setHeader('Cache-Control', 'no-cache');
    res.setHeader('Content-Type', COMPRESSIBLE_TYPES[extname(file)] ?? 'application/octet-stream');
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
    // client never accepted: only the original's URL serves it. Checked as the file server reads
    // the path, decoded: "/index.html%2Ebr" names the same file.
    const named = decodedPath(pathname).toLowerCase();
    if (Object.values(ENCODINGS).some((suffix) => named.endsWith(suffix))) {
      await sendNotFound(req, res);
      return;
    }
    const rootBefore = (await statOf(root))?.ino;
    // Folder URLs without the trailing slash would break relative links.
    if (
      PLAIN_PATH.test(pathname) &&
      !extname(pathname) &&
      (await statOf(join(root, pathname)))?.isDirectory()
    ) {
      res.writeHead(301, { Location: `${pathname}/${search ? `?${search}` : ''}`, 'Content-Length': 0 });
      res.end();
      return;
    }
    // A precompressed copy, when the request accepts it and the build wrote one; else gzip on the
    // fly, for a gzip client, when the build wrote only a .br copy.
    const file = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    if (PLAIN_PATH.test(file) && COMPRESSIBLE_TYPES[extname(file)]) {
      const accepted = acceptedEncodings(req.headers['accept-encoding']);
      let copy;
      for (const encoding of accepted) {
        if ((await statOf(join(root, file + ENCODINGS[encoding])))?.isFile()) {
          copy = encoding;
          req.url = file + ENCODINGS[encoding] + (search ? `?${search}` : '');
          break;
        }
      }
      if (
        copy === undefined &&
        accepted.includes('gzip') &&
        !req.civicGzip &&
        (await statOf(join(root, file + ENCODINGS.br)))?.isFile()
      ) {
        gzipAsSent(req, res);
      }
    }
    files(req, res, (error) => {
      // Not found, a bad path, or a file gone between stat and open (a rebuild under load): the
      // 404 page, if nothing has been sent yet; unless the root was being swapped meanwhile, when
      // the request is served again from the new one.
      if ((!error || error.status === 404) && !res.headersSent) {
        retryAfterSwap(req, res, rootBefore).catch((failure) => fail(req, res, failure));
      } else {
        fail(req, res, error);
      }
    });
  }

  async function retryAfterSwap(req, res, rootBefore) {
    let rootNow = (await statOf(root))?.ino;
    for (let waited = 0; rootNow === undefined && waited < SWAP_WAIT_MS; waited += 10) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 10));
      rootNow = (await statOf(root))?.ino;
    }
    if (rootNow === undefined || rootNow === rootBefore || req.civicRetried) {
      await sendNotFound(req, res);
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
    plain(req, res, status, error?.expose ? error.headers : {});
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    // Wraps the response once (a retry after a swap goes through handle() again).
    gzipOnTheFly(req, res, () => handle(req, res).catch((error) => fail(req, res, error)));
  });
  server.setTimeout(idleTimeout);
  return server;
}
