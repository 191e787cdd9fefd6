// Benchmark (not a test): how long <civic-column-nav> takes to mark the current link when 1,000
// links arrive at once, and when they arrive one microtask apart (as a streaming CMS adds them).
// Issue #12 asks that one at a time take no more than 5× the time of all at once. Chromium, the
// production CDN file. Run after `npm run build`: node scripts/bench-column-nav.mjs
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
  await page.waitForFunction(() => customElements.get('civic-column-nav'));
  const run = (oneByOne) =>
    page.evaluate(async (oneByOne) => {
      document.body.innerHTML = '<civic-column-nav current="/c999/"><ul></ul></civic-column-nav>';
      const list = document.querySelector('ul');
      const items = Array.from({ length: 1000 }, (_, i) => {
        const li = document.createElement('li');
        li.innerHTML = `<a href="/c${i}/">Column ${i}</a>`;
        return li;
      });
      const start = performance.now();
      if (oneByOne) {
        for (const item of items) {
          list.append(item);
          await Promise.resolve();
        }
      } else {
        list.append(...items);
      }
      const last = items.at(-1).firstChild;
      while (last.getAttribute('aria-current') !== 'page') await new Promise(requestAnimationFrame);
      return performance.now() - start;
    }, oneByOne);
  const median = async (oneByOne) => {
    const times = [];
    for (let i = 0; i < 5; i++) times.push(await run(oneByOne));
    return times.sort((a, b) => a - b)[2];
  };
  const together = await median(false);
  const oneByOne = await median(true);
  console.log(`1,000 links at once:        ${together.toFixed(1)} ms (median of 5)`);
  console.log(`1,000 links one at a time:  ${oneByOne.toFixed(1)} ms (median of 5)`);
  console.log(`ratio: ${(oneByOne / together).toFixed(2)}× (goal: at most 5×)`);
} finally {
  await browser.close();
  server.close();
}
