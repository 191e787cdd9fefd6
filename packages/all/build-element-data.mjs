// Writes what @civic-elements/all ships about its elements, all of it generated from the manifests
// of the components (every package with a "civic" block, tooling/components.mjs; run after the
// components' builds and this package's tsc):
//  - dist/custom-elements.json: the merged manifest (package.json `customElements`). The element
//    classes are declared in dist/index.js, which registers the tags and exports the classes.
//  - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json, dist/web-types.json:
//    the merged editors' data (custom-element-vs-code-integration,
//    custom-element-jet-brains-integration).
//  - dist/vue.d.ts (custom-element-vuejs-integration), dist/svelte.d.ts
//    (custom-element-svelte-integration) and dist/jsx.types.d.ts (custom-element-jsx-integration,
//    plus the lines that hand its types to React's JSX namespace): element typings for Vue
//    templates, Svelte markup and React JSX.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { components } from '@civic-elements/tooling/components.mjs';
import { writeEditorData } from '@civic-elements/tooling/element-data-lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, 'dist');

// Each element's class, as its package's .d.ts declares it, by class name.
const classDeclarations = new Map();
const declarations = components.flatMap(({ dir, packageName }) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8'));
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? [])
      .filter((declaration) => declaration.customElement)
      .map((declaration) => {
        classDeclarations.set(declaration.name, join(dir, module.path.replace(/\.js$/, '.d.ts')));
        return { ...declaration, package: packageName };
      }),
  );
});

/**
 * The properties of `className` whose setter takes more than the getter returns, with the type
 * the setter takes: the toggle's `levels` reads as `number[]` and takes its string form too
 * ("1,1.5"). Typings set props, so they need the setter's type.
 */
