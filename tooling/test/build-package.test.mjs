// civic-build's first step: the scripts of "civicBuild.generate" run before anything is built, and
// a name that is no script of the package stops the build, naming it.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const civicBuild = fileURLToPath(new URL('../build-package.mjs', import.meta.url));

function packageWith(civicBuildBlock, files = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'civic-build-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', civicBuild: civicBuildBlock }));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

test('runs each generate script in the package folder', () => {
  const dir = packageWith(
    { generate: ['make-source.mjs'] },
    { 'make-source.mjs': "import { writeFileSync } from 'node:fs';\nwriteFileSync('made.txt', 'made');\n" },
  );
  const result = spawnSync(process.execPath, [civicBuild], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(readFileSync(join(dir, 'made.txt'), 'utf8'), 'made');
});

test('stops on a generate entry that is no script of the package, naming it', () => {
  const dir = packageWith({ generate: ['missing.mjs'] });
  const result = spawnSync(process.execPath, [civicBuild], { cwd: dir, encoding: 'utf8' });
  assert.equal(result.status, 1);
  assert.match(result.stderr, /"civicBuild\.generate" names no script of the package: missing\.mjs/);
});
