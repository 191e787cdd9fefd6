// The JSX typings are written by hand; this keeps them in step with the manifests: every
// attribute a user can set and every event has a JSX prop, and there is no prop for anything
// the element does not have.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const typings = readFileSync(new URL('../src/jsx.types.ts', import.meta.url), 'utf8');
// Attributes the element sets on itself, for styling; a page never writes them.
const SET_BY_ELEMENT = new Set(['civic-column-nav narrow']);

const interfaces = {
  'font-size-toggle': 'FontSizeToggleAttributes',
  'article-header': 'ArticleHeaderAttributes',
  'column-nav': 'ColumnNavAttributes',
  'sponsor-footer': 'SponsorFooterAttributes',
};

function jsxProps(interfaceName) {
  const body = typings.match(new RegExp(`interface ${interfaceName} \\{([^}]*)\\}`))?.[1];
  assert.ok(body, `${interfaceName} is declared`);
  return new Set([...body.matchAll(/^\s*'?([\w-]+)'?\?:/gm)].map((match) => match[1]));
}

for (const [name, interfaceName] of Object.entries(interfaces)) {
  test(`JSX props of ${name} match its manifest`, () => {
    const manifest = JSON.parse(
      readFileSync(new URL(`../../${name}/custom-elements.json`, import.meta.url), 'utf8'),
    );
    const element = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((declaration) => declaration.customElement);
    const expected = new Set([
      ...(element.attributes ?? [])
        .map((attribute) => attribute.name)
        .filter((attribute) => !SET_BY_ELEMENT.has(`${element.tagName} ${attribute}`)),
      ...(element.events ?? []).map((event) => `on${event.name}`),
    ]);
    assert.deepEqual([...jsxProps(interfaceName)].sort(), [...expected].sort());
  });
}
