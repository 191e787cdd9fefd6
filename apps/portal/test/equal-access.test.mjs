// IBM Equal Access (issue 24): the IBM accessibility checker's engine (accessibility-checker-engine,
// its ace.js injected into the page; it needs no network) finds no violation on any kind of page,
// in every language, with JavaScript on and off, and with the reading-tools panel open. A
// potential violation fails too, unless it is one of the named exceptions below, each with why it
// is not a defect here.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test } from 'node:test';
import { pagePaths, useBuiltSite } from './built-site.mjs';

const ace = readFileSync(
  createRequire(import.meta.url).resolve('accessibility-checker-engine/ace.js'),
  'utf8',
);

const SIZE_AND_PLACE = new Set([
  'top',
  'bottom',
  'above',
  'below',
  'small',
  'large',
  'larger',
  'bigger',
  'size',
  'square',
]);

/**
 * Potential violations that are not defects, by rule: a test of the result (with the page's
 * language and, for a focus check, the focused element's outline) and why it is excused.
 */
const EXCEPTIONS = {
  // Raised once per page on the style sheet itself, for any colour set in CSS: the checker asks a
  // person to verify. Verified: links are underlined, the current column and the pressed buttons
  // are marked by weight, fill, underline or a tick as well as colour (tested in the packages).
  style_color_misuse: (result) => result.path.dom.includes('/head[1]/link['),
  // Words of size and place in the statement and the toggle's label ("Text size", "Bigger text",
  // "larger text", "a small panel", "at the top of every page" beside the button's name, the
  // office's address on a square): they name settings or places, or say where something is in
  // reading order too; no instruction relies on seeing shape or size.
  text_sensory_misuse: (result) => {
    const words = /'([^']+)'/.exec(result.message)?.[1].split(/,\s*/) ?? [];
    return words.length > 0 && words.every((word) => SIZE_AND_PLACE.has(word.toLowerCase()));
  },
  // The checker counts words by spaces, so every Chinese paragraph looks like a short line that
  // might be a heading. Our paragraphs are paragraphs; headings are h1–h3.
  text_block_heading: (result) => result.lang.startsWith('zh') && result.tag === 'p',
  // Border or outline set in CSS: the checker asks whether focus still shows. The test focuses
  // the element and finds an outline of at least 2 px.
  style_focus_visible: (result) => result.outline >= 2,
};

const pages = await pagePaths();
const languages = [
  ...new Set(pages.map((path) => path.split('/')[1]).filter((part) => part && part !== 'assets')),
]
  .filter((lang) => pages.includes(`/${lang}/`))
  .sort();
const firstOf = (pattern) => pages.find((path) => pattern.test(path));
// One page of each kind in each language, the root and the 404 page.
const checked = [
  '/',
  '/nope/',
  ...languages.flatMap((lang) =>
    [
      `/${lang}/`,
      firstOf(new RegExp(`^/${lang}/columns/[^/]+/$`)),
      firstOf(new RegExp(`^/${lang}/columns/[^/]+/page/2/$`)),
      firstOf(new RegExp(`^/${lang}/columns/[^/]+/(?!page/)[^/]+/$`)),
      `/${lang}/search/`,
      `/${lang}/accessibility/`,
      `/${lang}/nope/`,
    ].filter((path) => path && (path.endsWith('nope/') || pages.includes(path))),
  ),
];
const ENTRY = /^(Reading tools|阅读辅助|閱讀輔助)$/;

const site = useBuiltSite();

/** In the page: the checker's results that are not a pass, as level, rule, path and message. */
async function findings() {
  const report = await new globalThis.ace.Checker().check(document, ['IBM_Accessibility']);
  const level = ([policy, outcome]) =>
    policy === 'VIOLATION' && outcome === 'FAIL'
      ? 'violation'
      : policy === 'VIOLATION' && outcome === 'POTENTIAL'
        ? 'potentialviolation'
        : undefined;
  // The checker's paths step into shadow roots as "#document-fragment[1]".
  const nodeAt = (path) => {
    let node = document;
    for (const [, name, index] of path.matchAll(/\/([^/[]+)\[(\d+)\]/g)) {
      if (name === '#document-fragment') node = node?.shadowRoot;
      else node = [...(node?.children ?? [])].filter((child) => child.localName === name)[index - 1];
    }
    return node;
  };
  return report.results
    .filter((result) => level(result.value))
    .map((result) => {
      const node = nodeAt(result.path.dom);
      let outline;
      if (result.ruleId === 'style_focus_visible' && node) {
        node.focus({ focusVisible: true });
        outline = parseFloat(getComputedStyle(node).outlineWidth);
        node.blur();
      }
      return {
        level: level(result.value),
        ruleId: result.ruleId,
        path: result.path,
        message: result.message,
        lang: document.documentElement.lang,
        tag: node?.localName,
        className: node?.className,
        outline,
      };
    });
}

/** Runs the checker in a loaded page and lists what is neither a pass nor excused. */
async function check(page, { javaScript, before } = {}) {
  if (javaScript)
    await page.waitForSelector('civic-reading-tools[data-load-on-use], html:not(:has(civic-reading-tools))', {
      state: 'attached',
    });
  await before?.();
  await page.evaluate(ace);
  return (await page.evaluate(findings))
    .filter((result) => !(result.level === 'potentialviolation' && EXCEPTIONS[result.ruleId]?.(result)))
    .map((result) => `${result.level} ${result.ruleId} at ${result.path.dom}: ${result.message}`);
}

test('checks every kind of page in every language', () => {
  assert.ok(languages.includes('en') && languages.includes('zh'), `languages: ${languages}`);
  assert.ok(checked.length >= 2 + languages.length * 6, `pages: ${checked.join(', ')}`);
});

for (const javaScript of [true, false]) {
  test(`IBM Equal Access finds no violation on any kind of page, JavaScript ${javaScript ? 'on' : 'off'}`, async () => {
    // The checker is injected into pages whose Content-Security-Policy would refuse it.
    const context = await site.browser.newContext({ javaScriptEnabled: javaScript, bypassCSP: true });
    const page = await context.newPage();
    const found = [];
    for (const path of checked) {
      await page.goto(site.base + path);
      await page.waitForLoadState('load');
      for (const finding of await check(page, { javaScript })) found.push(`${path}: ${finding}`);
    }
    await context.close();
    assert.deepEqual(found, []);
  });
}

test('IBM Equal Access finds no violation with the reading-tools panel open', async () => {
  const context = await site.browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  const found = [];
  for (const path of languages.map((lang) =>
    firstOf(new RegExp(`^/${lang}/columns/[^/]+/(?!page/)[^/]+/$`)),
  )) {
    await page.goto(site.base + path);
    await page.waitForLoadState('load');
    const before = async () => {
      await page.getByRole('button', { name: ENTRY }).click();
      await page.getByRole('group', { name: /^(Line spacing|行距)$/ }).waitFor();
    };
    for (const finding of await check(page, { javaScript: true, before })) found.push(`${path}: ${finding}`);
  }
  await context.close();
  assert.deepEqual(found, []);
});
