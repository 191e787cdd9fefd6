// nginx (scripts/nginx-config.mjs, started as scripts/serve-nginx.mjs starts it) against the Node
// server (scripts/server.mjs) on the same copy of the built site: the same request must get the
// same status, security headers, encoding, type, cache lifetime and Vary from both. nginx must be
// installed (.ci/run installs it): without it these tests fail, they are not skipped.
import assert from 'node:assert/strict';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer, request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startNginx } from '../scripts/serve-nginx.mjs';
import { SEARCH_DOCUMENTS } from '../scripts/search-index.mjs';
import { swapSite } from '../scripts/swap-site.mjs';
import { createPortalServer, readBuiltHeaders } from '../scripts/server.mjs';

const built = fileURLToPath(new URL('../dist', import.meta.url));
let root;
let headers;
let assets;
let node;
let nginx;
const ports = {};
// A page's search document: HTML in the build's own dot-folder, never served.
const searchDocument = `${SEARCH_DOCUMENTS}/en-0/en/columns/news/central-library-reopens/`;

/** A port free right now (nginx cannot be asked to pick one and tell). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

before(async () => {
  // A copy, so the tests can add files without touching apps/portal/dist. Readable by all: run
  // as root, nginx's workers run as "nobody".
  root = mkdtempSync(join(tmpdir(), 'portal-nginx-site-'));
  chmodSync(root, 0o755);
  cpSync(built, root, { recursive: true, dereference: true });
  writeFileSync(join(root, '.hidden.txt'), 'not part of the site\n');
  // A row below must ask for a document that exists, or a 404 proves nothing.
  assert.ok(existsSync(join(root, searchDocument, 'index.html')), 'a search document to ask for');
  let pageHeaders;
  ({ headers, pageHeaders } = await readBuiltHeaders(root));
  const home = readFileSync(join(root, 'en/index.html'), 'utf8');
  assets = {
    client: /<link rel="modulepreload" href="([^"]+)"/.exec(home)[1],
    css: /<link rel="stylesheet" href="([^"]+)"/.exec(home)[1],
  };
  node = createPortalServer({ root, headers, pageHeaders });
  await new Promise((resolve) => node.listen(0, '127.0.0.1', resolve));
  ports.node = node.address().port;
  ports.nginx = await freePort();
  nginx = await startNginx({ root, headers, pageHeaders, port: ports.nginx, workers: 1 });
});

after(async () => {
  node?.close();
  node?.closeAllConnections();
  await nginx?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** One request with the path exactly as given and the raw body. */
function send(port, path, requestHeaders = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method, headers: requestHeaders, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The decoded body, whatever encoding was chosen. */
function decoded(response) {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body);
  if (encoding === 'gzip') return gunzipSync(response.body);
  return response.body;
}

const BR = { 'Accept-Encoding': 'gzip, deflate, br' };

