// What enumerates the components by package.json rather than code: the dependencies and exports
// of @civic-elements/all and @civic-elements/react (`npm run new-component` writes them), and the
// named sets the scripts read from the "civic" blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { components, repositoryRoot } from '../components.mjs';

const pkg = (name) =>
  JSON.parse(readFileSync(join(repositoryRoot, 'packages', name, 'package.json'), 'utf8'));
const componentPackages = components.map(({ packageName }) => packageName).sort();
const dependedOn = (name) =>
  Object.keys(pkg(name).dependencies)
    .filter((dependency) => componentPackages.includes(dependency))
    .sort();

test('@civic-elements/all depends on every component (turbo builds them before Storybook through it)', () => {
  assert.deepEqual(dependedOn('all'), componentPackages);
});

test('@civic-elements/all exports every page asset of every component beside the CDN file', () => {
  const { exports } = pkg('all');
  for (const { name, pageAssets } of components) {
    for (const asset of pageAssets) {
      assert.ok(exports[`./${basename(asset)}`], `${name}: ./${basename(asset)} is not exported`);
    }
  }
});

test('@civic-elements/react depends on every component and has a subpath and side effects for each', () => {
  const react = pkg('react');
  assert.deepEqual(dependedOn('react'), componentPackages);
  for (const { name } of components) {
    assert.equal(react.exports[`./${name}`]?.default, `./dist/${name}.js`, `./${name} is not exported`);
    assert.ok(react.sideEffects.includes(`./dist/${name}.js`), `./dist/${name}.js has no side effects entry`);
  }
});

test('the size budget of four elements has four members', () => {
  assert.equal(components.filter(({ sizeBudgets }) => sizeBudgets.includes('four-elements')).length, 4);
});
