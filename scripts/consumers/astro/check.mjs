// Astro 5 with @astrojs/lit, a static build: the page's elements are rendered on the server by
// Lit SSR (declarative shadow DOM in the built HTML) and hydrated with client:load.
//
// - The project's own package.json overrides @lit-labs/ssr to 3.2.2, so this stranger installs
//   itself (npm install in its folder, from the rehearsal registry) rather than sharing an
//   install. @astrojs/lit 4.3.0 asks for ^3.2.2 and calls Lit SSR without the event-target and
//   slot stacks that 3.3 needs: with 3.3 the build crashes on the first <slot> or nested element
//   ("Cannot read properties of undefined (reading 'length')"); with 4.x it builds, but every
//   shadow root holds the text "() => renderValue(...)" instead of the element.
// - client:load needs the class imported in the frontmatter (<FontSizeToggle client:load />): on
//   a tag written as markup (<civic-font-size-toggle client:load>) Astro has no import to
//   hydrate and fails with NoMatchingImport.
// - No misspelling check, and no astro check: astro check types an imported Lit class as a
//   component taking no props and reports every attribute of this correct page (ts 2322,
//   "Property 'heading' does not exist on type 'IntrinsicAttributes'"); on a tag with a dash it
//   accepts any attribute, misspelled or not.
// Run alone: node --test scripts/consumers/astro/check.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { checkRehearsalPage, elementsOfProject, useBrowserAndServer } from '../browser.mjs';
import { run, useRehearsal } from '../registry.mjs';

// The components the page writes, by class name.
const tags = elementsOfProject('astro').map(({ tag }) => tag);

describe('astro: Astro 5 + @astrojs/lit, static build', () => {
  let rehearsal;
  let dir;
  let html;

  before(async () => {
    rehearsal = await useRehearsal('astro', 'astro');
    ({ dir } = rehearsal);
    await writeFile(join(dir, '.npmrc'), `@civic-elements:registry=${rehearsal.registry}\n`);
    await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: dir });
    await run(join(dir, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
    html = readFileSync(join(dir, 'dist/index.html'), 'utf8');
  });
  after(() => rehearsal?.close());
  const app = useBrowserAndServer(() => join(dir, 'dist'));

  it('the built HTML has every element rendered by Lit SSR, with a declarative shadow root', () => {
    assert.ok(tags.length >= 5, `the page names ${tags.join(', ')}`);
    for (const tag of tags) {
      assert.match(
        html,
        new RegExp(
          `<${tag}[^>]*><template shadowroot(mode)?="open"[^>]*>(<style>[\\s\\S]*?</style>)?<!--lit-part`,
        ),
        `${tag} has no declarative shadow root rendered by Lit in dist/index.html`,
      );
    }
    assert.doesNotMatch(html, /renderValue/);
    assert.match(html, /<h1[^>]*>(<!--[^>]*-->)*Rehearsal/);
  });

  it('in Chromium: the elements render and "A 150%" runs the page script\'s handler', async () => {
    const { consoleErrors, failedRequests } = await checkRehearsalPage(
      app.browser,
      `${app.server.origin}/index.html`,
      tags,
    );
    assert.deepEqual(failedRequests, []);
    assert.deepEqual(consoleErrors, []);
  });
});
