// The portal's static server (scripts/server.mjs) against a copy of the built site: HTTP basics,
// precompressed copies, cache lifetimes, security headers, and the defects of the old server
// (a crash on a vanished file, leaked file descriptors, an open redirect).
import assert from 'node:assert/strict';
import fs, { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createPortalServer } from '../scripts/server.mjs';

const built = fileURLToPath(new URL('../dist', import.meta.url));
let root;
let server;
let port;
let headers;
let assets;

before(async () => {
  // A copy, so tests can remove files without touching apps/portal/dist.
  root = mkdtempSync(join(tmpdir(), 'portal-server-'));
  cpSync(built, root, { recursive: true });
  headers = JSON.parse(readFileSync(join(root, 'security-headers.json'), 'utf8'));
  const home = readFileSync(join(root, 'en/index.html'), 'utf8');
  assets = {
    // The island module the home page preloads (and imports).
    client: /<link rel="modulepreload" href="([^"]+)"/.exec(home)[1],
    css: /<link rel="stylesheet" href="([^"]+)"/.exec(home)[1],
  };
  server = createPortalServer({ root, headers });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
});

after(() => {
  server?.close();
  server?.closeAllConnections();
  if (root) rmSync(root, { recursive: true, force: true });
});

/** One request with the path exactly as given (nothing normalises it) and the raw body. */
function get(path, requestHeaders = {}, method = 'GET') {
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

const file = (path) => readFileSync(join(root, path));

function assertSecurityHeaders(response, label) {
  for (const [name, value] of Object.entries(headers)) {
    assert.equal(response.headers[name.toLowerCase()], value, `${label}: ${name}`);
  }
}

test('ETag with 304 on If-None-Match, Range with 206, Content-Length on plain responses', async () => {
  const page = await get('/en/');
  assert.equal(page.status, 200);
  assert.ok(page.headers.etag, 'ETag');
  assert.equal(Number(page.headers['content-length']), file('en/index.html').length);
  assert.deepEqual(page.body, file('en/index.html'));

  const again = await get('/en/', { 'If-None-Match': page.headers.etag });
  assert.equal(again.status, 304);
  assert.equal(again.body.length, 0);

  const script = await get(assets.client);
  assert.equal(script.status, 200);
  assert.equal(Number(script.headers['content-length']), file(assets.client).length);

  const part = await get(assets.client, { Range: 'bytes=100-199' });
  assert.equal(part.status, 206);
  assert.equal(part.headers['content-range'], `bytes 100-199/${file(assets.client).length}`);
  assert.equal(part.headers['content-length'], '100');
  assert.deepEqual(part.body, file(assets.client).subarray(100, 200));

  const beyond = await get(assets.client, { Range: 'bytes=99999999-' });
  assert.equal(beyond.status, 416);
});

test('a file removed between stat and open is answered, and the server keeps running', async () => {
  const target = join(root, 'en/columns/news/index.html');
  const saved = readFileSync(target);
  const uncaught = [];
  const onUncaught = (error) => uncaught.push(error);
  process.on('uncaughtException', onUncaught);
  // As when a rebuild replaces dist/ under load: the file is gone when the server opens it.
  const createReadStream = fs.createReadStream;
  fs.createReadStream = function (path, ...rest) {
    if (path === target) rmSync(target, { force: true });
    return createReadStream.call(this, path, ...rest);
  };
  syncBuiltinESMExports();
  try {
    const response = await Promise.race([
      get('/en/columns/news/').catch((error) => ({ error })),
      new Promise((resolve) => setTimeout(() => resolve({ timeout: true }), 5000)),
    ]);
    assert.equal(response.timeout, undefined, 'no answer within 5 s');
    // Nothing was sent yet, so the reader gets the 404 page rather than a cut-off response.
    assert.equal(response.status, 404);
    assert.match(response.body.toString(), /Page not found/);
    assertSecurityHeaders(response, 'vanished file');
  } finally {
    fs.createReadStream = createReadStream;
    syncBuiltinESMExports();
    fs.writeFileSync(target, saved);
    process.off('uncaughtException', onUncaught);
  }
  assert.deepEqual(uncaught, []);
  assert.equal((await get('/en/columns/news/')).status, 200);
});

test('1,000 aborted plain downloads of the client script leak no file descriptors', async () => {
  const openFds = () => readdirSync('/proc/self/fd').length;
  const abort = () =>
    new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(`GET ${assets.client} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n`);
        socket.destroy();
      });
      socket.on('error', () => {});
      socket.on('close', resolve);
    });
  await get(assets.client);
  const before = openFds();
  for (let i = 0; i < 1000; i += 50) await Promise.all(Array.from({ length: 50 }, abort));
  let now = openFds();
  for (let wait = 0; wait < 40 && now > before + 10; wait++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    now = openFds();
  }
  assert.ok(now <= before + 10, `${now - before} file descriptors more than before`);
  assert.equal((await get(assets.client)).status, 200);
});

