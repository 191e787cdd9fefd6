// Editor data and typings offer what a page can really write: attribute values are the allowed
// values of the attribute (string literals of its type) or nothing, never the name of a type;
// `levels` takes its documented string form ("1,1.5") in JSX, Vue and Svelte; read-only state
// (the column nav's `narrow`, set by the element) is offered nowhere. Failed before: VS Code offered
// levels="number[]", published="Date" and modified="Date", the typings took `levels` as number[]
// only, and `narrow` was an attribute and a prop everywhere (issue 23). Run after the build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { components, elementIn, read } from './manifests.mjs';

const elements = components.map(elementIn);
/** The string literals of a type's union: `'a' | "b" | null` → a, b. */
const literals = (type = '') => [...type.matchAll(/(['"])((?:(?!\1).)*)\1/g)].map((match) => match[2]);

const vsCodeFiles = [
  '../dist/vscode.html-custom-data.json',
  ...components.map((name) => `../../${name}/dist/vscode.html-custom-data.json`),
];

test('VS Code data offers only allowed values, never type names', () => {
  for (const file of vsCodeFiles) {
    for (const tag of JSON.parse(read(file)).tags) {
      const element = elements.find((candidate) => candidate.tagName === tag.name);
      for (const attribute of tag.attributes ?? []) {
        const declared = element.attributes.find((candidate) => candidate.name === attribute.name);
        const allowed = literals(declared?.type?.text);
        for (const value of attribute.values ?? []) {
          assert.ok(allowed.includes(value.name), `${file}: ${tag.name} ${attribute.name}="${value.name}"`);
        }
      }
    }
  }
});

test("the column nav's narrow is read-only state, offered by no editor data or typings", () => {
  const nav = elements.find((element) => element.tagName === 'civic-column-nav');
  assert.equal(nav.members.find((member) => member.name === 'narrow')?.readonly, true, 'manifest: readonly');
  const vsCode = (file) =>
    JSON.parse(read(file))
      .tags.find((tag) => tag.name === 'civic-column-nav')
      .attributes.map((attribute) => attribute.name);
  for (const file of [
    '../dist/vscode.html-custom-data.json',
    '../../column-nav/dist/vscode.html-custom-data.json',
  ]) {
    assert.ok(vsCode(file).includes('current'), file);
    assert.ok(!vsCode(file).includes('narrow'), file);
  }
  for (const file of ['../dist/web-types.json', '../../column-nav/dist/web-types.json']) {
    const element = JSON.parse(read(file)).contributions.html.elements.find(
      (candidate) => candidate.name === 'civic-column-nav',
    );
    // As a JavaScript property `narrow` stays listed: reading it is fine, as with `open`.
    const names = element.attributes.map((attribute) => attribute.name);
    assert.ok(names.includes('current'), file);
    assert.ok(!names.includes('narrow'), file);
  }
  for (const file of ['jsx.types.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
    const props = read(`../dist/${file}`).match(/type ColumnNavProps = \{([^]*?)\n\};/)?.[1] ?? '';
    assert.match(props, /^\s*"?current"?\?:/m, file);
    assert.doesNotMatch(props, /^\s*"?narrow"?\?:/m, file);
  }
});

test('the JSX, Vue and Svelte typings take levels as numbers or their string form', () => {
  for (const file of ['jsx.types.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
    const props = read(`../dist/${file}`).match(/type FontSizeToggleProps = \{([^]*?)\n\};/)?.[1] ?? '';
    assert.match(props, /^\s*"?levels"?\?: number\[\] \| string;$/m, file);
  }
});
