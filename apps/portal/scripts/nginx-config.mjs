// A complete nginx.conf that serves the built portal (dist/) the way scripts/server.mjs does, for
// production: Debian's nginx 1.22 with libnginx-mod-http-brotli-static. The Node server stays for
// development; test/nginx.test.mjs checks that both answer the same requests with the same
// status and headers.
//
// What nginx has to be told, rule by rule (server.mjs explains why each rule exists):
// - the security headers on documents only (HTML files and the 404 pages), `nosniff` everywhere;
// - the build's .br/.gz copies (br preferred), never sent by their own name; pages, which have
//   only .br copies, gzipped on the fly for clients without brotli;
// - a year of immutable caching for hashed assets, `no-cache` for everything else;
// - the 404 page of each language; GET and HEAD only; dotfiles (the build's marker) hidden;
// - relative trailing-slash redirects; silent clients disconnected.
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { HASHED_ASSET } from './asset-names.mjs';
import { portOrExit, readBuiltHeaders } from './server.mjs';
import { COMPRESSIBLE } from './precompress.mjs';

export const BROTLI_STATIC_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

// The Content-Type of each kind of file, exactly as the Node server sends it (its TYPES table
// and, for the rest, the mime-types package that serve-static uses). nginx's own charset module
// is not used: it only knows one charset list for all types.
const TYPES = {
  'text/html; charset=utf-8': ['html'],
  'text/javascript; charset=utf-8': ['js', 'mjs'],
  'text/css; charset=utf-8': ['css'],
  'application/json; charset=utf-8': ['json'],
  'application/manifest+json; charset=utf-8': ['webmanifest'],
  'image/svg+xml': ['svg'],
  'text/plain; charset=utf-8': ['txt'],
  'application/xml; charset=utf-8': ['xml'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'image/webp': ['webp'],
  'image/avif': ['avif'],
  'image/vnd.microsoft.icon': ['ico'],
  'font/woff': ['woff'],
  'font/woff2': ['woff2'],
  'application/pdf': ['pdf'],
  'application/wasm': ['wasm'],
};

// The statuses of a file actually served (200, a range, or "not modified"): only these carry the
// file's cache lifetime and Vary, as with the Node server. Redirects, 405s and 416s do not.
const FILE_STATUS = '(?:200|206|304)';

/** A double-quoted nginx string; `$` cannot be escaped in nginx, so it is refused. */
function quote(value, what) {
  const text = String(value);
  if (/[$\r\n\0]/.test(text)) throw new Error(`${what} cannot go into nginx.conf: ${JSON.stringify(text)}`);
  return `"${text.replace(/[\\"]/g, '\\$&')}"`;
}

function listenAddress(host, port) {
  if (!/^[\w.:[\]-]+$/.test(host)) throw new Error(`Invalid host: ${host}`);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Invalid port: ${port}`);
  return host.includes(':') ? `[${host.replace(/^\[|\]$/g, '')}]:${port}` : `${host}:${port}`;
}

/** `text` as a regular expression that matches it literally (nginx's PCRE). */
const escapeRegExp = (text) => text.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * @param {{ root: string, port: number, host?: string, prefix: string,
 *   headers: Record<string, string>, pageHeaders?: Record<string, Record<string, string>>,
 *   idleTimeout?: number, workers?: number | 'auto',
 *   errorLog?: string, accessLog?: string | false, brotliModule?: string }} options
 *   `root` is the built site (dist/), `prefix` the folder for nginx's pid, logs and temporary
 *   files, `headers` the security headers (dist/security-headers.json), `pageHeaders` those
 *   that differ for some documents, by URL path (dist/page-headers.json), `idleTimeout` the
 *   milliseconds a connection may stay silent (30 s, as the Node server), `errorLog` a file or
 *   "stderr", `accessLog` a file or false.
 * @returns {string} the text of nginx.conf
 */
export function nginxConfig({
  root,
  port,
  host = '127.0.0.1',
  prefix,
  headers,
  pageHeaders = {},
  idleTimeout = 30_000,
  workers = 'auto',
  errorLog: errorLogOption,
  accessLog: accessLogOption,
  brotliModule = BROTLI_STATIC_MODULE,
}) {
  if (!root || !prefix || !headers) throw new Error('nginxConfig needs root, prefix and headers');
  if (workers !== 'auto' && !(Number.isInteger(workers) && workers > 0)) {
    throw new Error(`Invalid worker count: ${workers}`);
  }
  const errorLog = errorLogOption ?? join(prefix, 'logs/error.log');
  const accessLog = accessLogOption ?? join(prefix, 'logs/access.log');
  const timeout = `${Math.max(1, Math.round(idleTimeout))}ms`;
  const entries = Object.entries(headers);
  for (const [name] of entries) {
    if (!/^[!#$%&'*+.^_`|~\w-]+$/.test(name)) throw new Error(`Invalid header name: ${name}`);
  }
  const nosniff = entries.find(([name]) => name.toLowerCase() === 'x-content-type-options');
  const documentOnly = entries.filter(([name]) => name.toLowerCase() !== 'x-content-type-options');
  const compressible = [...COMPRESSIBLE].map((ext) => ext.slice(1)).join('|');
  const hashedAsset = HASHED_ASSET.source.replace(/^\^/, '');

  return `# Generated by apps/portal/scripts/nginx-config.mjs: edit that file, not this one.
daemon off;
worker_processes ${workers};
pid ${quote(join(prefix, 'nginx.pid'), 'prefix')};
error_log ${errorLog === 'stderr' ? 'stderr' : quote(errorLog, 'errorLog')} warn;
load_module ${quote(brotliModule, 'brotliModule')};

events {
  worker_connections 1024;
}

http {
  # Temporary files under the prefix, so nginx runs without writing to /var.
  client_body_temp_path ${quote(join(prefix, 'temp/body'), 'prefix')};
  proxy_temp_path ${quote(join(prefix, 'temp/proxy'), 'prefix')};
  fastcgi_temp_path ${quote(join(prefix, 'temp/fastcgi'), 'prefix')};
  uwsgi_temp_path ${quote(join(prefix, 'temp/uwsgi'), 'prefix')};
  scgi_temp_path ${quote(join(prefix, 'temp/scgi'), 'prefix')};
  access_log ${accessLog ? `${quote(accessLog, 'accessLog')} combined buffer=64k flush=1s` : 'off'};

  types {
${Object.entries(TYPES)
  .map(([type, extensions]) => `    ${quote(type, 'type')} ${extensions.join(' ')};`)
  .join('\n')}
  }
  # As serve-static: a file of unknown type is plain bytes.
  default_type application/octet-stream;
  charset off;

  sendfile on;
  tcp_nopush on;
  server_tokens off;
  # A 404 is an answer, not an error worth a log line.
  log_not_found off;

  # Slow or silent clients (the Node server's idle timeout): a connection that sends nothing, or
  # stops reading a response, is closed after this long, and its memory freed at once.
  client_header_timeout ${timeout};
  client_body_timeout ${timeout};
  send_timeout ${timeout};
  keepalive_timeout ${timeout};
  reset_timedout_connection on;
  # Only GET and HEAD are answered: no request needs a body.
  client_max_body_size 1k;

  # The build's precompressed copies. Pages have only a .br copy (tens of thousands of .gz copies
  # cost a build about a seventh of its CPU): a client without brotli gets them gzipped as they
  # are sent, at level 1, as the Node server does (which gzips what has a .br copy and no .gz: the
  # pages). Nothing else is compressed on the fly: HTML alone, by its type as the types above name
  # it (charset included, or nginx would not match it). Vary is set below for every compressible
  # type, as the Node server does, whether or not a copy exists.
  brotli_static on;
  gzip_static on;
  gzip on;
  gzip_types "text/html; charset=utf-8";
  gzip_comp_level 1;
  gzip_min_length 20;
  # As the Node server: whatever the HTTP version, and behind a proxy or CDN (a request with Via).
  gzip_http_version 1.0;
  gzip_proxied any;
  gzip_vary off;

  # Documents: an HTML file as served, or a 404 page ($uri is then the page's).
  map "$status $uri" $portal_document {
    "~^(?:200|206|304|404) .*\\.html$" 1;
    default "";
  }
${documentOnly
  .map(
    ([name, value], index) => `  map "$portal_document $uri" $portal_header_${index} {
${Object.entries(pageHeaders)
  .filter(([, overrides]) => name in overrides)
  .map(
    ([path, overrides]) =>
      `    "~^1 ${escapeRegExp(path)}(?:index\\.html)?$" ${quote(overrides[name], name)};\n`,
  )
  .join('')}    "~^1 " ${quote(value, name)};
    default "";
  }`,
  )
  .join('\n')}

  # Hashed assets (the build gives a new name to new contents) are kept a year, the rest revalidated.
  map "$status $uri" $portal_cache_control {
    "~^${FILE_STATUS} ${hashedAsset}" "public, max-age=31536000, immutable";
    "~^(?:301|405) " "";
    default "no-cache";
  }
  map "$status $uri" $portal_vary {
    "~^${FILE_STATUS} .*\\.(?:${compressible})$" "Accept-Encoding";
    default "";
  }
  map $request_method $portal_allow {
    GET "";
    HEAD "";
    default "GET, HEAD";
  }
  # Each language's 404 page: Chinese under /zh/ and /zh-hant/, English everywhere else.
  map $uri $portal_language {
    "~^/zh/" zh;
    "~^/zh-hant/" zh-hant;
    default en;
  }

  server {
    listen ${listenAddress(host, port)};
    root ${quote(root, 'root')};
    index index.html;
    # Redirects carry a path, never a host: the client's own origin stays.
    absolute_redirect off;

    # An empty value sends no header, so each is sent only where its variable says.
${nosniff ? `    add_header ${nosniff[0]} ${quote(nosniff[1], nosniff[0])} always;\n` : ''}${documentOnly
    .map(([name], index) => `    add_header ${name} $portal_header_${index} always;`)
    .join('\n')}
    add_header Cache-Control $portal_cache_control always;
    add_header Vary $portal_vary always;
    add_header Allow $portal_allow always;

    if ($request_method !~ ^(?:GET|HEAD)$) {
      return 405;
    }

    # A folder without index.html is "not found" too, as with the Node server (not 403).
    error_page 403 404 =404 /.portal-404/$portal_language/404.html;

    location / {
    }
    # The 404 pages, sent as they are: uncompressed and without Vary, like the Node server's.
    location ^~ /.portal-404/ {
      internal;
      alias ${quote(`${root.replace(/\/+$/, '')}/`, 'root')};
      brotli_static off;
      gzip_static off;
      gzip off;
      etag off;
    }
    # A precompressed copy asked for by its own name would go out labelled as its original's type
    # to a client that may not accept the encoding.
    location ~* \\.(?:br|gz)$ {
      return 404;
    }
    # Dotfiles (the build's marker file, editors' leftovers) are not part of the site.
    location ~ /\\. {
      return 404;
    }
  }
}
`;
}

