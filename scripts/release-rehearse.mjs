// A real release into a throwaway registry, then strangers use it. Run after a build.
// Publishes every package once into Verdaccio (scripts/consumers/registry.mjs), fills the shared
// installs, then runs every scripts/consumers/*/check.mjs with `node --test`, one at a time. Each
// stranger reports on its own: one failing does not stop the others, and every failure is listed
// at the end. Exits 1 if any failed. The registry is stopped and its folder removed, pass or fail.
// One stranger alone: node --test scripts/consumers/<name>/check.mjs
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromePath, requireBrowser } from '@civic-elements/tooling/browsers.mjs';
import { repositoryRoot } from '@civic-elements/tooling/components.mjs';
import { consumersRoot, installs, prepare } from './consumers/registry.mjs';

requireBrowser('Chromium', chromePath, 'CHROME_PATH', 'chromium');

const checks = readdirSync(consumersRoot, { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(consumersRoot, entry.name, 'check.mjs')))
  .map((entry) => relative(repositoryRoot, join(consumersRoot, entry.name, 'check.mjs')));

const started = performance.now();
let rehearsal;
let code = 1;
try {
  rehearsal = await prepare({ installNames: Object.keys(installs) });
  console.log(`\n▶ ${checks.length} strangers: ${checks.join(', ')}\n`);
  const child = spawn(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', ...checks],
    {
      cwd: repositoryRoot,
      stdio: 'inherit',
      env: { ...process.env, CIVIC_REGISTRY: rehearsal.registry, CIVIC_REHEARSAL_DIR: rehearsal.dir },
    },
  );
  code = await new Promise((resolve) => child.on('close', (status) => resolve(status ?? 1)));
} catch (error) {
  console.error(`\nRelease rehearsal could not publish or install: ${error.message}`);
} finally {
  await rehearsal?.close();
}
const minutes = ((performance.now() - started) / 60_000).toFixed(1);
console.log(
  code === 0
    ? `\nRelease rehearsal passed (${minutes} min).`
    : `\nRelease rehearsal failed (${minutes} min): see the failing strangers above.`,
);
process.exit(code === 0 ? 0 : 1);
