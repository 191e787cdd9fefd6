// The document around every page's body: <html>, the <head> (policy, pre-paint script, title,
// description, stylesheets, language alternates, the page's island and structured data) and the
// end marker that render-blocking waits for. A server-only Lit template (@lit-labs/ssr), so each
// value is escaped by Lit as the pages' are (src/templates/page.mjs). Lit refuses bindings inside
// an executable <script>, and an inline script's text is exactly what the policy's hash covers:
// such scripts are written whole here (inlineScript), and refused if their code could end them.
import { html, render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { escapeText } from './page.mjs';

/**
 * An inline <script> with `code` as its text, unchanged (the policy hashes it). Code holding
 * "</script" or "<!--" would end the element early or change how it is parsed: refused.
 */
export function inlineScript(code, attributes = {}) {
  if (/<\/script|<!--/i.test(code)) {
    throw new Error('An inline script may not contain "</script" or "<!--": it would end early.');
  }
  const names = Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeText(value)}"`)
    .join('');
  return unsafeHTML(`<script${names}>${code}</script>`);
}

/**
 * Structured data as JSON in a <script type="application/ld+json">. HTML escaping would be wrong
 * inside a script (&quot; is not JSON); "<" written as \u003c keeps "</script" and "<!--" out.
 */
export const jsonLdScript = (data) =>
  unsafeHTML(`<script type="application/ld+json">${JSON.stringify(data).replace(/</g, '\\u003c')}</script>`);

/**
 * The <head> of a page's document, from the doctype on (a server-only Lit template).
 * @param {object} page
 * @param {string} page.htmlLang       <html lang>
 * @param {string} page.policy         the Content-Security-Policy of this page (its <meta>)
 * @param {{ code: string, target: string }} page.prepaint the pre-paint script and the id of the
 *   element its reading settings apply to
 * @param {string} page.title
 * @param {string} page.description
 * @param {string[]} page.stylesheets  in cascade order
 * @param {string} page.canonical      absolute URL
 * @param {{ hreflang: string, href: string }[]} page.alternates this page in each language it
 *   exists in, itself included
 * @param {{ src: string, chunks: string[], loader: string }} page.island its module, the chunks
 *   it imports (preloaded) and the inline loader that imports it
 * @param {object[]} page.structuredData JSON-LD objects
 */
export function documentHead({
  htmlLang,
  policy,
  prepaint,
  title,
  description,
  stylesheets,
  canonical,
  alternates,
  island,
  structuredData,
}) {
  // Render-blocking until #page-end is parsed: a frame painted mid-parse would show components
  // whose slotted light-DOM children (the nav's list, the header's actions, the footer's links)
  // had not arrived yet, and they would then shift the page. Browsers without support for
  // `blocking` ignore it (the pre-paint script still applies the reader's settings first).
  // The output is byte for byte what a browser gets, line breaks included: not formatted.
  // prettier-ignore
  return html`<!doctype html>
<html lang=${htmlLang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content=${policy}>
<meta name="viewport" content="width=device-width, initial-scale=1">
${inlineScript(prepaint.code, { 'data-for': prepaint.target })}
<title>${title}</title>
<meta name="description" content=${description}>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="expect" href="#page-end" blocking="render">
${stylesheets.map((href) => html`<link rel="stylesheet" href=${href}>\n`)}<link rel="canonical" href=${canonical}>
${alternates.map(({ hreflang, href }) => html`<link rel="alternate" hreflang=${hreflang} href=${href}>\n`)}${island.chunks.map((chunk) => html`<link rel="modulepreload" href=${chunk}>\n`)}<link rel="modulepreload" href=${island.src}>
${inlineScript(island.loader, { type: 'module' })}
${joined(structuredData.map(jsonLdScript), '\n')}
</head>`;
}

/**
 * The whole document of a page: its head (documentHead) and `body`, HTML already rendered by Lit.
 * The body is joined as text: given to Lit (unsafeHTML), its elements would be rendered again.
 * @param {Parameters<typeof documentHead>[0]} page
 * @param {string} body
 */
export const renderDocument = (page, body) =>
  `${collectResultSync(render(documentHead(page)))}
<body>
${body}
<div id="page-end" hidden></div>
</body>
</html>
`;

/** The items with `separator` between them, as Lit renders a list. */
const joined = (items, separator) => items.flatMap((item, i) => (i === 0 ? [item] : [separator, item]));
