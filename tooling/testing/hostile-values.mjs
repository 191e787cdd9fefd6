// Hostile and odd input for property-based tests (fast-check), shared by the browser tests and
// the server-rendering tests: what a CMS, a script or an attacker may put in an attribute or a
// property of an element.
import fc from 'fast-check';

/** Text an element must never show unless it was given it: the marks of a value gone wrong. */
export const BROKEN_TEXT = /undefined|NaN|Invalid Date|\[object Object\]/;

/** Fixed seed and bounded runs: the same cases on every machine, a counterexample printed on failure. */
export const RUNS = { seed: 20261127, numRuns: 60 };

const safe = (text) => !BROKEN_TEXT.test(text);

/** URL-ish text: schemes in mixed case, control characters, entities, protocol-relative. */
const urlish = fc
  .tuple(
    fc.constantFrom(
      'javascript:',
      'JaVaScRiPt:',
      'java\tscript:',
      ' javascript:',
      'data:',
      'vbscript:',
      'http:',
      'https:',
      'mailto:',
      'tel:',
      '//',
      '/',
      '',
      '&#106;avascript:',
      'javascript&colon;',
    ),
    fc.string({ maxLength: 20 }),
  )
  .map(([scheme, rest]) => scheme + rest);

/** Any text an attribute may hold. */
export const attributeValue = fc.oneof(
  fc.string({ maxLength: 40 }).filter(safe),
  fc.string({ unit: 'grapheme', maxLength: 40 }).filter(safe),
  urlish.filter(safe),
  fc.constantFrom(
    '',
    ' ',
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '2019-02-30',
    '0000-01-01',
    '+86 \u202e123',
    '{"label": 1}',
    '[1,2]',
    '1e999',
    '-0',
  ),
);

/** Any value a script may set as a property. */
export const propertyValue = fc.oneof(
  attributeValue,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.oneof(fc.integer(), fc.string({ maxLength: 5 }).filter(safe)), { maxLength: 5 }),
  fc.object({ maxDepth: 1 }),
  fc.constant(Object.create(null)),
  fc.constant(Symbol('x')),
  fc.constant(() => 'function'),
);

/** Every problem a rendered element shows: broken text, a link with a bad scheme, injected markup. */
export function problemsIn(html, { allowedTags }) {
  const problems = [];
  const text = html.replace(/<[^>]*>/g, ' ');
  if (BROKEN_TEXT.test(text)) problems.push(`shows ${text.match(BROKEN_TEXT)[0]}`);
  for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
    const decoded = href.replace(/&amp;/g, '&');
    if (/^[a-z][a-z0-9+.-]*:/i.test(decoded) && !/^(https?|mailto|tel):/i.test(decoded))
      problems.push(`links ${decoded}`);
  }
  // Attribute values may hold "<" as text (serialisation escapes only quotes and ampersands).
  const markup = html.replace(/="[^"]*"/g, '=""');
  for (const [, tag] of markup.matchAll(/<([a-z][a-z0-9-]*)/gi)) {
    if (!allowedTags.includes(tag.toLowerCase())) problems.push(`renders <${tag}>`);
  }
  if (/<[^>]+\son[a-z]+=/i.test(markup)) problems.push('renders an event handler attribute');
  return problems;
}
