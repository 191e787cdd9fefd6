// A React 19 TSX app with the bare tags and the generated typings from @civic-elements/all/jsx,
// type-checked by tsc, bundled by esbuild and rendered on the client.
// Run alone: node --test scripts/consumers/react-jsx/check.mjs
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkRehearsalPage, elementsOfProject, useBrowserAndServer } from '../browser.mjs';
import { bin, expectRejected, run, useRehearsal } from '../registry.mjs';

describe('react-jsx: a React 19 TSX app with the bare tags and @civic-elements/all/jsx', () => {
  let rehearsal;
  let dir;
  let installDir;

  before(async () => {
    rehearsal = await useRehearsal('react-jsx', 'react');
    ({ dir, installDir } = rehearsal);
  });
  after(() => rehearsal?.close());

  it('tsc passes with the generated JSX typings', async () => {
    await run(bin(installDir, 'tsc'), ['-p', 'tsconfig.json'], { cwd: dir });
  });

  it('tsc reports the misspelled attribute "levles"', async () => {
    await expectRejected(bin(installDir, 'tsc'), ['-p', 'tsconfig.misspelled.json'], { cwd: dir }, /levles/);
  });

  describe('in Chromium', () => {
    before(async () => {
      await run(
        bin(installDir, 'esbuild'),
        [
          'app.tsx',
          '--bundle',
          '--format=esm',
          '--jsx=automatic',
          '--define:process.env.NODE_ENV="production"',
          '--outfile=out.js',
        ],
        { cwd: dir },
      );
      await writeFile(
        join(dir, 'index.html'),
        '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="out.js"></script></body></html>',
      );
    });
    const app = useBrowserAndServer(() => dir);

    it('renders the elements; "A 150%" runs the civic-font-size-change handler given in JSX', async () => {
      await checkRehearsalPage(
        app.browser,
        `${app.server.origin}/index.html`,
        elementsOfProject('react-jsx').map(({ tag }) => tag),
        { done: () => JSON.stringify(window.sizes) === '[1.5]' },
      );
    });
  });
});
