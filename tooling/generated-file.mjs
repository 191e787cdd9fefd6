// Files generated from the repository's own data (all's src/index.ts, the React wrappers, README
// sections) are formatted as `npm run lint` expects, then written; with `check` they are only
// compared, so CI names a generated file that nobody regenerated.
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';

/**
 * Formats `source` with the Prettier settings for `path`, then writes it, or with `check` compares
 * it with what is on disk (a missing file is out of date) and prints what to run.
 * @param {string} path
 * @param {string} source
 * @param {{ check?: boolean, shownPath?: string, hint: string }} options `hint`: the command that
 *   regenerates the file.
 * @returns {Promise<'current' | 'written' | 'stale'>}
 */
export async function writeGenerated(path, source, { check = false, shownPath = path, hint }) {
  const formatted = await format(source, { ...(await resolveConfig(path)), filepath: path });
  const current = await readFile(path, 'utf8').catch(() => null);
  if (current === formatted) return 'current';
  if (check) {
    console.error(`✗ ${shownPath} is out of date: run \`${hint}\``);
    return 'stale';
  }
  await writeFile(path, formatted);
  return 'written';
}
