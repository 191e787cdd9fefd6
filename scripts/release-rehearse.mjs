// A real release into a throwaway registry, then three strangers use it. Run after a build.
//  1. Verdaccio on 127.0.0.1 (no uplinks, storage in a temp folder); `changeset publish` into it.
//  2. A plain project installs the five packages (only the @civic-elements scope from that
//     registry), bundles a page with esbuild; Chromium shows all five rendered, one `lang`
//     observer for the page, no warnings from the default (production) build and the warnings
//     from a build with the `development` condition.
//  3. A page without a bundler loads civic-elements.min.js from @civic-elements/all with one
//     <script type="module">; Chromium shows all five rendered, with no other request.
//  4. From scripts/consumers/ (real files, shared installs): a React 19 TSX app with the bare tags
//     and the generated JSX typings; @civic-elements/react rendered by react-dom/server and
//     hydrated; a Next.js App Router app (next build, next start); Vue 3 + Vite checked by
//     vue-tsc and Svelte 5 checked by svelte-check (a deliberate misspelling must fail each
//     checker); a CMS page with the two CDN tags whose first paint is already at the remembered
//     150% while the module is held back, and one with the reading tools' stylesheet and pre-paint
//     script whose first paint already has the remembered colours, line spacing and text size.
// The registry is stopped by its process id and the temp folder removed, pass or fail.
import { execFile, spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { chromePath, chromiumArgs, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { createStaticServer } from '@civic-elements/tooling/static-server.mjs';

const exec = promisify(execFile);
const repo = fileURLToPath(new URL('..', import.meta.url));
requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');

const freePort = () =>
  new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });

function step(text) {
  console.log(`\n▶ ${text}`);
}

