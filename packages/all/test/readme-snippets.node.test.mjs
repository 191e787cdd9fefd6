// Every snippet in the READMEs that uses a civic- tag also loads what defines it. Failed before:
// the Vue and JSX snippets imported only types, so a reader who copied them saw nothing render
// and no error (issue 23).
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../..', import.meta.url));
const readmes = readdirSync(packages).map((name) => join(packages, name, 'README.md'));
// What defines elements: a side-effect import of a package, or the CDN file or autoloader.
const DEFINES =
  /import\s+['"]@civic-elements\/[^'"]+['"]|import\(\s*['"][^'"]*(civic-elements\.min|autoloader)\.js|src=["'][^"']*(civic-elements\.min|autoloader)\.js/;
const FRAMEWORKS = new Set(['html', 'vue', 'svelte', 'tsx', 'jsx', 'ts', 'js']);

for (const readme of readmes) {
  let text;
  try {
    text = readFileSync(readme, 'utf8');
  } catch {
    continue;
  }
  // An excerpt of a rehearsed file (below) is proven to render by the rehearsal itself.
  const snippets = [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter(
    ({ 0: _, 1: lang, 2: code, index }) =>
      FRAMEWORKS.has(lang) &&
      /<civic-[a-z-]+[\s>/]/.test(code) &&
      !/<!-- rehearsed: \S+ -->\n\n?$/.test(text.slice(0, index)),
  );
  test(`${readme.slice(packages.length)}: each snippet with a civic- tag loads what defines it`, () => {
    for (const [, lang, code] of snippets) {
      // An HTML-first form shown on its own is markup for a template, defined elsewhere on the page.
      if (lang === 'html' && !/<script|<head/.test(code)) continue;
      // So is a server template that writes that markup (the *.content.js helpers).
      if (/\.content\.js['"]/.test(code)) continue;
      assert.match(code, DEFINES, `${lang} snippet:\n${code.slice(0, 300)}`);
    }
  });
}

// Every framework snippet (Vue, Svelte, TSX, JSX, Astro) in a README, and every snippet marked
// `<!-- rehearsed: <path> -->` just before its fence, is lines of a file that the release
// rehearsal compiles (scripts/consumers/<stranger>/, a folder with a check.mjs) or that a
// package's test builds (packages/<name>/test/): the strangers are the snippets' source. Lines are
// compared trimmed, blank lines aside, so an excerpt may come from an indented block.
const root = fileURLToPath(new URL('../../..', import.meta.url));
const REHEARSED = /^<!-- rehearsed: (\S+) -->$/;
const MUST_BE_REHEARSED = new Set(['vue', 'svelte', 'tsx', 'jsx', 'astro']);
const meaningful = (text) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** Whether `lines` appear one after another among the meaningful lines of `file`. */
function excerptOf(lines, file) {
  const fileLines = meaningful(readFileSync(join(root, file), 'utf8'));
  for (let start = 0; start + lines.length <= fileLines.length; start++) {
    if (lines.every((line, index) => fileLines[start + index] === line)) return true;
  }
  return false;
}

function builtByTests(file) {
  const stranger = /^scripts\/consumers\/([\w-]+)\//.exec(file)?.[1];
  if (stranger) return existsSync(join(root, 'scripts/consumers', stranger, 'check.mjs'));
  return /^packages\/[\w-]+\/test\//.test(file) && existsSync(join(root, file));
}

for (const readme of [join(root, 'README.md'), ...readmes]) {
  if (!existsSync(readme)) continue;
  test(`${readme.slice(root.length)}: framework snippets are excerpts of rehearsed files`, () => {
    const lines = readFileSync(readme, 'utf8').split('\n');
    for (let index = 0; index < lines.length; index++) {
      const fence = /^```(\w+)$/.exec(lines[index]);
      if (!fence) continue;
      const end = lines.indexOf('```', index + 1);
      const code = lines.slice(index + 1, end).join('\n');
      // The marker is the line before the fence, or the one before that blank line (Prettier's).
      const marker = REHEARSED.exec((lines[index - 1] || lines[index - 2]) ?? '')?.[1];
      const where = `${readme.slice(root.length)}:${index + 1}`;
      if (marker) {
        assert.ok(builtByTests(marker), `${where}: ${marker} is no file of a stranger or a package test`);
        assert.ok(excerptOf(meaningful(code), marker), `${where}: the snippet is not lines of ${marker}`);
      } else {
        assert.ok(
          !MUST_BE_REHEARSED.has(fence[1]),
          `${where}: a ${fence[1]} snippet needs <!-- rehearsed: <file> --> on the line before it`,
        );
      }
      index = end;
    }
  });
}
