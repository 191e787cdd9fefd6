// The document shell (src/templates/document.mjs): every value in the <head> escaped as Lit escapes
// the pages', inline scripts exactly as the policy hashes them, and the body joined untouched.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { html as litHtml, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { renderDocument } from '../src/templates/document.mjs';

const page = (overrides = {}) => ({
  htmlLang: 'zh-Hant',
  policy: "default-src 'none'; script-src 'self' 'sha256-x'",
  prepaint: { code: 'restore(1<2)', target: 'article-body' },
  title: '河濱市 – News',
  description: 'Notices from the city.',
  stylesheets: ['/assets/reading-tools.1.css', '/assets/site.2.css'],
  canonical: 'https://riverside.example/zh-hant/',
  alternates: [
    { hreflang: 'zh-Hant', href: 'https://riverside.example/zh-hant/' },
    { hreflang: 'en', href: 'https://riverside.example/en/' },
  ],
  island: { src: '/assets/nav.3.js', chunks: ['/assets/chunk.4.js'], loader: 'import("/assets/nav.3.js")' },
  structuredData: [],
  ...overrides,
});

test('a title, description or policy holding markup stays text in its own element', () => {
  const hostile = '</title><script>alert(1)</script> & "quoted" \'single\'';
  const escaped =
    '&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;';
  const html = renderDocument(
    page({ title: hostile, description: hostile, policy: hostile }),
    '<main></main>',
  );
  assert.equal(html.match(/<script/g).length, 2, 'the pre-paint script and the loader only');
  assert.ok(html.includes(`<title>${escaped}</title>`));
  assert.ok(html.includes(`<meta name="description" content="${escaped}">`));
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${escaped}">`));
});

test('inline scripts are written exactly as given, and code that could end them is refused', () => {
  const html = renderDocument(page(), '<main></main>');
  assert.ok(html.includes('<script data-for="article-body">restore(1<2)</script>'));
  assert.ok(html.includes('<script type="module">import("/assets/nav.3.js")</script>'));
  for (const code of ['"</script>"', 'x = "</SCRIPT >"', 'a<!--b']) {
    assert.throws(() => renderDocument(page({ prepaint: { code, target: 'main' } }), ''), /may not contain/);
  }
});

test('structured data is JSON that cannot close its script', () => {
  const data = { '@type': 'NewsArticle', headline: '</script><script>alert(1)</script> "quoted"' };
  const html = renderDocument(page({ structuredData: [data, { '@type': 'WebSite' }] }), '');
  const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/g)].map(
    ([, text]) => text,
  );
  assert.deepEqual(
    scripts.map((text) => JSON.parse(text)),
    [data, { '@type': 'WebSite' }],
  );
  assert.ok(!scripts[0].includes('<'));
});

test('the body is joined as it was rendered: its elements are not rendered again', () => {
  const body =
    '<civic-reading-tools for="main"><template shadowrootmode="open"></template></civic-reading-tools>';
  const html = renderDocument(page(), body);
  assert.ok(html.endsWith(`<body>\n${body}\n<div id="page-end" hidden></div>\n</body>\n</html>\n`));
  assert.equal(html.match(/<template/g).length, 1);
  assert.ok(html.startsWith('<!doctype html>\n<html lang="zh-Hant">\n<head>\n<meta charset="utf-8">\n'));
});

test('values are escaped exactly as Lit escapes them in the pages', async () => {
  const hostile = `<a href="x">&amp; 'it' </title> \u00a0河濱`;
  const byLit = await collectResult(render(litHtml`<title>${hostile}</title><meta content=${hostile}>`));
  const ours = renderDocument(page({ title: hostile, description: hostile }), '');
  const [, litTitle, litAttribute] = /<title>(.*)<\/title><meta content="(.*)">/s.exec(byLit);
  assert.ok(ours.includes(`<title>${litTitle}</title>`));
  assert.ok(ours.includes(`<meta name="description" content="${litAttribute}">`));
});
