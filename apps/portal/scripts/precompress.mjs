// Writes brotli (.br) and gzip (.gz) copies, at the best compression, next to the compressible
// files of the built site that are not pages (the pages' .br copies are written with them, by
// write-pool.mjs), so the servers never compress these on the fly. A copy that would not be
// smaller is not written.
import { lstat, readdir, readFile, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml']);

async function* files(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (entry.isFile()) yield path;
  }
}

/** The files named (each a file or a folder, relative to `dir`) and those in the folders named. */
async function* filesWithin(dir, names) {
  for (const name of names) {
    const path = join(dir, name);
    const stats = await lstat(path);
    if (stats.isDirectory()) yield* files(path);
    else if (stats.isFile()) yield path;
  }
}

/**
 * @param {string} dir
 * @param {{ skip?: (file: string) => boolean, within?: string[] }} [options] `skip`: files that
 *   are compressed elsewhere; `within`: only these files and folders of `dir` (all by default)
 * @returns {Promise<{ files: number, written: number }>}
 */
export async function precompress(dir, { skip = () => false, within = [''] } = {}) {
  let count = 0;
  let written = 0;
  for await (const file of filesWithin(dir, within)) {
    if (!COMPRESSIBLE.has(extname(file)) || skip(file)) continue;
    count += 1;
    const contents = await readFile(file);
    const variants = {
      '.br': await brotli(contents, {
        params: {
          [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: contents.length,
        },
      }),
      '.gz': await gzipAsync(contents, { level: constants.Z_BEST_COMPRESSION }),
    };
    for (const [suffix, compressed] of Object.entries(variants)) {
      if (compressed.length >= contents.length) continue;
      await writeFile(file + suffix, compressed);
      written += 1;
    }
  }
  return { files: count, written };
}