// Each request both servers must answer alike. `revalidate` first fetches the path from the same
// server and sends its ETag back (the two servers' ETags differ, their 304s must not).
const requests = () => [
  { label: 'page', path: '/en/' },
  { label: 'page, br', path: '/zh/columns/news/', headers: BR },
  { label: 'page, gzip', path: '/en/columns/news/', headers: { 'Accept-Encoding': 'gzip' } },
  { label: 'page, br refused', path: '/en/', headers: { 'Accept-Encoding': 'br;q=0, gzip' } },
  // Pages have no gzip copy: both servers gzip them as they go, whole even when a range is asked.
  { label: 'page, gzip, range', path: '/zh/', headers: { 'Accept-Encoding': 'gzip', Range: 'bytes=0-9' } },
  { label: 'page, gzip, HEAD', path: '/en/', method: 'HEAD', headers: { 'Accept-Encoding': 'gzip' } },
  { label: 'page, deflate only', path: '/en/', headers: { 'Accept-Encoding': 'deflate' } },
  { label: 'page, identity, range', path: '/en/', headers: { Range: 'bytes=0-9' } },
  { label: '404, gzip', path: '/en/no-such-page/', headers: { 'Accept-Encoding': 'gzip' }, lang: 'en' },
  // Accept-Encoding as either server might read it differently (each failed on the Node server).
  { label: 'page, gzip or deflate', path: '/en/', headers: { 'Accept-Encoding': 'gzip;q=0.5, deflate' } },
  {
    label: 'page, gzip after identity',
    path: '/en/',
    headers: { 'Accept-Encoding': 'gzip;q=0.5, identity' },
  },
  {
    label: 'page, gzip after identity, range',
    path: '/en/',
    headers: { 'Accept-Encoding': 'gzip;q=0.5, identity', Range: 'bytes=0-9' },
  },
  { label: 'page, spaces before ";"', path: '/en/', headers: { 'Accept-Encoding': 'gzip ; q=1' } },
  { label: 'page, br with spaces', path: '/en/', headers: { 'Accept-Encoding': 'gzip, br ;q=1' } },
  {
    label: 'page, gzip through a proxy',
    path: '/en/',
    headers: { 'Accept-Encoding': 'gzip', Via: '1.1 cdn' },
  },
  {
    label: 'hashed script, gzip through a proxy',
    path: assets.client,
    headers: { 'Accept-Encoding': 'gzip', Via: '1.1 cdn' },
  },
  { label: 'page, identity', path: '/zh/', headers: { 'Accept-Encoding': 'identity' } },
  { label: 'site root', path: '/', headers: BR },
  // The search pages' policy allows WebAssembly (dist/page-headers.json); no other page's does.
  { label: 'search page', path: '/zh/search/', headers: BR },
  { label: 'search page by file name', path: '/en/search/index.html' },
  { label: 'page by file name', path: '/en/index.html', headers: BR },
  { label: 'HEAD', path: '/en/', method: 'HEAD', headers: BR },
  { label: '304', path: '/zh/', headers: BR, revalidate: true },
  { label: 'hashed script, br', path: assets.client, headers: BR },
  { label: 'hashed script, identity', path: assets.client },
  { label: 'hashed stylesheet, gzip', path: assets.css, headers: { 'Accept-Encoding': 'gzip' } },
  { label: 'hashed script, 304', path: assets.client, headers: BR, revalidate: true },
  { label: 'hashed script, range', path: assets.client, headers: { Range: 'bytes=0-9' } },
  { label: 'unhashed icon', path: '/favicon.svg', headers: BR },
  { label: 'robots.txt (no copies)', path: '/robots.txt', headers: BR },
  { label: '301 for /zh', path: '/zh' },
  { label: '301 keeps the query', path: '/en/columns/news?page=2' },
  { label: '404 zh', path: '/zh/columns/no-such-column/', headers: BR, lang: 'zh-CN' },
  { label: '404 zh-hant', path: '/zh-hant/columns/no-such-column/', headers: BR, lang: 'zh-Hant' },
  { label: '404 en', path: '/en/no-such-page', headers: BR, lang: 'en' },
  { label: '404 elsewhere', path: '/no-such-page.html', lang: 'en' },
  { label: '404 HEAD', path: '/zh/no-such-page/', method: 'HEAD' },
  { label: 'copy by its own name', path: '/en/index.html.br', lang: 'en' },
  { label: 'copy by its own name, zh', path: '/zh/index.html.gz', headers: BR, lang: 'zh-CN' },
  { label: 'copy by its own name, upper case', path: '/en/INDEX.HTML.BR', lang: 'en' },
  { label: 'asset copy by its own name', path: `${assets.client}.br`, headers: BR, lang: 'en' },
  { label: 'dotfile', path: '/.hidden.txt', lang: 'en' },
  { label: 'search document', path: `/${searchDocument}`, lang: 'en' },
  { label: 'search document by file name', path: `/${searchDocument}index.html`, headers: BR, lang: 'en' },
  { label: 'folder without index.html', path: '/assets/', lang: 'en' },
  { label: 'POST', path: '/en/', method: 'POST' },
  { label: 'PUT', path: '/en/no-such-page', method: 'PUT' },
];

