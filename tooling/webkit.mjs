// WebKit for Web Test Runner: Debian's WebKitGTK MiniBrowser, driven over WebDriver classic by
// WebKitWebDriver, on a private Xvfb display. The launcher starts the display and the driver
// itself (a free display number, a free port) and stops both when the run ends, so `npm test`
// needs no manual step.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';
import { requireBrowser, webkitBrowserPath, webkitDriverPath, xvfbPath } from './browsers.mjs';

/** The viewport Web Test Runner gives Chromium and Firefox; WebKit gets the same. */
const VIEWPORT = { width: 800, height: 600 };

const running = new Set();

// A run that ends without stop() (an error, Ctrl-C) must not leave a display or a driver behind.
process.once('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
});

/** Each helper runs in its own process group, so the MiniBrowser the driver spawned goes with it. */
function killGroup(child, signal = 'SIGTERM') {
  running.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

function track(child) {
  running.add(child);
  child.once('exit', () => running.delete(child));
  return child;
}

/** Starts Xvfb on the first free display (Xvfb picks it and reports it through -displayfd). */
function startXvfb() {
  const xvfb = track(
    spawn(xvfbPath, ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    }),
  );
  let log = '';
  xvfb.stderr.on('data', (chunk) => (log += chunk));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail('it did not report a display within 20 s'), 20000);
    function fail(why) {
      clearTimeout(timer);
      killGroup(xvfb);
      reject(new Error(`Xvfb could not start: ${why}\n${log}`));
    }
    xvfb.once('error', (error) => fail(error.message));
    xvfb.once('exit', (code) => fail(`it exited with code ${code}`));
    let number = '';
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (!number.includes('\n')) return;
      clearTimeout(timer);
      xvfb.removeAllListeners('exit');
      resolve({ process: xvfb, display: `:${number.trim()}` });
    });
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function driverIsReady(port) {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/status`);
    return response.ok;
  } catch {
    return false;
  }
}

/** Starts WebKitWebDriver on `display` and waits until it answers on a free port. */
async function startDriver(display) {
  const port = await freePort();
  const driver = track(
    spawn(webkitDriverPath, [`--port=${port}`, '--host=127.0.0.1'], {
      detached: true,
      // NO_AT_BRIDGE: no accessibility bus runs here, and GTK would warn about it on every start.
      env: { ...process.env, DISPLAY: display, NO_AT_BRIDGE: '1' },
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
  );
  let log = '';
  driver.stderr.on('data', (chunk) => (log += chunk));
  let exited = false;
  driver.once('exit', () => (exited = true));
  driver.once('error', (error) => (log += error.message));
  const deadline = Date.now() + 30000;
  while (!(await driverIsReady(port))) {
    if (exited || Date.now() > deadline) {
      killGroup(driver);
      throw new Error(`WebKitWebDriver did not start on port ${port}.\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { process: driver, port };
}

/** Resizes the window until the page's viewport is `width` × `height` (the window adds its toolbar). */
async function sizeViewport(driver, { width, height }) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerWidth, innerHeight] = await driver.execute('return [innerWidth, innerHeight]');
    if (innerWidth === width && innerHeight === height) return;
    const window = await driver.getWindowRect();
    await driver.setWindowRect(
      null,
      null,
      window.width + width - innerWidth,
      window.height + height - innerHeight,
    );
  }
}

class WebKitLauncher extends WebdriverLauncher {
  #helpers = [];

  constructor() {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebDriver classic: WebdriverIO would otherwise ask for a BiDi session.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: webkitBrowserPath, args: ['--automation'] },
      },
    });
  }

  async initialize(config) {
    await super.initialize(config);
    this.name = 'WebKit';
    const xvfb = await startXvfb();
    this.#helpers.push(xvfb.process);
    const driver = await startDriver(xvfb.display);
    this.#helpers.unshift(driver.process);
    this.options.port = driver.port;
  }

  async createDriverManager() {
    const manager = await super.createDriverManager();
    await sizeViewport(this.driver, VIEWPORT);
    return manager;
  }

  async stop() {
    await super.stop();
    // The driver first, so its MiniBrowser closes before the display it draws on goes away.
    for (const helper of this.#helpers.splice(0)) killGroup(helper);
  }
}

/** A Web Test Runner launcher for WebKitGTK; exits with apt package names when a binary is missing. */
export function webkitLauncher() {
  requireBrowser('WebKitWebDriver', webkitDriverPath, 'WEBKIT_DRIVER_PATH', 'webkit2gtk-driver');
  requireBrowser('WebKitGTK MiniBrowser', webkitBrowserPath, 'WEBKIT_BROWSER_PATH', 'webkit2gtk-driver');
  requireBrowser('Xvfb', xvfbPath, 'XVFB_PATH', 'xvfb');
  return new WebKitLauncher();
}
