// `npm run test:engines`: the browser support policy's grades, checked in real engines. Today's
// Chromium (grade A) is the reference; Chromium 80 (grade C), 89 and 92 (grade B) come from npm
// tarballs (engines.mjs). Pages: the built portal (an article in both languages, the home page)
// and a CMS page that uses only civic-elements.min.js (cms/index.html).
//  - Grade C, every engine, JavaScript on and off, at 1280 and 320 px: every text today's Chromium
//    shows (controls that need JavaScript aside) has a box on screen; `w3m -dump` prints it too.
//  - Grade B, today's Chromium, 89 and 92: the toggle enlarges the article body, the reading
//    tools open their panel, the nav marks its link.
//  - Everywhere: no uncaught error.
// Prints engine × page × result and writes screenshots to .tmp/engines/. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createPortalServer } from '../../apps/portal/scripts/server.mjs';
import { components } from '../../tooling/components.mjs';
import { createStaticServer } from '../../tooling/static-server.mjs';
import { launchChromium, openPage } from './cdp.mjs';
import { ensureEngine, OLD_ENGINES } from './engines.mjs';
import {
  brokenWords,
  centreOf,
  fontSizeOf,
  navCurrent,
  readingPanelShown,
  visibleTexts,
} from './in-page.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const portalDist = join(root, 'apps/portal/dist');
const shots = join(root, '.tmp/engines');
const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
for (const [file, hint] of [
  [join(portalDist, 'security-headers.json'), 'npm run build'],
  [join(root, 'packages/all/dist/civic-elements.min.js'), 'npm run build'],
  [chromePath, 'apt-get install chromium'],
]) {
  if (!existsSync(file)) {
    console.error(`Missing ${file}: run \`${hint}\` first.`);
    process.exit(1);
  }
}

// Controls that exist only for JavaScript (the components marked `scriptOnly`): their text is not
// content. The other components' words must read whole, never broken over lines.
const CONTROLS = ['button', 'summary', ...components.filter((c) => c.scriptOnly).map((c) => c.tag)].join(
  ', ',
);
const CONTENT = components
  .filter((component) => !component.scriptOnly)
  .map((component) => component.tag)
  .join(', ');
const WIDTHS = [1280, 320];

const listen = (server) =>
  new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
const portal = createPortalServer({
  root: portalDist,
  headers: JSON.parse(await readFile(join(portalDist, 'security-headers.json'), 'utf8')),
});
const repository = createStaticServer({ root });
const portalBase = `http://127.0.0.1:${await listen(portal)}`;
const cmsBase = `http://127.0.0.1:${await listen(repository)}`;

const PAGES = [
  {
    name: 'portal article (en)',
    url: `${portalBase}/en/columns/special/standing-committee-27th-meeting/`,
    file: join(portalDist, 'en/columns/special/standing-committee-27th-meeting/index.html'),
    article: true,
  },
  {
    name: 'portal article (zh)',
    url: `${portalBase}/zh/columns/special/standing-committee-27th-meeting/`,
    file: join(portalDist, 'zh/columns/special/standing-committee-27th-meeting/index.html'),
    article: true,
  },
  { name: 'portal home (en)', url: `${portalBase}/en/`, file: join(portalDist, 'en/index.html') },
  {
    name: 'CMS page, civic-elements.min.js',
    url: `${cmsBase}/scripts/test-engines/cms/index.html`,
    file: join(root, 'scripts/test-engines/cms/index.html'),
    article: true,
    navCurrent: { 'Public notices': 'page' },
  },
];

const normalise = (text) => text.replace(/\s+/g, ' ').trim();
const results = [];
const record = (engine, page, check, problems) => {
  results.push({ engine, page, check, ok: problems.length === 0, problems });
};

async function load(browserPage, url, { width, javaScript }) {
  await browserPage.send('Emulation.setScriptExecutionDisabled', { value: !javaScript });
  await browserPage.send('Emulation.setDeviceMetricsOverride', {
    width,
    height: 900,
    deviceScaleFactor: 1,
    mobile: false,
  });
  // Each load starts from nothing remembered: no text size or reading settings of an earlier load.
  await browserPage.send('Storage.clearDataForOrigin', {
    origin: new URL(url).origin,
    storageTypes: 'local_storage',
  });
  await browserPage.goto('about:blank');
  await browserPage.goto(url);
  // The portal's islands run after the first paint; give them, and fonts, time to settle.
  await new Promise((resolve) => setTimeout(resolve, 1500));
}

async function screenshot(browserPage, name) {
  const { data } = await browserPage.send('Page.captureScreenshot', { format: 'png' });
  await writeFile(join(shots, `${name.replace(/[^\w.-]+/g, '-')}.png`), Buffer.from(data, 'base64'));
}

