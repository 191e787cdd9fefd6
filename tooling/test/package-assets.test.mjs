// civic-build's page assets (tooling/package-assets.mjs): a hand-written stylesheet and one
// generated from a Lit `css` export are declared and written the same way.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assetPlan, writeAssets } from '../package-assets.mjs';
import { components } from '../components.mjs';

function packageWith(files) {
  const dir = mkdtempSync(join(tmpdir(), 'civic-assets-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

test('a hand-written stylesheet is copied and a css export is written as its CSS text', async () => {
  const dir = packageWith({
    'src/weather.css': '.weather { color: CanvasText; }\n',
    'src/themes/night.css': ':root { --civic-color-text: #fff; }\n',
    'dist/weather.content.js': "export const weatherLightStyles = { cssText: '.strip{display:block}' };\n",
  });
  await writeAssets(dir, {
    'dist/weather.css': 'src/weather.css',
    'dist/development/weather.css': 'src/weather.css',
    'dist/strip.css': 'dist/weather.content.js#weatherLightStyles',
    'dist/themes/': 'src/themes/',
  });
  const read = (name) => readFileSync(join(dir, name), 'utf8');
  assert.equal(read('dist/weather.css'), '.weather { color: CanvasText; }\n');
  assert.equal(read('dist/development/weather.css'), '.weather { color: CanvasText; }\n');
  assert.equal(read('dist/strip.css'), '.strip{display:block}\n');
  assert.equal(read('dist/themes/night.css'), ':root { --civic-color-text: #fff; }\n');
});

test('a css export that is not a Lit css result stops the build, naming it', async () => {
  const dir = packageWith({ 'dist/m.js': 'export const notStyles = 1;\n' });
  await assert.rejects(
    writeAssets(dir, { 'dist/m.css': 'dist/m.js#notStyles' }),
    /dist\/m\.js exports no Lit css named notStyles/,
  );
});

test('an asset with a source of no known kind, or outside the package, is refused', () => {
  for (const [assets, message] of [
    [{ 'dist/x.css': 'styles/x.css' }, /none of "src\/…"/],
    [{ 'dist/x.css': 'src/../../x.css' }, /inside the package/],
    [{ '../x.css': 'src/x.css' }, /inside the package/],
    [{ 'lib/x.css': 'src/x.css' }, /under dist\//],
    [{ 'dist/../src/x.css': 'src/y.css' }, /under dist\//],
    [{ 'dist/themes/': 'src/themes/dark.css' }, /both be folders or both files/],
    [['dist/x.css'], /map each output file/],
  ]) {
    assert.throws(() => assetPlan(assets), message);
  }
});

test("every component's page assets are declared with a source, so civic-build writes them", () => {
  for (const component of components) {
    const pkg = JSON.parse(readFileSync(join(component.dir, 'package.json'), 'utf8'));
    const declared = assetPlan(pkg.civicBuild?.assets).map(({ output }) => output);
    for (const asset of component.pageAssets) {
      assert.ok(declared.includes(asset), `${component.name}: ${asset}`);
    }
    assert.equal(pkg.scripts.build, 'civic-build', component.name);
  }
});
