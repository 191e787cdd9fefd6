// The first paint of the built portal, as a reader on a slow phone gets it: the article's Largest
// Contentful Paint with its scripts against the same HTML without any script (4× CPU slowdown,
// DevTools' "Fast 3G" network, the median of five cold loads each), and the layout shift (CLS) with
// scripts at 320, 768 and 1280 px. A benchmark for `npm run bench`, not a test: timings vary by
// machine. Targets (issue "lean"): LCP ratio ≤ 1.2, CLS 0.
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs } from '@civic-elements/tooling/browsers.mjs';

const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: 184_320, uploadThroughput: 86_400 };
const RUNS = 5;

// Injected before any of the page's own scripts (and into pages that have none).
const OBSERVE = () => {
  window.__lcp = 0;
  window.__cls = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__lcp = entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__cls += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
};

const withoutScripts = (html) =>
  html
    .replace(/<script\b(?![^>]*type="application\/ld\+json")[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<link rel="modulepreload"[^>]*>\n?/gi, '');

async function load(browser, url, { width = 412, scripts = true, throttle = true }) {
  const context = await browser.newContext({ viewport: { width, height: 823 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.addInitScript(OBSERVE);
  // Both variants go through the same interception, so only the scripts differ.
  await page.route(url, async (route) => {
    const response = await route.fetch();
    const body = await response.text();
    await route.fulfill({ response, body: scripts ? body : withoutScripts(body) });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  if (throttle) {
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  }
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(1500);
  const result = await page.evaluate(() => ({ lcp: window.__lcp, cls: window.__cls }));
  await context.close();
  return result;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Measures `path` on `base` (a running portal server); returns rows for console.table. */
export async function firstPaint(base, path) {
  const browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  try {
    const url = base + path;
    const lcp = { scripts: [], none: [] };
    for (let run = 0; run < RUNS; run++) {
      lcp.scripts.push((await load(browser, url, { scripts: true })).lcp);
      lcp.none.push((await load(browser, url, { scripts: false })).lcp);
    }
    const withScripts = median(lcp.scripts);
    const without = median(lcp.none);
    const cls = {};
    for (const width of [320, 768, 1280])
      cls[`CLS ${width}px`] = (await load(browser, url, { width, throttle: false })).cls;
    return {
      page: path,
      'LCP with scripts (ms)': Math.round(withScripts),
      'LCP without (ms)': Math.round(without),
      ratio: Math.round((withScripts / without) * 100) / 100,
      ...cls,
    };
  } finally {
    await browser.close();
  }
}
