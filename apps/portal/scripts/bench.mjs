// Benchmark (not a test) of the built portal, served by scripts/server.mjs on 127.0.0.1.
// 1. Load: autocannon, 50 connections for 30 s each on an HTML page and on the client script, as
//    a browser asks for them (Accept-Encoding: br, gzip). Prints req/s, p99 latency and errors;
//    exits non-zero if any request failed or was not 2xx.
// 2. Lighthouse 12 with its default mobile settings on the home page, a column page and an article
//    page. Prints the four category scores, LCP, CLS and the page's JavaScript (gzip -9). Targets:
//    all four categories 100, CLS 0, JavaScript within apps/portal/budgets.json
//    (test/budgets.test.mjs checks these sizes on every build).
// 3. The first paint (scripts/first-paint.mjs): the article's LCP with its scripts against the same
//    HTML without them (4× CPU, Fast 3G, median of 5), their ratio (target ≤ 1.2), and CLS at 320,
//    768 and 1280 px (target 0).
// `--skip-load`, `--skip-lighthouse` or `--skip-first-paint` leaves that part out.
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromePath, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { firstPaint } from './first-paint.mjs';
import { loadTest } from './load-test.mjs';
import { createPortalServer, readBuiltHeaders } from './server.mjs';

const run = promisify(execFile);
const dist = fileURLToPath(new URL('../dist', import.meta.url));
const lighthouseBin = fileURLToPath(
  new URL('../../../node_modules/lighthouse/cli/index.js', import.meta.url),
);
requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');

const server = createPortalServer({ root: dist, ...(await readBuiltHeaders(dist)) });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const home = await readFile(`${dist}/en/index.html`, 'utf8');
const navScript = /<link rel="modulepreload" href="([^"]+)"/.exec(home)[1];

let failed = false;
const rows = [];
try {
  if (!process.argv.includes('--skip-load')) {
    const load = [];
    for (const path of ['/en/', navScript]) {
      const result = await loadTest({ url: base + path, headers: { 'accept-encoding': 'br, gzip' } });
      load.push({
        path,
        'req/s': result.requestsPerSecond,
        'p99 (ms)': result.p99,
        errors: result.errors,
        timeouts: result.timeouts,
        'non-2xx': result.non2xx,
      });
      if (result.errors + result.timeouts + result.non2xx > 0) failed = true;
    }
    console.table(load);
  }
  const lighthousePages = [
    '/en/',
    '/en/columns/special/',
    '/en/columns/special/standing-committee-27th-meeting/',
    '/zh/columns/special/standing-committee-27th-meeting/',
  ];
  for (const path of process.argv.includes('--skip-lighthouse') ? [] : lighthousePages) {
    const { stdout } = await run(
      process.execPath,
      [
        lighthouseBin,
        base + path,
        '--quiet',
        '--output=json',
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage',
      ],
      { env: { ...process.env, CHROME_PATH: chromePath }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(stdout);
    const score = (id) => Math.round(report.categories[id].score * 100);
    const scripts = report.audits['network-requests'].details.items.filter(
      (item) => item.resourceType === 'Script',
    );
    let jsGzip = 0;
    for (const script of scripts) {
      jsGzip += gzipSync(await readFile(dist + new URL(script.url).pathname), { level: 9 }).length;
    }
    rows.push({
      page: path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      seo: score('seo'),
      'LCP (ms)': Math.round(report.audits['largest-contentful-paint'].numericValue),
      CLS: report.audits['cumulative-layout-shift'].numericValue,
      'JS gzip -9 (bytes)': jsGzip,
    });
  }
  if (!process.argv.includes('--skip-first-paint')) {
    const paint = [];
    for (const path of [
      '/en/columns/special/standing-committee-27th-meeting/',
      '/zh/columns/special/standing-committee-27th-meeting/',
    ]) {
      paint.push(await firstPaint(base, path));
    }
    console.table(paint);
    if (paint.some((row) => row.ratio > 1.2))
      console.warn('LCP with scripts is more than 1.2× the LCP without them.');
  }
} finally {
  server.close();
  server.closeAllConnections();
}
if (rows.length > 0) console.table(rows);
if (failed) {
  console.error('The load test had errors.');
  process.exitCode = 1;
}
