// What @civic-elements/all generates from the component manifests at build time: the merged
// manifest, and typings for JSX, Vue and Svelte with one prop per attribute, settable property
// and event of each element, none for anything the element does not have. Run after the build.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { components, elementIn, read, tags } from './manifests.mjs';

const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());

/** The keys of `type <Name>Props = { … }` in a generated typings file. */
function propsOf(typings, className) {
  const body = typings.match(new RegExp(`type ${className}Props = \\{([^]*?)\\n\\};`))?.[1];
  assert.ok(body, `${className}Props is declared`);
  return new Set([...body.matchAll(/^\s*"?([\w:-]+)"?\?:/gm)].map((match) => match[1]));
}

const merged = JSON.parse(read('../dist/custom-elements.json'));
const mergedElements = merged.modules.flatMap((module) => module.declarations);

test('the merged manifest declares every element, exported and defined by dist/index.js', () => {
  assert.deepEqual(mergedElements.map((element) => element.tagName).sort(), [...tags].sort());
  const exports = merged.modules.flatMap((module) => module.exports);
  for (const element of mergedElements) {
    assert.ok(
      exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === element.tagName),
    );
    assert.ok(exports.some((entry) => entry.kind === 'js' && entry.name === element.name));
  }
  const pkg = JSON.parse(read('../package.json'));
  assert.equal(pkg.customElements, './dist/custom-elements.json');
});

for (const name of components) {
  const element = elementIn(name);
  // An attribute reflecting read-only state (the column nav's `narrow`) is no prop either.
  const readonly = new Set(
    (element.members ?? []).filter((member) => member.readonly).map((member) => member.name),
  );
  const attributes = (element.attributes ?? [])
    .filter((attribute) => !readonly.has(attribute.fieldName))
    .map((attribute) => attribute.name);
  // Settable properties no attribute carries (the toggle's `target`); read-only getters are no props.
  const properties = (element.members ?? [])
    .filter(
      (member) =>
        member.kind === 'field' &&
        !member.static &&
        !member.readonly &&
        !member.attribute &&
        !['private', 'protected'].includes(member.privacy),
    )
    .map((member) => member.name);
  const events = (element.events ?? []).map((event) => event.name);

  test(`${name}: the merged manifest carries its declaration unchanged`, () => {
    assert.deepEqual(
      mergedElements.find((declaration) => declaration.tagName === element.tagName),
      element,
    );
  });

  test(`${name}: JSX, Vue and Svelte props match its manifest`, () => {
    const expected = {
      'jsx.types.d.ts': [...attributes, ...properties, ...events.map((event) => `on${event}`)],
      'vue.d.ts': [...attributes.map(camel), ...properties, ...events.map((event) => camel(`on-${event}`))],
      'svelte.d.ts': [
        ...attributes,
        ...properties.map((property) => `bind:${property}`),
        ...events.flatMap((event) => [`on:${event}`, `on${event}`]),
      ],
    };
    for (const [file, props] of Object.entries(expected)) {
      assert.deepEqual([...propsOf(read(`../dist/${file}`), element.name)].sort(), props.sort(), file);
    }
  });
}

test('event handlers are typed with the detail type', () => {
  for (const file of ['jsx.types.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
    assert.match(read(`../dist/${file}`), /\(e: CustomEvent<FontSizeChangeDetail>\) => void/, file);
    assert.match(read(`../dist/${file}`), /\(e: CustomEvent<ReadingSettings>\) => void/, file);
  }
});

test('a plain event (no detail) is handled as an Event', () => {
  const plain = components.flatMap((name) =>
    (elementIn(name).events ?? []).filter((event) => !/^CustomEvent</.test(event.type?.text ?? '')),
  );
  assert.ok(plain.length > 0, 'some element fires a plain Event (the reading tools show and hide)');
  const keys = {
    'jsx.types.d.ts': (name) => [`"on${name}"`],
    'vue.d.ts': (name) => [camel(`on-${name}`)],
    'svelte.d.ts': (name) => [`"on:${name}"`, `"on${name}"`],
  };
  for (const [file, keysOf] of Object.entries(keys)) {
    const typings = read(`../dist/${file}`);
    assert.doesNotMatch(typings, /CustomEvent<(never|Event)>/, file);
    for (const key of plain.flatMap((event) => keysOf(event.name))) {
      assert.ok(typings.includes(`${key}?: (e: Event) => void;`), `${file}: ${key}`);
    }
  }
});

// The typings import their element classes and details from dist/index.js: a name it does not
// export (a DOM global such as Event) fails every consumer's type check (vue-tsc, svelte-check, tsc).
test('the typings import from dist/index.js only what it exports', () => {
  const index = fileURLToPath(new URL('../dist/index.d.ts', import.meta.url));
  const program = ts.createProgram([index], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const exported = new Set(
    checker
      .getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(index)))
      .map((symbol) => symbol.name),
  );
  assert.ok(exported.has('ReadingTools') && exported.has('FontSizeChangeDetail'), [...exported].join());
  for (const file of ['jsx.types.d.ts', 'vue.d.ts', 'svelte.d.ts']) {
    const imports = read(`../dist/${file}`).match(/import type \{([^}]*)\} from "\.\/index\.js";/)?.[1];
    assert.ok(imports, `${file} imports from ./index.js`);
    for (const name of imports
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean)) {
      assert.ok(exported.has(name), `${file} imports ${name}, which dist/index.js does not export`);
    }
  }
});
