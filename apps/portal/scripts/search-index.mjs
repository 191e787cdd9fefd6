// Site search: Pagefind's static index of the articles, in shards. Pagefind has no incremental
// mode and indexes about 1,000 pages a second, so one index of 10,000 articles would be written
// again whole, for 20 s of CPU, after every edit. Each language's articles are instead split by a
// hash of their slug into shards of at most `perShard` articles (and at most MAX_SHARDS), each its
// own index under /pagefind/<lang>-<n>/: an edit indexes again only the shards it touched, and a
// full build gives the same shards. The search page loads the first shard's client and merges
// the others (Pagefind's mergeIndex, which shares the first one's WebAssembly), so a search word
// costs one small index chunk per shard. Pagefind loosens a search of several words to pages with
// some of them when an index has no page with all of them; the search page undoes that per shard
// (src/islands/search-page.ts), so shards find what one index would.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync } from 'node:fs';
import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { hash } from 'node:crypto';
import { writeFileNow } from './write-pool.mjs';

// Pagefind writes its ready-made interfaces beside the index; the portal has its own form and runs
// Pagefind in the page's thread (src/islands/search-page.ts), so they go.
const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
  'pagefind-worker.js',
];

// Pagefind's own binary, found as its npm wrapper finds it, and run directly: its CPU then counts
// among this process's children (CIVIC_BUILD_STATS), and its memory can be read while it runs.
const { resolveBinaryPath } = await import(new URL('resolveBinary.js', import.meta.resolve('pagefind')).href);
export const pagefindBinary = resolveBinaryPath(['pagefind_extended', 'pagefind']);

/**
 * What Pagefind reads of an article's page: its language and the article element (the page's one
 * data-pagefind-body, with its metadata), without the page around it, which Pagefind would parse
 * only to skip, nor the elements it skips whole (data-pagefind-ignore="all": the article's header,
 * most of its bytes, with its declarative shadow roots' styles). It indexes these a fifth faster,
 * to the same bytes. A page without them is given whole.
 */
