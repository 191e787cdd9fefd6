// Writes each component package's API reference into its README, between
// <!-- api:start --> and <!-- api:end -->, from its custom-elements.json; the root README's
// package table; and the versions in every README's CDN addresses. With --check it only reports
// READMEs that are out of date (exit 1). Run after `npm run build`.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeGenerated } from '@civic-elements/tooling/generated-file.mjs';

const packagesDir = fileURLToPath(new URL('../packages', import.meta.url));
const check = process.argv.includes('--check');
// The built-in strings: each component package ships its own (dist/locales/, one table for its
// element, tag civic-<folder>).
const withLocales = (await readdir(packagesDir)).filter((dir) =>
  existsSync(join(packagesDir, dir, 'dist/locales/en.js')),
);
const builtIn = [];
for (const [language, file, name] of [
  ['English', 'en.js', 'en'],
  ['简体中文', 'zh-hans.js', 'zhHans'],
  ['繁體中文', 'zh-hant.js', 'zhHant'],
]) {
  const tables = {};
  for (const dir of withLocales) {
    tables[`civic-${dir}`] = (await import(pathToFileURL(join(packagesDir, dir, 'dist/locales', file)).href))[
      name
    ];
  }
  builtIn.push([language, tables]);
}
const shownText = (text) => code(JSON.stringify(text).slice(1, -1));
const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

const cell = (text) =>
  String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s*\n\s*/g, ' ');
const code = (text) => (text ? `\`${text}\`` : '');

function table(headers, rows) {
  if (rows.length === 0) return '';
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ].join('\n');
}

function reference(element) {
  const attributes = new Map((element.attributes ?? []).map((a) => [a.fieldName ?? a.name, a]));
  const properties = (element.members ?? []).filter(
    (m) => m.kind === 'field' && !m.static && m.privacy !== 'private' && m.privacy !== 'protected',
  );
  const sections = [`### \`<${element.tagName}>\``, '', element.description ?? '', ''];
  sections.push('#### Attributes and properties', '');
  sections.push(
    table(
      ['Attribute', 'Property', 'Type', 'Default', 'Description'],
      properties.map((p) => [
        code(attributes.get(p.name)?.name),
        code(p.name),
        code(p.type?.text),
        code(p.default),
        p.description,
      ]),
    ),
  );
  const strings = builtIn[0][1][element.tagName];
  if (strings) {
    sections.push(
      '#### Strings',
      '',
      'Set per instance with `strings` (property, or attribute as JSON), or for a whole locale with ' +
        "`registerStrings(locale, { '" +
        element.tagName +
        "': { … } })` from `@civic-elements/core`.",
      '',
      table(
        ['Name', ...builtIn.map(([language]) => language)],
        Object.keys(strings).map((name) => [
          code(name),
          ...builtIn.map(([, table]) => shownText(table[element.tagName][name])),
        ]),
      ),
    );
  }
  for (const [title, items, columns] of [
    ['Events', element.events, (e) => [code(e.name), code(e.type?.text), e.description]],
    ['Slots', element.slots, (s) => [s.name ? code(s.name) : '(default)', s.description]],
    ['CSS parts', element.cssParts, (p) => [code(p.name), p.description]],
    ['CSS custom properties', element.cssProperties, (p) => [code(p.name), code(p.default), p.description]],
  ]) {
    if (!items?.length) continue;
    const headers = {
      Events: ['Event', 'Type', 'Description'],
      Slots: ['Slot', 'Description'],
      'CSS parts': ['Part', 'Description'],
      'CSS custom properties': ['Property', 'Default', 'Description'],
    }[title];
    sections.push(`#### ${title}`, '', table(headers, items.map(columns)));
  }
  return sections
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

let stale = 0;

/**
 * Replaces what lies between `start` and `end` in the Markdown file at `path` with `body`,
 * formatted as `npm run lint` expects (so the check and Prettier agree); with --check, only counts
 * a file that would change (tooling/generated-file.mjs).
 */
async function writeSection(path, shownPath, [start, end], body, command) {
  const text = await readFile(path, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`✗ ${shownPath} has no ${start} … ${end} section`);
    stale++;
    return;
  }
  const result = await writeGenerated(
    path,
    `${text.slice(0, from)}${start}\n\n${body}\n\n${text.slice(to)}`,
    {
      check,
      shownPath,
      hint: command,
    },
  );
  if (result === 'stale') stale++;
  if (result === 'written') console.log(`wrote ${shownPath}`);
}

for (const name of await readdir(packagesDir)) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(join(packagesDir, name, 'custom-elements.json'), 'utf8'));
  } catch {
    continue;
  }
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  if (elements.length === 0) continue;
  await writeSection(
    join(packagesDir, name, 'README.md'),
    `packages/${name}/README.md`,
    [START, END],
    `<!-- Generated from custom-elements.json by scripts/readme-api.mjs: do not edit. -->\n\n${elements.map(reference).join('\n\n')}`,
    'npm run readme',
  );
}

