// The portal's static server (scripts/server.mjs) against a copy of the built site: HTTP basics,
// precompressed copies, cache lifetimes, security headers, and the defects of the old server
// (a crash on a vanished file, leaked file descriptors, an open redirect).
import assert from 'node:assert/strict';
import fs, { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { syncBuiltinESMExports } from 'node:module';
import { connect, createServer } from 'node:net';
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createPortalServer, portFromEnv } from '../scripts/server.mjs';

const built = fileURLToPath(new URL('../dist', import.meta.url));
let root;
let server;
let port;
let headers;
let assets;

before(async () => {
  // A copy, so tests can remove files without touching apps/portal/dist.
  root = mkdtempSync(join(tmpdir(), 'portal-server-'));
  cpSync(built, root, { recursive: true, dereference: true });
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

test('precompressed copies: br preferred, then gzip, with Vary; pages gzipped as they are sent', async () => {
  for (const [path, name] of [
    ['/en/', 'en/index.html'],
    ['/zh/columns/news/', 'zh/columns/news/index.html'],
    [assets.client, assets.client],
    [assets.css, assets.css],
  ]) {
    const original = file(name);
    const br = await get(path, { 'Accept-Encoding': 'gzip, deflate, br' });
    assert.equal(br.headers['content-encoding'], 'br', path);
    assert.deepEqual(br.body, file(`${name}.br`));
    assert.deepEqual(brotliDecompressSync(br.body), original);
    assert.equal(Number(br.headers['content-length']), br.body.length);

    // A page has no gzip copy (the build writes only .br for pages): a gzip client gets it
    // gzipped as it is sent. An asset's gzip copy is sent as it is.
    const page = name.endsWith('.html');
    if (page) assert.throws(() => file(`${name}.gz`), { code: 'ENOENT' }, name);
    for (const accept of ['gzip', 'br;q=0, gzip', 'deflate, gzip']) {
      const gz = await get(path, { 'Accept-Encoding': accept });
      assert.equal(gz.status, 200, `${path} ${accept}`);
      assert.equal(gz.headers['content-encoding'], 'gzip', `${path} ${accept}`);
      assert.deepEqual(gunzipSync(gz.body), original);
      if (!page) assert.deepEqual(gz.body, file(`${name}.gz`));
      assert.match(gz.headers.vary, /Accept-Encoding/i);
      assert.equal(gz.headers['content-type'], br.headers['content-type']);
    }
    // A byte range of a page gzipped as it goes cannot be cut: the whole page is sent (as nginx
    // does); an asset's range is of the file as it is.
    const range = await get(path, { 'Accept-Encoding': 'gzip', Range: 'bytes=0-9' });
    assert.equal(range.status, page ? 200 : 206, `${path} range`);
    if (page) assert.deepEqual(gunzipSync(range.body), original);
    // A client that accepts neither gets the page as it is.
    const deflateOnly = await get(path, { 'Accept-Encoding': 'deflate' });
    assert.equal(deflateOnly.headers['content-encoding'], undefined, `${path} deflate`);
    assert.deepEqual(deflateOnly.body, original);
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
  for (const accept of ['gzip', 'br;q=0, gzip']) {
    // Nor is anything else without a .br copy compressed on the fly; 404 pages go as they are.
    const notFound = await get('/zh/no-such-page/', { 'Accept-Encoding': accept });
    assert.equal(notFound.status, 404);
    assert.equal(notFound.headers['content-encoding'], undefined, accept);
    assert.match(notFound.body.toString(), /<html lang="zh-CN">/);
    assert.equal(
      (await get('/robots.txt', { 'Accept-Encoding': accept })).headers['content-encoding'],
      undefined,
    );
  }
});

test('every HTML file the build writes has a .br copy and no .gz copy', () => {
  // What both servers rely on to gzip the same files as they send them: the Node server gzips a
  // file with a .br copy and no .gz one, nginx every HTML file without a .gz copy.
  const html = readdirSync(root, { recursive: true }).filter(
    (path) => path.endsWith('.html') && !path.startsWith('.'),
  );
  assert.ok(html.length > 20, `${html.length} HTML files`);
  const names = new Set(readdirSync(root, { recursive: true }));
  for (const path of html) {
    assert.ok(names.has(`${path}.br`), `${path}.br`);
    assert.ok(!names.has(`${path}.gz`), `${path}.gz`);
  }
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

test('documents carry the security headers; every other response only nosniff', async () => {
  const page = await get('/zh/');
  const documents = {
    200: page,
    304: await get('/zh/', { 'If-None-Match': page.headers.etag }),
    'br 200': await get('/en/', { 'Accept-Encoding': 'br' }),
    404: await get('/zh/no-such-page/'),
    HEAD: await get('/en/', {}, 'HEAD'),
  };
  const others = {
    'asset 200': await get(assets.client, { 'Accept-Encoding': 'br' }),
    'css 200': await get(assets.css),
    206: await get(assets.client, { Range: 'bytes=0-9' }),
    301: await get('/zh'),
    405: await get('/en/', {}, 'POST'),
    416: await get(assets.client, { Range: 'bytes=99999999-' }),
    'robots 200': await get('/robots.txt'),
  };
  for (const [label, response] of Object.entries({ ...documents, ...others })) {
    assert.equal(String(response.status), /^\d+$/.test(label) ? label : String(response.status), label);
  }
  for (const [label, response] of Object.entries(documents)) assertSecurityHeaders(response, label);
  // Failed before: the whole set, about 1 KB, went out with every script, stylesheet and image.
  for (const [label, response] of Object.entries(others)) {
    assert.equal(response.headers['x-content-type-options'], 'nosniff', label);
    for (const name of Object.keys(headers).filter((name) => name !== 'X-Content-Type-Options')) {
      assert.equal(response.headers[name.toLowerCase()], undefined, `${label}: ${name}`);
    }
  }
});

test('a precompressed copy asked for by its own name is not sent', async () => {
  // Failed before: /en/index.html.br went out with Content-Encoding: br to a client that accepts
  // no encoding at all, which showed it binary garbage.
  // Percent-encoded, the name is the same file to the file server (the encoded forms failed).
  for (const path of [
    '/en/index.html.br',
    '/en/index.html.gz',
    `${assets.client}.br`,
    '/en/INDEX.HTML.BR',
    '/en/index.html%2Ebr',
    '/en/index.html%2egz',
    `${assets.client}%2Ebr`,
    '/en/index.html.%62r',
  ]) {
    const response = await get(path, { 'Accept-Encoding': 'identity' });
    assert.equal(response.status, 404, path);
    assert.equal(response.headers['content-encoding'], undefined, path);
    assert.match(response.body.toString(), /Page not found/, path);
  }
});

test('a client that stops reading a download is disconnected after the idle timeout', async () => {
  // Failed before: the connection, and the file it was reading, stayed open for as long as the
  // client kept it, so a few hundred such clients held the server's sockets and descriptors.
  const big = join(root, 'big.txt');
  fs.writeFileSync(big, Buffer.alloc(64 * 1024 * 1024, 'a'));
  const strict = createPortalServer({ root, headers, idleTimeout: 300 });
  await new Promise((resolve) => strict.listen(0, '127.0.0.1', resolve));
  // The server's side of the connection: closed means the server let it go.
  const serverSideClosed = new Promise((resolve) =>
    strict.once('connection', (socket) => socket.once('close', () => resolve(true))),
  );
  const socket = connect(strict.address().port, '127.0.0.1');
  socket.on('error', () => {});
  try {
    socket.write('GET /big.txt HTTP/1.1\r\nHost: localhost\r\nAccept-Encoding: identity\r\n\r\n');
    // Read the first bytes, then never again.
    await new Promise((resolve) => socket.once('data', resolve));
    socket.pause();
    const closed = await Promise.race([
      serverSideClosed,
      new Promise((resolve) => setTimeout(() => resolve(false), 5000)),
    ]);
    assert.equal(closed, true, 'still open 5 s after the client stopped reading');
  } finally {
    socket.destroy();
    strict.close();
    strict.closeAllConnections();
    rmSync(big);
  }
});

test('a request during the build’s swap of dist/ is served from the new site, never a 404', async () => {
  // The build swaps with two renames (dist → old, new → dist). Failed before: a request arriving
  // between them got the 404 page.
  const site = mkdtempSync(join(tmpdir(), 'portal-swap-'));
  const live = join(site, 'dist');
  cpSync(root, live, { recursive: true });
  const swapping = createPortalServer({ root: live, headers });
  await new Promise((resolve) => swapping.listen(0, '127.0.0.1', resolve));
  try {
    const old = join(site, '.dist-old');
    fs.renameSync(live, old);
    const renamedBack = new Promise((resolve) =>
      setTimeout(() => {
        fs.renameSync(old, live);
        resolve();
      }, 50),
    );
    const answer = await new Promise((resolve, reject) => {
      const req = request(
        { host: '127.0.0.1', port: swapping.address().port, path: '/zh/columns/news/', agent: false },
        (res) => {
          const chunks = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
        },
      );
      req.on('error', reject);
      req.end();
    });
    await renamedBack;
    assert.equal(answer.status, 200);
    assert.match(answer.body, /<html lang="zh-CN">/);
  } finally {
    swapping.close();
    swapping.closeAllConnections();
    rmSync(site, { recursive: true, force: true });
  }
});

test('unknown paths get the 404 page of their language with status 404', async () => {
  for (const [path, lang] of [
    ['/zh/columns/no-such-column/', 'zh-CN'],
    ['/zh-hant/columns/no-such-column/', 'zh-Hant'],
    ['/en/no-such-page', 'en'],
    ['/no-such-page.html', 'en'],
  ]) {
    const response = await get(path);
    assert.equal(response.status, 404, path);
    assert.match(response.body.toString(), new RegExp(`<html lang="${lang}">`), path);
  }
});

test('_headers, for static hosts, lets each page keep its own script policy', () => {
  // Such hosts send every rule matching a path, and a page under two policies runs only what both
  // allow. Failed before: the site-wide policy's script-src, without 'wasm-unsafe-eval', also
  // bound the search pages, whose search could not compile.
  const rules = readFileSync(join(root, '_headers'), 'utf8');
  const siteWide = /^\/\*\n((?: {2}.+\n)+)/m.exec(rules)[1];
  const policy = /Content-Security-Policy: (.+)/.exec(siteWide)[1].split('; ');
  assert.ok(policy.includes("frame-ancestors 'none'"), 'framing is still refused by the header');
  assert.ok(
    !policy.some((directive) => /^(script-src|default-src)\b/.test(directive)),
    `nothing that governs scripts for every page: ${policy.join('; ')}`,
  );
  // Each page's own policy, in its <meta>, carries its scripts' rules: the search pages' allows
  // WebAssembly.
  for (const [page, wasm] of [
    ['en/search/index.html', true],
    ['zh/search/index.html', true],
    ['en/index.html', false],
  ]) {
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/
      .exec(readFileSync(join(root, page), 'utf8'))[1]
      .replaceAll('&#39;', "'");
    const scripts = meta.split('; ').find((directive) => directive.startsWith('script-src'));
    assert.ok(scripts && meta.startsWith("default-src 'none'"), `${page}: its own policy: ${meta}`);
    assert.equal(scripts.includes("'wasm-unsafe-eval'"), wasm, `${page}: ${scripts}`);
  }
});

/** The local addresses of the sockets listening on `port` (Linux: /proc/net/tcp and tcp6). */
function listeningAddresses(port) {
  const addresses = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let lines = [];
    try {
      lines = readFileSync(table, 'utf8').trim().split('\n').slice(1);
    } catch {
      continue; // no IPv6
    }
    for (const line of lines) {
      const [, local, , state] = line.trim().split(/\s+/);
      const [address, hexPort] = local.split(':');
      // 0A: listening.
      if (state === '0A' && parseInt(hexPort, 16) === port) addresses.push(address);
    }
  }
  return addresses;
}

test('`npm run serve` listens on localhost only, unless HOST says otherwise', async (t) => {
  // Failed before: it listened on every interface, unlike `npm start`.
  if (!fs.existsSync('/proc/net/tcp')) return t.skip('reads the listening sockets from Linux /proc');
  const free = await new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
  const child = spawn(process.execPath, [fileURLToPath(new URL('../scripts/serve.mjs', import.meta.url))], {
    env: { ...process.env, PORT: String(free), HOST: '' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const [line] = await once(child.stdout, 'data');
    assert.match(line.toString(), new RegExp(`http://localhost:${free}/`));
    const addresses = listeningAddresses(free);
    assert.ok(addresses.length > 0, 'listening');
    // 127.0.0.1 and ::1 as the kernel writes them.
    for (const address of addresses) {
      assert.ok(['0100007F', '00000000000000000000000001000000'].includes(address), address);
    }
    assert.equal((await fetch(`http://localhost:${free}/en/`)).status, 200);
  } finally {
    child.kill();
  }
});

test('PORT: unset or empty is 4173; anything but a port number is refused by every server script', () => {
  // Failed before: PORT=abc (or 0, 65536, 1e3) fell back to 4173 silently.
  assert.equal(portFromEnv(undefined), 4173);
  assert.equal(portFromEnv(''), 4173);
  assert.equal(portFromEnv(' 8080 '), 8080);
  assert.equal(portFromEnv('65535'), 65535);
  for (const value of ['abc', '0', '65536', '1e3', '80x', '-1', '8080.5', '0x50']) {
    assert.throws(() => portFromEnv(value), /PORT must be a whole number from 1 to 65535/, value);
  }
  assert.throws(() => portFromEnv('65535', { highest: 65534 }), /from 1 to 65534/);
  const scripts = [
    ['serve.mjs', 'abc'],
    ['serve-nginx.mjs', 'abc'],
    ['nginx-config.mjs', 'abc'],
    ['../../../scripts/serve-with-storybook.mjs', '65535'],
  ];
  for (const [script, value] of scripts) {
    const run = spawnSync(
      process.execPath,
      [fileURLToPath(new URL(`../scripts/${script}`, import.meta.url))],
      {
        env: { ...process.env, PORT: value },
        encoding: 'utf8',
        timeout: 20_000,
      },
    );
    assert.equal(run.status, 1, `${script}: ${run.stderr}`);
    assert.match(
      run.stderr,
      new RegExp(`PORT\\)? must be a whole number from 1 to \\d+, not "${value}"`),
      script,
    );
    assert.equal(run.stdout, '', script);
  }
});
