// Angular 21, a standalone component with strict templates and CUSTOM_ELEMENTS_SCHEMA: `ng build`
// (the application builder) passes, and Chromium runs the built app. angular.json lists
// reading-tools.css in `styles`, so the reading aids' rules are in the app's own stylesheet.
//
// No misspelling check: under CUSTOM_ELEMENTS_SCHEMA Angular accepts any attribute, property or
// event on an unknown element, even with strictTemplates, and without the schema it rejects every
// one of them. There is no way to give it our typings for the custom elements' attributes.
// Run alone: node --test scripts/consumers/angular/check.mjs
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  checkRehearsalPage,
  elementsOfProject,
  openPage,
  useBrowserAndServer,
  waitForRendered,
} from '../browser.mjs';
import { bin, run, useRehearsal } from '../registry.mjs';

describe('angular: Angular 21, strict templates, CUSTOM_ELEMENTS_SCHEMA', () => {
  let rehearsal;
  let dir;
  let installDir;

  before(async () => {
    rehearsal = await useRehearsal('angular', 'angular');
    ({ dir, installDir } = rehearsal);
    await run(bin(installDir, 'ng'), ['build'], {
      cwd: dir,
      env: { ...process.env, NG_CLI_ANALYTICS: 'false', NG_FORCE_TTY: 'false' },
    });
  });
  after(() => rehearsal?.close());
  const app = useBrowserAndServer(() => join(dir, 'dist/browser'));

  it('renders the elements; "A 150%" runs the (civic-font-size-change) handler', async () => {
    const { consoleErrors, failedRequests } = await checkRehearsalPage(
      app.browser,
      `${app.server.origin}/index.html`,
      elementsOfProject('angular').map(({ tag }) => tag),
    );
    assert.deepEqual(failedRequests, []);
    assert.deepEqual(consoleErrors, []);
  });

  it('with reading-tools.css in angular.json "styles", "High contrast dark" turns the text white on black', async () => {
    const { page, errors, requests } = await openPage(app.browser);
    try {
      await page.goto(`${app.server.origin}/index.html`);
      await waitForRendered(page, ['civic-reading-tools']);
      const colours = () =>
        page.evaluate(() => {
          const style = getComputedStyle(document.querySelector('#body p'));
          return `${style.color} ${style.backgroundColor}`;
        });
      const before = await colours();
      await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
      await page
        .getByRole('group', { name: 'Colours' })
        .getByRole('radio', { name: 'High contrast dark', exact: true })
        .check();
      await page.waitForFunction(
        () => getComputedStyle(document.querySelector('#body p')).color === 'rgb(255, 255, 255)',
        undefined,
        { timeout: 15_000 },
      );
      assert.notEqual(before, await colours());
      assert.equal(await colours(), 'rgb(255, 255, 255) rgb(0, 0, 0)');
      // The rules came with the app's stylesheet: no fallback <link> beside the module.
      assert.deepEqual(
        requests.filter((path) => path.endsWith('/reading-tools.css')),
        [],
      );
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });
});
