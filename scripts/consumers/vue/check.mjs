// Vue 3 + Vite with isCustomElement: vue-tsc checks the attributes and event types, vite builds,
// and Chromium runs the page. Run alone: node --test scripts/consumers/vue/check.mjs
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkRehearsalPage, elementsOfProject, useBrowserAndServer } from '../browser.mjs';
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
    before(() => run(bin(installDir, 'vite'), ['build', '--logLevel', 'warn'], { cwd: dir }));
    const app = useBrowserAndServer(() => join(dir, 'dist'));

    it('renders the elements; "A 150%" runs the @civic-font-size-change handler', async () => {
      await checkRehearsalPage(
        app.browser,
        `${app.server.origin}/index.html`,
        elementsOfProject('vue').map(({ tag }) => tag),
      );
    });
  });
});
