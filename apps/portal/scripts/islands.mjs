// The portal's island modules, one build per kind of page. Rollup rather than esbuild's splitting:
// a module that a lazily loaded chunk shares with the page's entry stays in the entry, and the chunk
// imports it from there. So an article page loads one file (Lit, core, the toggle and what every
// page runs), and the reading tools' element and panel, loaded on first use, fetch only
// themselves; esbuild split the same code into eight files on that page (1.5 KB of gzip overhead).
// A page kind's files are its own (home pages load no Lit at all until the reading tools are
// opened), so each kind is built apart.
import { basename } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import esbuild from 'rollup-plugin-esbuild';
import { minify } from 'terser';
import { shippedEcma, shippedTarget } from '@civic-elements/tooling/browser-support.mjs';

const terser = {
  name: 'terser',
  async renderChunk(code) {
    const result = await minify(code, {
      module: true,
      ecma: shippedEcma,
      compress: { passes: 2 },
      format: { ascii_only: false, comments: false },
    });
    return { code: result.code, map: null };
  },
};

/**
 * Builds each kind's entry (`{ kind: sourceFile }`) with the chunks it loads on demand. Returns,
 * per kind, `{ entry, files }`: the entry's file name and every file of that kind (name → code).
 * Names are `<kind>.<hash>.js` and `<kind>-<chunk>.<hash>.js`, 10 hex digits of content hash.
 */
export async function bundleIslands(kinds) {
  const built = {};
  for (const [kind, input] of Object.entries(kinds)) {
    const bundle = await rollup({
      input: { [kind]: input },
      plugins: [
        nodeResolve({ browser: true }),
        // Every module, node_modules included, lowered to the grade-B target.
        esbuild({
          target: shippedTarget,
          include: /\.[cm]?[jt]s$/,
          exclude: [],
          legalComments: 'none',
          minify: true,
          charset: 'utf8',
        }),
        terser,
      ],
      onwarn(warning, warn) {
        if (warning.code !== 'THIS_IS_UNDEFINED') warn(warning);
      },
    });
    const { output } = await bundle.generate({
      format: 'es',
      entryFileNames: '[name].[hash:10].js',
      chunkFileNames: `${kind}-[name].[hash:10].js`,
      hashCharacters: 'hex',
    });
    await bundle.close();
    const files = {};
    let entry;
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      files[chunk.fileName] = chunk.code;
      if (chunk.isEntry) entry = chunk.fileName;
    }
    built[kind] = {
      entry,
      files,
      imports: output.find((chunk) => chunk.isEntry).imports.map((file) => basename(file)),
    };
  }
  return built;
}
