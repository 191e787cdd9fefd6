import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listComponents, repositoryRoot } from '../components.mjs';
import { newComponent } from '../new-component.mjs';

/** A copy of what the generator reads and edits: Prettier's settings, core's licence, all's and react's package.json. */
function scratchRepository() {
  const root = mkdtempSync(join(tmpdir(), 'civic-new-component-'));
  for (const file of [
    '.prettierrc.json',
    'packages/core/LICENSE',
    'packages/all/package.json',
    'packages/react/package.json',
  ]) {
    mkdirSync(join(root, file, '..'), { recursive: true });
    cpSync(join(repositoryRoot, file), join(root, file));
  }
  return root;
}
const json = (root, file) => JSON.parse(readFileSync(join(root, file), 'utf8'));

test('writes a component that the component list finds, with its tag, class and rendered tags', async () => {
  const root = scratchRepository();
  await newComponent('notice-banner', { root });
  const [component] = listComponents(root);
  assert.equal(component.name, 'notice-banner');
  assert.equal(component.tag, 'civic-notice-banner');
  assert.equal(component.className, 'NoticeBanner');
  assert.deepEqual(component.renderedTags, ['div', 'slot']);
  assert.equal(json(root, 'packages/notice-banner/package.json').name, '@civic-elements/notice-banner');
});

test('writes the element, its styles, strings in three languages, tests, story, docs, README and changeset', async () => {
  const root = scratchRepository();
  const written = await newComponent('notice-banner', { root });
  for (const file of [
    'packages/notice-banner/src/notice-banner.ts',
    'packages/notice-banner/src/notice-banner.styles.ts',
    'packages/notice-banner/src/index.ts',
    'packages/notice-banner/src/locales/en.ts',
    'packages/notice-banner/src/locales/zh-hans.ts',
    'packages/notice-banner/src/locales/zh-hant.ts',
    'packages/notice-banner/test/notice-banner.test.ts',
    'packages/notice-banner/test/notice-banner.ssr.test.mjs',
    'packages/notice-banner/stories/notice-banner.stories.ts',
    'packages/notice-banner/stories/notice-banner.mdx',
    'packages/notice-banner/README.md',
    '.changeset/new-notice-banner.md',
  ]) {
    assert.ok(written.includes(file) && existsSync(join(root, file)), `${file} is missing`);
  }
  const source = readFileSync(join(root, 'packages/notice-banner/src/notice-banner.ts'), 'utf8');
  assert.match(source, /import \{ LocaleController, tokens \} from '@civic-elements\/core'/);
  assert.doesNotMatch(source, /\b(window|document|localStorage)\b/, 'nothing a server lacks');
  const readme = readFileSync(join(root, 'packages/notice-banner/README.md'), 'utf8');
  assert.match(readme, /<!-- api:start -->\n<!-- api:end -->/);
});

test("adds the package to all's and react's dependencies, and a react subpath", async () => {
  const root = scratchRepository();
  await newComponent('notice-banner', { root });
  assert.equal(
    json(root, 'packages/all/package.json').dependencies['@civic-elements/notice-banner'],
    '^0.0.0',
  );
  const react = json(root, 'packages/react/package.json');
  assert.equal(react.dependencies['@civic-elements/notice-banner'], '^0.0.0');
  assert.equal(react.exports['./notice-banner'].default, './dist/notice-banner.js');
  assert.ok(react.sideEffects.includes('./dist/notice-banner.js'));
});

test('refuses a bad name, a civic- prefix, a workspace name, a clashing name and a package that exists', async () => {
  const root = scratchRepository();
  await newComponent('notice-banner', { root });
  for (const [name, reason] of [
    ['Notice', /lower-case words/],
    ['notice_banner', /lower-case words/],
    ['-notice', /lower-case words/],
    [undefined, /lower-case words/],
    ['civic-notice', /"civic-" prefix/],
    ['core', /not a component/],
    ['notice-banner', /exists already/],
    // Accepted before: class LitElement extends LitElement, or a react subpath ./index.
    ['lit-element', /would clash/],
    ['element', /would clash/],
    ['index', /would clash/],
    ['jsx', /would clash/],
  ]) {
    await assert.rejects(() => newComponent(name, { root }), reason, String(name));
  }
});
