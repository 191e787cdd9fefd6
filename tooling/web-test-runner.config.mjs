// One Web Test Runner configuration for every package: each package's web-test-runner.config.mjs
// re-exports it, and `npm test` runs it from the package's folder. Tests run in Debian's Chromium,
// Firefox ESR and WebKitGTK against the TypeScript sources of every package (development build,
// warnings on); coverage comes from Chromium.
import { join, relative } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import {
  accessibilityTreePlugin,
  civicComponentPlugin,
  collectGarbagePlugin,
  forcedColorsPlugin,
  ssrRenderPlugin,
  timeZonePlugin,
} from './wtr-commands.mjs';
import { chromePath, chromiumArgs, firefoxPath, requireBrowser } from './browsers.mjs';
import { webkitLauncher } from './webkit.mjs';
import { repoRoot, sourceAliasPlugin } from './source-aliases.mjs';

const rootDir = repoRoot;

/**
 * A Firefox page that works on ESR 140 and 153 alike. Web Test Runner sets an 800×600 viewport for
 * every test file; puppeteer sends that over WebDriver BiDi together with
 * emulation.setScreenOrientationOverride, which ESR 140 does not know. The viewport itself is
 * applied all the same, so only that one refusal is let through.
 */
async function firefoxPage(browser) {
  const page = await browser.newPage();
  const setViewport = page.setViewport.bind(page);
  page.setViewport = async (viewport) => {
    try {
      await setViewport(viewport);
    } catch (error) {
      if (!String(error?.message).includes('setScreenOrientationOverride')) throw error;
    }
  };
  return page;
}
const packageDir = process.cwd();
const packagePath = relative(rootDir, packageDir).split('\\').join('/');

// BROWSERS=chromium (or firefox, webkit, or a comma list of them) narrows a local run; CI always
// runs all three.
const allBrowsers = 'chromium,firefox,webkit';
const wanted = (process.env.CI ? allBrowsers : process.env.BROWSERS || allBrowsers)
  .split(',')
  .map((name) => name.trim());
const unknown = wanted.filter((name) => !allBrowsers.split(',').includes(name));
if (unknown.length > 0) {
  console.error(`\nBROWSERS names ${unknown.join(', ')}; it takes a comma list of ${allBrowsers}.\n`);
  process.exit(1);
}

const browsers = [];
if (wanted.includes('chromium')) {
  requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');
  browsers.push(
    chromeLauncher({
      launchOptions: {
        executablePath: chromePath,
        headless: true,
        args: chromiumArgs,
      },
    }),
  );
}
if (wanted.includes('firefox')) {
  requireBrowser('Firefox', firefoxPath, 'FIREFOX_PATH', 'firefox-esr');
  browsers.push(
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: firefoxPath,
        headless: true,
        defaultViewport: null,
      },
      createPage: ({ browser }) => firefoxPage(browser),
    }),
  );
}
if (wanted.includes('webkit')) browsers.push(webkitLauncher());

export default {
  rootDir,
  files: [join(packageDir, process.env.TEST_FILES || 'test/**/*.test.ts')],
  nodeResolve: { exportConditions: ['development'] },
  browsers,
  concurrency: 1,
  // A busy 2-core machine can take long to start Firefox or WebKit; a slow start is not a failure.
  browserStartTimeout: 120000,
  testsStartTimeout: 120000,
  concurrentBrowsers: 2,
  // Generous: the suite shares 2 cores with browsers; a slow test is not a failing one.
  testFramework: { config: { timeout: 30000 } },
  plugins: [
    sourceAliasPlugin(),
    accessibilityTreePlugin(),
    civicComponentPlugin(),
    ssrRenderPlugin(),
    timeZonePlugin(),
    forcedColorsPlugin(),
    collectGarbagePlugin(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: join(rootDir, 'tsconfig.base.json'),
      define: { DEV_MODE: 'true' },
    }),
  ],
  coverage: true,
  coverageConfig: {
    include: [`**/${packagePath}/src/**`],
    exclude: ['**/*.styles.ts'],
    report: true,
    reportDir: join(packageDir, 'coverage'),
    threshold: { lines: 90, statements: 90, functions: 85, branches: 80 },
  },
};
