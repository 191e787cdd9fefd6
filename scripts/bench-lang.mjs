// Benchmark (not a test): what a `lang` change costs with 1,000 elements on the page. An unrelated
// element's `lang` (a quotation marked lang="fr") should update none of them; `<html lang>`
// updates them all. Chromium, the production CDN file. Run after `npm run build`:
// node scripts/bench-lang.mjs
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';

requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
const script = await readFile(new URL('../packages/all/dist/civic-elements.min.js', import.meta.url));
const server = createServer((request, response) => {
  if (request.url === '/civic-elements.min.js') {
    response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
  } else {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<!doctype html><html lang="en"><body><script type="module" src="/civic-elements.min.js"></script></body></html>',
      );
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${server.address().port}/`);
  await page.waitForFunction(() => customElements.get('civic-article-header'));
  const run = (change) =>
    page.evaluate(async (change) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
      document.documentElement.lang = 'en';
      document.body.innerHTML = `<p lang="fr">Une citation</p>${'<civic-article-header heading="Notice" source="Office" published="2019-12-29T20:30+08:00"></civic-article-header>'.repeat(1000)}`;
      await frame();
      const proto = customElements.get('civic-article-header').prototype;
      let updates = 0;
      const update = proto.update;
      proto.update = function (...args) {
        updates++;
        return update.apply(this, args);
      };
      const start = performance.now();
      if (change === 'unrelated') document.querySelector('p').lang = 'de';
      else document.documentElement.lang = 'zh-CN';
      await frame();
      const time = performance.now() - start;
      proto.update = update;
      return { time, updates };
    }, change);
  const median = async (change) => {
    const runs = [];
    for (let i = 0; i < 5; i++) runs.push(await run(change));
    runs.sort((a, b) => a.time - b.time);
    return runs[2];
  };
  for (const [label, change] of [
    ['an unrelated <p lang> changes', 'unrelated'],
    ['<html lang> changes          ', 'html'],
  ]) {
    const { time, updates } = await median(change);
    console.log(`1,000 headers, ${label}: ${time.toFixed(1)} ms, ${updates} updates (median of 5)`);
  }
} finally {
  await browser.close();
  server.close();
}
