// Text size means the page (issue 24): 200% chosen in the reading tools enlarges every text on
// the page, headings, masthead, nav, footer and the panel included, from the one root size; the
// h1 stays larger than the body text; the article header's toggle offers the same scale and shows
// the level chosen in the panel.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { pagePaths, useBuiltSite } from './built-site.mjs';

const pages = await pagePaths();
const articlePages = pages.filter((path) => /^\/(en|zh|zh-hant)\/columns\/[^/]+\/[^/]+\/$/.test(path));
const columnPages = pages.filter((path) => /^\/(en|zh|zh-hant)\/columns\/[^/]+\/$/.test(path));
// An article, a home page and a column page in each language.
const checked = ['en', 'zh', 'zh-hant'].flatMap((lang) => [
  articlePages.find((path) => path.startsWith(`/${lang}/`)),
  `/${lang}/`,
  columnPages.find((path) => path.startsWith(`/${lang}/`)),
]);
const ENTRY = /^(Reading tools|阅读辅助|閱讀輔助)$/;

const site = useBuiltSite();

/**
 * In the page: remembers every visible text node (shadow roots included) with its font size, or,
 * when called again, lists those whose size grew by less than `minimum` times since.
 */
function textSizes(minimum) {
  const nodes = [];
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE && node.shadowRoot) visit(node.shadowRoot);
      if (node.nodeType !== Node.TEXT_NODE || !node.data.trim()) continue;
      const parent = node.parentElement ?? node.parentNode?.host;
      if (!parent || parent.closest('script, style, template')) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || !parent.checkVisibility?.({ visibilityProperty: true }))
        continue;
      nodes.push([node, parseFloat(getComputedStyle(parent).fontSize)]);
    }
  };
  visit(document);
  if (minimum === undefined) {
    window.__textSizes = new Map(nodes);
    return nodes.length;
  }
  const small = [];
  for (const [node, size] of nodes) {
    const before = window.__textSizes.get(node);
    if (before !== undefined && size < before * minimum)
      small.push(`"${node.data.trim().slice(0, 30)}" ${before}px → ${size}px`);
  }
  return small;
}

/** In the page: the h1's font size and the largest font size of a paragraph in <main>. */
function hierarchy() {
  const size = (element) => parseFloat(getComputedStyle(element).fontSize);
  const h1 = document.querySelector('h1');
  const paragraphs = [...document.querySelectorAll('main p')].filter((p) => p.textContent.trim());
  return { h1: h1 && size(h1), body: Math.max(...paragraphs.map(size)) };
}

async function openPanel(page) {
  await page.getByRole('button', { name: ENTRY }).click();
  await page.locator('civic-reading-tools [part="panel"]').waitFor();
}
/** The panel's text-size radio for a percentage (a number, or a pattern's source). */
const panelSize = (page, percent) =>
  page.locator('civic-reading-tools').getByRole('radio', { name: new RegExp(`^${percent}\\s?%$`) });

describe('text size chosen in the reading tools', () => {
  for (const path of checked) {
    test(`${path}: 200% enlarges every text at least 1.9 times, and the h1 stays above body text`, async () => {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      await page.goto(site.base + path);
      await page.waitForLoadState('networkidle');
      await openPanel(page);
      const counted = await page.evaluate(textSizes);
      // The walk must see the page and the panel: a few texts would prove nothing.
      assert.ok(counted > 30, `only ${counted} texts`);
      for (const level of [1.25, 1.5, 1.75, 2]) {
        await panelSize(page, level * 100).check();
        const { h1, body } = await page.evaluate(hierarchy);
        assert.ok(h1 > body, `${path} at ${level}: h1 ${h1}px, body text ${body}px`);
      }
      assert.deepEqual(await page.evaluate(textSizes, 1.9), [], path);
      await context.close();
    });
  }

  test('at 200% and 320 px wide, no page of the three kinds scrolls sideways, nor the open panel', async () => {
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(site.base + checked[0]);
    await openPanel(page);
    await panelSize(page, 200).check();
    for (const path of checked) {
      await page.goto(site.base + path);
      await page.waitForLoadState('networkidle');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(width <= 320, `${path}: ${width}px wide`);
    }
    // The panel grows with the page and still fits.
    await openPanel(page);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 320, `with the panel open: ${width}px wide`);
    await context.close();
  });

  test("the article header's toggle has the same scale and shows the level chosen in the panel", async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    await page.goto(site.base + articlePages[0]);
    await page.waitForLoadState('networkidle');
    const header = page.locator('civic-article-header civic-font-size-toggle');
    assert.equal(await header.getByRole('button').count(), 5);
    await openPanel(page);
    await panelSize(page, 175).check();
    assert.equal(
      await header.getByRole('button', { name: /^A 175\s?%$/ }).getAttribute('aria-pressed'),
      'true',
    );
    // And back: chosen in the header, pressed in the panel, the same root size.
    await page.keyboard.press('Escape');
    await header.getByRole('button', { name: /^A 200\s?%$/ }).click();
    await openPanel(page);
    assert.equal(await panelSize(page, 200).isChecked(), true);
    const root = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    assert.equal(root, 32);
    // Remembered on the next page, pressed there too.
    await page.goto(site.base + articlePages[1]);
    assert.equal(
      await header.getByRole('button', { name: /^A 200\s?%$/ }).getAttribute('aria-pressed'),
      'true',
    );
    await context.close();
  });
});
