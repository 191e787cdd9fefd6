// The same property-based check as the browser tests, under server rendering (Lit SSR in Node):
// any attribute and any property of every element renders, or the whole page render would abort.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import fc from 'fast-check';
// Tag and attribute names vary per case: static-html's literals, which the lit lint rules do not model.
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import {
  attributeValue,
  problemsIn,
  propertyValue,
  RUNS,
} from '@civic-elements/tooling/testing/hostile-values.js';
import { components } from '@civic-elements/tooling/components.mjs';
import '@civic-elements/all';

const shadowOf = (output) =>
  (output.match(/<template shadowroot[^>]*>([\s\S]*)<\/template>/)?.[1] ?? '')
    .replace(/<style>[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');

// Each element may render only the tags its package's "civic" block lists.
for (const { tag, renderedTags: allowedTags } of components) {
  const element = customElements.get(tag);
  const properties = [...element.elementProperties]
    .filter(([, options]) => !options.state && options.attribute !== false)
    .map(([name, options]) => [
      name,
      typeof options.attribute === 'string' ? options.attribute : name.toLowerCase(),
    ]);

  test(`${tag} renders any attribute value on the server`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...properties), attributeValue, async ([, attribute], value) => {
        const output = await collectResult(
          render(
            staticHtml`<${unsafeStatic(tag)} ${unsafeStatic(attribute)}=${value}></${unsafeStatic(tag)}>`,
          ),
        );
        assert.deepEqual(problemsIn(shadowOf(output), { allowedTags }), []);
      }),
      RUNS,
    );
  });

  test(`${tag} renders any property value on the server`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...properties), propertyValue, async ([name], value) => {
        const output = await collectResult(
          render(staticHtml`<${unsafeStatic(tag)} .${unsafeStatic(name)}=${value}></${unsafeStatic(tag)}>`),
        );
        assert.deepEqual(problemsIn(shadowOf(output), { allowedTags }), []);
      }),
      RUNS,
    );
  });
}