async function poll(check, timeout = 5000) {
  const started = Date.now();
  for (;;) {
    const value = await check();
    if (value || Date.now() - started > timeout) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Grade B on an article: the toggle, the reading tools, the nav. */
async function enhancements(browserPage, page) {
  const problems = [];
  const before = await browserPage.evaluate(fontSizeOf, '#article-body p');
  const largest = await browserPage.evaluate(centreOf, ['civic-font-size-toggle', 'button:last']);
  if (!largest) problems.push('no text-size button on screen');
  else {
    await browserPage.click(largest.x, largest.y);
    const after = await poll(async () => {
      const size = await browserPage.evaluate(fontSizeOf, '#article-body p');
      return size >= before * 1.4 ? size : 0;
    });
    if (!after) problems.push(`the largest text size left the body at ${before}px`);
  }
  const tools = await browserPage.evaluate(centreOf, ['civic-reading-tools', 'button']);
  if (!tools) problems.push('no reading tools button on screen');
  else {
    await browserPage.click(tools.x, tools.y);
    if (!(await poll(() => browserPage.evaluate(readingPanelShown)))) {
      problems.push('the reading tools did not open their panel');
    }
  }
  const expected = page.navCurrent ?? {};
  const marked = await browserPage.evaluate(navCurrent);
  for (const [text, value] of Object.entries(expected)) {
    if (marked[text] !== value) problems.push(`nav link "${text}" is aria-current=${marked[text]}`);
  }
  if (!page.navCurrent && Object.keys(marked).length === 0) problems.push('the nav marks no link');
  return problems;
}

await mkdir(shots, { recursive: true });
const engines = [{ name: 'Chromium (today)', grade: 'A', executable: chromePath }];
for (const engine of OLD_ENGINES) {
  const dir = await ensureEngine(engine);
  engines.push({ ...engine, executable: join(dir, 'chromium'), libraries: join(dir, 'aws', 'lib') });
}

/** Reference texts per page and width, from today's Chromium with JavaScript on. */
const reference = new Map();

for (const engine of engines) {
  const browser = await launchChromium(engine);
  const label = `${engine.name}`;
  console.log(`${label}: ${browser.version}`);
  try {
    for (const page of PAGES) {
      const browserPage = await openPage(browser);
      try {
        for (const javaScript of [true, false]) {
          for (const width of WIDTHS) {
            await load(browserPage, page.url, { width, javaScript });
            const mode = `${javaScript ? 'JS on' : 'JS off'}, ${width} px`;
            await screenshot(browserPage, `${label} ${page.name} ${mode}`);
            const texts = await browserPage.evaluate(visibleTexts, CONTROLS);
            const key = `${page.name} ${width}`;
            if (engine.grade === 'A' && javaScript) {
              reference.set(key, texts);
              const squeezed = await browserPage.evaluate(brokenWords, CONTENT);
              record(label, page.name, `grade A, ${mode}`, [
                ...(texts.length > 10 ? [] : ['almost no text']),
                ...squeezed.map((word) => `broken over lines: "${word}"`),
              ]);
              continue;
            }
            const seen = normalise(texts.join(' '));
            const missing = reference.get(key).filter((text) => !seen.includes(normalise(text)));
            // Readable, not only on screen: the content elements' words are not squeezed into a
            // column narrower than a word.
            const squeezed = await browserPage.evaluate(brokenWords, CONTENT);
            record(label, page.name, `grade C, ${mode}`, [
              ...missing.map((text) => `not visible: "${text}"`),
              ...squeezed.map((word) => `broken over lines: "${word}"`),
            ]);
          }
        }
        if (engine.grade !== 'C' && page.article) {
          await load(browserPage, page.url, { width: 1280, javaScript: true });
          record(
            label,
            page.name,
            'grade B: toggle, reading tools, nav',
            await enhancements(browserPage, page),
          );
        }
        record(
          label,
          page.name,
          'no uncaught error',
          browserPage.errors.map((error) => `uncaught: ${error}`),
        );
      } finally {
        browserPage.close();
      }
    }
  } finally {
    await browser.close();
  }
}

// A text browser: what the HTML says, with no CSS, no script, no shadow root.
try {
  for (const page of PAGES) {
    const dump = normalise(
      execFileSync('w3m', ['-dump', '-T', 'text/html', '-cols', '200', page.file], {
        encoding: 'utf8',
      }),
    );
    const missing = reference.get(`${page.name} 1280`).filter((text) => !dump.includes(normalise(text)));
    record(
      'w3m -dump',
      page.name,
      'grade C, text browser',
      missing.map((text) => `not printed: "${text}"`),
    );
  }
} catch (error) {
  if (error.code !== 'ENOENT') throw error;
  record('w3m -dump', '(all)', 'grade C, text browser', ['w3m is not installed (apt-get install w3m)']);
}

portal.close();
repository.close();

const width = Math.max(...results.map((row) => `${row.engine} | ${row.page} | ${row.check}`.length));
for (const row of results) {
  console.log(`${row.ok ? '✓' : '✗'} ${`${row.engine} | ${row.page} | ${row.check}`.padEnd(width)}`);
  for (const problem of row.problems.slice(0, 8)) console.log(`    ${problem}`);
  if (row.problems.length > 8) console.log(`    … and ${row.problems.length - 8} more`);
}
const failed = results.filter((row) => !row.ok).length;
console.log(`\n${results.length - failed} passed, ${failed} failed; screenshots in .tmp/engines/`);
process.exit(failed ? 1 : 0);
