// Checks every published package as npm will ship it: publint --strict and
// "are the types wrong" (ESM-only profile). Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packagesDir = fileURLToPath(new URL('../packages', import.meta.url));
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
let failed = 0;
for (const name of readdirSync(packagesDir)) {
  const dir = join(packagesDir, name);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  // CSS entry points have no types by nature.
  const cssEntries = Object.keys(manifest.exports ?? {}).filter((entry) => entry.endsWith('.css'));
  const runs = [
    [bin('publint'), ['--strict']],
    [
      bin('attw'),
      [
        '--pack',
        '.',
        '--profile',
        'esm-only',
        ...(cssEntries.length ? ['--exclude-entrypoints', ...cssEntries] : []),
      ],
    ],
  ];
  for (const [command, args] of runs) {
    try {
      execFileSync(command, args, { cwd: dir, stdio: 'pipe' });
      console.log(`✓ ${manifest.name}: ${command.split('/').pop()}`);
    } catch (error) {
      failed++;
      console.log(`✗ ${manifest.name}: ${command.split('/').pop()}\n${error.stdout}${error.stderr}`);
    }
  }
}
process.exit(failed > 0 ? 1 : 0);