/**
 * Writes nginx.conf for `options` into `options.prefix` (with the logs and temp folders nginx
 * expects there) and returns its path.
 * @param {Parameters<typeof nginxConfig>[0]} options
 */
export async function writeNginxConfig(options) {
  await mkdir(join(options.prefix, 'logs'), { recursive: true });
  await mkdir(join(options.prefix, 'temp'), { recursive: true });
  const file = join(options.prefix, 'nginx.conf');
  await writeFile(file, nginxConfig(options));
  return file;
}

// `node apps/portal/scripts/nginx-config.mjs --root /srv/portal --prefix /var/lib/portal-nginx
// --port 80 --host 0.0.0.0` prints the config for a server of your own (defaults: this
// checkout's dist/, a prefix beside it, port 4173 on 127.0.0.1). nginx needs <prefix>/logs/ to exist.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      root: { type: 'string', default: fileURLToPath(new URL('../dist', import.meta.url)) },
      prefix: { type: 'string', default: fileURLToPath(new URL('../.nginx', import.meta.url)) },
      port: { type: 'string', default: process.env.PORT },
      host: { type: 'string', default: process.env.HOST || '127.0.0.1' },
    },
  });
  const root = resolve(values.root);
  const port = portOrExit(values.port, { name: '--port (or PORT)' });
  let headers;
  let pageHeaders;
  try {
    ({ headers, pageHeaders } = await readBuiltHeaders(root));
  } catch {
    console.error(
      `${join(root, 'security-headers.json')} is missing: build the portal first (npm run build).`,
    );
    process.exit(1);
  }
  process.stdout.write(
    nginxConfig({
      root,
      prefix: resolve(values.prefix),
      port,
      host: values.host,
      headers,
      pageHeaders,
    }),
  );
}
