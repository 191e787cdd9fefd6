// The one rollup configuration every component package builds with: unbundled ES modules (one
// output file per source module), `lit` external, shared internals copied in beside the sources.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';

const internalDist = join(dirname(fileURLToPath(import.meta.url)), '..', 'packages', 'internal', 'dist');

/**
 * Minifies the CSS inside css`` literals: comments out, whitespace collapsed. Our styles hold no
 * interpolations or strings where spacing matters, and a space before ":" (a descendant
 * combinator) is kept.
 */
export function minifyCssLiterals(code) {
  return code.replace(/\bcss`([^`]*)`/g, (_match, body) => {
    const min = body
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/\s*([{};,>])\s*/g, '$1')
      .replace(/:\s+/g, ':')
      .replace(/;}/g, '}')
      .trim();
    return `css\`${min}\``;
  });
}

function cssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

/**
 * @param {string} configUrl the package's rollup.config.mjs `import.meta.url`
 * @param {{ external?: (id: string) => boolean }} [options] more modules to leave as imports
 */
export function packageBuild(configUrl, options = {}) {
  const packageDir = dirname(fileURLToPath(configUrl));
  const srcDir = join(packageDir, 'src');
  const input = readdirSync(srcDir)
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(srcDir, file));

  return {
    input,
    external: (id) =>
      id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || Boolean(options.external?.(id)),
    plugins: [
      cssLiterals(),
      nodeResolve(),
      esbuild({
        target: 'es2022',
        tsconfig: join(packageDir, 'tsconfig.json'),
        minify: false,
        legalComments: 'none',
      }),
    ],
    output: {
      dir: join(packageDir, 'dist'),
      format: 'es',
      preserveModules: true,
      // Source modules keep their names; shared internals land in dist/internal/.
      entryFileNames: (chunk) => {
        const id = chunk.facadeModuleId ?? '';
        if (id.startsWith(internalDist)) return `internal/${relative(internalDist, id).split(sep).join('/')}`;
        return `${relative(srcDir, id).replace(/\.ts$/, '').split(sep).join('/')}.js`;
      },
    },
  };
}
