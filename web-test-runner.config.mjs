// One Web Test Runner configuration for every package: each package's `npm test` runs it from
// its own folder. Tests run in Debian's Chromium and Firefox; coverage comes from Chromium.
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { accessibilityTreePlugin, timeZonePlugin } from './build/wtr-commands.mjs';
import { chromePath, chromiumArgs, firefoxPath, requireBrowser } from './build/browsers.mjs';

const rootDir = fileURLToPath(new URL('.', import.meta.url));
const packageDir = process.cwd();
const packagePath = relative(rootDir, packageDir).split('\\').join('/');

// BROWSERS=chromium (or firefox) narrows a local run; CI always runs both.
const wanted = (process.env.CI ? 'chromium,firefox' : process.env.BROWSERS || 'chromium,firefox')
  .split(',')
  .map((name) => name.trim());

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
      launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true },
    }),
  );
}

export default {
  rootDir,
  files: [join(packageDir, process.env.TEST_FILES || 'test/**/*.test.ts')],
  nodeResolve: true,
  browsers,
  concurrency: 1,
  concurrentBrowsers: 2,
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    accessibilityTreePlugin(),
    timeZonePlugin(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: join(rootDir, 'tsconfig.base.json') }),
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
