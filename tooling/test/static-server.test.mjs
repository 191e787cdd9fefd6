// The static-server factory (tooling/static-server.mjs) as the tooling uses it, with no rules of
// the portal's: the portal's own server is tested in apps/portal/test/server.test.mjs.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliCompressSync, gunzipSync } from 'node:zlib';
import { COMPRESSIBLE } from '../../apps/portal/scripts/precompress.mjs';
import { COMPRESSIBLE_TYPES, createStaticServer } from '../static-server.mjs';

const root = mkdtempSync(join(tmpdir(), 'static-server-'));
mkdirSync(join(root, 'docs'));
writeFileSync(join(root, 'docs', 'index.html'), '<!doctype html><title>Docs</title>');
writeFileSync(join(root, 'app.js'), 'console.log("app");\n');
writeFileSync(join(root, 'app.js.br'), brotliCompressSync('console.log("app");\n'));
writeFileSync(join(root, 'missing.html'), '<!doctype html><title>Missing</title>');
writeFileSync(join(root, '.secret'), 'no');
let server;
let port;

before(async () => {
  server = createStaticServer({
    root,
    headers: { 'X-Test': 'every' },
    documentHeaders: () => ({ 'Content-Security-Policy': "default-src 'self'" }),
    notFound: () => 'missing.html',
    idleTimeout: 300,
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = server.address().port;
});

after(() => {
  server?.close();
  server?.closeAllConnections();
});

function get(path, headers = {}, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

test('a precompressed copy goes to a client that accepts it, with Vary, and never by its own name', async () => {
  const br = await get('/app.js', { 'Accept-Encoding': 'gzip, br' });
  assert.equal(br.headers['content-encoding'], 'br');
  assert.equal(br.headers['content-type'], 'text/javascript; charset=utf-8');
  assert.equal(br.headers.vary, 'Accept-Encoding');
  const plain = await get('/app.js', { 'Accept-Encoding': 'identity' });
  assert.equal(plain.headers['content-encoding'], undefined);
  assert.equal(plain.body.toString(), 'console.log("app");\n');
  const byName = await get('/app.js.br', { 'Accept-Encoding': 'identity' });
  assert.equal(byName.status, 404);
  assert.equal(byName.headers['content-encoding'], undefined);
});

test('a file with only a .br copy is gzipped as it is sent to a gzip client; one without copies never', async () => {
  for (const accept of ['gzip', 'br;q=0, gzip', 'deflate, gzip']) {
    const gz = await get('/app.js', { 'Accept-Encoding': accept });
    assert.equal(gz.status, 200, accept);
    assert.equal(gz.headers['content-encoding'], 'gzip', accept);
    assert.equal(gz.headers['content-type'], 'text/javascript; charset=utf-8');
    assert.equal(gz.headers.vary, 'Accept-Encoding');
    assert.equal(gunzipSync(gz.body).toString(), 'console.log("app");\n');
  }
  // Gzip whenever this server reads Accept-Encoding as accepting it and not br: the middleware
  // that compresses never chooses again (it chose deflate, identity or br for these).
  for (const accept of [
    'gzip;q=0.5, deflate',
    'gzip;q=0.5, identity',
    'identity, gzip;q=0.9',
    'gzip ; q=1',
  ]) {
    for (const method of ['GET', 'HEAD']) {
      const response = await get('/app.js', { 'Accept-Encoding': accept, Range: 'bytes=0-6' }, method);
      // A HEAD has the GET's headers, and no body. A range cannot be cut from a body compressed
      // as it goes: the whole is sent, and no Accept-Ranges promises otherwise.
      assert.equal(response.status, 200, `${method} ${accept}`);
      assert.equal(response.headers['content-encoding'], 'gzip', `${method} ${accept}`);
      assert.equal(response.headers['content-length'], undefined, `${method} ${accept}`);
      assert.equal(response.headers['accept-ranges'], undefined, `${method} ${accept}`);
      if (method === 'HEAD') assert.equal(response.body.length, 0);
      else assert.equal(gunzipSync(response.body).toString(), 'console.log("app");\n');
    }
  }
  // Revalidated, the gzip answer's 304 does not bring Accept-Ranges back into a cache's copy.
  const first = await get('/app.js', { 'Accept-Encoding': 'gzip' });
  const revalidated = await get('/app.js', {
    'Accept-Encoding': 'gzip',
    'If-None-Match': first.headers.etag,
  });
  assert.equal(revalidated.status, 304);
  assert.equal(revalidated.headers['accept-ranges'], undefined);
  // "br ;q=1" accepts br: the .br copy goes, not a compression on the fly.
  const spaced = await get('/app.js', { 'Accept-Encoding': 'gzip, br ;q=1' });
  assert.equal(spaced.headers['content-encoding'], 'br');
  assert.equal(Number(spaced.headers['content-length']), spaced.body.length);
  // Without gzip, or for a file without a .br copy, the file goes as it is.
  const deflate = await get('/app.js', { 'Accept-Encoding': 'deflate' });
  assert.equal(deflate.headers['content-encoding'], undefined);
  assert.equal(deflate.body.toString(), 'console.log("app");\n');
  const docs = await get('/docs/', { 'Accept-Encoding': 'gzip' });
  assert.equal(docs.headers['content-encoding'], undefined);
  assert.equal(docs.body.toString(), '<!doctype html><title>Docs</title>');
  // Nor a 404 page.
  const missing = await get('/nope', { 'Accept-Encoding': 'gzip' });
  assert.equal(missing.status, 404);
  assert.equal(missing.headers['content-encoding'], undefined);
  assert.equal(missing.body.toString(), '<!doctype html><title>Missing</title>');
});

test('documents get the document headers, every response the shared ones', async () => {
  const page = await get('/docs/');
  assert.equal(page.headers['content-security-policy'], "default-src 'self'");
  assert.equal(page.headers['x-test'], 'every');
  const script = await get('/app.js');
  assert.equal(script.headers['content-security-policy'], undefined);
  assert.equal(script.headers['x-test'], 'every');
  assert.equal(script.headers['cache-control'], 'no-cache');
});

test('unknown paths, dotfiles and paths outside the root get the 404 page', async () => {
  for (const path of ['/nope', '/.secret', '/../../etc/passwd', '/docs/%2e%2e/%2e%2e/etc/passwd']) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.match(response.body.toString(), /Missing/, path);
    assert.equal(response.headers['content-security-policy'], "default-src 'self'", path);
  }
});

test('a folder without its slash is redirected on a plain path only; other methods get 405', async () => {
  assert.equal((await get('/docs?x=1')).headers.location, '/docs/?x=1');
  assert.equal((await get('//docs')).status, 404);
  const post = await get('/docs/', {}, 'POST');
  assert.equal(post.status, 405);
  assert.equal(post.headers.allow, 'GET, HEAD');
});

test('ranges and revalidation are answered', async () => {
  const range = await get('/app.js', { Range: 'bytes=0-6' });
  assert.equal(range.status, 206);
  assert.equal(range.body.toString(), 'console');
  const first = await get('/app.js');
  const again = await get('/app.js', { 'If-None-Match': first.headers.etag });
  assert.equal(again.status, 304);
});

test('a client that sends nothing is disconnected after the idle timeout', async () => {
  const socket = connect(port, '127.0.0.1');
  const closed = await Promise.race([
    new Promise((resolve) => socket.on('close', () => resolve(true))),
    new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
  ]);
  socket.destroy();
  assert.ok(closed, 'closed within 5 s');
});

test('the server knows the type of every file the portal build precompresses', () => {
  assert.deepEqual(new Set(Object.keys(COMPRESSIBLE_TYPES)), COMPRESSIBLE);
});
