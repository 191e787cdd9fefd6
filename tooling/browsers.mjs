// Where Debian puts the browsers the tests use; CHROME_PATH / FIREFOX_PATH override.
import { existsSync } from 'node:fs';

export const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium';
export const firefoxPath = process.env.FIREFOX_PATH || '/usr/lib/firefox-esr/firefox-esr';

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