function widerSetters(className) {
  const file = classDeclarations.get(className);
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const setters = new Map();
  const getters = new Map();
  const visit = (node) => {
    if (ts.isClassDeclaration(node) && node.name?.text === className) {
      for (const member of node.members) {
        if (ts.isSetAccessorDeclaration(member) && member.parameters[0]?.type) {
          setters.set(member.name.getText(source), member.parameters[0].type);
        } else if (ts.isGetAccessorDeclaration(member) && member.type) {
          getters.set(member.name.getText(source), member.type.getText(source));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  const wider = new Map();
  for (const [name, type] of setters) {
    const text = type.getText(source);
    if (getters.get(name) === text) continue;
    // The typings import only the element classes and event details: a setter type naming another
    // type would not resolve there.
    let named = false;
    const findNames = (node) => {
      if (ts.isTypeReferenceNode(node)) named = true;
      ts.forEachChild(node, findNames);
    };
    findNames(type);
    if (named)
      throw new Error(`${className}.${name}: its setter's type names a type; extend build-element-data.mjs`);
    wider.set(name, text);
  }
  return wider;
}
const module = 'dist/index.js';
const merged = {
  schemaVersion: '1.0.0',
  readme: '',
  modules: [
    {
      kind: 'javascript-module',
      path: module,
      declarations: declarations.map(({ package: _package, ...declaration }) => declaration),
      exports: declarations.flatMap((declaration) => [
        { kind: 'js', name: declaration.name, declaration: { name: declaration.name, module } },
        {
          kind: 'custom-element-definition',
          name: declaration.tagName,
          declaration: { name: declaration.name, module },
        },
      ]),
    },
  ],
};
writeFileSync(join(dist, 'custom-elements.json'), `${JSON.stringify(merged, null, 2)}\n`);

writeEditorData(merged, { outdir: dist });
// The typings generators write an event's manifest type as the detail of a CustomEvent and import
// it from `globalTypePath` (relative to `outdir`; the classes and FontSizeChangeDetail come from
// dist/index.d.ts): give them the detail type.
const forTypings = structuredClone(merged);
for (const declaration of forTypings.modules[0].declarations) {
  // A getter without a setter (the reading tools' `open`, `settings`) is no prop: setting it throws.
  // Nor is state the element sets itself (the column nav's `narrow`, @readonly in its JSDoc), nor
  // the attribute that reflects it.
  const readonly = new Set(
    declaration.members?.filter((member) => member.readonly).map((member) => member.name),
  );
  declaration.members = declaration.members?.filter((member) => !member.readonly);
  declaration.attributes = declaration.attributes?.filter((attribute) => !readonly.has(attribute.fieldName));
  for (const event of declaration.events ?? []) {
    const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
    // A plain Event (the reading tools' show and hide) has no detail. Given as `Event`, the
    // generators would import a DOM global from dist/index.js, which breaks every consumer's
    // type check; without a type they write `CustomEvent<never>`, made `Event` below.
    if (detail) event.type = { text: detail };
    else delete event.type;
  }
}
const typings = { outdir: dist, globalTypePath: './index.js', hideLogs: true };
// The generators type each prop as `Element["property"]`, which is what the getter returns; where
// the setter takes more, the prop takes the setter's type.
const setterTypes = forTypings.modules[0].declarations.flatMap((declaration) =>
  [...widerSetters(declaration.name)].map(([property, type]) => ({
    pattern: new RegExp(`\\b${declaration.name}\\[["']${property}["']\\]`, 'g'),
    type,
  })),
);
/** Handlers of plain events take an `Event`; props whose setter takes more take its type. */
const finishTypings = (file) => {
  const path = join(dist, file);
  let text = readFileSync(path, 'utf8').replaceAll('(e: CustomEvent<never>)', '(e: Event)');
  for (const { pattern, type } of setterTypes) {
    if (!pattern.test(text)) throw new Error(`${file}: no ${pattern}; the generator changed its output`);
    text = text.replace(pattern, type);
  }
  writeFileSync(path, text);
};
generateVuejsTypes(forTypings, { ...typings, fileName: 'vue.d.ts' });
// vue-tsc matches a template's `storage-key` and `@civic-font-size-change` against the camelCase
// props `storageKey` and `onCivicFontSizeChange`, as Vue itself does: rename the generator's
// kebab-case keys, or with `strictTemplates` every hyphenated attribute is an error.
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const vue = join(dist, 'vue.d.ts');
writeFileSync(
  vue,
  readFileSync(vue, 'utf8')
    // The global attributes (id, lang, aria-*) too, from Vue's own HTMLAttributes, and `slot`.
    .replace(
      'import type { DefineComponent } from "vue";',
      'import type { DefineComponent, HTMLAttributes } from "vue";',
    )
    .replace(/DefineComponent<(\w+Props)>/g, 'DefineComponent<$1 & HTMLAttributes & { slot?: string }>')
    .replace(/^(\s*)"([a-z][\w-]*)"\?:/gm, (_, indent, key) =>
      key.startsWith('on') ? `${indent}on${camel(`-${key.slice(2)}`)}?:` : `${indent}${camel(key)}?:`,
    ),
);
finishTypings('vue.d.ts');
generateSvelteTypes(forTypings, { ...typings, fileName: 'svelte.d.ts' });
// custom-element-svelte-integration 1.2 writes Solid-style base props (JSX.Element, JSX.CSSProperties)
// and a module-local `svelteHTML` namespace, which svelte-check 4 rejects or never sees. Keep its
// element props; take the common attributes from svelte/elements, register the elements where
// Svelte 5 looks (`SvelteHTMLElements`), and type Svelte 5's `on<event>` beside the legacy `on:<event>`.
const svelte = join(dist, 'svelte.d.ts');
const svelteTypes = readFileSync(svelte, 'utf8')
  .replace(
    /^type BaseProps = \{[^]*?^\};/m,
    "type BaseProps = import('svelte/elements').HTMLAttributes<HTMLElement>;",
  )
  .replace(/^(\s*)"on:([\w-]+)"\?: (.*)$/gm, '$1"on:$2"?: $3\n$1"on$2"?: $3')
  .replace(
    /^declare namespace svelteHTML \{[^]*?^\}/m,
    "declare module 'svelte/elements' {\n  interface SvelteHTMLElements extends CustomElements {}\n}",
  );
if (svelteTypes.includes('JSX.') || !svelteTypes.includes('SvelteHTMLElements')) {
  throw new Error('custom-element-svelte-integration changed its output: review dist/svelte.d.ts');
}
writeFileSync(svelte, svelteTypes);
finishTypings('svelte.d.ts');
generateJsxTypes(forTypings, { ...typings, fileName: 'jsx.types.d.ts' });
finishTypings('jsx.types.d.ts');
// `@civic-elements/all/jsx`: the generated props joined to React's JSX namespace (React 19).
const jsx = join(dist, 'jsx.types.d.ts');
writeFileSync(
  jsx,
  `${readFileSync(jsx, 'utf8')}
declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}
`,
);
// Types only; the empty modules let `import type {} from '@civic-elements/all/vue'` resolve.
for (const file of ['jsx.types.js', 'vue.js', 'svelte.js']) {
  for (const build of [dist, join(dist, 'development')]) writeFileSync(join(build, file), 'export {};\n');
}
