// Writes each component package's API reference into its README, between
// <!-- api:start --> and <!-- api:end -->, from its custom-elements.json. With --check it only
// reports READMEs that are out of date (exit 1). Run after `npm run build`.
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { format, resolveConfig } from 'prettier';

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
for (const name of await readdir(packagesDir)) {
  let manifest;
  try {
    manifest = JSON.parse(await readFile(join(packagesDir, name, 'custom-elements.json'), 'utf8'));
  } catch {
    continue;
  }
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  if (elements.length === 0) continue;
  const readmePath = join(packagesDir, name, 'README.md');
  const readme = await readFile(readmePath, 'utf8');
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) {
    console.error(`✗ packages/${name}/README.md has no ${START} … ${END} section`);
    stale++;
    continue;
  }
  const generated = `${START}\n\n<!-- Generated from custom-elements.json by scripts/readme-api.mjs: do not edit. -->\n\n${elements.map(reference).join('\n\n')}\n\n${END}`;
  // Formatted as `npm run lint` expects, so the check and Prettier agree.
  const next = await format(readme.slice(0, start) + generated + readme.slice(end + END.length), {
    ...(await resolveConfig(readmePath)),
    filepath: readmePath,
  });
  if (next === readme) continue;
  if (check) {
    console.error(`✗ packages/${name}/README.md is out of date: run \`npm run readme\``);
    stale++;
  } else {
    await writeFile(readmePath, next);
    console.log(`wrote packages/${name}/README.md`);
  }
}
process.exit(stale > 0 ? 1 : 0);