// The root README's package table, from every workspace's package.json: a component's row names
// its element (its "civic" block), a package that depends on every component says so.
const workspaces = [
  ...(await readdir(packagesDir)).map((dir) => join(packagesDir, dir)),
  fileURLToPath(new URL('../apps/portal', import.meta.url)),
  fileURLToPath(new URL('../tooling', import.meta.url)),
].filter((dir) => existsSync(join(dir, 'package.json')));
const manifests = await Promise.all(
  workspaces.map(async (dir) => JSON.parse(await readFile(join(dir, 'package.json'), 'utf8'))),
);
const componentNames = manifests.filter((pkg) => pkg.civic).map((pkg) => pkg.name);
const order = (pkg) =>
  pkg.civic ? 0 : pkg.private ? 3 : componentNames.every((n) => pkg.dependencies?.[n]) ? 1 : 2;
const rows = manifests
  .map((pkg) => [order(pkg), pkg])
  .sort(([a, x], [b, y]) => a - b || x.name.localeCompare(y.name))
  .map(([rank, pkg]) => [
    code(pkg.name) + (pkg.private ? ' (private)' : ''),
    pkg.civic ? code(`<${pkg.civic.tag}>`) : rank === 1 ? 'every element' : '–',
    // "<civic-x>: the thing." reads as "The thing" in a table whose row already names the tag.
    pkg.description
      .replace(/^<[^>]+>:\s*/, '')
      .replace(/^./, (c) => c.toUpperCase())
      .replace(/\.$/, ''),
  ]);
await writeSection(
  fileURLToPath(new URL('../README.md', import.meta.url)),
  'README.md',
  ['<!-- packages:start -->', '<!-- packages:end -->'],
  `<!-- Generated from each workspace's package.json by scripts/readme-api.mjs: do not edit. -->\n\n${table(['Package', 'Element', 'What it is'], rows).trimEnd()}`,
  'npm run readme',
);
// The root README's size budgets, from size-budgets.json (npm run size) and the portal's
// apps/portal/budgets.json (its budgets test): the goal, and where a row is over it, the size it is
// held at and may not grow past.
const readJson = async (path) =>
  JSON.parse(await readFile(fileURLToPath(new URL(path, import.meta.url)), 'utf8'));
const KIB = 1024;
const budgetRows = [
  ...Object.values(await readJson('../size-budgets.json')).map((row) => [row, 'npm run size']),
  ...Object.values(await readJson('../apps/portal/budgets.json')).map((row) => [row, 'portal tests']),
].map(([{ what, kb, stretchKb, overBudget }, checkedBy]) => [
  what,
  `${kb} KB${stretchKb ? ` (stretch ${stretchKb} KB)` : ''}`,
  overBudget ? `over: held at ${(overBudget.heldAt / KIB).toFixed(2)} KB` : 'within',
  checkedBy,
]);
await writeSection(
  fileURLToPath(new URL('../README.md', import.meta.url)),
  'README.md',
  ['<!-- sizes:start -->', '<!-- sizes:end -->'],
  `<!-- Generated from size-budgets.json and apps/portal/budgets.json by scripts/readme-api.mjs: do not edit. -->\n\n${table(['What a reader downloads (gzip -9)', 'Budget', 'Today', 'Checked by'], budgetRows).trimEnd()}`,
  'npm run readme',
);

// CDN addresses in the READMEs pin each package's version of this checkout (`npm run version`
// runs this after `changeset version`), so a snippet never names a release that does not exist.
const versions = new Map(manifests.map((pkg) => [pkg.name, pkg.version]));
const CDN_URL = /(cdn\.jsdelivr\.net\/npm\/|unpkg\.com\/)(@civic-elements\/[a-z-]+)(@[^/\s"'`)]*)?/g;
const readmes = [
  ...workspaces.map((dir) => join(dir, 'README.md')),
  fileURLToPath(new URL('../README.md', import.meta.url)),
].filter((path) => existsSync(path));
for (const path of readmes) {
  const text = await readFile(path, 'utf8');
  const next = text.replace(CDN_URL, (url, host, name) =>
    versions.has(name) ? `${host}${name}@${versions.get(name)}` : url,
  );
  if (next === text) continue;
  const shown = path.slice(fileURLToPath(new URL('..', import.meta.url)).length);
  if (check) {
    console.error(`✗ ${shown} has CDN addresses without this checkout's versions: run \`npm run readme\``);
    stale++;
  } else {
    await writeFile(path, next);
    console.log(`wrote ${shown} (CDN versions)`);
  }
}
process.exit(stale > 0 ? 1 : 0);
