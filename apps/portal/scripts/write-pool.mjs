// Compressing and writing the pages takes more CPU than rendering them: it runs on worker
// threads, one per core, while the main thread renders the next pages. Each page's files are
// written whole (a temporary name, then a rename) when the build writes into a live dist/.
import { mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { brotliCompressSync, constants } from 'node:zlib';

// HTML is compressed as it is written, cheaply: brotli 5 costs a twentieth of brotli 11 for a
// page about 12% larger. Pages get no gzip copy: a client without brotli (any browser over plain
// HTTP) gets gzip 1 from the server as the page is sent (0.14 ms a page), while a copy of each of
// 31,517 pages cost a build of 10,000 articles about 9 s of its 65 s of CPU. Hashed assets,
// written once and cached for a year, get the best of both (precompress.mjs).
const HTML_BROTLI = {
  params: {
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_QUALITY]: 5,
  },
};

// Folders made so far: one mkdir per folder, not per file. Writes are synchronous: tens of
// thousands of small files cost less CPU that way than through the thread pool.
const madeFolders = new Set();

/** Writes a file; `whole`: into a temporary name beside it, then renamed over the old one. */
export function writeFileNow(path, contents, whole) {
  const folder = dirname(path);
  if (!madeFolders.has(folder)) {
    mkdirSync(folder, { recursive: true });
    madeFolders.add(folder);
  }
  if (!whole) return writeFileSync(path, contents);
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * An HTML page (text, or its UTF-8 bytes) and its brotli copy, on this thread, and
 * the page's `search` document ({ path, html }) when it has one.
 */
export function writePageNow({ path, html, whole, search }) {
  const bytes =
    typeof html === 'string' ? Buffer.from(html) : Buffer.from(html.buffer, html.byteOffset, html.byteLength);
  writeFileNow(path, bytes, whole);
  writeFileNow(`${path}.br`, brotliCompressSync(bytes, HTML_BROTLI), whole);
  if (search) writeFileNow(search.path, search.html, whole);
}

if (!isMainThread) {
  parentPort.on('message', (pages) => {
    for (const page of pages) {
      try {
        writePageNow(page);
      } catch (error) {
        parentPort.postMessage({ ok: false, message: `${page.path}: ${error.message}` });
        return;
      }
    }
    parentPort.postMessage({ ok: true });
  });
}

// Every pool's stop(), for stopWriting.
const stops = new Set();

/**
 * Ends every writer thread once it has written the pages in hand, for an interrupted build; the
 * temporary files of any it could not finish are removed (a thread stopped between writing a
 * temporary file and renaming it would leave it in the live site).
 */
export async function stopWriting() {
  await Promise.all([...stops].map((stop) => stop()));
}

/** Removes the temporary files this process left beside `path` (writeFileNow's names). */
function removeTemporaryFiles(path) {
  const prefix = `${basename(path)}.`;
  const mark = `.${process.pid}.`;
  let names;
  try {
    names = readdirSync(dirname(path));
  } catch {
    return; // no folder, no file
  }
  for (const name of names) {
    if (name.startsWith(prefix) && name.endsWith('.tmp') && name.includes(mark)) {
      rmSync(join(dirname(path), name), { force: true });
    }
  }
}

/**
 * A pool of writers. `write(page)` resolves once the page is queued (it waits while every worker
 * has a few batches in hand, so rendered pages never pile up in memory); `close()` resolves when
 * all are written, and rejects with the first failure. Pages go to the workers a few at a time:
 * a message each, sent and answered, cost the main thread more than a tenth of its render.
 */
export function createPagePool({ threads = availableParallelism(), inHand = 2, perMessage = 8 } = {}) {
  const encoder = new TextEncoder();
  const workers = Array.from({ length: Math.max(1, threads) }, () => {
    const worker = new Worker(new URL(import.meta.url));
    // The paths of each batch sent and not yet answered, oldest first.
    const state = { worker, batches: [] };
    worker.on('message', (result) => {
      state.batches.shift();
      if (!result.ok) failure ??= new Error(result.message);
      wake();
    });
    worker.on('error', (error) => {
      failure ??= error;
      wake();
    });
    return state;
  });
  let failure;
  let waiting = [];
  const wake = () => {
    const ready = waiting;
    waiting = [];
    for (const resolve of ready) resolve();
  };
  const idlest = () =>
    workers.reduce((best, state) => (state.batches.length < best.batches.length ? state : best));
  const busy = () => workers.some((state) => state.batches.length > 0);
  let batch = [];
  let stopped;
  const send = async () => {
    // Stopping: nothing more is sent, and the build waits here until it ends.
    if (stopped) await new Promise(() => {});
    while (!failure && idlest().batches.length >= inHand) {
      await new Promise((resolve) => waiting.push(resolve));
    }
    if (failure) throw failure;
    const pages = batch;
    batch = [];
    const state = idlest();
    state.batches.push(pages.flatMap(({ path, search }) => (search ? [path, search.path] : [path])));
    state.worker.postMessage(
      pages,
      pages.map(({ html }) => html.buffer),
    );
  };
  // The threads finish the pages in hand (a few milliseconds; ended mid-write, a thread would leave
  // a temporary file, which is then removed), and end idle.
  const stop = () =>
    (stopped ??= (async () => {
      const deadline = Date.now() + 5_000;
      while (busy() && !failure && Date.now() < deadline) {
        await new Promise((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 50);
        });
      }
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      // Each page's file and its .br copy are written in one folder.
      for (const { batches } of workers) for (const paths of batches) paths.forEach(removeTemporaryFiles);
    })());
  stops.add(stop);
  return {
    async write(page) {
      if (failure) throw failure;
      // As bytes handed over, not text copied: copying a page into the worker cost the main
      // thread more than encoding it.
      batch.push({ ...page, html: encoder.encode(page.html) });
      if (batch.length >= perMessage) await send();
    },
    async close() {
      if (batch.length > 0 && !failure) await send().catch(() => {});
      while (!failure && busy()) {
        await new Promise((resolve) => waiting.push(resolve));
      }
      stops.delete(stop);
      await Promise.all(workers.map(({ worker }) => worker.terminate()));
      if (failure) throw failure;
    },
  };
}
