// The document around every page's body: <html>, the <head> (policy, pre-paint script, title,
// description, stylesheets, language alternates, the page's island and structured data) and the
// end marker that render-blocking waits for. Every value is escaped with escapeText, the helper
// page.mjs uses where Lit cannot bind, which escapes exactly as Lit's SSR does (test/document:
// the same characters, the same entities); only markup made here (raw) is written as it is.
// Not a Lit template: Lit SSR took 0.7–5 ms per page for this head (each inline script is a new
// template to parse), up to 8 minutes of a 100,000-page build; this takes microseconds.
// An inline script's text is exactly what the policy's hash covers: scripts are written whole
// (inlineScript), and refused if their code could end them.
import { escapeText } from './page.mjs';

const RAW = Symbol('markup written as it is');
/** Markup made here, written as it is. */
const raw = (markup) => ({ [RAW]: markup });
/** A value as HTML: markup as it is, a list item by item, anything else escaped as text. */
const asHtml = (value) =>
  value?.[RAW] ?? (Array.isArray(value) ? value.map(asHtml).join('') : escapeText(value));

/** A template whose every value is escaped (attributes are quoted in the template). */
function markup(strings, ...values) {
  let out = strings[0];
  for (let i = 0; i < values.length; i++) out += asHtml(values[i]) + strings[i + 1];
  return raw(out);
}

/**
 * An inline <script> with `code` as its text, unchanged (the policy hashes it). Code holding
 * "</script" or "<!--" would end the element early or change how it is parsed: refused.
 */
export function inlineScript(code, attributes = {}) {
  if (/<\/script|<!--/i.test(code)) {
    throw new Error('An inline script may not contain "</script" or "<!--": it would end early.');
  }
  const names = Object.entries(attributes).map(([name, value]) => markup` ${raw(name)}="${value}"`);
  return markup`<script${names}>${raw(code)}</script>`;
}

/**
 * Structured data as JSON in a <script type="application/ld+json">. HTML escaping would be wrong
 * inside a script (&quot; is not JSON); "<" written as \u003c keeps "</script" and "<!--" out.
 */
export const jsonLdScript = (data) =>
  markup`<script type="application/ld+json">${raw(JSON.stringify(data).replace(/</g, '\\u003c'))}</script>`;

/**
 * The whole document of a page.
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
 * @param {string} body the page's body, HTML rendered by Lit (written as it is)
 */
export function renderDocument(
  {
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
  },
  body,
) {
  const structured = structuredData.map((data, i) =>
    i === 0 ? [jsonLdScript(data)] : ['\n', jsonLdScript(data)],
  );
  // Render-blocking until #page-end is parsed: a frame painted mid-parse would show components
  // whose slotted light-DOM children (the nav's list, the header's actions, the footer's links)
  // had not arrived yet, and they would then shift the page. Browsers without support for
  // `blocking` ignore it (the pre-paint script still applies the reader's settings first).
  return markup`<!doctype html>
<html lang="${htmlLang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${inlineScript(prepaint.code, { 'data-for': prepaint.target })}
<title>${title}</title>
<meta name="description" content="${description}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="expect" href="#page-end" blocking="render">
${stylesheets.map((href) => markup`<link rel="stylesheet" href="${href}">\n`)}<link rel="canonical" href="${canonical}">
${alternates.map(({ hreflang, href }) => markup`<link rel="alternate" hreflang="${hreflang}" href="${href}">\n`)}${island.chunks.map((chunk) => markup`<link rel="modulepreload" href="${chunk}">\n`)}<link rel="modulepreload" href="${island.src}">
${inlineScript(island.loader, { type: 'module' })}
${structured}
</head>
<body>
${raw(body)}
<div id="page-end" hidden></div>
</body>
</html>
`[RAW];
}
