// A small static file server for what the repository builds (the built Storybook, the release
// rehearsal's pages). Files are served by serve-static (the `send` engine Express uses): types,
// ETag and Last-Modified with 304s, byte ranges, Content-Length, nothing outside the root, read
// errors answered instead of crashing. This module adds only: the given headers on every
// response, `no-cache`, the trailing-slash redirect for directories, and an optional 404 page.
import { readFile, stat } from 'node:fs/promises';
import { createServer, STATUS_CODES } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import serveStatic from 'serve-static';

// Types of the pages a `notFound` callback may name (serve-static types every other file).
const PAGE_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

// Only a plain path is redirected to itself plus "/": no empty, "." or ".." segment, no
// percent-encoding, no backslash, so the Location can never be read as another site ("//host").
const PLAIN_PATH = /^(?:\/[\w~-][\w.~-]*)+$/;

async function isDirectory(path) {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}

/** The file `notFound` names, if it is a file inside the root. */
async function fallbackFile(root, name) {
  const file = normalize(join(root, name));
  if (!file.startsWith(root.endsWith(sep) ? root : root + sep)) return undefined;
  try {
    return (await stat(file)).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ root: string, headers?: Record<string, string>, notFound?: (pathname: string) => string | undefined }} options
 * `headers` are sent with every response; `notFound` names the file (relative to `root`) to send
 * with a 404 for a path that does not exist.
 * @returns {import('node:http').Server} not yet listening
 */
export function createStaticServer({ root: rootOption, headers = {}, notFound }) {
  const root = resolve(rootOption);
  const given = new Set(Object.keys(headers).map((name) => name.toLowerCase()));
  const files = serveStatic(root, {
    index: ['index.html'],
    redirect: false, // see PLAIN_PATH
    dotfiles: 'ignore',
    setHeaders(res) {
      res.setHeader('Cache-Control', 'no-cache');
    },
  });

  /** Removes what an abandoned attempt to send a file set, keeping the given headers. */
  function resetHeaders(res) {
    for (const name of res.getHeaderNames()) if (!given.has(name)) res.removeHeader(name);
  }

  /** A plain-text answer with the given status, keeping the headers every response carries. */
  function plain(req, res, status, extra = {}) {
    resetHeaders(res);
    const body = `${STATUS_CODES[status]}\n`;
    res.writeHead(status, {
      ...extra,
      'Cache-Control': 'no-cache',
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function sendNotFound(req, res, pathname) {
    const name = notFound?.(pathname);
    const file = name ? await fallbackFile(root, name) : undefined;
    if (!file) {
      plain(req, res, 404);
      return;
    }
    const body = await readFile(file);
    resetHeaders(res);
    res.writeHead(404, {
      'Cache-Control': 'no-cache',
      'Content-Type': PAGE_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': body.length,
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  async function handle(req, res) {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      plain(req, res, 405, { Allow: 'GET, HEAD' });
      return;
    }
    const [pathname, search] = (req.url ?? '/').split(/\?(.*)/s);
    // Directory URLs without the trailing slash would break relative links.
    if (PLAIN_PATH.test(pathname) && !extname(pathname) && (await isDirectory(join(root, pathname)))) {
      res.writeHead(301, { Location: `${pathname}/${search ? `?${search}` : ''}`, 'Content-Length': 0 });
      res.end();
      return;
    }
    files(req, res, (error) => {
      if (res.headersSent) {
        req.socket.destroy();
      } else if (!error || error.status === 404) {
        sendNotFound(req, res, pathname).catch((failure) => fail(req, res, failure));
      } else {
        fail(req, res, error);
      }
    });
  }

  function fail(req, res, error) {
    if (res.headersSent) {
      req.socket.destroy();
      return;
    }
    const status = error?.status >= 400 && error.status < 600 ? error.status : 500;
    if (status === 500) console.error(`${req.method} ${req.url}: ${error?.stack ?? error}`);
    plain(req, res, status, error?.expose ? error.headers : {});
  }

  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    handle(req, res).catch((error) => fail(req, res, error));
  });
}
