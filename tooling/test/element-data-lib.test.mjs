// The editors' data offers an attribute's allowed values (the string literals of its type) and
// nothing else: no type names such as `number[]` or `Date`, and no attribute of read-only state.
// The first assertion failed before: VS Code was offered levels="number[]" and published="Date".
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { writeEditorData } from '../element-data-lib.mjs';

const manifest = {
  schemaVersion: '1.0.0',
  modules: [
    {
      kind: 'javascript-module',
      path: 'dist/sample.js',
      declarations: [
        {
          kind: 'class',
          name: 'SampleElement',
          tagName: 'civic-sample',
          customElement: true,
          members: [
            { kind: 'field', name: 'levels', type: { text: 'number[] | string' } },
            { kind: 'field', name: 'published', type: { text: 'string | Date | null' } },
            { kind: 'field', name: 'layout', type: { text: '\'compact\' | "wide" | null' } },
            { kind: 'field', name: 'wide', type: { text: 'boolean' }, readonly: true },
          ],
          attributes: [
            { name: 'levels', fieldName: 'levels', type: { text: 'number[] | string' } },
            { name: 'published', fieldName: 'published', type: { text: 'string | Date | null' } },
            { name: 'layout', fieldName: 'layout', type: { text: '\'compact\' | "wide" | null' } },
            { name: 'wide', fieldName: 'wide', type: { text: 'boolean' } },
          ],
        },
      ],
      exports: [
        {
          kind: 'js',
          name: 'SampleElement',
          declaration: { name: 'SampleElement', module: 'dist/sample.js' },
        },
        {
          kind: 'custom-element-definition',
          name: 'civic-sample',
          declaration: { name: 'SampleElement', module: 'dist/sample.js' },
        },
      ],
    },
  ],
};

test('VS Code data: the allowed values or none, and no attribute of read-only state', async () => {
  const outdir = await mkdtemp(join(tmpdir(), 'civic-editor-data-'));
  try {
    writeEditorData(manifest, { outdir });
    const vsCode = JSON.parse(await readFile(join(outdir, 'vscode.html-custom-data.json'), 'utf8'));
    const values = Object.fromEntries(
      vsCode.tags[0].attributes.map((attribute) => [
        attribute.name,
        (attribute.values ?? []).map((value) => value.name),
      ]),
    );
    assert.deepEqual(values, { levels: [], published: [], layout: ['compact', 'wide'] });

    const webTypes = JSON.parse(await readFile(join(outdir, 'web-types.json'), 'utf8'));
    const attributes = webTypes.contributions.html.elements[0].attributes.map((attribute) => attribute.name);
    assert.deepEqual(attributes, ['levels', 'published', 'layout']);
  } finally {
    await rm(outdir, { recursive: true, force: true });
  }
});