export function searchDocument(html) {
  const lang = /^<!doctype html>\s*<html lang="([^"]*)"/i.exec(html)?.[1];
  const start = html.indexOf('<article');
  const end = html.indexOf('</article>', start);
  if (lang === undefined || start === -1 || end === -1) return html;
  const article = withoutIgnored(html.slice(start, end + '</article>'.length));
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body>${article}</body></html>`;
}

const IGNORED = ' data-pagefind-ignore="all"';
/**
 * The markup without each element marked data-pagefind-ignore="all" (tag, content and end tag).
 * The build escapes every text and attribute, so a "<" here always begins a tag. An element whose
 * end cannot be found is kept, and Pagefind skips it itself.
 */
export function withoutIgnored(markup) {
  let kept = '';
  let from = 0;
  for (let mark = markup.indexOf(IGNORED); mark !== -1; mark = markup.indexOf(IGNORED, from)) {
    const open = markup.lastIndexOf('<', mark);
    const name = /^<([a-z][a-z0-9-]*)(?:\s[^<>]*)?$/i.exec(markup.slice(open, mark))?.[1];
    const close = name === undefined ? -1 : endOf(markup, name, open);
    if (close === -1) {
      kept += markup.slice(from, mark + IGNORED.length);
    } else {
      kept += markup.slice(from, open);
    }
    from = close === -1 ? mark + IGNORED.length : close;
  }
  return kept + markup.slice(from);
}

/** Where the element `name` opened at `open` ends (after its end tag), counting nested ones; -1 if it does not. */
function endOf(markup, name, open) {
  const tags = new RegExp(`<(/?)${name}(?=[\\s/>])`, 'gi');
  tags.lastIndex = open;
  let depth = 0;
  for (let tag = tags.exec(markup); tag; tag = tags.exec(markup)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) {
      const end = markup.indexOf('>', tag.index);
      return end === -1 ? -1 : end + 1;
    }
  }
  return -1;
}

/** The peak memory (VmHWM) of a running process in MB, or 0 where /proc cannot tell. */
function peakMemoryMB(pid) {
  try {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

// Every shard is a request per search word: beyond this many, a reader on a slow line pays more
// than an edit saves.
export const MAX_SHARDS = 16;

/** How many shards a language's articles take: a power of two, so shards only ever split. */
export function shardCount(articles, perShard) {
  if (articles === 0) return 0;
  let count = 1;
  while (count < MAX_SHARDS && articles > count * perShard) count *= 2;
  return count;
}

// Each slug's hash, taken once: every language's page of an article asks for its shard twice.
const slugHashes = new Map();
/** The shard of an article: from its slug alone, so editing an article never moves it. */
export function shardOf(slug, count) {
  let value = slugHashes.get(slug);
  if (value === undefined) {
    value = hash('sha256', slug, 'buffer').readUInt32BE(0);
    slugHashes.set(slug, value);
  }
  return value % count;
}

const running = new Set();
/** Ends every Pagefind running, at once: an interrupted build removes its folders after this. */
export function stopSearchIndex() {
  for (const child of running) child.kill('SIGKILL');
}

/** Runs Pagefind over the site in `site` into `output`; resolves with its peak memory in MB. */
function pagefind(site, output) {
  return new Promise((resolve, reject) => {
    const child = spawn(pagefindBinary, ['--site', site, '--output-path', output, '--silent'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    running.add(child);
    let errors = '';
    let memory = 0;
    const poll = setInterval(() => (memory = Math.max(memory, peakMemoryMB(child.pid))), 50);
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      running.delete(child);
      if (code === 0) resolve(memory);
      else reject(new Error(`Pagefind failed (${code}) on ${site}: ${errors.trim()}`));
    });
  });
}

// Each shard's search documents, kept in the site between builds (hidden, as every dotfile is, by
// both servers). The build writes an article's document with its page (searchDocument, from the
// page in hand), so an edit writes again only the documents of the pages it rewrote.
export const SEARCH_DOCUMENTS = '.search-documents';

/**
 * Brings a shard's search documents in `folder` up to date with its pages `files` in `out`, once
 * the pages this build rewrote have their documents: the documents of pages no longer in the
 * shard (deleted, or moved when the shards split) go, with the folders they leave empty, and a
 * page without one (moved into the shard, or its document deleted) gets it from the page, so the
 * folder is what a full build makes.
 */
function updateSearchDocuments(out, folder, files) {
  const wanted = new Set(files);
  const present = new Set();
  for (const path of existsSync(folder) ? readdirSync(folder, { recursive: true }) : []) {
    if (!path.endsWith('.html')) continue;
    if (wanted.has(path)) {
      present.add(path);
      continue;
    }
    rmSync(join(folder, path));
    for (let dir = dirname(join(folder, path)); relative(folder, dir) !== ''; dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break; // not empty
      }
    }
  }
  for (const file of files) {
    // Into the live site, whole (a temporary name, then a rename): an interrupted build never
    // leaves a document cut short.
    if (!present.has(file)) {
      writeFileNow(join(folder, file), searchDocument(readFileSync(join(out, file), 'utf8')), true);
    }
  }
}

/**
 * Writes the given shards into `out`/pagefind/, each replacing the one before it (a reader's
 * search meanwhile finds the old shard or the new, never none), and removes the shards not in
 * `keep`. `shards` are [name, the site's HTML files it indexes] pairs; `work` is a scratch folder
 * inside `out`, gone at the end.
 * Resolves with the largest peak memory of a Pagefind, in MB.
 */
export async function writeSearchShards({ out, work, shards, keep }) {
  await rm(work, { recursive: true, force: true });
  let peak = 0;
  const queue = [...shards];
  const indexNext = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [name, files] = next;
      // Pagefind indexes a folder: this shard's pages, each as its search document, at their own
      // paths, so the URLs it records are the site's.
      const site = join(out, SEARCH_DOCUMENTS, name);
      updateSearchDocuments(out, site, files);
      const output = join(work, 'output', name);
      peak = Math.max(peak, await pagefind(site, output));
      await Promise.all(UNUSED.map((file) => rm(join(output, file), { force: true })));
      await rename(join(out, 'pagefind', name), join(work, 'old', name)).catch((error) => {
        if (error.code !== 'ENOENT') throw error;
      });
      await rename(output, join(out, 'pagefind', name));
    }
  };
  if (queue.length > 0) {
    await mkdir(join(work, 'old'), { recursive: true });
    await mkdir(join(out, 'pagefind'), { recursive: true });
  }
  // Pagefind is mostly one thread: one per core.
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, indexNext));
  for (const folder of ['pagefind', SEARCH_DOCUMENTS]) {
    for (const name of await readdir(join(out, folder)).catch(() => [])) {
      if (!keep.has(name)) await rm(join(out, folder, name), { recursive: true, force: true });
    }
  }
  await rm(work, { recursive: true, force: true });
  return peak;
}
