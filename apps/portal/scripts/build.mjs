// Builds the demo portal into dist/: every page pre-rendered with Lit SSR (declarative shadow
// DOM), one island module per kind of page (src/islands/: the column nav and the reading tools on
// every page, the text-size toggle too on article pages; the header and footer run no
// JavaScript) with the chunks they share or load on demand, the pre-paint script, the
// stylesheets and cursor images (all under content-hashed names), brotli copies of the pages and
// brotli and gzip copies of every other text file, and the security
// headers (Content-Security-Policy with the hashes of the inline styles that declarative shadow
// DOM needs). The content is validated (scripts/content-schema.mjs) before anything is written,
// and the new site replaces dist/ only once it is complete.
import { createHash, hash as sha } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { render } from '@lit-labs/ssr';
import '@civic-elements/article-header';
import '@civic-elements/column-nav';
import '@civic-elements/font-size-toggle';
import '@civic-elements/reading-tools';
import '@civic-elements/sponsor-footer';
import { articleHeaderLightStyles } from '@civic-elements/article-header';
import { columnNavLightStyles } from '@civic-elements/column-nav';
import { sponsorFooterLightStyles } from '@civic-elements/sponsor-footer';
import {
  accessibilityMain,
  articleHref,
  articleMain,
  columnHref,
  columnMain,
  formatText,
  homeMain,
  languageChoiceMain,
  notFoundMain,
  pageBody,
  searchMain,
  siteFooter,
} from '../src/templates/page.mjs';
import { renderDocument } from '../src/templates/document.mjs';
import { hashedName } from './asset-names.mjs';
import { CONVERTED_FROM, contentValidator, isLocalDateTime } from './content-schema.mjs';
import { precompress } from './precompress.mjs';
import {
  SEARCH_DOCUMENTS,
  searchDocument,
  shardCount,
  shardOf,
  stopSearchIndex,
  writeSearchShards,
} from './search-index.mjs';
import { createPagePool, stopWriting, writeFileNow, writePageNow } from './write-pool.mjs';
import { securityHeaders } from './security-headers.mjs';
import { swapSite } from './swap-site.mjs';
import { CONVERTER, convert, convertDeep, withOverride } from './traditional.mjs';
import { createCachedElementRenderer } from './element-render-cache.mjs';
import { HYDRATION_MARKERS, isMarker, withoutLegacyShadowRoot } from './valid-html.mjs';

const app = fileURLToPath(new URL('..', import.meta.url));
// CONTENT_DIR builds from another content folder, DIST_DIR writes elsewhere; both relative to the
// directory the command was run from (npm runs workspace scripts in the workspace: INIT_CWD).
const cwd = process.env.INIT_CWD || process.cwd();
const contentDir = process.env.CONTENT_DIR ? resolve(cwd, process.env.CONTENT_DIR) : join(app, 'content');
const dist = process.env.DIST_DIR ? resolve(cwd, process.env.DIST_DIR) : join(app, 'dist');
// Search engines want absolute URLs for language alternates; set SITE_ORIGIN when deploying.
const origin = (process.env.SITE_ORIGIN || 'https://riverside.example').replace(/\/$/, '');

// The build replaces DIST_DIR wholesale, so it must be a folder the build owns: new, empty, the
// app's own dist/, or one holding this marker, which every build writes. Never the content, the
// repository or a folder that holds either.
const OWN_OUTPUT_MARKER = '.civic-portal-build';
async function refuseForeignDist() {
  const holds = (parent, child) => {
    const path = relative(parent, child);
    return path === '' || (!path.startsWith('..') && !isAbsolute(path));
  };
  const problems = [];
  for (const [what, folder] of [
    ['the content folder', contentDir],
    ['the portal app', app],
    ['the repository', resolve(app, '../..')],
  ]) {
    if (holds(dist, folder)) problems.push(`it is ${what} (${folder}) or a folder that holds it`);
  }
  let entries = [];
  try {
    entries = await readdir(dist);
  } catch (error) {
    if (error.code !== 'ENOENT') problems.push(`it cannot be read (${error.code ?? error.message})`);
  }
  if (entries.length > 0 && !entries.includes(OWN_OUTPUT_MARKER) && dist !== join(app, 'dist')) {
    problems.push(`it holds files this build did not write (no ${OWN_OUTPUT_MARKER} in it)`);
  }
  refuseDist(problems);
}

function refuseDist(problems) {
  if (problems.length > 0) {
    console.error(`DIST_DIR ${dist} is refused: ${problems.join('; ')}. Nothing was built or deleted.`);
    process.exit(1);
  }
}

// What the build writes besides its pages and their .br copies (and the .gz copies that earlier
// builds wrote): folders wholly its own, and files at the top of the site.
const OWN_FOLDERS = new Set(['assets', 'pagefind', SEARCH_DOCUMENTS]);
const OWN_FILES = new Set([
  OWN_OUTPUT_MARKER,
  '.civic-portal-checked-content',
  '_headers',
  '404.html',
  'security-headers.json',
  'page-headers.json',
  ...readdirSync(join(app, 'public')),
]);
const FOREIGN_SHOWN = 5;
/**
 * The first few files in the marked DIST_DIR that the last build did not write (by their paths in
 * it): its record names every page. A record unreadable or of another shape: none are known.
 */
function foreignFiles() {
  const recorded = recordInDist()?.pages;
  if (recorded === null || typeof recorded !== 'object') return [];
  const pages = new Set(Object.keys(recorded));
  // A copy (.br, .gz) is the build's when its original is; so is a temporary file a killed build
  // left (writeFileNow's names) and a search scratch folder.
  const original = (path) => path.replace(/\.\d+\.[a-z0-9]+\.tmp$/, '').replace(/\.(br|gz)$/, '');
  const found = [];
  const walk = (folder) => {
    for (const entry of readdirSync(join(dist, folder), { withFileTypes: true })) {
      const path = folder ? `${folder}/${entry.name}` : entry.name;
      if (!folder && (OWN_FOLDERS.has(entry.name) || /^\.search-\d+$/.test(entry.name))) continue;
      if (entry.isDirectory()) walk(path);
      else if (
        !(folder ? pages.has(original(path)) : OWN_FILES.has(original(path)) || pages.has(original(path)))
      ) {
        found.push(path);
      }
      if (found.length === FOREIGN_SHOWN) return;
    }
  };
  walk('');
  return found;
}
await refuseForeignDist();

