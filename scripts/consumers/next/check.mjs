// A Next.js App Router app with @civic-elements/react: next build, next start, then Chromium.
// Run alone: node --test scripts/consumers/next/check.mjs
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { after, before, describe, it } from 'node:test';
import {
  chooseTextSize150,
  elementsOfProject,
  launchChromium,
  openPage,
  waitForRendered,
} from '../browser.mjs';
import { bin, run, useRehearsal } from '../registry.mjs';

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

/**
 * The HTML at `url` once the server started as `what` answers with it. Gives up after a minute,
 * also when the server answers only with errors.
 */
async function pageWhenServed(url, what) {
  for (let attempt = 0; attempt < 300; attempt++) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return response.text();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what} did not answer with the page`);
}

describe('next: a Next.js App Router app (next build, next start)', () => {
  let rehearsal;
  let nextServer;
  let url;
  let html = '';
  let browser;

  before(async () => {
    rehearsal = await useRehearsal('next', 'react');
    const { dir, installDir } = rehearsal;
    const next = bin(installDir, 'next');
    await run(next, ['build'], { cwd: dir, env });
    const port = await freePort();
    nextServer = spawn(next, ['start', '-p', String(port), '-H', '127.0.0.1'], {
      cwd: dir,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    url = `http://127.0.0.1:${port}/`;
    html = await pageWhenServed(url, 'next start');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    nextServer?.kill();
    await rehearsal?.close();
  });

  it('serves HTML with the elements and the <noscript> title', () => {
    assert.ok(
      html.includes('<noscript><h1>Rehearsal</h1></noscript>') && html.includes('<civic-article-header'),
      `next start served no elements or no <noscript> title:\n${html.slice(0, 2000)}`,
    );
  });

  it('in Chromium, the elements render, "A 150%" runs onFontSizeChange, and nothing errs', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    // Hydration mismatches and other React errors land in the console; a missing favicon does not count.
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
        errors.push(message.text());
    });
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (response.status() >= 400 && path !== '/favicon.ico') errors.push(`${response.status()} ${path}`);
    });
    try {
      await page.goto(url);
      await waitForRendered(
        page,
        elementsOfProject('next').map(({ tag }) => tag),
      );
      assert.deepEqual(await page.getByRole('heading', { level: 1 }).allInnerTexts(), ['Rehearsal']);
      await chooseTextSize150(page, () => document.getElementById('size')?.textContent === '1.5');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  // The recipe of packages/all/README.md: the classic pre-paint script inlined in the layout's
  // <head>. With 150% remembered and every script of the app held back, the first paint is at
  // 24 px; after hydration the toggle shows 150% and the size stays.
  it('with 150% remembered, the page is at 24 px before any module runs, and stays after hydration', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const held = [];
    let holding = true;
    await page.route('**/_next/static/**/*.js', (route) => (holding ? held.push(route) : route.continue()));
    await page.addInitScript(() => localStorage.setItem('civic-font-size', '1.5'));
    const fontSize = () => page.evaluate(() => getComputedStyle(document.getElementById('text')).fontSize);
    try {
      await page.goto(`${url}remembered`, { waitUntil: 'domcontentloaded' });
      assert.ok(held.length > 0, 'the app loads scripts from /_next/static/');
      assert.equal(await page.evaluate(() => customElements.get('civic-font-size-toggle')), undefined);
      assert.equal(await fontSize(), '24px');
      holding = false;
      await Promise.all(held.map((route) => route.continue()));
      await waitForRendered(page, ['civic-font-size-toggle']);
      await page.getByRole('button', { name: 'A 150%', pressed: true }).waitFor();
      assert.equal(await fontSize(), '24px');
      assert.deepEqual(errors, []);
    } finally {
      await page.close();
    }
  });

  // `next dev` renders with React's development build, which reports hydration mismatches (issue
  // 23: the column nav's aria-current did). Run last: it compiles the app again on first request.
  it('under next dev, hydration logs no mismatch, error or warning', async () => {
    const port = await freePort();
    const devServer = spawn(
      bin(rehearsal.installDir, 'next'),
      ['dev', '-p', String(port), '-H', '127.0.0.1'],
      {
        cwd: rehearsal.dir,
        env,
        stdio: 'ignore',
      },
    );
    const { page, errors, consoleErrors, consoleWarnings, failedRequests } = await openPage(browser);
    try {
      const devUrl = `http://127.0.0.1:${port}/`;
      await pageWhenServed(devUrl, 'next dev');
      await page.goto(devUrl);
      await waitForRendered(
        page,
        elementsOfProject('next').map(({ tag }) => tag),
      );
      await chooseTextSize150(page, () => document.getElementById('size')?.textContent === '1.5');
      // Let React report what it found while hydrating.
      await page.waitForTimeout(1000);
      assert.deepEqual(errors, []);
      // The app has no favicon: its 404 is the one failed load allowed, here as in production.
      assert.deepEqual(
        failedRequests.filter((request) => request !== '404 /favicon.ico'),
        [],
      );
      assert.deepEqual(
        consoleErrors.filter((text) => !text.startsWith('Failed to load resource')),
        [],
      );
      // Lit's own notice that its development build runs (next dev resolves the development
      // condition) is expected; any other warning fails.
      assert.deepEqual(
        consoleWarnings.filter((text) => !text.startsWith('Lit is in dev mode.')),
        [],
      );
    } finally {
      await page.close();
      devServer.kill();
    }
  });
});
