#!/usr/bin/env node
// Writes a CSSResult exported by a built module to a plain .css file, for pages that include a
// component's light-DOM styles with <link rel="stylesheet"> (styled before the element upgrades).
// Usage: node write-css.mjs <module> <export name> <output.css>
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [modulePath, exportName, output] = process.argv.slice(2);
const module = await import(pathToFileURL(resolve(modulePath)).href);
await writeFile(resolve(output), `${module[exportName].cssText}\n`);
