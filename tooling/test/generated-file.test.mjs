// writeGenerated: the one way generated sources are formatted, written or checked.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { writeGenerated } from '../generated-file.mjs';

const dir = mkdtempSync(join(tmpdir(), 'civic-generated-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const unformatted = 'export   const answer =  42\n';

test('writes the source formatted by Prettier', async () => {
  const path = join(dir, 'written.ts');
  assert.equal(await writeGenerated(path, unformatted, { hint: 'x' }), 'written');
  assert.equal(readFileSync(path, 'utf8'), 'export const answer = 42;\n');
  assert.equal(await writeGenerated(path, unformatted, { hint: 'x' }), 'current');
});

test('with check, a current file passes and nothing is written', async () => {
  const path = join(dir, 'current.ts');
  writeFileSync(path, 'export const answer = 42;\n');
  assert.equal(await writeGenerated(path, unformatted, { check: true, hint: 'x' }), 'current');
});

test('with check, a changed or missing file is stale, named with its command, and left alone', async (t) => {
  const errors = t.mock.method(console, 'error', () => {});
  const path = join(dir, 'stale.ts');
  writeFileSync(path, 'export const answer = 41;\n');
  const result = await writeGenerated(path, unformatted, {
    check: true,
    shownPath: 'src/stale.ts',
    hint: 'npm run build',
  });
  assert.equal(result, 'stale');
  assert.equal(readFileSync(path, 'utf8'), 'export const answer = 41;\n');
  assert.match(errors.mock.calls[0].arguments[0], /src\/stale\.ts is out of date: run `npm run build`/);
  const missing = join(dir, 'missing.ts');
  assert.equal(await writeGenerated(missing, unformatted, { check: true, hint: 'x' }), 'stale');
  assert.equal(existsSync(missing), false);
});
