// Site search: Pagefind's static index of the articles, written into /pagefind/ of the built site.
// Pagefind has no incremental mode, so the index is written whole whenever a page changed.
// Splitting it into shards that an edit could rewrite alone was tried and left: Pagefind loosens
// a search with several words to any of them when an index has no page with all of them, so
// each shard without a match added pages with only some of the words.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { join } from 'node:path';

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
const binary = resolveBinaryPath(['pagefind_extended', 'pagefind']);

/** The peak memory (VmHWM) of a running process in MB, or 0 where /proc cannot tell. */
function peakMemoryMB(pid) {
  try {
    const line = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return line ? Number(line[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

let running;
/** Ends Pagefind if it is running, at once: an interrupted build removes its folder after this. */
export function stopSearchIndex() {
  running?.kill('SIGKILL');
}

/**
 * Indexes the articles of the site in `out` (its en/ and zh/ pages) into `work`, which then
 * replaces `out`/pagefind/ (a reader's search meanwhile finds the old index or the new). `work`
 * is a scratch folder inside `out`, gone at the end. Resolves with Pagefind's peak memory in MB.
 */
export async function writeSearchIndex({ out, work, languages }) {
  await rm(work, { recursive: true, force: true });
  const output = join(work, 'pagefind');
  const peak = await new Promise((resolve, reject) => {
    const args = ['--site', out, '--glob', `{${languages.join(',')}}/**/*.html`];
    const child = spawn(binary, [...args, '--output-path', output, '--silent'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    running = child;
    let errors = '';
    let memory = 0;
    const poll = setInterval(() => (memory = Math.max(memory, peakMemoryMB(child.pid))), 100);
    child.stderr.on('data', (chunk) => (errors += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      clearInterval(poll);
      running = undefined;
      if (code === 0) resolve(memory);
      else reject(new Error(`Pagefind failed (${code}): ${errors.trim()}`));
    });
  });
  await Promise.all(UNUSED.map((file) => rm(join(output, file), { force: true })));
  const old = join(work, 'old');
  await rename(join(out, 'pagefind'), old).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(output, join(out, 'pagefind'));
  await rm(work, { recursive: true, force: true });
  return peak;
}