// Characters no content may hold: controls other than tab and line breaks (NUL would be written
// raw into the HTML), and in titles (a page's <title>: an article's, the site's name, a column's
// name) the bidirectional controls that can make a title read as another, and tabs and line
// breaks, which a title cannot show. Lone surrogates cannot be encoded at all.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
// Unicode's Bidi_Control characters: the marks (ALM, LRM, RLM), embeddings, overrides, isolates.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const TITLE_BREAK = /[\t\n\r\u2028\u2029]/;
const TITLE = /(^|\.)(title|siteName)$|(^|\.)columns\.[^.]+\.name$/;
/** Each string in `value` that holds such a character, named by its path ("en.title"). */
function badCharacters(value, path = []) {
  if (typeof value === 'string') {
    // Nearly every string is clean: its path is written out only for one that is not.
    if (value.isWellFormed() && !CONTROL.test(value) && !BIDI.test(value) && !TITLE_BREAK.test(value)) {
      return [];
    }
    const where = path.join('.') || '(value)';
    if (!value.isWellFormed())
      return [`${where}: holds a lone surrogate (\\uD800–\\uDFFF), which is not text`];
    const control = CONTROL.exec(value);
    if (control) {
      const code = control[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
      return [`${where}: holds the control character U+${code}`];
    }
    if (!TITLE.test(where)) return [];
    const bidi = BIDI.exec(value);
    if (bidi) {
      const code = bidi[0].codePointAt(0).toString(16).toUpperCase().padStart(4, '0');
      return [
        `${where}: holds a bidirectional control character (U+${code}), which can make a title read as another`,
      ];
    }
    if (TITLE_BREAK.test(value)) return [`${where}: holds a tab or line break, which a title cannot show`];
    return [];
  }
  const found = [];
  if (value && typeof value === 'object') {
    for (const key in value) {
      path.push(key);
      found.push(...badCharacters(value[key], path));
      path.pop();
    }
  }
  return found;
}

/**
 * Every content file parsed, or the reasons it could not be read; nothing is written here. Read
 * synchronously: ten thousand small files cost a third as much CPU as through promises.
 */
async function loadContent() {
  const errors = [];
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  /** Records that a content file is a symbolic link; gives no data. */
  const symbolicLink = (name) => {
    errors.push(`${name}: is a symbolic link; content files must be regular files`);
    return undefined;
  };
  /** A content file's data, checked for bad characters; `read(bytes)` is given its bytes. */
  const readJson = (name, read) => {
    let text;
    try {
      const bytes = readFileSync(join(contentDir, name));
      read?.(bytes);
      text = utf8.decode(bytes);
    } catch (error) {
      errors.push(
        error instanceof TypeError
          ? `${name}: is not valid UTF-8`
          : `${name}: cannot be read (${error.code ?? error.message})`,
      );
      return undefined;
    }
    // A byte-order mark (some Windows editors write one) is not content.
    text = text.replace(/^\uFEFF/, '');
    let data;
    try {
      data = JSON.parse(text);
    } catch (error) {
      errors.push(`${name}: invalid JSON: ${error.message}`);
      return undefined;
    }
    const bad = badCharacters(data);
    if (bad.length > 0) {
      errors.push(...bad.map((line) => `${name}: ${line}`));
      return undefined;
    }
    return data;
  };
  /** Records that a content file is a pipe, socket or device, which reading could wait on forever. */
  const special = (name) => {
    errors.push(
      `${name}: is not a regular file (a pipe, socket or device); content files must be regular files`,
    );
    return undefined;
  };
  const isSpecial = (entry) =>
    entry.isFIFO() || entry.isSocket() || entry.isCharacterDevice() || entry.isBlockDevice();
  // Published files are the folder's own: a symbolic link could publish any file on the machine.
  const lstatOf = (path) => {
    try {
      return lstatSync(path);
    } catch {
      return undefined;
    }
  };
  const isLink = (path) => lstatOf(path)?.isSymbolicLink() ?? false;
  const siteStats = lstatOf(join(contentDir, 'site.json'));
  const site = siteStats?.isSymbolicLink()
    ? symbolicLink('site.json')
    : siteStats && isSpecial(siteStats)
      ? special('site.json')
      : readJson('site.json');
  let entries = [];
  try {
    if (isLink(join(contentDir, 'articles'))) {
      throw Object.assign(new Error('a symbolic link'), { code: 'a symbolic link' });
    }
    entries = readdirSync(join(contentDir, 'articles'), { withFileTypes: true })
      .filter((entry) => entry.name.endsWith('.json'))
      .sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (error) {
    errors.push(`articles/: cannot be read (${error.code ?? error.message})`);
  }
  // Before site.json's converted languages are filled in below: the cache's key is the file's data.
  const cached = checkedArticlesOf(site);
  const validator = site === undefined ? { siteErrors: [] } : contentValidator(site);
  const { siteErrors, checkArticle } = validator;
  errors.push(...siteErrors);
  // A converted language's site text: the converted block with site.json's own fields in place of
  // the converted ones, checked as written text is. Converted here, or taken from the last build's
  // record when it was made from the same text by the same converter (building the converter's
  // dictionaries would be a tenth of the CPU of an incremental build).
  if (siteErrors.length === 0 && checkArticle) {
    const converted = previousConversions();
    for (const lang of site.languages.filter((lang) => CONVERTED_FROM[lang])) {
      const from = CONVERTED_FROM[lang];
      const key = conversionKey(site[from], site[lang]);
      site[lang] =
        converted[lang]?.key === key
          ? converted[lang].value
          : withOverride(convertDeep(site[from]), site[lang]);
      siteConversions[lang] = { key, value: site[lang] };
      const where = `site.json: ${lang} (converted from ${from})`;
      errors.push(
        ...badCharacters(site[lang], [lang]).map((line) => `${where}: ${line}`),
        ...validator.checkSiteLanguage(site[lang]).map((line) => `${where}: ${line}`),
      );
    }
  }
  checkConverted = validator.checkArticleEntry;
  const articles = new Map();
  // A file written this recently could be written again within the same tick of the file
  // system's clock, keeping its stamp: it goes on record only once settled (settleUnsettled).
  const settledBefore = Date.now() - SETTLE_MS;
  for (const entry of entries) {
    const name = `articles/${entry.name}`;
    // The folder listing says what each entry is, so no file needs a call of its own to tell.
    if (entry.isSymbolicLink()) {
      symbolicLink(name);
      continue;
    }
    if (isSpecial(entry)) {
      special(name);
      continue;
    }
    // Stamped before it is read: a write in between changes the stamp, so the next build reads
    // the file again.
    const stats = checkArticle && statOf(join(contentDir, name));
    const stamp = stats && stampOf(stats);
    const known = cached.files[name];
    if (stamp && known?.stamp === stamp) {
      articles.set(name, known.article);
      checkedArticles.files[name] = known;
      unchangedArticles.add(basename(name, '.json'));
      continue;
    }
    const settled = stamp && stats.ctimeMs < settledBefore;
    let bytesHash;
    const data = readJson(name, (bytes) => {
      if (stamp && !settled) bytesHash = sha('sha256', bytes, 'base64url');
    });
    if (data === undefined) continue;
    const problems = checkArticle?.(name, data) ?? [];
    errors.push(...problems);
    // Checked, an article is kept without its text, which is read again when its page is
    // rendered: a hundred thousand articles' text would not fit in memory.
    if (checkArticle && problems.length === 0) {
      const article = withoutBodies(data, site.languages);
      articles.set(name, article);
      if (settled) checkedArticles.files[name] = { stamp, article };
      else if (stamp) unsettledArticles.push({ name, stamp, ctimeMs: stats.ctimeMs, bytesHash, article });
    }
  }
  if (errors.length > 0) {
    console.error(`The content in ${contentDir} has errors; nothing was built:`);
    for (const line of errors) console.error(`  ${line}`);
    console.error(`${dist} is unchanged.`);
    process.exit(1);
  }
  const timeZone = site.timeZone ?? DEFAULT_TIME_ZONE;
  const dated = (text) => (text !== undefined && isLocalDateTime(text) ? withOffset(text, timeZone) : text);
  return {
    site,
    // The slug comes only from the file name (checked: [a-z0-9-]), never from the JSON.
    articles: [...articles]
      .map(([file, article]) => ({
        ...article,
        published: dated(article.published),
        updated: dated(article.updated),
        slug: basename(file, '.json'),
      }))
      .sort((a, b) => Date.parse(b.published) - Date.parse(a.published)),
  };
}

// The articles this build read and checked, each with its file's stamp, for the next build: an
// unchanged file is not read or checked again (at 10,000 articles, reading and checking them all
// cost an edit about half a second of its five). Kept in dist/ beside the record; valid only for
// the same generator and site.json, which the checks depend on.
const CONTENT_CACHE = '.civic-portal-checked-content';
const checkedArticles = { key: '', files: {} };
/** The slugs of the articles taken from that record: their files are as the last build read them. */
const unchangedArticles = new Set();
// A file's stamp is trusted once its change time is this much older than the build's read of it:
// the coarsest clock of common file systems (FAT's two seconds). CIVIC_CONTENT_SETTLE_MS sets
// another for the tests.
const SETTLE_MS = Number(process.env.CIVIC_CONTENT_SETTLE_MS) || 2000;
/** Articles read in their file's last SETTLE_MS: on record only if still the same once settled. */
const unsettledArticles = [];
/**
 * Puts on record the articles read too soon after their file was written, once settled: when the
 * file still has the stamp and the bytes this build read, no later write can keep that stamp. An
 * editor builds right after saving, and a generated archive is built at once: their files would
 * otherwise all be read and checked again by the next build.
 */
function settleUnsettled() {
  for (const { name, stamp, ctimeMs, bytesHash, article } of unsettledArticles) {
    if (Date.now() - SETTLE_MS <= ctimeMs) continue;
    const path = join(contentDir, name);
    const stats = statOf(path);
    if (!stats || stampOf(stats) !== stamp) continue;
    let bytes;
    try {
      bytes = readFileSync(path);
    } catch {
      continue;
    }
    if (sha('sha256', bytes, 'base64url') === bytesHash) checkedArticles.files[name] = { stamp, article };
  }
}
/**
 * Size, times of change (in milliseconds, to a fraction of a microsecond) and file identity: any
 * write to the file changes one of them.
 */
const stampOf = (stats) => `${stats.size}:${stats.mtimeMs}:${stats.ctimeMs}:${stats.ino}:${stats.dev}`;
const statOf = (path) => lstatSync(path, { throwIfNoEntry: false });
/** The last build's checked articles when this build can use them (an empty set otherwise). */
function checkedArticlesOf(site) {
  if (site === undefined) return { files: {} };
  checkedArticles.key = sha('sha256', JSON.stringify([generator, site]), 'base64url');
  if (!incremental) return { files: {} };
  try {
    const last = JSON.parse(readFileSync(join(dist, CONTENT_CACHE), 'utf8'));
    return last.key === checkedArticles.key ? last : { files: {} };
  } catch {
    return { files: {} };
  }
}

/** The full schema's check of an article's text in one language (set once site.json is read). */
let checkConverted;

/** Each converted language's site text and what it was made from, for the next build's record. */
const siteConversions = {};
const conversionKey = (source, override) =>
  sha('sha256', JSON.stringify([CONVERTER, source, override]), 'base64url');
/** The converted site text the last build recorded in dist/ (checked again before use). */
const previousConversions = () => lastRecord()?.siteConversions ?? {};

const bodyHash = (body) => sha('sha256', JSON.stringify(body), 'base64url');

/**
 * An article without the paragraphs of its text: in their place, their hash (part of the page's
 * key) and the page's description (the summary, or the first paragraph).
 */
function withoutBodies(article, languages) {
  const light = { ...article };
  for (const lang of languages) {
    const from = CONVERTED_FROM[lang];
    if (from) {
      // Text converted from another language exists where that language does. It is converted
      // when a page first shows it (entryOf): until then, what it is made from.
      light[lang] = article[from] ? { convertedFrom: from, override: article[lang] ?? {} } : undefined;
      continue;
    }
    if (!article[lang]) continue;
    const { body, ...content } = article[lang];
    light[lang] = { ...content, description: content.summary ?? body[0], bodyHash: bodyHash(body) };
  }
  return light;
}

/** Stops the build on converted text that fails the checks written text passes. */
function refuseConverted(file, lang, value) {
  const problems = [
    ...badCharacters(value, [lang]),
    ...checkConverted(value).map((line) => `${lang}.${line}`),
  ];
  if (problems.length === 0) return;
  console.error(`The content in ${contentDir} has errors; the build stopped:`);
  for (const line of problems) {
    console.error(`  ${file}: ${line} (converted from ${CONVERTED_FROM[lang]})`);
  }
  process.exit(1);
}

// Each article's converted text (title, source, summary…), converted once and kept: listings and
// its page show it. Its paragraphs are converted when its page is rendered.
const convertedEntries = new Map();
/**
 * The text of `article` in `lang` as pages show it: converted, with the article's own fields in
 * place of converted ones, for a converted language; as written otherwise.
 */
function entryOf(article, lang) {
  const entry = article[lang];
  if (!entry?.convertedFrom) return entry;
  const id = `${lang}/${article.slug}`;
  if (convertedEntries.has(id)) return convertedEntries.get(id);
  const { description, bodyHash: _bodyHash, ...source } = article[entry.convertedFrom];
  const { body, ...override } = entry.override;
  const shown = withOverride(convertDeep(source), override);
  shown.description = shown.summary ?? body?.[0] ?? convert(description);
  refuseConverted(`articles/${article.slug}.json`, lang, {
    ...withoutDescription(shown),
    body: body ?? [shown.description],
  });
  convertedEntries.set(id, shown);
  return shown;
}
const withoutDescription = ({ description: _description, ...entry }) => entry;

/** An article as a page shows it in `lang` (converted text in a converted language). */
const shownIn = (article, lang) =>
  article[lang]?.convertedFrom ? { ...article, [lang]: entryOf(article, lang) } : article;

/** An article with the text of `lang` read again from its file, checked against its hash. */
function withBody(article, lang) {
  const entry = article[lang];
  if (entry?.convertedFrom) {
    const shown = entryOf(article, lang);
    let body = entry.override.body;
    if (!body) {
      // Without a summary, the first paragraph is the description, already converted.
      const source = withBody(article, entry.convertedFrom)[entry.convertedFrom].body;
      body = source.map((paragraph, i) =>
        i === 0 && shown.summary === undefined ? shown.description : convert(paragraph),
      );
    }
    refuseConverted(`articles/${article.slug}.json`, lang, { ...withoutDescription(shown), body });
    return { ...article, [lang]: { ...shown, body } };
  }
  const file = join(contentDir, 'articles', `${article.slug}.json`);
  const { body } = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''))[lang];
  if (bodyHash(body) !== article[lang].bodyHash) {
    throw new Error(`${file} changed while the site was being built; build again`);
  }
  return { ...article, [lang]: { ...article[lang], body } };
}

