// The syntax scan every package's test runs must be able to fail: it refuses what grade B's engines
// cannot parse or do not have, and lets through what they can.
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkShippedSyntax } from '../check-shipped-syntax.mjs';

async function scan(code) {
  const file = join(await mkdtemp(join(tmpdir(), 'civic-syntax-')), 'sample.js');
  await writeFile(file, code);
  return checkShippedSyntax([file]);
}

test('refuses a class static block, which Chromium 89 and 92 cannot parse', async () => {
  const { success, errors } = await scan('export class A { static { this.styles = 1; } }\n');
  assert.equal(success, false);
  assert.match(errors[0].message, /ClassStaticBlocks/);
});

test('refuses built-ins newer than Chromium 89: Array.prototype.at and Object.hasOwn', async () => {
  const { success, errors } = await scan('export const f = (a) => [a].at(-1) && Object.hasOwn(a, "x");\n');
  assert.equal(success, false);
  assert.match(errors[0].message, /ArrayPrototypeAt/);
  assert.match(errors[0].message, /ObjectHasOwn/);
});

test('accepts private fields and methods, optional chaining and logical assignment', async () => {
  const { success, errors } = await scan(
    'export class A { #x = 1; #m() { return this.#x; } get y() { return this.#m?.() ?? (this.z ??= 2); } }\n',
  );
  assert.deepEqual(errors, []);
  assert.equal(success, true);
});

test('fails when the globs match no file at all, so a moved dist/ cannot pass unseen', async () => {
  const { success } = await checkShippedSyntax([join(tmpdir(), 'civic-no-such-dir', '*.js')]);
  assert.equal(success, false);
});
