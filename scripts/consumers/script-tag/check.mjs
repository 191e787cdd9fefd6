// A page without a bundler: one <script type="module"> loading civic-elements.min.js from the
// installed @civic-elements/all. Every component of tooling/components.mjs must be in that file,
// so a new component is rendered here with no edit.
// Run alone: node --test scripts/consumers/script-tag/check.mjs
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { components } from '@civic-elements/tooling/components.mjs';
import {
  openPage,
  REHEARSAL_PAGE,
  useBrowserAndServer,
  waitForRendered,
  whatReadersSee,
  withEveryComponent,
} from '../browser.mjs';
import { useRehearsal } from '../registry.mjs';

const SCRIPT = '/node_modules/@civic-elements/all/dist/civic-elements.min.js';

describe('script tag: civic-elements.min.js in one <script type="module">, no bundler', () => {
  let rehearsal;
  let installDir;

  before(async () => {
    rehearsal = await useRehearsal('script-tag', 'all');
    installDir = rehearsal.installDir;
    const page = join(rehearsal.dir, 'index.html');
    await writeFile(page, withEveryComponent(await readFile(page, 'utf8')));
  });
  after(() => rehearsal?.close());
  const app = useBrowserAndServer(() => installDir);

  it('renders every component from that one file, with no other request', async () => {
    const { page, requests, errors } = await openPage(app.browser);
    try {
      await page.goto(`${app.server.origin}/script-tag/index.html`);
      await waitForRendered(
        page,
        components.map(({ tag }) => tag),
      );
      assert.deepEqual(await whatReadersSee(page), REHEARSAL_PAGE);
      assert.deepEqual(
        requests.filter((path) => path !== '/script-tag/index.html' && path !== SCRIPT),
        [],
        'other requests',
      );
      // The module the page loaded (no new request): each tag is defined as the class it exports.
      const misdefined = await page.evaluate(
        async ({ script, list }) => {
          const all = await import(new URL(script, location.href).href);
          return list
            .filter(({ tag, className }) => customElements.get(tag) !== all[className])
            .map(({ tag }) => tag);
        },
        { script: SCRIPT, list: components.map(({ tag, className }) => ({ tag, className })) },
      );
      assert.deepEqual(misdefined, []);
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
