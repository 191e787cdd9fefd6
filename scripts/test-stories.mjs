// Runs axe over every story of the built Storybook (storybook-static) in Chromium, in every
// combination of the toolbar's locale and theme, and fails on any violation. In the Chinese
// locales it also fails on English words that the story shows as Chinese text (a mixed-language
// page: content the story did not translate), unless the story is tagged `mixed-language`
// (hostile input, which is shown as typed). `npm run build-storybook` first.
import { readFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { axeViolations } from '@civic-elements/tooling/axe.mjs';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { LOCALES, THEMES, readStories, serveStorybook, setGlobals, storyReady } from './lib/storybook.mjs';

requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
const stories = await readStories();
const combinations = LOCALES.flatMap((locale) => THEMES.map((theme) => ({ locale, theme })));

/**
 * In the page: English words (four letters or more) in text whose nearest `lang` is Chinese,
 * under the story root, through shadow roots. Runs in the browser.
 */
function englishInChinese() {
  const found = [];
  const langOf = (node) => {
    for (let at = node.parentElement ?? node.parentNode?.host; at;) {
      if (at.hasAttribute?.('lang')) return at.getAttribute('lang');
      at = at.parentElement ?? at.parentNode?.host ?? at.getRootNode?.().host;
    }
    return '';
  };
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let node = walker.currentNode; node; node = walker.nextNode()) {
      if (node.nodeType === Node.ELEMENT_NODE) {
        if (node.shadowRoot) visit(node.shadowRoot);
        continue;
      }
      const parent = node.parentElement;
      if (!parent || parent.closest('code, style, script, [hidden]')) continue;
      // E-mail addresses and web addresses are not words of any language.
      const words = node.data.replace(/\S+@\S+|\bhttps?:\/\/\S+/g, '').match(/[A-Za-z]{4,}/g);
      if (words && /^zh/i.test(langOf(node))) found.push(...words);
    }
  };
  visit(document.querySelector('#storybook-root'));
  return found;
}

const server = await serveStorybook();
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
let failed = 0;
let mixed = 0;
try {
  const page = await (await browser.newContext()).newPage();
  for (const story of stories) {
    // Load each story once, then switch locale and theme as the toolbar does.
    await page.goto(`${server.base}/iframe.html?id=${story.id}&viewMode=story`);
    await storyReady(page);
    for (const globals of combinations) {
      await setGlobals(page, globals);
      const label = `${story.title} › ${story.name} [${globals.locale}, ${globals.theme}]`;
      const violations = await axeViolations(page, { include: '#storybook-root' });
      if (violations.length > 0) {
        failed++;
        console.log(`✗ ${label}`);
        for (const v of violations) console.log(`    ${v.id}: ${v.help}\n      ${v.nodes.join('\n      ')}`);
      } else {
        console.log(`✓ ${label}`);
      }
    }
    // The language check on a story loaded in each Chinese locale, as a reader opening it would
    // get it (a story that has already run in English may keep what it did then).
    for (const locale of LOCALES.filter((name) => name !== 'en')) {
      if (story.tags?.includes('mixed-language')) break;
      await page.goto(`${server.base}/iframe.html?id=${story.id}&viewMode=story&globals=locale:${locale}`);
      await storyReady(page);
      const english = await page.evaluate(englishInChinese);
      if (english.length > 0) {
        mixed++;
        console.log(
          `✗ ${story.title} › ${story.name} [${locale}]: English text in a Chinese story: ${english.join(', ')}`,
        );
      }
    }
  }
  // Docs pages show every story of a component at once: no id may appear twice, and a toggle
  // scales its own story's text and nothing else on the page.
  const index = JSON.parse(
    await readFile(new URL('../storybook-static/index.json', import.meta.url), 'utf8'),
  );
  for (const docs of Object.values(index.entries).filter((entry) => entry.type === 'docs')) {
    await page.goto(`${server.base}/iframe.html?id=${docs.id}&viewMode=docs`);
    await page.waitForSelector('#storybook-docs .sbdocs-content', { timeout: 15000 });
    await page.waitForTimeout(1000);
    const problems = await page.evaluate(async () => {
      const seen = new Map();
      // Ids in the stories, and Storybook's anchors (one per story); its own widgets' ids are its business.
      for (const { id } of document.querySelectorAll(
        '#storybook-docs .civic-story [id], #storybook-docs [id^="anchor--"]',
      ))
        seen.set(id, (seen.get(id) ?? 0) + 1);
      const found = [...seen]
        .filter(([, count]) => count > 1)
        .map(([id, count]) => `id "${id}" ${count} times`);
      const sizes = () =>
        [...document.querySelectorAll('#storybook-docs p')].map((p) => getComputedStyle(p).fontSize);
      for (const toggle of document.querySelectorAll('#storybook-docs civic-font-size-toggle[for]')) {
        const target = document.getElementById(toggle.getAttribute('for'));
        if (!target) continue;
        const before = sizes();
        const buttons = toggle.shadowRoot.querySelectorAll('button');
        buttons[buttons.length - 1].click();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        const after = sizes();
        const paragraphs = [...document.querySelectorAll('#storybook-docs p')];
        const changed = paragraphs.filter((p, i) => before[i] !== after[i] && !target.contains(p));
        if (changed.length > 0)
          found.push(`the toggle for "${target.id}" also scaled ${changed.length} other paragraphs`);
        buttons[0].click();
      }
      return found;
    });
    // axe over the page's examples: the stories, and the themes side by side on the tokens page.
    const examples = '#storybook-docs .civic-story, #storybook-docs section[aria-label]';
    if (await page.locator(examples).count()) {
      const violations = await axeViolations(page, { include: examples });
      // A docs page shows many examples at once: several footers, navs and h1s are its nature.
      const PAGE_LEVEL = new Set(['landmark-unique', 'landmark-no-duplicate-contentinfo', 'heading-order']);
      problems.push(
        ...violations
          .filter((v) => !PAGE_LEVEL.has(v.id))
          .map((v) => `${v.id}: ${v.help} (${v.nodes.join(', ')})`),
      );
    }
    if (problems.length > 0) {
      mixed++;
      console.log(`✗ ${docs.title} (docs): ${problems.join('; ')}`);
    } else {
      console.log(`✓ ${docs.title} (docs): no shared ids, no toggle scales another story, axe clean`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
const runs = stories.length * combinations.length;
console.log(
  `\n${runs - failed} passed, ${failed} failed (${stories.length} stories × ${combinations.length} locale/theme combinations); ${mixed} stories with English text in a Chinese locale or docs pages whose examples interfere`,
);
process.exit(failed > 0 || mixed > 0 || stories.length === 0 ? 1 : 0);