// Where the demo city is, and where most of the portals this is written for are.
const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The UTC offset of `timeZone` at an instant, in minutes ("GMT+08:00" → 480). */
function offsetAt(timeZone, time) {
  const name = new Intl.DateTimeFormat('en', { timeZone, timeZoneName: 'longOffset' })
    .formatToParts(time)
    .find((part) => part.type === 'timeZoneName').value;
  const [, sign, hours, minutes = '0'] = /^GMT(?:([+-])(\d{2}):?(\d{2})?)?$/.exec(name) ?? [];
  return sign ? (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes)) : 0;
}

/**
 * A local date-time as CMSs export it ("2019-12-29 20:30:07") with the offset it has in
 * `timeZone` ("2019-12-29T20:30:07+08:00"), so every page, list and feed agrees on the instant.
 * A time a clock change skips or repeats is read with the offset after the change.
 */
function withOffset(text, timeZone) {
  const local = text.replace(' ', 'T');
  const wallClock = Date.parse(`${local}Z`);
  let offset = offsetAt(timeZone, wallClock);
  offset = offsetAt(timeZone, wallClock - offset * 60_000);
  const pad = (n) => String(n).padStart(2, '0');
  const abs = Math.abs(offset);
  return `${local}${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

// ---------------------------------------------------------------------------------------------
// Incremental builds. Every output depends on the content and on the code that renders it (this
// app, the component packages, Lit). The code is summed up in one hash, the generator key; each
// page then gets a key from the generator key and the data it shows. dist/'s marker file holds
// the keys of the last build: with the same generator key, only pages whose key changed are
// written, and pages no longer built are deleted. Anything else, or `--full`, builds from scratch
// in a new folder that replaces dist/ at the end. Both give the same bytes (test/incremental).

const full = process.argv.includes('--full');

async function* filesUnder(dir) {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else if (entry.isFile()) yield path;
  }
}

async function generatorKey() {
  const hash = createHash('sha256');
  // A package's folder: up from its entry point to the package.json that names it (not every
  // package exports its package.json).
  const packageDir = (name) => {
    let dir = dirname(fileURLToPath(import.meta.resolve(name)));
    while (dirname(dir) !== dir) {
      try {
        if (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name === name) return dir;
      } catch {
        // no package.json here
      }
      dir = dirname(dir);
    }
    throw new Error(`cannot find the folder of ${name}`);
  };
  const dirs = [
    join(app, 'scripts'),
    join(app, 'src'),
    join(app, 'public'),
    dirname(fileURLToPath(import.meta.resolve('@civic-elements/tooling/browser-bundle.mjs'))),
    ...[
      '@civic-elements/core',
      '@civic-elements/article-header',
      '@civic-elements/column-nav',
      '@civic-elements/font-size-toggle',
      '@civic-elements/reading-tools',
      '@civic-elements/sponsor-footer',
    ].map((name) => join(packageDir(name), 'dist')),
  ];
  for (const dir of dirs) {
    for await (const file of filesUnder(dir)) {
      if (file.includes(`${join('tooling', 'node_modules')}`)) continue;
      hash.update(relative(app, file)).update(await readFile(file));
    }
  }
  // Every dependency's exact version (Lit, its SSR, the bundlers), when the lockfile is there,
  // and the converter's, which makes the Traditional Chinese text, even without one.
  hash.update(await readFile(join(app, '../../package-lock.json')).catch(() => ''));
  hash.update(CONVERTER);
  return hash.update(origin).digest('hex');
}

/** dist/'s marker file as the last build wrote it, read once (undefined without one). */
let recordRead;
function recordInDist() {
  if (recordRead === undefined) {
    try {
      recordRead = JSON.parse(readFileSync(join(dist, OWN_OUTPUT_MARKER), 'utf8'));
    } catch {
      recordRead = null;
    }
  }
  return recordRead ?? undefined;
}
/** The last build's record, to continue from (undefined with `--full`). */
const lastRecord = () => (full ? undefined : recordInDist());

/** The last build's record, when it is one this build can continue. */
function previousBuild(generator) {
  const record = lastRecord();
  // The converter's version is in the generator key too (it is in the lockfile); named here as
  // well, so a build whose Traditional text came from another version is never continued.
  return record?.generator === generator && record.converter === CONVERTER && record.pages && record.assets
    ? record
    : undefined;
}

const generator = await generatorKey();
const previous = previousBuild(generator);
const incremental = previous !== undefined;
// A full build replaces the whole folder: files added to the last one's are named, not lost. (An
// incremental one removes only pages its record names.)
if (!incremental && existsSync(join(dist, OWN_OUTPUT_MARKER))) {
  const foreign = foreignFiles();
  if (foreign.length > 0) {
    const more = foreign.length === FOREIGN_SHOWN ? ', …' : '';
    refuseDist([
      `it holds files this build did not write (${foreign.join(', ')}${more}); a full build replaces ` +
        'the whole folder, so move them out of it first',
    ]);
  }
}

const { site, articles } = await loadContent();

/** What an interrupted build removes (see onInterrupt). */
const interruptCleanUps = [];
/**
 * Runs `cleanUp` when the build is interrupted (Ctrl-C, a CI timeout), then ends it. The writer
 * threads and Pagefind are stopped first, or they would go on writing into what is removed.
 */
function onInterrupt(cleanUp) {
  if (interruptCleanUps.push(cleanUp) > 1) return;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, async () => {
      await stopWriting();
      stopSearchIndex();
      for (const each of interruptCleanUps) each();
      process.exit(128 + constants.signals[signal]);
    });
  }
}

// A full build writes into a temporary folder next to dist/, which replaces dist/ only when the
// whole build has succeeded: a failed build leaves the previous site as it was. An incremental
// one writes into dist/, each file by an atomic rename, so a reader never meets half a file.
const out = incremental ? dist : join(dirname(dist), `.${basename(dist)}-building-${process.pid}`);

/**
 * Removes the folders in `folder` named `prefix` and a process id that no longer runs: what a build
 * killed outright (SIGKILL, a power cut), or stopped before it could clean up, left behind.
 */
async function removeLeftBehind(folder, prefix) {
  const running = (pid) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch (error) {
      return error.code === 'EPERM'; // someone else's process
    }
  };
  for (const name of await readdir(folder).catch(() => [])) {
    const pid = name.startsWith(prefix) ? name.slice(prefix.length) : '';
    if (/^\d+$/.test(pid) && Number(pid) !== process.pid && !running(Number(pid))) {
      await rm(join(folder, name), { recursive: true, force: true });
    }
  }
}
await removeLeftBehind(dirname(dist), `.${basename(dist)}-building-`);
if (!incremental) {
  // Before the folder exists: a signal that came between its making and these would have ended
  // the build with the folder left behind (once in a CI run).
  process.on('exit', (code) => {
    if (code !== 0) rmSync(out, { recursive: true, force: true });
  });
  // Interrupted (Ctrl-C, a CI timeout): leave no half-built folder behind.
  onInterrupt(() => rmSync(out, { recursive: true, force: true, maxRetries: 5 }));
  await rm(out, { recursive: true, force: true });
  await mkdir(join(out, 'assets'), { recursive: true });
} else {
  // An incremental build interrupted while writing leaves no temporary file in the live site.
  onInterrupt(() => {});
}

/** Writes a file whole when writing into a live dist/ (see scripts/write-pool.mjs). */
const writeWhole = (path, contents) => writeFileNow(path, contents, incremental);

/** Writes an asset under its content-hashed name and returns its URL. */
async function writeAsset(name, contents) {
  const file = hashedName(name, contents);
  await writeFile(join(out, 'assets', file), contents);
  return `/assets/${file}`;
}

/** A classic script's code for an inline <script>, with its CSP hash. */
async function inlineScript(entry) {
  const { bundleForBrowser } = await import('@civic-elements/tooling/browser-bundle.mjs');
  const outfile = join(out, 'inline.js');
  await bundleForBrowser({ entry: join(app, entry), outfile, format: 'iife' });
  // Only `</script` could end the element early; `<\/` means the same inside a string or regex.
  const code = (await readFile(outfile, 'utf8')).trim().replace(/<\/script/gi, '<\\/script');
  await rm(outfile);
  return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}

// Each page imports its islands from a tiny inline module, and skips them where they cannot
// parse: an engine older than grade B (Chromium 80) rejects the import with a SyntaxError, which
// this catches, so the page stays as the server wrote it with no uncaught error. Any other error
// is thrown again. The modulepreload link starts the download as early as a <script src> would.
function islandLoader(src) {
  const code = `import(${JSON.stringify(src)}).catch(e=>{if(!(e instanceof SyntaxError))throw e})`;
  return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}

/** The scripts and stylesheets every page links, built and written (a full build only). */
async function buildAssets() {
  // The bundlers load only when assets are built: an incremental build reuses the last ones.
  const { bundleIslands } = await import('./islands.mjs');
  // The islands: one module per kind of page with the chunks it loads on demand (the reading
  // tools' element and panel, on first use), built by scripts/islands.mjs.
  const islands = await bundleIslands({
    nav: join(app, 'src/islands/nav.ts'),
    article: join(app, 'src/islands/article.ts'),
    search: join(app, 'src/islands/search.ts'),
  });
  for (const { files } of Object.values(islands)) {
    for (const [file, code] of Object.entries(files)) await writeFile(join(out, 'assets', file), code);
  }
  // The reading tools' page stylesheet and its cursor images, all hashed: the stylesheet names
  // the images relatively (url('large-cursor.svg')), so it is rewritten to their hashed names,
  // which it still finds beside itself in /assets/.
  const readingToolsFile = (name) =>
    fileURLToPath(import.meta.resolve(`@civic-elements/reading-tools/${name}`));
  let readingToolsCss = await readFile(readingToolsFile('reading-tools.css'), 'utf8');
  for (const image of ['large-cursor.svg', 'large-pointer.svg']) {
    const url = await writeAsset(image, await readFile(readingToolsFile(image)));
    readingToolsCss = readingToolsCss.replaceAll(`url('${image}')`, `url('${basename(url)}')`);
  }
  return {
    // Per kind of page: its island module, and the chunks that module imports at once.
    islands: Object.fromEntries(
      Object.entries(islands).map(([kind, { entry, imports }]) => [
        kind,
        {
          src: `/assets/${entry}`,
          chunks: imports.map((file) => `/assets/${file}`),
          loader: islandLoader(`/assets/${entry}`),
        },
      ]),
    ),
    // At the top of <head>, before anything can be painted (src/islands/prepaint.ts), inline: a
    // script file there would hold the parser, and so the first paint, for a round trip.
    prepaint: await inlineScript('src/islands/prepaint.ts'),
    readingToolsCss: await writeAsset('reading-tools.css', readingToolsCss),
    // The light-DOM styles of the nav's list and of the header's and footer's HTML-first markup:
    // the page is laid out by them before, and without, any script or shadow root.
    css: await writeAsset(
      'site.css',
      [
        columnNavLightStyles.cssText,
        articleHeaderLightStyles.cssText,
        sponsorFooterLightStyles.cssText,
        await readFile(join(app, 'src/site.css'), 'utf8'),
      ].join('\n'),
    ),
  };
}

const assets = incremental ? previous.assets : await buildAssets();

// ---------------------------------------------------------------------------------------------
// The pages, described first and rendered one at a time: render, write, forget.

/**
 * @typedef {object} Page
 * @property {string} path
 * @property {string} lang
 * @property {{ lang: string, path: string, translated: boolean }[]} alternates for each other
 *   language, where the language switch goes: this page in it (`translated`, named by hreflang
 *   too) or, where it has none, the nearest page that exists
 * @property {string} title
 * @property {string} description
 * @property {(context: object) => unknown} main the template of <main>
 * @property {unknown} data everything `main` shows besides the site: the page's key is made of it
 * @property {object[]} [structuredData]
 * @property {boolean} [article]
 * @property {'nav' | 'article' | 'search'} [island] its scripts (nav, or article on articles)
 * @property {string} kind one of each kind is rendered first, for the CSP's style hashes
 */
/** @type {Page[]} */
const pages = [];

// The search index's shards for each language (scripts/search-index.mjs), of at most
// SEARCH_SHARD_ARTICLES articles each: 1,000 unless set (the tests set fewer to get several).
const articlesPerShard = Number(process.env.SEARCH_SHARD_ARTICLES) || 1000;
/** The articles published in each language, newest first. */
const articlesIn = Object.fromEntries(
  site.languages.map((lang) => [lang, articles.filter((article) => article[lang])]),
);
const searchShards = Object.fromEntries(
  site.languages.map((lang) => {
    const count = shardCount(articlesIn[lang].length, articlesPerShard);
    return [lang, Array.from({ length: count }, (_, number) => `${lang}-${number}`)];
  }),
);
/** The search index shard of an article's page. */
const shardNameOf = (page) => {
  const names = searchShards[page.lang];
  return names[shardOf(page.data.slug, names.length)];
};

// Column listings are split into pages of this many articles: a column of thousands would
// otherwise be one page of megabytes.
const PAGE_SIZE = 20;
/** What a listing shows of an article, or what it is converted from: part of the listing page's key. */
const listed = (article, lang) => {
  const entry = article[lang];
  const text = entry.convertedFrom
    ? {
        from: pickListed(article[entry.convertedFrom]),
        override: pickListed(entry.override),
        converter: CONVERTER,
      }
    : pickListed(entry);
  return { slug: article.slug, column: article.column, published: article.published, ...text };
};
const pickListed = ({ title, summary }) => ({ title, summary });

/**
 * All an article's page shows besides the site (its key): the article in its page's language
 * alone, whose edits in another language change nothing here; for converted text, what it is
 * converted from.
 */
function articleData(article, lang) {
  const entry = article[lang];
  return {
    slug: article.slug,
    column: article.column,
    published: article.published,
    updated: article.updated,
    [lang]: entry.convertedFrom
      ? {
          ...entry,
          // Paragraphs given in the override leave the source's paragraphs unused.
          from: entry.override.body
            ? { ...article[entry.convertedFrom], bodyHash: undefined }
            : article[entry.convertedFrom],
          converter: CONVERTER,
        }
      : entry,
  };
}

/** How many listing pages each column has in each language. */
const listingPages = Object.fromEntries(
  site.languages.map((lang) => [
    lang,
    Object.fromEntries(
      site.columnOrder.map((column) => [
        column,
        Math.max(
          1,
          Math.ceil(articlesIn[lang].filter((article) => article.column === column).length / PAGE_SIZE),
        ),
      ]),
    ),
  ]),
);

/** The same page in each other language: `translated` when it exists there (else `path` is its nearest). */
const alternatesOf = (lang, alternate) =>
  site.languages.filter((other) => other !== lang).map((other) => ({ lang: other, ...alternate(other) }));

for (const lang of site.languages) {
  const t = site[lang];
  const inLanguage = articlesIn[lang];
  const latest = inLanguage.slice(0, 5);
  pages.push({
    kind: 'home',
    path: `/${lang}/`,
    alternates: alternatesOf(lang, (other) => ({ path: `/${other}/`, translated: true })),
    lang,
    title: t.siteName,
    description: t.tagline,
    main: (context) =>
      homeMain(
        context,
        latest.map((article) => shownIn(article, lang)),
      ),
    data: latest.map((article) => listed(article, lang)),
  });
  for (const column of site.columnOrder) {
    const inColumn = inLanguage.filter((article) => article.column === column);
    const count = listingPages[lang][column];
    for (let number = 1; number <= count; number += 1) {
      const shown = inColumn.slice((number - 1) * PAGE_SIZE, number * PAGE_SIZE);
      const pagination = { number, count, href: (n) => columnHref(lang, column, n) };
      const name = t.columns[column].name;
      pages.push({
        kind: 'column',
        path: columnHref(lang, column, number),
        // The same page number in the other languages, where its column has that many pages.
        alternates: alternatesOf(lang, (other) => {
          const translated = number <= listingPages[other][column];
          return { path: columnHref(other, column, translated ? number : 1), translated };
        }),
        lang,
        title:
          number > 1
            ? `${name} – ${formatText(t.pagination.pageTitle, { number, count })} – ${t.siteName}`
            : `${name} – ${t.siteName}`,
        description: t.columns[column].description,
        main: (context) =>
          columnMain(
            context,
            column,
            shown.map((article) => shownIn(article, lang)),
            pagination,
          ),
        data: { number, count, shown: shown.map((article) => listed(article, lang)) },
        structuredData: [
          {
            '@context': 'https://schema.org',
            '@type': 'BreadcrumbList',
            itemListElement: [
              { '@type': 'ListItem', position: 1, name: t.home, item: `/${lang}/` },
              { '@type': 'ListItem', position: 2, name, item: columnHref(lang, column) },
            ],
          },
        ],
      });
    }
  }
  for (const article of inLanguage) {
    // Title, description and structured data are made when the page is rendered: converted text
    // is converted only for a page that is written.
    pages.push({
      kind: 'article',
      path: articleHref(lang, article),
      // An article missing in a language has no page there: the language switch goes to its
      // column there, and no hreflang names a translation.
      alternates: alternatesOf(lang, (other) =>
        article[other]
          ? { path: articleHref(other, article), translated: true }
          : { path: columnHref(other, article.column), translated: false },
      ),
      lang,
      get title() {
        return `${entryOf(article, lang).title} – ${t.siteName}`;
      },
      get description() {
        return entryOf(article, lang).description;
      },
      main: (context) => articleMain(context, withBody(article, lang)),
      data: articleData(article, lang),
      article: true,
      get structuredData() {
        const content = entryOf(article, lang);
        return [
          {
            '@context': 'https://schema.org',
            '@type': 'NewsArticle',
            headline: content.title,
            datePublished: article.published,
            ...(article.updated ? { dateModified: article.updated } : {}),
            inLanguage: t.htmlLang,
            author: { '@type': 'Organization', name: content.source },
            publisher: { '@type': 'GovernmentOrganization', name: t.footer.sponsor },
            articleSection: t.columns[article.column].name,
          },
        ];
      },
    });
  }
  const everywhere = (path) => alternatesOf(lang, (other) => ({ path: path(other), translated: true }));
  const indexes = searchShards[lang].map((name) => `/pagefind/${name}/`);
  pages.push({
    kind: 'search',
    path: `/${lang}/search/`,
    alternates: everywhere((other) => `/${other}/search/`),
    lang,
    title: `${t.search.title} – ${t.siteName}`,
    description: t.search.title,
    main: (context) => searchMain(context, indexes),
    data: { indexes },
    island: 'search',
  });
  pages.push({
    kind: 'accessibility',
    path: `/${lang}/accessibility/`,
    alternates: everywhere((other) => `/${other}/accessibility/`),
    lang,
    title: `${t.accessibility.title} – ${t.siteName}`,
    description: t.accessibility.summary,
    main: accessibilityMain,
  });
  pages.push({
    kind: 'not-found',
    path: `/${lang}/404.html`,
    alternates: everywhere((other) => `/${other}/`),
    lang,
    title: `${t.notFoundTitle} – ${t.siteName}`,
    description: t.notFoundTitle,
    main: notFoundMain,
  });
}

// The site root lets readers choose their language: a plain page, no redirect script.
pages.push({
  kind: 'root',
  path: '/',
  alternates: alternatesOf('en', (other) => ({ path: `/${other}/`, translated: true })),
  lang: 'en',
  title: site.languages.map((lang) => site[lang].siteName).join(' · '),
  description: site.languages.map((lang) => site[lang].tagline).join(' '),
  main: languageChoiceMain,
});

/** The id of the element the reading aids apply to (line spacing) and read aloud. */
const readingTarget = (page) => (page.article ? 'article-body' : 'main');

// Each element's shadow root rendered once for the pages that show it alike
// (scripts/element-render-cache.mjs).
const renderOptions = { elementRenderers: [createCachedElementRenderer()] };

async function renderBody(page) {
  const context = { ...page, site, assets, readingTarget: readingTarget(page) };
  const body = await collectWithoutMarkers(
    render(pageBody(context, page.main(context), { footer: false }), renderOptions),
  );
  return withoutLegacyShadowRoot(body) + (await footerOf(context));
}

// The footer is the same on every page of a language, and was half of an article page's render:
// it is rendered once per language.
const footers = new Map();
async function footerOf(context) {
  if (!footers.has(context.lang)) {
    footers.set(
      context.lang,
      withoutLegacyShadowRoot(await collectWithoutMarkers(render(siteFooter(context), renderOptions))),
    );
  }
  return footers.get(context.lang);
}

/**
 * A render result as one string, without the hydration markers. Lit yields each marker as a
 * chunk of its own, so they are left out as they come (a regular expression over every page cost
 * as much again); any that came joined to other text are removed after.
 */
async function collectWithoutMarkers(result) {
  let html = '';
  const collect = async (chunks) => {
    for (let value of chunks) {
      // As Lit's collectResult: thunks are called and promises awaited until a string or more chunks.
      while (value !== undefined) {
        while (typeof value === 'function') value = value();
        if (value === undefined) break;
        if (typeof value === 'string') {
          if (!isMarker(value)) html += value;
          break;
        }
        if (typeof value[Symbol.iterator] === 'function') {
          await collect(value);
          break;
        }
        value = await value;
      }
    }
  };
  await collect(result);
  return html.includes('<!--lit-') || html.includes('<!--/lit-') || html.includes('<?>')
    ? html.replace(HYDRATION_MARKERS, '')
    : html;
}

// The same few stylesheets come on every page: each is hashed once.
const styleHashes = new Map();
/** The hashes of the inline <style> elements declarative shadow DOM put in a page. */
function styleHashesOf(body) {
  const found = [];
  for (let start = body.indexOf('<style>'); start !== -1; start = body.indexOf('<style>', start)) {
    const end = body.indexOf('</style>', start);
    if (end === -1) break;
    const css = body.slice(start + '<style>'.length, end);
    if (!styleHashes.has(css)) styleHashes.set(css, `'sha256-${sha('sha256', css, 'base64')}'`);
    found.push(styleHashes.get(css));
    start = end;
  }
  return found;
}

// The CSP names every inline <style> by hash. They come from the components' static styles, the
// same on every page of a kind: the first page of each kind gives them all, before any page is
// written. Every later page is checked against them, so a style they missed fails the build.
async function contentSecurityPolicy() {
  const styleHashes = new Set();
  const kinds = new Set();
  for (const page of pages) {
    if (kinds.has(`${page.kind}-${page.lang}`)) continue;
    kinds.add(`${page.kind}-${page.lang}`);
    for (const hash of styleHashesOf(await renderBody(page))) styleHashes.add(hash);
  }
  const scriptHashes = [
    assets.prepaint.hash,
    ...Object.values(assets.islands).map(({ loader }) => loader.hash),
  ];
  const styles = [...styleHashes].sort();
  const search = securityHeaders(styles, scriptHashes, { webAssembly: true });
  return {
    ...securityHeaders(styles, scriptHashes),
    // The documents whose policy differs: the search pages, which compile Pagefind's WebAssembly.
    pages: Object.fromEntries(
      pages
        .filter((page) => page.island === 'search')
        .map((page) => [page.path, { metaPolicy: search.metaPolicy, http: search.http }]),
    ),
  };
}
const headers = incremental ? previous.headers : await contentSecurityPolicy();
const allowedStyles = new Set(headers.metaPolicy.match(/'sha256-[^']+'/g));

// The page's document (src/templates/document.mjs), rendered by Lit as its body was. The reading
// tools' stylesheet comes before the site's, so the site can refine each scheme.
function documentFor(page, body) {
  const island = assets.islands[page.island ?? (page.article ? 'article' : 'nav')];
  const shell = {
    htmlLang: site[page.lang].htmlLang,
    policy: (headers.pages[page.path] ?? headers).metaPolicy,
    prepaint: { code: assets.prepaint.code, target: readingTarget(page) },
    title: page.title,
    description: page.description,
    stylesheets: [assets.readingToolsCss, assets.css],
    canonical: origin + page.path,
    alternates: [
      { lang: page.lang, path: page.path },
      ...page.alternates.filter((other) => other.translated),
    ].map(({ lang, path }) => ({ hreflang: site[lang].hreflang, href: origin + path })),
    island: { src: island.src, chunks: island.chunks, loader: island.loader.code },
    structuredData: page.structuredData ?? [],
  };
  return renderDocument(shell, body);
}

const fileOf = (page) => (page.path.endsWith('.html') ? page.path : `${page.path}index.html`).slice(1);
// Every page shows the site's own content (its name, navigation, footer): an edit of site.json
// changes every page's key.
const siteKey = sha('sha256', JSON.stringify(site), 'base64url');
const keyOf = (page) =>
  sha(
    'sha256',
    JSON.stringify([
      generator,
      siteKey,
      page.path,
      page.alternates,
      // The title, description and structured data are made of the site and page.data; read
      // here they would convert the text of every page, written or not.
      page.data,
    ]),
    'base64url',
  );

const keys = {};
for (const page of pages) {
  const file = fileOf(page);
  // An article's page shows that article alone besides the site, and the record of checked
  // content holds only for the same code and site.json: an article whose file is unchanged keeps
  // its page's key, which need not be made again (a tenth of an edit's CPU at 10,000 articles).
  const kept = page.article && unchangedArticles.has(page.data.slug) ? previous?.pages[file] : undefined;
  keys[file] = kept ?? keyOf(page);
}
// A page whose key is unchanged is written again if its file is gone (deleted by hand, say): the
// site stays what a full build makes.
const changed = pages.filter(
  (page) =>
    !incremental ||
    previous.pages[fileOf(page)] !== keys[fileOf(page)] ||
    !existsSync(join(out, fileOf(page))),
);
// Pages the content no longer makes (a deleted article, a listing page fewer).
const removed = incremental ? Object.keys(previous.pages).filter((file) => !(file in keys)) : [];
// Site search: a shard of the index is written again when one of its articles' pages was, or
// when it is new (scripts/search-index.mjs). Pagefind reads <html lang>, splits Chinese into
// words, and indexes the article (data-pagefind-body) under its title.
const shardFiles = new Map(
  Object.values(searchShards)
    .flat()
    .map((name) => [name, []]),
);
for (const page of pages) {
  if (page.article) shardFiles.get(shardNameOf(page)).push(fileOf(page));
}
const searchKeys = Object.fromEntries(
  [...shardFiles].map(([name, files]) => [
    name,
    sha('sha256', JSON.stringify([generator, name, files.map((file) => [file, keys[file]])]), 'base64url'),
  ]),
);
const staleShards = [...shardFiles].filter(
  ([name]) => !incremental || previous.search?.[name] !== searchKeys[name],
);

/** The record of what dist/ holds, which the next build continues from (see below). */
const writeRecord = (pages, search) =>
  writeWhole(
    join(out, OWN_OUTPUT_MARKER),
    `${JSON.stringify({
      note: 'Written by the Civic Elements portal build, which may replace this folder.',
      generator,
      converter: CONVERTER,
      siteConversions,
      assets,
      headers,
      pages,
      search,
    })}\n`,
  );
// Before an incremental build replaces anything, the record forgets the pages and search shards
// it is about to write or remove (their keys become null). Interrupted, the build leaves them on
// record as unknown, so the next one writes them again even when the content has gone back to
// what the record described: an edit undone, or a deleted article restored, would otherwise leave
// the half-written page, or none, on the site.
if (incremental && (changed.length > 0 || removed.length > 0 || staleShards.length > 0)) {
  const forgotten = (record, names) => ({
    ...record,
    ...Object.fromEntries(names.map((name) => [name, null])),
  });
  writeRecord(
    forgotten(previous.pages, [...changed.map(fileOf), ...removed]),
    forgotten(
      previous.search,
      staleShards.map(([name]) => name),
    ),
  );
}

// Pages are compressed and written on worker threads while this one renders the next (a few
// pages need no threads).
const writer =
  changed.length > 50
    ? createPagePool()
    : { write: async (page) => writePageNow(page), close: async () => {} };
let written = 0;
for (const page of changed) {
  const file = fileOf(page);
  const body = await renderBody(page);
  const unknown = styleHashesOf(body).filter((hash) => !allowedStyles.has(hash));
  if (unknown.length > 0) {
    throw new Error(
      `${page.path}: an inline style the Content-Security-Policy does not allow (${unknown[0]})`,
    );
  }
  const html = documentFor(page, body);
  // An article's search document (what Pagefind reads of it) is written with its page, from the
  // text in hand: reading 30,000 pages back for them cost seconds.
  const search = page.article
    ? { path: join(out, SEARCH_DOCUMENTS, shardNameOf(page), file), html: searchDocument(html) }
    : undefined;
  await writer.write({ path: join(out, file), html, whole: incremental, search });
  // Static hosts serve /404.html for any unknown URL: the English 404 page.
  if (file === 'en/404.html') await writer.write({ path: join(out, '404.html'), html, whole: incremental });
  written += 1;
}
await writer.close();

if (incremental) {
  // Pages the content no longer makes go.
  for (const file of removed) {
    for (const suffix of ['', '.br', '.gz']) await rm(join(out, file + suffix), { force: true });
    // Then its folder and any parent left empty, as a full build would not have made them. A
    // folder already gone (removed by a build interrupted after it) is passed over.
    for (let dir = dirname(join(out, file)); relative(out, dir) !== ''; dir = dirname(dir)) {
      const entries = await readdir(dir).catch((error) => {
        if (error.code === 'ENOENT') return [];
        throw error;
      });
      if (entries.length > 0) break;
      await rm(dir, { recursive: true, force: true });
    }
  }
} else {
  await cp(join(app, 'public'), out, { recursive: true });
  await writeFile(join(out, 'security-headers.json'), JSON.stringify(headers.http, null, 2));
  // The documents whose headers differ from those (by URL path), for the servers.
  await writeFile(
    join(out, 'page-headers.json'),
    JSON.stringify(
      Object.fromEntries(Object.entries(headers.pages).map(([path, { http }]) => [path, http])),
      null,
      2,
    ),
  );
  // For static hosts that read a _headers file: the headers the demo server sends. Such hosts send
  // every rule that matches a path, and join two policies for one page, which then must both
  // allow a script: so the policy here holds only the directives every page shares (framing,
  // styles, …), and each page's own script-src and default-src stay in its <meta> policy. One site-wide policy
  // would have stopped the search pages' WebAssembly.
  const policyOf = (pageHeaders) => pageHeaders['Content-Security-Policy'].split('; ');
  // default-src goes too: scripts would fall back to it.
  const sharedPolicy = policyOf(headers.http).filter(
    (directive) =>
      !directive.startsWith('default-src') &&
      Object.values(headers.pages).every(({ http }) => policyOf(http).includes(directive)),
  );
  const hostHeaders = { ...headers.http, 'Content-Security-Policy': sharedPolicy.join('; ') };
  await writeFile(
    join(out, '_headers'),
    `/*\n${Object.entries(hostHeaders)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n')}\n/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n`,
  );
  // The best compression for everything but the pages, which were compressed as written, and
  // the search index, compressed by Pagefind itself: the assets, the public files and the header
  // files, named, as walking the site's 60,000 folders of pages to find them cost a second.
  await precompress(out, {
    within: ['assets', ...(await readdir(join(app, 'public'))), 'security-headers.json', 'page-headers.json'],
    skip: (file) => file.endsWith('.html'),
  });
}

// The scratch folder is left by nothing, not even an interrupted build (a full build's whole
// folder goes then).
const searchWork = join(out, `.search-${process.pid}`);
await removeLeftBehind(out, '.search-');
const removeSearchWork = () => rmSync(searchWork, { recursive: true, force: true });
process.on('exit', removeSearchWork);
if (incremental) onInterrupt(removeSearchWork);
const searchMemoryMB = await writeSearchShards({
  out,
  work: searchWork,
  shards: staleShards,
  keep: new Set(shardFiles.keys()),
});

// The record the next build continues from, written last: an interrupted incremental build leaves
// the one written before its first page, so the next one writes again whatever it had not finished.
writeRecord(keys, searchKeys);

settleUnsettled();
writeWhole(join(out, CONTENT_CACHE), JSON.stringify(checkedArticles));

// The swap: dist/ becomes a link to the new site in one rename (scripts/swap-site.mjs).
if (!incremental) await swapSite(out, dist);
console.log(
  `Built ${pages.length + 1} pages into ${relative(cwd, dist) || '.'} ` +
    `(${incremental ? `incremental: ${written} rewritten` : 'full build'}, ` +
    `${staleShards.length} of ${shardFiles.size} search index shards written)`,
);
if (process.env.CIVIC_BUILD_STATS) {
  const usage = process.resourceUsage();
  // Pagefind's own process, which Node's figures leave out: the children's user and system time
  // from /proc (fields 16 and 17, in clock ticks of 1/100 s on Linux).
  let children = 0;
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    children = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .slice(13, 15)
      .reduce((sum, ticks) => sum + Number(ticks) / 100, 0);
  } catch {
    // Not Linux: the figure leaves Pagefind out.
  }
  await writeFile(
    process.env.CIVIC_BUILD_STATS,
    JSON.stringify({
      pages: pages.length + 1,
      written,
      incremental,
      cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 + children,
      searchIndexCpuSeconds: children,
      wallSeconds: performance.now() / 1000,
      maxRssMB: usage.maxRSS / 1024,
      searchIndexMaxRssMB: searchMemoryMB,
    }),
  );
}
