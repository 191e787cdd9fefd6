#!/usr/bin/env node
// Run in a component package after `tsc` and `cem analyze`. Makes what the analyzer wrote true
// for the published package, then generates the editors' data from it:
//  - custom-elements.json: module paths point at the shipped dist/*.js (not src/*.ts), an event's
//    type carries its detail (from the `GlobalEventHandlersEventMap` the package declares in its
//    .d.ts, e.g. `CustomEvent<FontSizeChangeDetail>`), and a default that names a constant shows
//    the constant's value (`"civic-font-size"`, not `DEFAULT_STORAGE_KEY`).
//  - dist/*.d.ts: `import("lit-html")` and `import("@lit/reactive-element")`, which tsc writes for
//    inferred return types, become `import("lit")`: `lit` re-exports those types and is the only
//    one of them the packages depend on.
//  - dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json
//    (custom-element-vs-code-integration) and dist/web-types.json
//    (custom-element-jet-brains-integration).
// Usage: civic-element-data (in the package directory)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { writeEditorData } from './element-data-lib.mjs';

const dir = process.cwd();
const manifestFile = join(dir, 'custom-elements.json');
const manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));
const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
const dist = join(dir, 'dist');

// 1. .d.ts files reference only `lit`.
const declarationFiles = readdirSync(dist, { recursive: true })
  .filter((file) => file.endsWith('.d.ts'))
  .map((file) => join(dist, file));
for (const file of declarationFiles) {
  const text = readFileSync(file, 'utf8');
  const fixed = text.replace(
    /import\("(?:lit-html|lit-element|@lit\/reactive-element)(?:\/[\w./-]*)?"\)/g,
    'import("lit")',
  );
  if (fixed !== text) writeFileSync(file, fixed);
}

// 2. Event detail types, from `declare global { interface GlobalEventHandlersEventMap { … } }`.
const eventTypes = new Map();
for (const file of declarationFiles) {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === 'GlobalEventHandlersEventMap') {
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
          eventTypes.set(member.name.text, member.type.getText(source));
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}

// 3. Paths: src/x.ts, ./x.js, /src/x.js all become dist/x.js.
const distPath = (path, from = 'src/index.ts') => {
  if (!path) return path;
  let relative = path.replace(/^\//, '');
  if (relative.startsWith('./') || relative.startsWith('../')) {
    relative = join(from.replace(/[^/]*$/, ''), relative);
  }
  return relative.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
};

// 4. Constants, to show a default's value instead of the name of the constant holding it.
const constants = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.kind === 'variable' && declaration.default !== undefined) {
      constants.set(declaration.name, declaration.default);
    }
  }
}
const literal = (value) => {
  // 'text' → "text", as JSON (and HTML) write it.
  const single = /^'((?:[^'\\]|\\.)*)'$/.exec(value);
  return single ? JSON.stringify(single[1].replace(/\\'/g, "'")) : value;
};
const resolveDefault = (value) =>
  typeof value === 'string' && /^[A-Z][A-Z0-9_]*$/.test(value) && constants.has(value)
    ? literal(constants.get(value))
    : value;

for (const module of manifest.modules) {
  const from = module.path;
  module.path = distPath(module.path);
  for (const entry of module.exports ?? []) {
    if (entry.declaration?.module) entry.declaration.module = distPath(entry.declaration.module, from);
  }
  for (const declaration of module.declarations ?? []) {
    for (const member of declaration.members ?? []) {
      if ('default' in member) member.default = resolveDefault(member.default);
      if (member.inheritedFrom?.module) member.inheritedFrom.module = distPath(member.inheritedFrom.module);
    }
    for (const attribute of declaration.attributes ?? []) {
      if ('default' in attribute) attribute.default = resolveDefault(attribute.default);
    }
    for (const event of declaration.events ?? []) {
      const type = eventTypes.get(event.name);
      if (type) event.type = { text: type };
    }
  }
}
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);

// 5. Editors' data.
writeEditorData(manifest, { outdir: dist, packageName: pkg.name });
