// JavaScript budgets of the built portal (apps/portal/dist): for every page, the gzip (level 9)
// size of every script it loads, module or classic, with the module chunks those import
// statically. A size check, not a timed test: it reads files and never starts a browser.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join, posix, relative, sep } from 'node:path';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { dist, htmlFiles } from './built-site.mjs';

const KB = 1024;
/**
 * Bytes of JavaScript (gzip -9, built for grade B) a page may load, inline or not, by kind of page: the budgets
 * issue "lean" set, goals rather than measurements (apps/portal/budgets.json, which the README's
 * figures come from). Raising one needs a line in the changeset saying why.
 */
const budgetFile = JSON.parse(await readFile(new URL('../budgets.json', import.meta.url), 'utf8'));
const BUDGETS = Object.fromEntries(
  Object.entries(budgetFile).map(([kind, { kb }]) => [kind, Math.round(kb * KB)]),
);
/**
 * A kind that cannot meet its budget yet is held at its measured size (`overBudget.heldAt`, bytes)
 * with the reason: it may not grow, and the entry goes as soon as the budget is met.
 */
const LIMITS = Object.fromEntries(
  Object.entries(budgetFile).map(([kind, { overBudget }]) => [kind, overBudget?.heldAt ?? BUDGETS[kind]]),
);

function kindOf(url) {
  if (url === '/') return 'root';
  if (url.endsWith('/404.html')) return 'notFound';
  if (/^\/[a-z]+\/$/.test(url)) return 'home';
  if (/^\/[a-z]+\/columns\/[^/]+\/(?:page\/\d+\/)?$/.test(url)) return 'column';
  if (/^\/[a-z]+\/search\/$/.test(url)) return 'search';
  if (/^\/[a-z]+\/columns\/[^/]+\/[^/]+\/$/.test(url)) return 'article';
  if (/^\/[a-z]+\/accessibility\/$/.test(url)) return 'home';
  return undefined;
}

