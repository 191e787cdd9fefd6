// The react-ssr project (App.tsx, server.tsx, client.tsx) as a stranger sees it: type-checked with
// the wrappers' types (a misspelled prop rejected), rendered by react-dom/server, then hydrated in
// Chromium by hydrateRoot with the elements already defined, failing on any page error or console
// error (a hydration mismatch included). Run by react-ssr/check.mjs with React 19 and by
// react18-ssr/check.mjs with React 18, each from its own shared install.
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  checkRehearsalPage,
  chooseTextSize150,
  elementsOfProject,
  openPage,
  useBrowserAndServer,
  waitForRendered,
} from '../browser.mjs';
import { bin, expectRejected, run, useRehearsal } from '../registry.mjs';

const esbuildArgs = [
  '--bundle',
  '--format=esm',
  '--jsx=automatic',
  '--define:process.env.NODE_ENV="production"',
];

/**
 * @param {{ name: string, install: string }} options `install`: the shared install of
 *   registry.mjs whose React renders and hydrates the project.
 */
export function rehearseReactSsr({ name, install }) {
  describe(name, () => {
    let rehearsal;
    let dir;
    let installDir;

    before(async () => {
      rehearsal = await useRehearsal('react-ssr', install);
      ({ dir, installDir } = rehearsal);
    });
    after(() => rehearsal?.close());

    it('tsc passes with the wrappers’ types', async () => {
      await run(bin(installDir, 'tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
    });

    it('tsc reports the misspelled prop "levles"', async () => {
      await expectRejected(
        bin(installDir, 'tsc'),
        ['-p', 'tsconfig.misspelled.json'],
        { cwd: dir },
        /levles/,
      );
    });

    describe('server HTML, hydrated in Chromium', () => {
      let serverHtml;

      before(async () => {
        const esbuild = bin(installDir, 'esbuild');
        await run(
          esbuild,
          ['server.tsx', ...esbuildArgs, '--platform=node', '--packages=external', '--outfile=server.mjs'],
          { cwd: dir },
        );
        await run(esbuild, ['client.tsx', ...esbuildArgs, '--outfile=client.js'], { cwd: dir });
        // React's development build: only it reports a hydration mismatch of attributes.
        await run(
          esbuild,
          [
            'client.tsx',
            ...esbuildArgs,
            '--define:process.env.NODE_ENV="development"',
            '--outfile=client-dev.js',
          ],
          { cwd: dir },
        );
        serverHtml = await run(process.execPath, ['server.mjs'], { cwd: dir });
        await writeFile(join(dir, 'index.html'), serverHtml);
        await writeFile(
          join(dir, 'index-dev.html'),
          serverHtml.replace('src="client.js"', 'src="client-dev.js"'),
        );
      });
      const app = useBrowserAndServer(() => dir);

      it('react-dom/server renders the elements', () => {
        assert.ok(
          serverHtml.includes('<civic-font-size-toggle slot="actions">'),
          `the server did not render the elements:\n${serverHtml}`,
        );
      });

      it('after hydrateRoot, "A 150%" runs onFontSizeChange and line spacing 2 runs onReadingToolsChange', async () => {
        await checkRehearsalPage(
          app.browser,
          `${app.server.origin}/index.html`,
          elementsOfProject('react-ssr').map(({ tag }) => tag),
          {
            more: async (page) => {
              await page.getByRole('button', { name: 'Reading tools', exact: true }).click();
              await page
                .getByRole('group', { name: 'Line spacing' })
                .getByRole('radio', { name: '2', exact: true })
                .check();
              await page
                .waitForFunction(() => document.getElementById('spacing')?.textContent === '2', undefined, {
                  timeout: 15_000,
                })
                .catch(() => {
                  throw new Error('the civic-reading-tools-change handler did not run');
                });
            },
          },
        );
      });

      it("in React's development build, hydration logs no mismatch, error or warning", async () => {
        const { page, errors, consoleErrors, consoleWarnings } = await openPage(app.browser);
        try {
          await page.goto(`${app.server.origin}/index-dev.html`);
          await waitForRendered(
            page,
            elementsOfProject('react-ssr').map(({ tag }) => tag),
          );
          await chooseTextSize150(page, () => document.getElementById('size')?.textContent === '1.5');
          assert.deepEqual(errors, []);
          assert.deepEqual(consoleErrors, []);
          assert.deepEqual(consoleWarnings, []);
        } finally {
          await page.close();
        }
      });
    });
  });
}
