// Every built page is valid HTML by the Nu HTML Checker (vnu-jar, pinned), in both languages. The
// checker runs once over all pages (a JVM start per page would take minutes). Only the errors
// named below pass: markup a specification defines that this checker release does not know yet.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { relative, sep } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { withoutLegacyShadowRoot } from '../scripts/valid-html.mjs';
import { dist, htmlFiles } from './built-site.mjs';

const vnuJar = String(createRequire(import.meta.url)('vnu-jar'));
const java = process.env.JAVA ?? 'java';

/** Errors the checker reports on markup that a specification defines; each says where. */
const KNOWN_TO_SPEC_NOT_TO_CHECKER = [
  {
    message:
      /^A “link” element with a “blocking” attribute must have a “rel” attribute whose value is “stylesheet”\.$/,
    why: '`blocking="render"` on `<link rel=expect>` holds the first paint until the element is parsed',
    spec: 'https://html.spec.whatwg.org/multipage/urls-and-fetching.html#blocking-attributes',
  },
  {
    // The article header's and the sponsor footer's HTML-first content carries its documented
    // styling hooks as `part` in the light DOM too; renaming them is an API change of those packages.
    message: /^Attribute “part” not allowed on element “[a-z0-9]+” at this point\.$/,
    why: '`part` names an element for `::part()` styling; the checker does not know the attribute',
    spec: 'https://drafts.csswg.org/css-shadow-parts/#part-attr',
  },
];

function requireJava() {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    assert.fail(
      `Java was not found (${java}): the Nu HTML Checker needs Java 11 or later.\n` +
        'Install it (Debian: apt-get install -y default-jre-headless) or point JAVA at its binary.',
    );
  }
}

/** The checker's messages for these files, in batches that keep each command line short. */
function check(files) {
  const messages = [];
  for (let start = 0; start < files.length; start += 400) {
    const batch = files.slice(start, start + 400);
    const run = spawnSync(
      java,
      ['-Xss4m', '-jar', vnuJar, '--format', 'json', '--errors-only', '--exit-zero-always', ...batch],
      { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 },
    );
    assert.equal(run.status, 0, `the checker did not run: ${run.error ?? run.stderr}`);
    // The JSON report goes to standard error.
    messages.push(...JSON.parse(run.stderr).messages);
  }
  return messages;
}

const pageOf = (url) => relative(dist, fileURLToPath(url)).split(sep).join('/');

test('every built page is valid HTML, save the named errors the checker does not know yet', async () => {
  requireJava();
  const files = await htmlFiles();
  const pages = files.map((file) => relative(dist, file).split(sep).join('/'));
  // Both languages and the root are checked, not just whatever happened to be built.
  assert.ok(pages.includes('index.html'), 'the language choice page was built');
  for (const lang of ['en', 'zh', 'zh-hant']) {
    assert.ok(pages.includes(`${lang}/index.html`), `the ${lang} home page was built`);
    assert.ok(
      pages.filter((page) => page.startsWith(`${lang}/columns/`)).length > 1,
      `${lang} columns were built`,
    );
  }

  const messages = check(files);
  const unexplained = messages.filter(
    (message) => !KNOWN_TO_SPEC_NOT_TO_CHECKER.some((known) => known.message.test(message.message)),
  );
  const report = unexplained
    .slice(0, 40)
    .map((message) => `${pageOf(message.url)}:${message.lastLine}: ${message.message}`)
    .join('\n');
  console.log(
    `Nu HTML Checker: ${files.length} pages, ${messages.length} errors, ` +
      `${messages.length - unexplained.length} of them named exceptions`,
  );
  assert.equal(unexplained.length, 0, `${unexplained.length} errors, the first:\n${report}`);
});

test('every named exception links to the specification that defines the markup', () => {
  for (const known of KNOWN_TO_SPEC_NOT_TO_CHECKER) {
    assert.match(
      known.spec,
      /^https:\/\/(html\.spec\.whatwg\.org\/multipage|drafts\.csswg\.org)\/[\w.-]+\/?#[\w-]+$/,
    );
    assert.ok(known.why.length > 20, `${known.message} says why it is allowed`);
  }
});

// The checker does not look inside <template>, so the shadow roots nested in shadow roots are
// checked here: each keeps its standard mode and none carries the legacy name.
test('no shadow root on any page is named by the legacy shadowroot attribute', async () => {
  const files = await htmlFiles();
  let shadowRoots = 0;
  for (const file of files) {
    const html = await readFile(file, 'utf8');
    const templates = html.match(/<template\b[^>]*>/g) ?? [];
    for (const template of templates.filter((tag) => /\sshadowroot(mode)?=/.test(tag))) {
      shadowRoots++;
      assert.match(template, /\sshadowrootmode="(open|closed)"/, `${relative(dist, file)}: ${template}`);
      assert.doesNotMatch(template, /\sshadowroot=/, `${relative(dist, file)}: ${template}`);
    }
  }
  assert.ok(shadowRoots > files.length, `pages hold server-rendered shadow roots (${shadowRoots} found)`);
});

test('the legacy name goes from Lit’s shadow roots only, keeping their mode and focus delegation', () => {
  const page =
    '<civic-x><template shadowroot="closed" shadowrootmode="closed" shadowrootdelegatesfocus><p>Hi</p>' +
    '</template></civic-x><p>Write &lt;template shadowroot="open" shadowrootmode="open"&gt; by hand.</p>';
  assert.equal(
    withoutLegacyShadowRoot(page),
    '<civic-x><template shadowrootmode="closed" shadowrootdelegatesfocus><p>Hi</p>' +
      '</template></civic-x><p>Write &lt;template shadowroot="open" shadowrootmode="open"&gt; by hand.</p>',
  );
});
