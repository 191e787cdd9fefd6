// Drives the built Storybook (storybook-static) in Chromium as a designer would, and asserts what
// the story renders: a control changes the element, the toolbar switches locale, theme and text
// size, URL args and globals work, and events reach the Actions panel.
// `npm run build-storybook` first.
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { components } from '@civic-elements/tooling/components.mjs';
import { readStories, serveStorybook } from './lib/storybook.mjs';

requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
const server = await serveStorybook();
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
const started = Date.now();
let passed = 0;

async function step(name, run) {
  await run();
  passed++;
  console.log(`✓ ${name}`);
}

/** Text of an element's shadow root, whitespace collapsed. */
const shadowText = (frame, tag) =>
  frame.locator(tag).evaluate((element) => element.shadowRoot.textContent.replace(/\s+/g, ' ').trim());

/** Picks an item of a toolbar menu: the button showing `current`, then the item `wanted`. */
async function toolbar(page, current, wanted) {
  await page.getByRole('button', { name: current, exact: false }).first().click();
  await page.getByText(wanted, { exact: true }).first().click();
}

try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${server.base}/?path=/story/components-article-header--default`);
  const preview = page.frameLocator('#storybook-preview-iframe');
  const header = preview.locator('civic-article-header');
  await header.waitFor({ state: 'attached' });

  await step('a text control re-renders the element (heading)', async () => {
    await page.locator('#control-heading').fill('Hello designers');
    await assert.doesNotReject(
      preview
        .locator('civic-article-header[heading="Hello designers"]')
        .waitFor({ state: 'attached', timeout: 5000 }),
    );
    await page.waitForFunction(() => location.href.includes('args=heading:Hello'));
    const heading = await header.evaluate(
      (element) => element.shadowRoot.querySelector('[part=heading]').textContent,
    );
    assert.equal(heading.trim(), 'Hello designers');
  });

  await step('a number control re-renders the element (heading-level 2 → <h2>)', async () => {
    await page.locator('#control-heading-level').fill('2');
    await preview
      .locator('civic-article-header[heading-level="2"]')
      .waitFor({ state: 'attached', timeout: 5000 });
    const tag = await header.evaluate(
      (element) => element.shadowRoot.querySelector('[part=heading]').localName,
    );
    assert.equal(tag, 'h2');
  });

  await step('the Locale toolbar sets lang on the story root (繁體中文)', async () => {
    await toolbar(page, 'English', '繁體中文');
    await preview.locator('.civic-story[lang="zh-Hant"]').waitFor({ state: 'attached', timeout: 5000 });
    await page.waitForFunction(() => location.href.includes('locale:zh-Hant'));
    const text = await shadowText(preview, 'civic-article-header');
    assert.match(text, /來源/);
    assert.match(text, /發佈時間/);
  });

  await step('the Theme toolbar switches to the dark theme', async () => {
    await toolbar(page, 'Light', 'Dark');
    await preview.locator('.civic-story.civic-theme-dark').waitFor({ state: 'attached', timeout: 5000 });
    const colours = await header.evaluate((element) => ({
      background: getComputedStyle(element.closest('.civic-story')).backgroundColor,
      title: getComputedStyle(element.shadowRoot.querySelector('[part=heading]')).color,
    }));
    assert.equal(colours.background, 'rgb(18, 20, 22)');
    assert.equal(colours.title, 'rgb(255, 255, 255)');
  });

  await step('the Text size toolbar scales the story as the toggle does (200%)', async () => {
    const before = await header.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    await toolbar(page, 'Text 100%', 'Text 200%');
    await preview
      .locator('.civic-story[style*="--civic-font-scale: 2"]')
      .waitFor({ state: 'attached', timeout: 5000 });
    const after = await header.evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    assert.equal(after, before * 2);
  });

  await step(
    'args and globals in the URL (?args=heading:Hello&globals=locale:zh-CN;theme:dark)',
    async () => {
      await page.goto(
        `${server.base}/iframe.html?id=components-article-header--default&viewMode=story&args=heading:Hello&globals=locale:zh-CN;theme:dark`,
      );
      const frame = page.mainFrame();
      await frame
        .locator('.civic-story[lang="zh-CN"].civic-theme-dark civic-article-header[heading="Hello"]')
        .waitFor({
          state: 'attached',
          timeout: 10000,
        });
      assert.match(await shadowText(frame, 'civic-article-header'), /来源/);
    },
  );

  // Every component with a slot named like one of its parts (the footer's `links`): the first
  // story of each offers the slot as a control of its own, and filling it fills the slot.
  const stories = await readStories();
  for (const { name, tag, dir } of components) {
    const manifest = JSON.parse(await readFile(join(dir, 'custom-elements.json'), 'utf8'));
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    const parts = new Set((element.cssParts ?? []).map((part) => part.name));
    const slot = (element.slots ?? []).find((candidate) => candidate.name && parts.has(candidate.name))?.name;
    const story = stories.find((entry) => entry.importPath.includes(`/packages/${name}/stories/`));
    if (!slot || !story) continue;
    await step(
      `slots are controls of their own (${tag}’s ${slot} slot, apart from the ${slot} part)`,
      async () => {
        await page.goto(`${server.base}/?path=/story/${story.id}`);
        const frame = page.frameLocator('#storybook-preview-iframe');
        await frame.locator(tag).waitFor({ state: 'attached' });
        assert.equal(await page.locator(`#control-${slot}-slot`).count(), 1);
        assert.equal(await page.locator(`#control-${slot}-part`).count(), 1);
        await page.locator(`#control-${slot}-slot`).fill('<a href="/en/privacy/">Privacy notice</a>');
        await frame.locator(`${tag} > a[slot="${slot}"]`).waitFor({ state: 'attached', timeout: 5000 });
      },
    );
  }

  await step('events are logged in the Actions panel (civic-font-size-change)', async () => {
    await page.goto(`${server.base}/?path=/story/components-font-size-toggle--default`);
    const frame = page.frameLocator('#storybook-preview-iframe');
    const toggle = frame.locator('civic-font-size-toggle');
    await toggle.waitFor({ state: 'attached' });
    await frame.locator('civic-font-size-toggle [part=button]').nth(2).click();
    await page.getByRole('tab', { name: /Actions/ }).click();
    // The log entry, named after the event, with the event's detail (the new scale, 1.5).
    await page
      .getByText('civic-font-size-change')
      .filter({ visible: true })
      .first()
      .waitFor({ timeout: 5000 });
    await page.getByRole('tab', { name: /Actions\s*1/ }).waitFor({ timeout: 5000 });
  });

  // Failed before: the page imported all's source by a relative path, which the build treated as
  // free of side effects (all's package.json names only dist files) and dropped, so no element was
  // defined and the four theme samples were empty boxes.
  await step('the Design tokens page shows the elements, rendered, in each theme', async () => {
    await page.goto(`${server.base}/?path=/docs/design-tokens--docs`);
    const frame = page.frameLocator('#storybook-preview-iframe');
    const samples = frame.locator('section[aria-label]');
    await samples.first().waitFor({ timeout: 10000 });
    assert.equal(await samples.count(), 4, 'default, dark and the two high-contrast schemes');
    await page.waitForTimeout(1000);
    const rendered = await samples.evaluateAll((sections) =>
      sections.map((section) => {
        const elements = [...section.querySelectorAll('*')].filter((element) =>
          element.localName.includes('-'),
        );
        return (
          elements.length > 0 &&
          elements.every((element) => customElements.get(element.localName) && element.shadowRoot)
        );
      }),
    );
    assert.deepEqual(rendered, [true, true, true, true]);
  });

  // Failed before: without GitHub-flavoured Markdown the docs pages showed their tables as lines
  // of "|" text.
  await step('docs pages render their Markdown tables as tables (the browser support grades)', async () => {
    await page.goto(`${server.base}/?path=/docs/introduction--docs`);
    const frame = page.frameLocator('#storybook-preview-iframe');
    const grades = frame.getByRole('table').filter({ hasText: 'Chromium 86' });
    await grades.waitFor({ timeout: 10000 });
    assert.equal(await grades.getByRole('row').count(), 4, 'a header row and grades A, B and C');
    const raw = await frame.getByText(/^\|\s*Grade\s*\|/).count();
    assert.equal(raw, 0, 'no table left as raw text');
  });

  assert.deepEqual(errors, [], `errors in the page: ${errors.join('; ')}`);
} finally {
  await browser.close();
  server.close();
}
console.log(`\n${passed} checks passed (${Math.round((Date.now() - started) / 1000)} s)`);
