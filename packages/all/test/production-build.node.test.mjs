// The default (production) build of every published package carries no development warnings and
// none of the checks that exist only to warn; the `development` build keeps them.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../..', import.meta.url));
const published = readdirSync(packagesDir).filter(
  (name) => !JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8')).private,
);

function scripts(dir, { development }) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => file.includes('/dist/development/') === development);
}

for (const name of published) {
  const dist = join(packagesDir, name, 'dist');
  test(`${name}: the production build has no console.warn and no DEV_MODE`, () => {
    const files = scripts(dist, { development: false });
    assert.ok(files.length > 0, 'has production files');
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      assert.doesNotMatch(code, /console\.warn|DEV_MODE/, file);
    }
  });
}

test('the development builds keep the warnings', () => {
  for (const name of ['core', 'font-size-toggle', 'article-header', 'sponsor-footer']) {
    const code = scripts(join(packagesDir, name, 'dist'), { development: true })
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n');
    assert.match(code, /console\.warn/, name);
    assert.doesNotMatch(code, /DEV_MODE/, name);
  }
});

// Files bundled for browsers without a bundler (the CDN file, the autoloader) import nothing by a
// bare name: they are one build, used as they are.
const bundledForBrowsers = (file) => !/\bfrom\s*["'][^./]/.test(readFileSync(file, 'utf8'));

test('every package points its development condition at the development build', () => {
  for (const name of published) {
    const { exports } = JSON.parse(readFileSync(join(packagesDir, name, 'package.json'), 'utf8'));
    for (const [entry, target] of Object.entries(exports)) {
      if (typeof target !== 'object' || !target.default.endsWith('.js')) continue;
      if (bundledForBrowsers(join(packagesDir, name, target.default))) continue;
      assert.equal(
        target.development,
        target.default.replace('./dist/', './dist/development/'),
        `${name} ${entry}`,
      );
    }
  }
});

test('both builds of every registering entry are marked as having side effects', () => {
  for (const name of published) {
    const { exports, sideEffects } = JSON.parse(
      readFileSync(join(packagesDir, name, 'package.json'), 'utf8'),
    );
    // The packages whose index defines elements, itself or by importing the packages that do.
    const index = readFileSync(join(packagesDir, name, 'src/index.ts'), 'utf8');
    if (!/customElements\.define|^import '@civic-elements\//m.test(index)) continue;
    const entry = exports['.'];
    // Without this, bundlers drop `import '@civic-elements/x'` and the element is never defined.
    assert.ok(sideEffects.includes(entry.default), `${name}: ${entry.default}`);
    assert.ok(sideEffects.includes(entry.development), `${name}: ${entry.development}`);
  }
});