async function ask(server, { path, headers: requestHeaders = {}, method = 'GET', revalidate }) {
  const port = ports[server];
  if (!revalidate) return send(port, path, requestHeaders, method);
  const first = await send(port, path, requestHeaders);
  assert.ok(first.headers.etag, `${server} ${path}: ETag`);
  return send(port, path, { ...requestHeaders, 'If-None-Match': first.headers.etag }, method);
}

test('nginx answers every request as the Node server does', async () => {
  for (const row of requests()) {
    const [fromNode, fromNginx] = [await ask('node', row), await ask('nginx', row)];
    const label = `${row.label} (${row.method ?? 'GET'} ${row.path})`;
    assert.equal(fromNginx.status, fromNode.status, `${label}: status`);
    for (const name of Object.keys(headers)) {
      const key = name.toLowerCase();
      assert.equal(fromNginx.headers[key], fromNode.headers[key], `${label}: ${name}`);
    }
    assert.equal(
      fromNginx.headers['content-encoding'],
      fromNode.headers['content-encoding'],
      `${label}: Content-Encoding`,
    );
    for (const name of ['content-type', 'cache-control', 'vary', 'location', 'allow', 'content-range']) {
      if (fromNode.headers[name] === undefined) continue;
      assert.equal(fromNginx.headers[name], fromNode.headers[name], `${label}: ${name}`);
    }
    // A page gzipped as it is sent promises no ranges (Accept-Ranges on the precompressed copies
    // differs, as it did before: both answers are right).
    if (fromNode.headers['content-encoding'] === 'gzip' && !row.path.startsWith('/assets/')) {
      assert.equal(fromNode.headers['accept-ranges'], undefined, `${label}: Accept-Ranges`);
      assert.equal(fromNginx.headers['accept-ranges'], undefined, `${label}: Accept-Ranges`);
    }
    if (row.method === 'HEAD') {
      assert.equal(fromNginx.body.length, 0, `${label}: body`);
      // A HEAD is answered with the GET's headers.
      const get = await ask('node', { ...row, method: 'GET' });
      assert.equal(fromNode.headers['content-encoding'], get.headers['content-encoding'], `${label}: as GET`);
    } else if (fromNode.status === 200 || fromNode.status === 404) {
      assert.deepEqual(decoded(fromNginx), decoded(fromNode), `${label}: body`);
    }
    if (row.lang) {
      assert.equal(fromNginx.status, 404, label);
      assert.match(fromNginx.body.toString(), new RegExp(`<html lang="${row.lang}">`), `${label}: 404 page`);
    }
  }
});

test('the table covers documents with the full set, other responses with nosniff only', async () => {
  // Guards the parity test against passing on two servers that both lost the headers.
  const page = await send(ports.nginx, '/en/', BR);
  const script = await send(ports.nginx, assets.client, BR);
  const notFound = await send(ports.nginx, '/zh/no-such-page', BR);
  for (const response of [page, notFound]) {
    for (const [name, value] of Object.entries(headers))
      assert.equal(response.headers[name.toLowerCase()], value, name);
  }
  assert.equal(script.headers['x-content-type-options'], 'nosniff');
  assert.equal(script.headers['content-security-policy'], undefined);
  assert.equal(page.headers['content-encoding'], 'br');
  assert.equal(script.headers['cache-control'], 'public, max-age=31536000, immutable');
  assert.equal(page.headers['cache-control'], 'no-cache');
});

test('nginx never redirects a crafted path to another host', async () => {
  for (const path of [
    '/.//evil.com/x%2F%2E%2E%2F%2E%2E%2Fen',
    '/\\evil.com/x/..%2F..%2Fen',
    '//evil.com/..%2Fen',
    '/%2F%2Fevil.com/x/..%2F..%2Fen',
    '//evil.com/en',
  ]) {
    const response = await send(ports.nginx, path);
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.location;
      assert.doesNotMatch(location, /^[/\\]{2}|^[a-z]+:/i, `${path} → ${location}`);
    }
  }
});

