// Property-based test of an element in the browser: any attribute and any property, set to
// anything (fast-check), never throws, never shows a broken value, never links a dangerous
// scheme and never renders markup it was given as text.
import fc from 'fast-check';
import type { LitElement, PropertyDeclaration } from 'lit';
import { executeServerCommand } from '@web/test-runner-commands';
import { attributeValue, problemsIn, propertyValue, RUNS } from './hostile-values.mjs';
import { collectingWarnings } from './browser.js';

type ElementClass = typeof LitElement & { elementProperties: Map<PropertyKey, PropertyDeclaration> };

/** The element's public reactive properties and the attribute each one reads. */
function reactiveProperties(tag: string): [string, string][] {
  const element = customElements.get(tag) as ElementClass;
  return [...element.elementProperties]
    .filter(([, options]) => !options.state && options.attribute !== false)
    .map(([name, options]) => [
      String(name),
      typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase(),
    ]);
}

const rendered = (el: Element) =>
  el.shadowRoot!.innerHTML.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<!--[\s\S]*?-->/g, '');

/**
 * Runs the property for element `tag`: its shadow root may hold only the `renderedTags` of its
 * package's "civic" block.
 */
export async function assertHostileInputIsHarmless(tag: string): Promise<void> {
  const component = await executeServerCommand<{ renderedTags: string[] } | null, { tag: string }>(
    'civic-component',
    { tag },
  );
  if (!component) throw new Error(`${tag}: no package.json "civic" block names this tag`);
  const allowedTags = component.renderedTags;
  const properties = reactiveProperties(tag);
  const record = <T>(arbitrary: fc.Arbitrary<T>) =>
    fc.record(Object.fromEntries(properties.map(([name]) => [name, arbitrary])), { requiredKeys: [] });
  const host = document.createElement('div');
  document.body.append(host);
  try {
    await collectingWarnings(async () => {
      await fc.assert(
        fc.asyncProperty(record(attributeValue), record(propertyValue), async (attributes, values) => {
          host.replaceChildren();
          const byAttribute = document.createElement(tag) as LitElement;
          for (const [name, attribute] of properties) {
            if (name in attributes) byAttribute.setAttribute(attribute, attributes[name] as string);
          }
          const byProperty = document.createElement(tag) as LitElement;
          Object.assign(byProperty, values);
          host.append(byAttribute, byProperty);
          await byAttribute.updateComplete;
          await byProperty.updateComplete;
          const problems = [byAttribute, byProperty].flatMap((el) =>
            problemsIn(rendered(el), { allowedTags }),
          );
          if (problems.length) throw new Error(problems.join('; '));
        }),
        RUNS,
      );
    });
  } finally {
    host.remove();
  }
}
