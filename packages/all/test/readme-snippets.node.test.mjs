// Every snippet in the READMEs that uses a civic- tag also loads what defines it. Failed before:
// the Vue and JSX snippets imported only types, so a reader who copied them saw nothing render
// and no error (issue 23).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
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
  const snippets = [...text.matchAll(/```(\w+)\n([\s\S]*?)```/g)].filter(
    ([, lang, code]) => FRAMEWORKS.has(lang) && /<civic-[a-z-]+[\s>/]/.test(code),
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
