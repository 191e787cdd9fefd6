// How a full build puts its new site in place of the live one, in one step.
//
// dist/ is a symbolic link to the folder of the build being served, kept in `.dist-sites/` beside
// it. The swap renames a new link over the old one: rename() replaces a link atomically, so a
// request meets either the old site or the new one, whole, and never nothing. (Two renames of
// folders, old out of the way then new in, left dist/ missing between them, and nginx answered
// 404 there.) Servers need nothing special: nginx and the Node server follow the link on every
// request. Copy the site with `cp -rL dist …` or `rsync -a dist/ …`, which follow it too.
//
// The site replaced is not deleted at once: a reader that followed the old link a moment before
// the rename is still walking its folders, and deleting them under it gave ENOENT (2 reads in
// 35,000 under load). Each retired site stays until a later swap finds it retired for longer than
// `keepFor`; so between builds the folder holds the live site and the one before it.
import { lstat, mkdir, readdir, readlink, rename, rm, symlink, utimes } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve } from 'node:path';

/** The folder beside `dist` that holds the built sites dist/ links to. */
export const sitesFolder = (dist) => join(dirname(dist), `.${basename(dist)}-sites`);

let swaps = 0;

/**
 * Puts the finished build in `built` in place of `dist`, atomically. The site it replaces is kept
 * for readers still inside it; sites retired longer than `keepFor` ago are removed.
 * Where links cannot be made (some Windows accounts), it falls back to two renames.
 * @param {string} built a complete site, on the same file system as `dist`
 * @param {string} dist the path readers are served from
 * @param {{ keepFor?: number }} [options] how long a retired site is kept, in ms (default 60 s)
 */
export async function swapSite(built, dist, { keepFor = 60_000 } = {}) {
  const sites = sitesFolder(dist);
  await mkdir(sites, { recursive: true });
  // A name that sorts by time, so a folder left by a build killed mid-swap is easy to date.
  const site = join(sites, `${Date.now().toString(36)}-${process.pid}-${++swaps}`);
  await rename(built, site);
  // Its folder's time says when a site last mattered: on arrival, so that a build swapping at the
  // same moment does not take it for an old one, and on retirement below.
  await stamp(site);

  const link = join(dirname(dist), `.${basename(dist)}-link-${process.pid}`);
  await rm(link, { force: true });
  try {
    // Relative, so the pair keeps working when their parent folder is moved or mounted elsewhere.
    await symlink(relative(dirname(dist), site), link, 'dir');
  } catch (error) {
    if (error.code !== 'EPERM' && error.code !== 'ENOSYS') throw error;
    return renameTwice(site, dist);
  }

  let replaced;
  try {
    const current = await lstat(dist);
    if (current.isSymbolicLink()) {
      replaced = resolve(dirname(dist), await readlink(dist));
    } else {
      // A real folder, from a build before sites were linked: moved aside, this once, with the
      // old gap between two renames (the Node server waits across it).
      replaced = join(dirname(dist), `.${basename(dist)}-old-${process.pid}`);
      await rename(dist, replaced);
    }
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  await rename(link, dist);
  if (replaced && dirname(replaced) === sites) await stamp(replaced);
  // A real folder put aside above had its gap already; nobody can be inside it through dist/.
  else if (replaced && basename(replaced).startsWith(`.${basename(dist)}-old-`)) {
    await rm(replaced, { recursive: true, force: true });
  }
  // Only folders in the sites folder, which builds alone make: a link someone pointed at a folder
  // of their own leaves that folder alone.
  const now = Date.now();
  for (const name of await readdir(sites)) {
    const folder = join(sites, name);
    if (folder === site || folder === replaced) continue;
    const info = await lstat(folder).catch(() => null);
    if (info && now - info.mtimeMs > keepFor) await rm(folder, { recursive: true, force: true });
  }
}

async function stamp(folder) {
  const now = new Date();
  await utimes(folder, now, now);
}

async function renameTwice(site, dist) {
  const old = join(dirname(dist), `.${basename(dist)}-old-${process.pid}`);
  await rename(dist, old).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(site, dist);
  await rm(old, { recursive: true, force: true });
}
