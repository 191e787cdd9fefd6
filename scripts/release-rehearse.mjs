// A real release into a throwaway registry, then three strangers use it. Run after a build.
//  1. Verdaccio on 127.0.0.1 (no uplinks, storage in a temp folder); `changeset publish` into it.
//  2. A plain project installs the four packages (only the @civic-elements scope from that
//     registry), bundles a page with esbuild; Chromium shows all four rendered, one `lang`
//     observer for the page, no warnings from the default (production) build and the warnings
//     from a build with the `development` condition.
//  3. A page without a bundler loads civic-elements.min.js from @civic-elements/all with one
//     <script type="module">; Chromium shows all four rendered, with no other request.
//  4. A React 19 TSX app type-checks (a deliberate misspelling must fail), renders the elements
//     and handles civic-font-size-change.
// The registry is stopped by its process id and the temp folder removed, pass or fail.
import { execFile, spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
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
  for (const name of ['core', 'font-size-toggle', 'article-header', 'column-nav', 'sponsor-footer', 'all']) {
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
        ['civic-article-header', 'civic-font-size-toggle', 'civic-column-nav', 'civic-sponsor-footer'].every(
          (tag) => document.querySelector(tag)?.shadowRoot?.childElementCount > 0,
        ),
      );
      const rendered = await page.evaluate(() => ({
        heading: document.querySelector('civic-article-header').shadowRoot.querySelector('h1')?.textContent,
        buttons: document.querySelector('civic-font-size-toggle').shadowRoot.querySelectorAll('button')
          .length,
        nav: Boolean(document.querySelector('civic-column-nav').shadowRoot.querySelector('nav')),
        footer: Boolean(document.querySelector('civic-sponsor-footer').shadowRoot.querySelector('footer')),
      }));
      if (rendered.heading !== 'Rehearsal' || rendered.buttons !== 3 || !rendered.nav || !rendered.footer) {
        throw new Error(`not all four rendered: ${JSON.stringify(rendered)}`);
      }
      await extra?.(page, requests);
      if (errors.length) throw new Error(errors.join('\n'));
      console.log(`  ✓ all four rendered (${requests.length} requests)`);
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
    <civic-sponsor-footer sponsor="City" icp="05002289"></civic-sponsor-footer>`;

  step('Stranger 1: a bundled page using the four packages');
  const bundled = join(temp, 'bundled');
  await install(bundled, [
    '@civic-elements/article-header',
    '@civic-elements/font-size-toggle',
    '@civic-elements/column-nav',
    '@civic-elements/sponsor-footer',
    'esbuild',
  ]);
  await writeFile(
    join(bundled, 'main.js'),
    ['article-header', 'font-size-toggle', 'column-nav', 'sponsor-footer']
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

  step('Stranger 3: a React 19 TSX app');
  const react = join(temp, 'react');
  await install(react, [
    '@civic-elements/all',
    'react@19',
    'react-dom@19',
    '@types/react@19',
    '@types/react-dom@19',
    'typescript@5.9',
    'esbuild',
  ]);
  const tsconfig = (files) =>
    JSON.stringify({
      compilerOptions: {
        strict: true,
        jsx: 'react-jsx',
        module: 'ESNext',
        moduleResolution: 'Bundler',
        target: 'ES2022',
        noEmit: true,
        skipLibCheck: false,
        lib: ['ES2022', 'DOM'],
      },
      files,
    });
  await writeFile(
    join(react, 'app.tsx'),
    `import type {} from '@civic-elements/all/jsx';
import '@civic-elements/all';
import { createRoot } from 'react-dom/client';

declare global { interface Window { sizes: number[] } }
window.sizes = [];

function App() {
  return (
    <>
      <civic-article-header heading="Rehearsal" source="Release office" published="2019-12-29T20:30:07+08:00">
        <civic-font-size-toggle
          slot="actions"
          for="body"
          levels="1,1.25,1.5"
          storage-key=""
          oncivic-font-size-change={(event) => window.sizes.push(event.detail.value)}
        />
      </civic-article-header>
      <div id="body"><p>Text</p></div>
      <civic-column-nav current="/a/"><ul><li><a href="/a/">A</a></li></ul></civic-column-nav>
      <civic-sponsor-footer sponsor="City" icp="05002289" />
    </>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
  );
  await writeFile(
    join(react, 'misspelled.tsx'),
    `import type {} from '@civic-elements/all/jsx';\nexport const bad = <civic-font-size-toggle levles="1,1.5" />;\n`,
  );
  await writeFile(join(react, 'tsconfig.json'), tsconfig(['app.tsx']));
  await writeFile(join(react, 'tsconfig.misspelled.json'), tsconfig(['misspelled.tsx']));
  await run(join(react, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: react });
  console.log('  ✓ app.tsx type-checks');
  let misspellingCaught = false;
  try {
    await run(join(react, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.misspelled.json'], { cwd: react });
  } catch (error) {
    misspellingCaught = /levles/.test(error.message);
  }
  if (!misspellingCaught) throw new Error('the misspelled attribute "levles" was not a type error');
  console.log('  ✓ a misspelled attribute is a type error');
  await run(
    join(react, 'node_modules/.bin/esbuild'),
    [
      'app.tsx',
      '--bundle',
      '--format=esm',
      '--jsx=automatic',
      '--define:process.env.NODE_ENV="production"',
      '--outfile=out.js',
    ],
    { cwd: react },
  );
  await writeFile(
    join(react, 'index.html'),
    '<!doctype html><html lang="en"><body><div id="root"></div><script type="module" src="out.js"></script></body></html>',
  );
  await check(react, '/index.html', async (page) => {
    await page.locator('civic-font-size-toggle').getByRole('button', { name: 'A 150%' }).click();
    const sizes = await page.evaluate(() => window.sizes);
    if (JSON.stringify(sizes) !== '[1.5]')
      throw new Error(`civic-font-size-change not handled: ${JSON.stringify(sizes)}`);
    console.log('  ✓ civic-font-size-change handled by React');
  });
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