test('a crafted raw path never redirects to another host', async () => {
  for (const path of [
    '/.//evil.com/x%2F%2E%2E%2F%2E%2E%2Fen',
    '/\\evil.com/x/..%2F..%2Fen',
    '//evil.com/..%2Fen',
    '/%2F%2Fevil.com/x/..%2F..%2Fen',
  ]) {
    const response = await get(path);
    assertSecurityHeaders(response, path);
    if (response.status >= 300 && response.status < 400) {
      const location = response.headers.location;
      assert.doesNotMatch(location, /^[/\\]{2}/, `${path} → ${location}`);
      assert.equal(new URL(location, `http://127.0.0.1:${port}/`).host, `127.0.0.1:${port}`);
    }
  }
  // A plain directory path still gets its trailing slash.
  const redirect = await get('/en/columns/news?x=1');
  assert.equal(redirect.status, 301);
  assert.equal(redirect.headers.location, '/en/columns/news/?x=1');
});

test('precompressed copies: br preferred, then gzip, with Vary; never compressed on the fly', async () => {
  for (const [path, name] of [
    ['/en/', 'en/index.html'],
    [assets.client, assets.client],
    [assets.css, assets.css],
  ]) {
    const original = file(name);
    const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', path);
    assert.deepEqual(br.body, file(`${name}.br`));
    assert.deepEqual(brotliDecompressSync(br.body), original);
    assert.equal(Number(br.headers['content-length']), br.body.length);

    for (const accept of ['gzip', 'br;q=0, gzip']) {
      const gz = await get(path, { 'Accept-Encoding': accept });
      assert.equal(gz.headers['content-encoding'], 'gzip', `${path} ${accept}`);
      assert.deepEqual(gunzipSync(gz.body), original);
    }
    const plain = await get(path, { 'Accept-Encoding': 'identity' });
    assert.equal(plain.headers['content-encoding'], undefined);
    assert.deepEqual(plain.body, original);
    for (const response of [br, plain]) assert.match(response.headers.vary, /Accept-Encoding/i);
    assert.equal(br.headers['content-type'], plain.headers['content-type']);
  }
  // robots.txt is too small to gain from compression: the build wrote no copy, and the server
  // sends the file as it is.
  assert.throws(() => file('robots.txt.gz'), { code: 'ENOENT' });
  const robots = await get('/robots.txt', { 'Accept-Encoding': 'gzip, br' });
  assert.equal(robots.headers['content-encoding'], undefined);
  assert.deepEqual(robots.body, file('robots.txt'));
});

test('hashed assets are cached for a year, HTML is revalidated', async () => {
  for (const path of Object.values(assets)) {
    assert.match(path, /^\/assets\/[\w-]+\.(?:[0-9a-f]{10}|[A-Z0-9]{8})\.(js|css)$/);
    for (const accept of ['br', 'identity']) {
      const response = await get(path, { 'Accept-Encoding': accept });
      assert.equal(response.status, 200);
      assert.equal(response.headers['cache-control'], 'public, max-age=31536000, immutable', path);
    }
  }
  for (const path of ['/', '/en/', '/zh/columns/news/', '/en/nope']) {
    assert.equal((await get(path)).headers['cache-control'], 'no-cache', path);
  }
});

test('every response carries the security headers: 200, 206, 304, 301, 404, 405, 416, HEAD', async () => {
  const page = await get('/zh/');
  const responses = {
    200: page,
    'asset 200': await get(assets.client, { 'Accept-Encoding': 'br' }),
    206: await get(assets.client, { Range: 'bytes=0-9' }),
    304: await get('/zh/', { 'If-None-Match': page.headers.etag }),
    301: await get('/zh'),
    404: await get('/zh/no-such-page/'),
    405: await get('/en/', {}, 'POST'),
    416: await get(assets.client, { Range: 'bytes=99999999-' }),
    HEAD: await get('/en/', {}, 'HEAD'),
  };
  for (const [label, response] of Object.entries(responses)) {
    assert.equal(String(response.status), /^\d+$/.test(label) ? label : String(response.status), label);
    assertSecurityHeaders(response, label);
  }
});

test('unknown paths get the 404 page of their language with status 404', async () => {
  for (const [path, lang] of [
    ['/zh/columns/no-such-column/', 'zh-CN'],
    ['/en/no-such-page', 'en'],
    ['/no-such-page.html', 'en'],
  ]) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.match(response.body.toString(), new RegExp(`<html lang="${lang}">`), path);
  }
});
