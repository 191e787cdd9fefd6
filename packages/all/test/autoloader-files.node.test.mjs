// What the autoloader ships: every file in dist/chunks/ is reached from dist/autoloader.js through
// the element files and the chunks they import. Failed before: a rebuild left the previous
// build's chunks (named by hash) beside the new ones, and they were published. Run after the build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

test('dist/chunks/ holds only chunks the autoloader reaches', () => {
  const reached = new Set(['autoloader.js']);
  for (const file of reached) {
    const code = readFileSync(join(dist, file), 'utf8');
    for (const [, specifier] of code.matchAll(/(?:from|import\(?)\s*"(\.{1,2}\/[^"]+)"/g)) {
      reached.add(relative(dist, join(dirname(join(dist, file)), specifier)));
    }
  }
  const chunks = readdirSync(join(dist, 'chunks')).map((name) => `chunks/${name}`);
  assert.ok(chunks.length > 0);
  assert.deepEqual(
    chunks.filter((chunk) => !reached.has(chunk)),
    [],
    'chunks no autoloader file imports',
  );
});