const attribute = (tag, name) =>
  new RegExp(`\\s${name}(?:=(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, 'i').exec(tag);

/**
 * The scripts a page's HTML loads: `{ url, module }` for every <script src>, every module it
 * preloads (<link rel="modulepreload">) and every module an inline module imports by a literal.
 */
function pageScripts(html) {
  const scripts = [];
  const add = (url, module) => {
    if (!scripts.some((script) => script.url === url)) scripts.push({ url, module });
  };
  for (const [tag] of html.matchAll(/<script\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    if (!src) continue;
    const type = attribute(tag, 'type');
    const typeValue = type ? (type[1] ?? type[2] ?? type[3] ?? '').toLowerCase() : '';
    add(src[1] ?? src[2] ?? src[3], typeValue === 'module');
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*\brel=["']?modulepreload\b[^>]*>/gi)) {
    const href = attribute(tag, 'href');
    if (href) add(href[1] ?? href[2] ?? href[3], true);
  }
  for (const [, code] of html.matchAll(/<script\b[^>]*\btype=["']?module\b[^>]*>([\s\S]*?)<\/script>/gi)) {
    for (const [, url] of code.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) add(url, true);
  }
  return scripts;
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` of a (minified) module. */
function staticImports(code) {
  const specifiers = [];
  for (const match of code.matchAll(
    /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
  )) {
    specifiers.push(match[1]);
  }
  return specifiers;
}

/** Every file a page's scripts load, with their gzip -9 sizes. */
async function javaScriptOf(html, pageUrl) {
  const files = new Map();
  const visit = async (url, module) => {
    const path = new URL(url, `https://portal.test${pageUrl}`).pathname;
    if (files.has(path)) return;
    assert.ok(path.startsWith('/'), `${pageUrl}: script ${url} is not served by the portal`);
    const code = await readFile(join(dist, ...path.split('/')));
    files.set(path, gzipSync(code, { level: 9 }).length);
    if (!module) return;
    for (const specifier of staticImports(code.toString('utf8'))) {
      assert.match(specifier, /^\.{0,2}\//, `${path} imports the bare specifier ${specifier}`);
      await visit(posix.join(posix.dirname(path), specifier), true);
    }
  };
  for (const { url, module } of pageScripts(html)) await visit(url, module);
  // Inline scripts count too (the pre-paint script), but not JSON-LD data.
  let inline = 0;
  for (const [, attributes, code] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (/\ssrc=/i.test(attributes) || /application\/ld\+json/i.test(attributes) || !code.trim()) continue;
    files.set(`inline script ${++inline}`, gzipSync(code, { level: 9 }).length);
  }
  return files;
}

const pages = [];
for (const file of await htmlFiles()) {
  const rel = `/${relative(dist, file).split(sep).join('/')}`;
  const url = rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
  pages.push({ url, kind: kindOf(url), html: await readFile(file, 'utf8') });
}

test('the built site has pages of every kind', () => {
  for (const kind of Object.keys(BUDGETS))
    assert.ok(
      pages.some((page) => page.kind === kind),
      kind,
    );
});

test('finds classic scripts, module scripts and their static imports', () => {
  assert.deepEqual(
    pageScripts(
      '<script type="module" src="/a.js" blocking="render"></script><script src=/b.js></script>' +
        '<script type="application/ld+json">{}</script><link rel="modulepreload" href="/c.js">' +
        '<script type="module">import("/d.js").catch(() => {})</script>',
    ),
    [
      { url: '/a.js', module: true },
      { url: '/b.js', module: false },
      { url: '/c.js', module: true },
      { url: '/d.js', module: true },
    ],
  );
  assert.deepEqual(
    staticImports('import{a as b}from"./chunk.js";import"./c.js";export*from"../d.js";import("./lazy.js")'),
    ['./chunk.js', './c.js', '../d.js'],
  );
});

for (const kind of Object.keys(BUDGETS)) {
  const held =
    LIMITS[kind] > BUDGETS[kind] ? `, held at ${LIMITS[kind]} over a budget of ${BUDGETS[kind]}` : '';
  test(`${kind} pages load at most ${LIMITS[kind]} bytes of JavaScript (gzip -9)${held}`, async (t) => {
    const results = [];
    for (const page of pages.filter((p) => p.kind === kind)) {
      const files = await javaScriptOf(page.html, page.url);
      const total = [...files.values()].reduce((sum, size) => sum + size, 0);
      results.push({ url: page.url, total });
      assert.ok(
        total <= LIMITS[kind],
        `${page.url}: ${total} bytes > ${LIMITS[kind]} (${[...files].map(([f, s]) => `${f} ${s}`).join(', ')})`,
      );
    }
    const largest = results.reduce((a, b) => (b.total > a.total ? b : a));
    t.diagnostic(`${kind}: largest ${largest.total} bytes (${largest.url}), budget ${BUDGETS[kind]}${held}`);
    if (largest.total > BUDGETS[kind]) t.diagnostic(`over budget: ${budgetFile[kind].overBudget.why}`);
  });
}

test("no page loads the reading tools' panel before it is opened", async () => {
  for (const page of pages) {
    const files = await javaScriptOf(page.html, page.url);
    assert.deepEqual(
      [...files.keys()].filter((file) => /-panel\./.test(file)),
      [],
      page.url,
    );
  }
});

test("the README's budgets are these", async () => {
  const readme = await readFile(new URL('../../../README.md', import.meta.url), 'utf8');
  const figure = (kind) => `${Math.round((BUDGETS[kind] / KB) * 10) / 10} KB`;
  assert.match(
    readme.replace(/\s+/g, ' '),
    new RegExp(
      `<!-- budgets -->${figure('article')} of JavaScript \\(gzip -9\\) on article pages, ${figure('home')} on the others<!-- /budgets -->`,
    ),
  );
  for (const kind of ['column', 'notFound', 'root']) assert.equal(BUDGETS[kind], BUDGETS.home, kind);
});
