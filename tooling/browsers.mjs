// Where Debian puts the browsers the tests use; CHROME_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH,
// WEBKIT_BROWSER_PATH and XVFB_PATH override.
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/lib/firefox-esr/firefox-esr';

// WebKitGTK's MiniBrowser lives in the multiarch library folder (package libwebkit2gtk-4.1-0,
// which webkit2gtk-driver depends on).
const multiarch =
  { x64: 'x86_64-linux-gnu', arm64: 'aarch64-linux-gnu' }[process.arch] ?? `${process.arch}-linux-gnu`;
export const webkitDriverPath = process.env.WEBKIT_DRIVER_PATH || '/usr/bin/WebKitWebDriver';
export const webkitBrowserPath =
  process.env.WEBKIT_BROWSER_PATH || `/usr/lib/${multiarch}/webkit2gtk-4.1/MiniBrowser`;
export const xvfbPath = process.env.XVFB_PATH || '/usr/bin/Xvfb';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** Exits with a message naming the browser and how to get it when its binary is missing. */
export function requireBrowser(name, path, variable, aptPackage) {
  if (existsSync(path)) return;
  console.error(
    `\n${name} was not found at ${path}.\n` +
      `Install it (Debian: apt-get install -y ${aptPackage}) or point ${variable} at its binary.\n`,
  );
  process.exit(1);
}
