// The one rollup configuration every published package builds with: unbundled ES modules (one
// output file per source module), `lit` and the other @civic-elements packages external.
// Two builds, the way Lit ships: dist/ is lean (DEV_MODE false, so every warning and the checks
// that exist only to warn are removed) and dist/development/ keeps them, for the `development`
// export condition.
import { readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import minifyLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import esbuild from 'rollup-plugin-esbuild';
import { shippedTarget } from './browser-support.mjs';

const external = (id) => id === 'lit' || /^(lit|@lit|@civic-elements)\//.test(id);

/** @param {string} configUrl the package's rollup.config.mjs `import.meta.url` */
export function packageBuild(configUrl) {
  const packageDir = dirname(fileURLToPath(configUrl));
  const srcDir = join(packageDir, 'src');
  const input = readdirSync(srcDir, { recursive: true })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => join(srcDir, file));

  return [false, true].map((dev) => ({
    input,
    external,
    plugins: [
      esbuild({
        target: shippedTarget,
        tsconfig: join(packageDir, 'tsconfig.json'),
        define: { DEV_MODE: String(dev) },
        // Folds `if (false)` away; names and layout stay readable for anyone debugging dist/.
        minifySyntax: true,
        legalComments: 'none',
      }),
      // Every html`` and css`` literal minified (html-minifier-next, lightningcss). Whitespace
      // between tags collapses to one space, never to none: a space between inline elements is
      // text a reader sees.
      minifyLiterals({
        failOnError: true,
        options: { minifyOptions: { conservativeCollapse: true } },
      }),
    ],
    output: {
      dir: join(packageDir, dev ? 'dist/development' : 'dist'),
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: srcDir,
      entryFileNames: (chunk) =>
        `${relative(srcDir, chunk.facadeModuleId ?? '')
          .replace(/\.ts$/, '')
          .split(sep)
          .join('/')}.js`,
    },
  }));
}