async function run(command, args, options = {}) {
  try {
    const { stdout } = await exec(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
    return stdout;
  } catch (error) {
    error.message = `${command} ${args.join(' ')} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`;
    throw error;
  }
}

const temp = await mkdtemp(join(tmpdir(), 'civic-release-'));
const port = await freePort();
const registry = `http://127.0.0.1:${port}/`;
let verdaccio;
let browser;
let failed = false;

try {
  step(`Starting Verdaccio on ${registry}`);
  await writeFile(
    join(temp, 'verdaccio.yaml'),
    [
      `storage: ${join(temp, 'storage')}`,
      'uplinks: {}',
      'packages:',
      "  '**':",
      '    access: $all',
      '    publish: $anonymous $authenticated',
      'web:',
      '  enable: false',
      'publish:',
      '  allow_offline: true',
      'log: { type: stdout, format: pretty, level: warn }',
      '',
    ].join('\n'),
  );
  verdaccio = spawn(
    process.execPath,
    [
      join(repo, 'node_modules/verdaccio/bin/verdaccio'),
      '--config',
      join(temp, 'verdaccio.yaml'),
      '--listen',
      `127.0.0.1:${port}`,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  verdaccio.stderr.on('data', (chunk) => process.stderr.write(chunk));
  for (let attempt = 0; ; attempt++) {
    try {
      if ((await fetch(`${registry}-/ping`)).ok) break;
    } catch {
      if (attempt > 100) throw new Error('Verdaccio did not start');
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // npm will not publish without a token; any token does for this registry.
  const publisherRc = join(temp, 'publisher.npmrc');
  await writeFile(publisherRc, `registry=${registry}\n//127.0.0.1:${port}/:_authToken=rehearsal\n`);
  step('Publishing every package with changeset publish');
  const published = await run(join(repo, 'node_modules/.bin/changeset'), ['publish', '--no-git-tag'], {
    cwd: repo,
    env: { ...process.env, NPM_CONFIG_USERCONFIG: publisherRc, npm_config_registry: registry },
  });
  console.log(
    published
      .split('\n')
      .filter((line) => /published|Publishing/i.test(line))
      .join('\n'),
  );
  for (const name of [
    'core',
    'font-size-toggle',
    'article-header',
    'column-nav',
    'sponsor-footer',
    'reading-tools',
    'all',
    'react',
  ]) {
    const response = await fetch(`${registry}@civic-elements%2f${name}`);
    if (!response.ok) throw new Error(`@civic-elements/${name} is not in the registry`);
  }

  // Strangers: only the scope comes from the throwaway registry, everything else from npm.
  const strangerRc = `@civic-elements:registry=${registry}\n`;
  const install = async (dir, packages) => {
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, '.npmrc'), strangerRc);
    await writeFile(
      join(dir, 'package.json'),
      JSON.stringify({ name: 'stranger', private: true, type: 'module' }),
    );
    await run('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', ...packages], { cwd: dir });
  };

  browser = await chromium.launch({ executablePath: chromePath, args: chromiumArgs });
  const check = async (dir, path, extra, { init } = {}) => {
    const server = createStaticServer({ root: dir });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const page = await browser.newPage();
    if (init) await page.addInitScript(init);
    const requests = [];
    const errors = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`http://127.0.0.1:${server.address().port}${path}`);
      await page.waitForFunction(() =>
        [
          'civic-article-header',
          'civic-font-size-toggle',
          'civic-column-nav',
          'civic-sponsor-footer',
          'civic-reading-tools',
        ].every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount > 0),
      );
      const rendered = await page.evaluate(() => ({
        heading: document.querySelector('civic-article-header').shadowRoot.querySelector('h1')?.textContent,
        buttons: document.querySelector('civic-font-size-toggle').shadowRoot.querySelectorAll('button')
          .length,
        nav: Boolean(document.querySelector('civic-column-nav').shadowRoot.querySelector('nav')),
        footer: Boolean(document.querySelector('civic-sponsor-footer').shadowRoot.querySelector('footer')),
        tools: document
          .querySelector('civic-reading-tools')
          .shadowRoot.querySelector('[part="button"]')
          ?.textContent.trim(),
      }));
      if (
        rendered.heading !== 'Rehearsal' ||
        rendered.buttons !== 3 ||
        !rendered.nav ||
        !rendered.footer ||
        rendered.tools !== 'Reading tools'
      ) {
        throw new Error(`not all five rendered: ${JSON.stringify(rendered)}`);
      }
      await extra?.(page, requests);
      if (errors.length) throw new Error(errors.join('\n'));
      console.log(`  ✓ all five rendered (${requests.length} requests)`);
    } finally {
      await page.close();
      server.close();
    }
  };
  const markup = `
    <civic-article-header heading="Rehearsal" source="Release office" published="2019-12-29T20:30:07+08:00">
      <civic-font-size-toggle slot="actions" for="body" storage-key=""></civic-font-size-toggle>
    </civic-article-header>
    <div id="body"><p>Text</p></div>
    <civic-column-nav current="/a/"><ul><li><a href="/a/">A</a></li></ul></civic-column-nav>
    <civic-sponsor-footer sponsor="City" icp="05002289"></civic-sponsor-footer>
    <civic-reading-tools for="body" storage-key=""></civic-reading-tools>`;

  step('Stranger 1: a bundled page using the five packages');
  const bundled = join(temp, 'bundled');
  await install(bundled, [
    '@civic-elements/article-header',
    '@civic-elements/font-size-toggle',
    '@civic-elements/column-nav',
    '@civic-elements/sponsor-footer',
    '@civic-elements/reading-tools',
    'esbuild',
  ]);
  await writeFile(
    join(bundled, 'main.js'),
    ['article-header', 'font-size-toggle', 'column-nav', 'sponsor-footer', 'reading-tools']
      .map((p) => `import '@civic-elements/${p}';`)
      .join('\n'),
  );
  const esbuildBin = join(bundled, 'node_modules/.bin/esbuild');
  await run(esbuildBin, ['main.js', '--bundle', '--format=esm', '--outfile=out.js'], { cwd: bundled });
  await run(
    esbuildBin,
    ['main.js', '--bundle', '--format=esm', '--conditions=development', '--outfile=dev.js'],
    {
      cwd: bundled,
    },
  );
  const copies = (await readFile(join(bundled, 'out.js'), 'utf8')).split('civic-elements.core.v1').length - 1;
  if (copies !== 1) throw new Error(`the bundle holds ${copies} copies of @civic-elements/core`);
  console.log('  ✓ one copy of @civic-elements/core in the bundle');
  // An author mistake the development build reports and the production build silently survives.
  const mistake = '<civic-article-header heading="Second" published="yesterday"></civic-article-header>';
  for (const [file, script] of [
    ['index.html', 'out.js'],
    ['dev.html', 'dev.js'],
  ]) {
    await writeFile(
      join(bundled, file),
      `<!doctype html><html lang="en"><body>${markup}${mistake}<script type="module" src="${script}"></script></body></html>`,
    );
  }
  // Counts document-wide lang observers and collects warnings, before any page script runs.
  const watch = () => {
    window.langObservers = 0;
    window.warnings = [];
    const observe = MutationObserver.prototype.observe;
    MutationObserver.prototype.observe = function (target, options) {
      if (options?.attributeFilter?.includes('lang')) window.langObservers++;
      return observe.call(this, target, options);
    };
    console.warn = (...args) => window.warnings.push(args.join(' '));
  };
  const observersAndWarnings = (page) => page.evaluate(() => [window.langObservers, window.warnings]);
  await check(
    bundled,
    '/index.html',
    async (page) => {
      const [observers, warnings] = await observersAndWarnings(page);
      if (observers !== 1) throw new Error(`production: ${observers} lang observers, expected 1`);
      if (warnings.length) throw new Error(`production build warned: ${warnings.join('\n')}`);
      console.log('  ✓ production build: one lang observer, no warnings');
    },
    { init: watch },
  );
  await check(
    bundled,
    '/dev.html',
    async (page) => {
      const [observers, warnings] = await observersAndWarnings(page);
      if (observers !== 1) throw new Error(`development: ${observers} lang observers, expected 1`);
      if (!warnings.some((warning) => warning.includes('<civic-article-header> published="yesterday"')))
        throw new Error(`development build did not warn: ${JSON.stringify(warnings)}`);
      console.log('  ✓ development build (`development` condition) warns about published="yesterday"');
    },
    { init: watch },
  );

  step('Stranger 2: one <script type="module"> with civic-elements.min.js, no bundler');
  const cdn = join(temp, 'cdn');
  await install(cdn, ['@civic-elements/all']);
  await writeFile(
    join(cdn, 'index.html'),
    `<!doctype html><html lang="en"><body>${markup}<script type="module" src="node_modules/@civic-elements/all/dist/civic-elements.min.js"></script></body></html>`,
  );
  await check(cdn, '/index.html', async (_page, requests) => {
    const others = requests.filter(
      (path) => path !== '/index.html' && !path.endsWith('civic-elements.min.js'),
    );
    if (others.length) throw new Error(`unexpected requests: ${others.join(', ')}`);
  });

  // The remaining strangers are real projects under scripts/consumers/, copied into two shared
  // installs (React, Next.js; Vue, Svelte) that npm fills at the same time.
  const consumers = join(repo, 'scripts/consumers');
  const react = join(temp, 'react');
  const frameworks = join(temp, 'frameworks');
  step('Installing the React + Next.js and the Vue + Svelte projects');
  await Promise.all([
    install(react, [
      '@civic-elements/all',
      '@civic-elements/react',
      'react@19',
      'react-dom@19',
      '@types/react@19',
      '@types/react-dom@19',
      '@types/node@20',
      'typescript@5.9',
      'esbuild',
      'next@16',
    ]),
    install(frameworks, [
      '@civic-elements/all',
      'vue@3',
      'vue-tsc@3',
      'vite@7',
      '@vitejs/plugin-vue@6',
      '@types/node@20',
      'svelte@5',
      'svelte-check@4',
      'typescript@5.9',
    ]),
  ]);
  for (const [name, dir] of [
    ['react-jsx', join(react, 'jsx')],
    ['react-ssr', join(react, 'ssr')],
    ['next', join(react, 'next')],
    ['vue', join(frameworks, 'vue')],
    ['svelte', join(frameworks, 'svelte')],
  ]) {
    await cp(join(consumers, name), dir, { recursive: true });
  }
  const bin = (dir, name) => join(dir, 'node_modules/.bin', name);
  // Passes with tsconfig.json; must fail, naming the misspelling, with tsconfig.misspelled.json.
  const typeChecks = async (label, command, args, cwd, misspelledArgs) => {
    await run(command, args, { cwd });
    console.log(`  ✓ ${label} passes`);
    let caught = false;
    try {
      await run(command, misspelledArgs, { cwd });
    } catch (error) {
      caught = /levles/.test(error.message);
      if (!caught) throw error;
    }
    if (!caught) throw new Error(`${label}: the misspelled attribute "levles" was not an error`);
    console.log(`  ✓ ${label} reports the misspelled "levles"`);
  };
  const clickAndExpect = async (page, read) => {
    await page.locator('civic-font-size-toggle').getByRole('button', { name: 'A 150%' }).click();
    await page.waitForFunction(read, undefined, { timeout: 5000 }).catch(() => {
      throw new Error('the civic-font-size-change handler did not run');
    });
  };

  step('Stranger 3: a React 19 TSX app with the bare tags and @civic-elements/all/jsx');
  const jsxApp = join(react, 'jsx');
  await typeChecks('tsc', bin(react, 'tsc'), ['-p', 'tsconfig.json'], jsxApp, [
    '-p',
    'tsconfig.misspelled.json',
  ]);
  await run(
    bin(react, 'esbuild'),
    [
      'app.tsx',
      '--bundle',
      '--format=esm',
      '--jsx=automatic',
      '--define:process.env.NODE_ENV="production"',
      '--outfile=out.js',
    ],
    { cwd: jsxApp },
  );
  await writeFile(
    join(jsxApp, 'index.html'),
    '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="out.js"></script></body></html>',
  );
  await check(jsxApp, '/index.html', async (page) => {
    await clickAndExpect(page, () => JSON.stringify(window.sizes) === '[1.5]');
    console.log('  ✓ civic-font-size-change handled by React');
  });

  step('Stranger 4: @civic-elements/react rendered by react-dom/server, hydrated in Chromium');
  const ssr = join(react, 'ssr');
  await typeChecks('tsc', bin(react, 'tsc'), ['-p', 'tsconfig.json'], ssr, [
    '-p',
    'tsconfig.misspelled.json',
  ]);
  const esbuildArgs = [
    '--bundle',
    '--format=esm',
    '--jsx=automatic',
    '--define:process.env.NODE_ENV="production"',
  ];
  await run(
    bin(react, 'esbuild'),
    ['server.tsx', ...esbuildArgs, '--platform=node', '--packages=external', '--outfile=server.mjs'],
    { cwd: ssr },
  );
  await run(bin(react, 'esbuild'), ['client.tsx', ...esbuildArgs, '--outfile=client.js'], { cwd: ssr });
  const serverHtml = await run(process.execPath, ['server.mjs'], { cwd: ssr });
  if (!serverHtml.includes('<civic-font-size-toggle slot="actions">'))
    throw new Error(`the server did not render the elements:\n${serverHtml}`);
  await writeFile(join(ssr, 'index.html'), serverHtml);
  console.log('  ✓ react-dom/server renders the page');
  await check(ssr, '/index.html', async (page) => {
    await clickAndExpect(page, () => document.getElementById('size')?.textContent === '1.5');
    console.log('  ✓ after hydrateRoot, "A 150%" runs onFontSizeChange and React state shows 1.5');
    const tools = page.locator('civic-reading-tools');
    await tools.getByRole('button', { name: 'Reading tools' }).click();
    await tools.getByRole('group', { name: 'Line spacing' }).getByRole('radio', { name: '2' }).check();
    await page
      .waitForFunction(() => document.getElementById('spacing')?.textContent === '2', undefined, {
        timeout: 5000,
      })
      .catch(() => {
        throw new Error('the civic-reading-tools-change handler did not run');
      });
    console.log('  ✓ line spacing 2 in the reading tools runs onReadingToolsChange; React state shows 2');
  });

  step('Stranger 5: a Next.js App Router app (next build, next start)');
  const nextApp = join(react, 'next');
  const nextEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  await run(bin(react, 'next'), ['build'], { cwd: nextApp, env: nextEnv });
  console.log('  ✓ next build');
  const nextPort = await freePort();
  const nextServer = spawn(bin(react, 'next'), ['start', '-p', String(nextPort), '-H', '127.0.0.1'], {
    cwd: nextApp,
    env: nextEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    const nextUrl = `http://127.0.0.1:${nextPort}/`;
    let html = '';
    for (let attempt = 0; !html; attempt++) {
      try {
        const response = await fetch(nextUrl);
        if (response.ok) html = await response.text();
      } catch {
        if (attempt > 150) throw new Error('next start did not answer');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
    if (!html.includes('<noscript><h1>Rehearsal</h1></noscript>') || !html.includes('<civic-article-header'))
      throw new Error(`next start served no elements or no <noscript> title:\n${html.slice(0, 2000)}`);
    console.log('  ✓ the server HTML has the elements and the <noscript> title');
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
      await page.goto(nextUrl);
      await page.waitForFunction(() =>
        [
          'civic-article-header',
          'civic-font-size-toggle',
          'civic-column-nav',
          'civic-sponsor-footer',
          'civic-reading-tools',
        ].every((tag) => document.querySelector(tag)?.shadowRoot?.childElementCount > 0),
      );
      const heading = await page.evaluate(
        () => document.querySelector('civic-article-header').shadowRoot.querySelector('h1')?.textContent,
      );
      if (heading !== 'Rehearsal') throw new Error(`the header shows ${JSON.stringify(heading)}`);
      await clickAndExpect(page, () => document.getElementById('size')?.textContent === '1.5');
      if (errors.length) throw new Error(errors.join('\n'));
      console.log('  ✓ Chromium shows the five elements; "A 150%" runs onFontSizeChange; no errors');
    } finally {
      await page.close();
    }
  } finally {
    nextServer.kill();
  }

  step('Stranger 6: Vue 3 + Vite, type-checked by vue-tsc');
  const vueApp = join(frameworks, 'vue');
  await typeChecks('vue-tsc', bin(frameworks, 'vue-tsc'), ['-p', 'tsconfig.json'], vueApp, [
    '-p',
    'tsconfig.misspelled.json',
  ]);
  await run(bin(frameworks, 'vite'), ['build', '--logLevel', 'warn'], { cwd: vueApp });
  await check(join(vueApp, 'dist'), '/index.html', async (page) => {
    await clickAndExpect(page, () => document.getElementById('size')?.textContent === '1.5');
    console.log('  ✓ vite build with isCustomElement; the @civic-font-size-change handler runs');
  });

  step('Stranger 7: Svelte 5, checked by svelte-check');
  const svelteApp = join(frameworks, 'svelte');
  await typeChecks(
    'svelte-check',
    bin(frameworks, 'svelte-check'),
    ['--tsconfig', 'tsconfig.json', '--fail-on-warnings'],
    svelteApp,
    ['--tsconfig', 'tsconfig.misspelled.json'],
  );

  step('Stranger 8: a CMS page with the two CDN tags, the module script slow to arrive');
  await cp(join(consumers, 'cdn'), cdn, { recursive: true });
  const CONTENT_TYPES = { js: 'text/javascript', css: 'text/css', svg: 'image/svg+xml' };
  // Styles of the article's text at the first paint, before the module has upgraded anything.
  const noFlash = async (
    path,
    read = () => getComputedStyle(document.querySelector('#article-body p')).fontSize,
  ) => {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      localStorage.setItem('civic-font-size', '1.5');
      localStorage.setItem('civic-reading-tools', JSON.stringify({ colours: 'dark', lineSpacing: '2' }));
    });
    // jsDelivr's URLs answered from the installed package; the module 1.5 s late.
    await page.route('https://cdn.jsdelivr.net/npm/@civic-elements/all@*/dist/*', async (route) => {
      const file = new URL(route.request().url()).pathname.split('/').pop();
      if (file.endsWith('.min.js')) await new Promise((resolve) => setTimeout(resolve, 1500));
      await route.fulfill({
        path: join(cdn, 'node_modules/@civic-elements/all/dist', file),
        contentType: CONTENT_TYPES[file.split('.').pop()],
      });
    });
    const server = createStaticServer({ root: cdn });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      await page.goto(`http://127.0.0.1:${server.address().port}${path}`, { waitUntil: 'commit' });
      await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);
      // Read first: the module not there after the reading means it was not there during it.
      const atFirstPaint = await page.evaluate(read);
      const upgraded = await page.evaluate(() => Boolean(customElements.get('civic-font-size-toggle')));
      if (upgraded) throw new Error('the module arrived before the first paint: the test proves nothing');
      await page.waitForFunction(() => customElements.get('civic-font-size-toggle'));
      return atFirstPaint;
    } finally {
      await page.close();
      server.close();
    }
  };
  const withRestore = await noFlash('/index.html');
  if (withRestore !== '24px') throw new Error(`first paint at ${withRestore}, expected 24px (150%)`);
  const control = await noFlash('/without-restore.html');
  if (control !== '16px') throw new Error(`the control painted at ${control}, expected 16px`);
  console.log('  ✓ first paint at 150% (24px) before the module arrives; 16px without restore-font-size.js');
  const aids = await noFlash('/reading-tools.html', () => {
    const text = getComputedStyle(document.querySelector('#article-body p'));
    return `${text.fontSize} ${text.lineHeight} ${text.color} ${text.backgroundColor}`;
  });
  if (aids !== '24px 48px rgb(255, 255, 255) rgb(0, 0, 0)')
    throw new Error(`the reading tools' page painted first as ${aids}, expected 24px 48px white on black`);
  console.log(
    '  ✓ with reading-tools.css and restore-reading-settings.js: first paint at 150%, line spacing 2, white on black',
  );
  console.log('\nRelease rehearsal passed.');
} catch (error) {
  failed = true;
  console.error(`\nRelease rehearsal failed: ${error.message}`);
} finally {
  await browser?.close();
  if (verdaccio?.pid) process.kill(verdaccio.pid);
  await rm(temp, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
