// `npm start` (scripts/serve-with-storybook.mjs): the portal and Storybook on two origins, PORT and
// PORT + 1, on localhost only. Failed before: Storybook was served at /storybook/ on the portal's
// origin with 'unsafe-inline' scripts, on every interface.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startServers } from '../../scripts/serve-with-storybook.mjs';

const portalRoot = mkdtempSync(join(tmpdir(), 'start-portal-'));
const storybookRoot = mkdtempSync(join(tmpdir(), 'start-storybook-'));
writeFileSync(join(portalRoot, 'index.html'), '<!doctype html><title>Portal</title>');
writeFileSync(join(storybookRoot, 'index.html'), '<!doctype html><title>Storybook</title>');
const portalHeaders = { 'Content-Security-Policy': "default-src 'none'; script-src 'self'" };

/** A port whose successor is free too. */
async function freePortPair() {
  for (;;) {
    const port = await new Promise((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port: found } = probe.address();
        probe.close(() => resolve(found));
      });
    });
    const next = await new Promise((resolve) => {
      const probe = createServer()
        .once('error', () => resolve(false))
        .listen(port + 1, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (next && port < 65535) return port;
  }
}

let servers;
let port;
before(async () => {
  port = await freePortPair();
  servers = await startServers({ portalRoot, portalHeaders, storybookRoot, port, host: '127.0.0.1' });
});
after(() => {
  servers?.portal.close();
  servers?.storybook.close();
});

test('the portal is on PORT with its own policy, and has no /storybook/', async () => {
  const home = await fetch(`http://127.0.0.1:${port}/`);
  assert.match(await home.text(), /<title>Portal/);
  assert.doesNotMatch(home.headers.get('content-security-policy'), /unsafe-inline/);
  assert.equal((await fetch(`http://127.0.0.1:${port}/storybook/`)).status, 404);
});

test('Storybook is on PORT + 1 with its own policy', async () => {
  const storybook = await fetch(`http://127.0.0.1:${port + 1}/`);
  assert.match(await storybook.text(), /<title>Storybook/);
  assert.match(storybook.headers.get('content-security-policy'), /script-src 'self' 'unsafe-inline'/);
});

test('both listen on the loopback interface only unless HOST says otherwise', async () => {
  for (const server of [servers.portal, servers.storybook]) {
    assert.equal(server.address().address, '127.0.0.1');
  }
  const defaults = await startServers({
    portalRoot,
    portalHeaders,
    storybookRoot,
    port: await freePortPair(),
  });
  try {
    for (const server of [defaults.portal, defaults.storybook]) {
      assert.match(server.address().address, /^(127\.0\.0\.1|::1)$/);
    }
  } finally {
    defaults.portal.close();
    defaults.storybook.close();
  }
});
