// Vue 3 + Vite with isCustomElement: vue-tsc checks the attributes and event types, vite builds,
// and Chromium runs the page. Run alone: node --test scripts/consumers/vue/check.mjs
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  chooseTextSize150,
  elementsOfProject,
  launchChromium,
  openPage,
  REHEARSAL_PAGE,
  serve,
  waitForRendered,
  whatReadersSee,
} from '../browser.mjs';
import { bin, expectRejected, run, useRehearsal } from '../registry.mjs';

describe('vue: Vue 3 + Vite, type-checked by vue-tsc', () => {
  let rehearsal;
  let dir;
  let installDir;

  before(async () => {
    rehearsal = await useRehearsal('vue', 'frameworks');
    ({ dir, installDir } = rehearsal);
  });
  after(() => rehearsal?.close());

  it('vue-tsc passes', async () => {
    await run(bin(installDir, 'vue-tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
  });

  it('vue-tsc reports the misspelled attribute "levles"', async () => {
    await expectRejected(
      bin(installDir, 'vue-tsc'),
      ['-p', 'tsconfig.misspelled.json'],
      { cwd: dir },
      /levles/,
    );
  });

  describe('vite build, in Chromium', () => {
    let browser;
    let server;

    before(async () => {
      await run(bin(installDir, 'vite'), ['build', '--logLevel', 'warn'], { cwd: dir });
      browser = await launchChromium();
      server = await serve(join(dir, 'dist'));
    });
    after(async () => {
      await browser?.close();
      await server?.close();
    });

    it('renders the elements; "A 150%" runs the @civic-font-size-change handler', async () => {
      const { page, errors } = await openPage(browser);
      try {
        await page.goto(`${server.origin}/index.html`);
        await waitForRendered(
          page,
          elementsOfProject('vue').map(({ tag }) => tag),
        );
        assert.deepEqual(await whatReadersSee(page), REHEARSAL_PAGE);
        await chooseTextSize150(page, () => document.getElementById('size')?.textContent === '1.5');
        assert.deepEqual(errors, []);
      } finally {
        await page.close();
      }
    });
  });
});
