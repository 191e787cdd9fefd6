import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { listComponents } from '../components.mjs';

function repoWith(packages) {
  const root = mkdtempSync(join(tmpdir(), 'civic-components-'));
  for (const [name, pkg] of Object.entries(packages)) {
    mkdirSync(join(root, 'packages', name), { recursive: true });
    writeFileSync(join(root, 'packages', name, 'package.json'), JSON.stringify(pkg));
  }
  return root;
}

test("the repository's components: each package with a civic block, tag and class named after its folder", () => {
  const found = listComponents();
  assert.ok(found.length >= 5);
  for (const { name, tag, className, packageName } of found) {
    assert.equal(tag, `civic-${name}`);
    assert.equal(
      className,
      name.replace(/(^|-)([a-z0-9])/g, (_, _dash, letter) => letter.toUpperCase()),
    );
    assert.equal(packageName, `@civic-elements/${name}`);
  }
  const names = found.map(({ name }) => name);
  for (const workspace of ['core', 'all', 'react']) assert.ok(!names.includes(workspace), workspace);
});

test('a package is a component only with a "civic" block; defaults fill the optional fields', () => {
  const root = repoWith({
    core: { name: '@x/core' },
    'weather-strip': {
      name: '@x/weather-strip',
      civic: { tag: 'civic-weather-strip', className: 'WeatherStrip' },
    },
  });
  assert.deepEqual(
    listComponents(root).map(
      ({ name, pageAssets, stories, renderedTags, sizeBudgets, scriptOnly, react }) => [
        name,
        pageAssets,
        stories,
        renderedTags,
        sizeBudgets,
        scriptOnly,
        react,
      ],
    ),
    [['weather-strip', [], { a11y: ['Default'] }, [], [], false, { waitsForHydration: false, helpers: {} }]],
  );
});

test('a malformed block is refused, naming the package and the field', () => {
  for (const [civic, field] of [
    [{ tag: 'weather-strip', className: 'WeatherStrip' }, /weather-strip.*"tag"/],
    [{ tag: 'civic-Weather', className: 'WeatherStrip' }, /"tag"/],
    [{ tag: 'civic-weather', className: 'weather' }, /"className"/],
    [{ tag: 'civic-weather', className: 'Weather', pageAssets: 'dist/x.css' }, /"pageAssets"/],
    [{ tag: 'civic-weather', className: 'Weather', stories: { a11y: [1] } }, /"stories.a11y"/],
    [{ tag: 'civic-weather', className: 'Weather', renderedTags: ['<script>'] }, /"renderedTags"/],
    [{ tag: 'civic-weather', className: 'Weather', sizeBudgets: 'four-elements' }, /"sizeBudgets"/],
    [{ tag: 'civic-weather', className: 'Weather', scriptOnly: 'yes' }, /"scriptOnly"/],
    [{ tag: 'civic-weather', className: 'Weather', react: { helpers: { 'x.ts': ['useX'] } } }, /"react"/],
  ]) {
    const root = repoWith({ 'weather-strip': { name: '@x/weather-strip', civic } });
    assert.throws(() => listComponents(root), field);
  }
});