test('nginx disconnects a client that stops reading a download', async () => {
  // The same defence as the Node server's idle timeout (30 s; 300 ms here, on its own nginx).
  const big = join(root, 'big.txt');
  writeFileSync(big, Buffer.alloc(64 * 1024 * 1024, 'a'));
  const strict = await startNginx({ root, headers, port: await freePort(), workers: 1, idleTimeout: 300 });
  const socket = connect(Number(new URL(strict.url).port), '127.0.0.1');
  let received = 0;
  const closed = new Promise((resolve) => {
    socket.on('data', (chunk) => {
      received += chunk.length;
    });
    socket.on('error', () => {}); // nginx resets a timed-out connection
    socket.once('close', () => resolve(true));
  });
  try {
    socket.write('GET /big.txt HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\n\r\n');
    // Read the first bytes, then nothing for well past the timeout, then read what is left.
    await new Promise((resolve) => socket.once('data', resolve));
    socket.pause();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    socket.resume();
    const result = await Promise.race([
      closed,
      new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    assert.equal(result, true, 'still open 5 s after the client stopped reading');
    assert.ok(received < 64 * 1024 * 1024, `the whole file was sent (${received} bytes)`);
  } finally {
    socket.destroy();
    await strict.stop();
    rmSync(big);
  }
});

test('nginx sends the search pages their own policy, which alone allows WebAssembly', async () => {
  for (const [path, search] of [
    ['/zh/search/', true],
    ['/en/search/index.html', true],
    ['/en/', false],
    ['/zh/columns/news/', false],
  ]) {
    const response = await send(ports.nginx, path, BR);
    assert.equal(response.status, 200, path);
    assert.equal(response.headers['content-security-policy'].includes("'wasm-unsafe-eval'"), search, path);
  }
});

test('nginx never answers 404 while a full build swaps the site', async () => {
  // Failed before, one request in tens of thousands: the swap renamed dist/ away, then the new
  // site in, and nginx found no page between the two renames. scripts/swap-site.mjs replaces a
  // link in one rename; swap-site.test.mjs shows the gap itself on the file system.
  const parent = mkdtempSync(join(tmpdir(), 'portal-nginx-swap-'));
  chmodSync(parent, 0o755);
  const dist = join(parent, 'dist');
  let made = 0;
  const newSite = () => {
    const folder = join(parent, `.dist-building-${made++}`);
    mkdirSync(join(folder, 'en'), { recursive: true, mode: 0o755 });
    for (const file of ['index.html', 'index.html.br'])
      cpSync(join(root, 'en', file), join(folder, 'en', file));
    return folder;
  };
  await swapSite(newSite(), dist);
  const port = await freePort();
  const server = await startNginx({ root: dist, headers, port, workers: 1 });
  const statuses = new Map();
  let swapping = true;
  try {
    const client = (async () => {
      while (swapping) {
        const { status } = await send(port, '/en/', BR);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    })();
    for (let swap = 0; swap < 100; swap++) {
      await swapSite(newSite(), dist);
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    swapping = false;
    await client;
  } finally {
    swapping = false;
    await server.stop();
    rmSync(parent, { recursive: true, force: true });
  }
  assert.ok((statuses.get(200) ?? 0) > 100, `requests ran during the swaps: ${[...statuses]}`);
  assert.deepEqual([...statuses.keys()], [200], `statuses during the swaps: ${[...statuses]}`);
});

test('started as root on a site in a private folder, nginx is not started and the folder is named', async (t) => {
  // Failed before: nginx started, and its workers ("nobody") answered every page with 403.
  if (process.getuid?.() !== 0)
    return t.skip('nginx runs its workers as another user only when started as root');
  const parent = mkdtempSync(join(tmpdir(), 'portal-nginx-private-'));
  chmodSync(parent, 0o700);
  try {
    const site = join(parent, 'dist');
    mkdirSync(join(site, 'en'), { recursive: true });
    cpSync(join(root, 'en', 'index.html'), join(site, 'en', 'index.html'));
    await assert.rejects(
      startNginx({ root: site, headers, port: await freePort(), workers: 1 }),
      new RegExp(`cannot enter ${parent.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} \\(mode 700\\)`),
    );
  } finally {
    rmSync(parent, { recursive: true, force: true });
  }
});
