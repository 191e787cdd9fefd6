// The files a package's build writes besides what rollup and tsc emit: its page stylesheets, the
// images they use, its classic pre-paint scripts. Each is named with its source in the package's
// package.json, `"civicBuild": { "assets": { "<output>": "<source>" } }`, and written one way,
// whatever the source is (see tooling/README.md, "Page assets"):
//   "src/…"               a hand-written file, copied as it is (a folder when both end with "/")
//   "dist/m.js#exportName" a Lit `css` export of a built module, written out as its CSS text
//   "classic/…js"         a classic pre-paint script, bundled (tooling/browser-bundle.mjs)
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildClassicScript } from './browser-bundle.mjs';

const EXPORT = /^(dist\/[\w./-]+\.js)#([A-Za-z_$][\w$]*)$/;

/** Throws unless `path` is a plain relative path inside the package. */
function inside(path, what) {
  // After normalize(), a path that leaves the folder starts with "..".
  const normal = typeof path === 'string' ? normalize(path) : '..';
  if (isAbsolute(normal) || normal === '..' || normal.startsWith(`..${sep}`)) {
    throw new Error(`civicBuild.assets: ${what} "${path}" must be a path inside the package`);
  }
  return normal;
}

/**
 * What each asset is made from, checked: `{ output, kind, source, exportName? }`, in the order
 * package.json lists them. Throws, naming the entry, on a source of no known kind.
 * @param {Record<string, string>} assets
 */
export function assetPlan(assets = {}) {
  if (typeof assets !== 'object' || assets === null || Array.isArray(assets)) {
    throw new Error('civicBuild.assets must map each output file to its source');
  }
  return Object.entries(assets).map(([output, source]) => {
    if (!inside(output, 'output').startsWith(`dist${sep}`)) {
      throw new Error(`civicBuild.assets: output "${output}" must be under dist/`);
    }
    if (typeof source !== 'string') {
      throw new Error(`civicBuild.assets: "${output}" must name its source`);
    }
    const fromExport = EXPORT.exec(source);
    if (fromExport) {
      inside(fromExport[1], 'module');
      return { output, kind: 'css-export', source: fromExport[1], exportName: fromExport[2] };
    }
    inside(source, 'source');
    if (source.startsWith('src/')) {
      if (source.endsWith('/') !== output.endsWith('/')) {
        throw new Error(`civicBuild.assets: "${output}" and "${source}" must both be folders or both files`);
      }
      return { output, kind: 'copy', source };
    }
    if (source.startsWith('classic/') && source.endsWith('.js') && output.endsWith('.js')) {
      return { output, kind: 'classic-script', source };
    }
    throw new Error(
      `civicBuild.assets: "${output}" comes from "${source}", which is none of "src/…" (copied), ` +
        '"dist/module.js#cssExport" (a Lit css export) or "classic/….js" (a pre-paint script)',
    );
  });
}

/** Writes one planned asset in the package folder `dir`. */
async function writeAsset(dir, { output, kind, source, exportName }) {
  const to = join(dir, output);
  await mkdir(dirname(to), { recursive: true });
  if (kind === 'copy') {
    await cp(join(dir, source), to, { recursive: source.endsWith('/') });
  } else if (kind === 'css-export') {
    const module = await import(pathToFileURL(join(dir, source)).href);
    const styles = module[exportName];
    if (typeof styles?.cssText !== 'string') {
      throw new Error(`civicBuild.assets: ${source} exports no Lit css named ${exportName}`);
    }
    await writeFile(to, `${styles.cssText}\n`);
  } else {
    await buildClassicScript({ entry: join(dir, source), outfile: to });
  }
}

/** Writes every asset the package at `dir` declares (package.json "civicBuild.assets"). */
export async function writeAssets(dir, assets) {
  for (const step of assetPlan(assets)) await writeAsset(dir, step);
}
