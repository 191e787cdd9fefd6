// The full build's swap of dist/ (scripts/swap-site.mjs): a reader looking at dist/ while sites are
// swapped again and again always finds a whole site, and nothing is left behind.
import assert from 'node:assert/strict';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import { sitesFolder, swapSite } from '../scripts/swap-site.mjs';

const work = mkdtempSync(join(tmpdir(), 'portal-swap-site-'));
after(() => rmSync(work, { recursive: true, force: true }));

let made = 0;
/** A finished build beside `dist`, its home page saying `text`. */
function builtSite(parent, text) {
  const folder = join(parent, `.dist-building-${made++}`);
  mkdirSync(join(folder, 'en'), { recursive: true });
  writeFileSync(join(folder, 'en', 'index.html'), text);
  return folder;
}

test('a reader never finds dist/ missing while sites are swapped', async () => {
  const parent = join(work, 'reader');
  mkdirSync(parent);
  const dist = join(parent, 'dist');
  await swapSite(builtSite(parent, 'site 0'), dist);

  // Another thread reads the home page as fast as it can, as a server's would, until told to stop.
  const stopFlag = new SharedArrayBuffer(4);
  const reader = new Worker(
    `const { readFileSync } = require('node:fs');
     const { parentPort, workerData } = require('node:worker_threads');
     const view = new Int32Array(workerData.flag);
     let reads = 0, missing = 0;
     while (Atomics.load(view, 0) === 0) {
       try { readFileSync(workerData.page); reads++; }
       catch (error) { if (error.code === 'ENOENT') missing++; else throw error; }
     }
     parentPort.postMessage({ reads, missing });`,
    { eval: true, workerData: { page: join(dist, 'en', 'index.html'), flag: stopFlag } },
  );
  const stop = new Int32Array(stopFlag);
  try {
    for (let swap = 1; swap <= 300; swap++) await swapSite(builtSite(parent, `site ${swap}`), dist);
  } finally {
    Atomics.store(stop, 0, 1);
  }
  const { reads, missing } = await new Promise((resolve, reject) => {
    reader.once('message', resolve);
    reader.once('error', reject);
  });
  assert.ok(reads > 300, `the reader ran alongside the swaps (${reads} reads)`);
  assert.equal(missing, 0, `${missing} of ${reads + missing} reads found no home page`);
  assert.equal(readFileSync(join(dist, 'en', 'index.html'), 'utf8'), 'site 300');
});

test('a reader already inside the replaced site still finds its pages after the swap', async () => {
  const parent = join(work, 'inside');
  mkdirSync(parent);
  const dist = join(parent, 'dist');
  await swapSite(builtSite(parent, 'old'), dist);
  // Where a lookup that followed dist/ just before the rename has got to.
  const inside = realpathSync(dist);
  await swapSite(builtSite(parent, 'new'), dist, { keepFor: 0 });
  assert.equal(readFileSync(join(dist, 'en', 'index.html'), 'utf8'), 'new');
  assert.equal(readFileSync(join(inside, 'en', 'index.html'), 'utf8'), 'old');
});

test('a retired site is removed by a later swap once kept long enough, and nothing else is left', async () => {
  const parent = join(work, 'tidy');
  mkdirSync(parent);
  const dist = join(parent, 'dist');
  const sitesNow = () => readdirSync(sitesFolder(dist)).map((name) => join(sitesFolder(dist), name));
  await swapSite(builtSite(parent, 'site 0'), dist);
  const first = realpathSync(dist);
  await swapSite(builtSite(parent, 'site 1'), dist);
  const second = realpathSync(dist);
  // Swapped again within the time a retired site is kept: both earlier sites stay.
  await swapSite(builtSite(parent, 'site 2'), dist);
  assert.deepEqual(
    sitesNow()
      .map((folder) => realpathSync(folder))
      .sort(),
    [first, second, realpathSync(dist)].sort(),
  );

  // Later: the site replaced now stays for its readers; those retired long enough ago go.
  const third = realpathSync(dist);
  await swapSite(builtSite(parent, 'site 3'), dist, { keepFor: 0 });
  assert.ok(lstatSync(dist).isSymbolicLink());
  assert.equal(readFileSync(join(dist, 'en', 'index.html'), 'utf8'), 'site 3');
  assert.deepEqual(
    sitesNow()
      .map((folder) => realpathSync(folder))
      .sort(),
    [third, realpathSync(dist)].sort(),
  );
  assert.deepEqual(readdirSync(parent).sort(), ['.dist-sites', 'dist']);
});

test('a site another build has just moved in beside dist/ is not taken for an old one', async () => {
  const parent = join(work, 'concurrent');
  mkdirSync(parent);
  const dist = join(parent, 'dist');
  await swapSite(builtSite(parent, 'live'), dist);
  // A second build's site, moved in a moment ago and about to be linked.
  const arriving = join(sitesFolder(dist), 'zzzz-other-build');
  mkdirSync(join(arriving, 'en'), { recursive: true });
  writeFileSync(join(arriving, 'en', 'index.html'), 'arriving');
  await swapSite(builtSite(parent, 'newer'), dist, { keepFor: 5_000 });
  assert.ok(existsSync(join(arriving, 'en', 'index.html')));
  // A folder left long ago (a build killed between its move and its link) is removed.
  const now = new Date();
  utimesSync(arriving, new Date(now - 10_000), new Date(now - 10_000));
  await swapSite(builtSite(parent, 'newest'), dist, { keepFor: 5_000 });
  assert.ok(!existsSync(arriving));
});

test('a dist/ folder from an older build is replaced by the link, its files removed', async () => {
  const parent = join(work, 'older');
  mkdirSync(join(parent, 'dist', 'en'), { recursive: true });
  writeFileSync(join(parent, 'dist', 'en', 'index.html'), 'old layout');
  const dist = join(parent, 'dist');
  await swapSite(builtSite(parent, 'linked'), dist);
  assert.ok(lstatSync(dist).isSymbolicLink());
  assert.equal(readFileSync(join(dist, 'en', 'index.html'), 'utf8'), 'linked');
  assert.deepEqual(readdirSync(parent).sort(), ['.dist-sites', 'dist']);
});

test('a dist/ that links to a folder of the user’s own leaves that folder alone', async () => {
  const parent = join(work, 'own-link');
  const own = join(work, 'own-site');
  mkdirSync(join(own, 'en'), { recursive: true });
  writeFileSync(join(own, 'en', 'index.html'), 'mine');
  mkdirSync(parent);
  const dist = join(parent, 'dist');
  symlinkSync(own, dist);
  await swapSite(builtSite(parent, 'built'), dist);
  assert.equal(readFileSync(join(dist, 'en', 'index.html'), 'utf8'), 'built');
  assert.equal(readFileSync(join(own, 'en', 'index.html'), 'utf8'), 'mine');
  assert.ok(existsSync(own));
});
