// The shared configuration, plus React for the browser: React ships CommonJS only, so one esbuild
// bundle holds react, react-dom/client and react-dom/server (one React instance for all three),
// and each specifier is served as an ES module re-exporting its part of that bundle.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import shared from '@civic-elements/tooling/web-test-runner.config.mjs';

const parts = { react: 'react', 'react-dom/client': 'reactDomClient', 'react-dom/server': 'reactDomServer' };
const VENDOR = '/__react-vendor.js';

// Read once, in a child process: loading React here would take over the runner's console.
const exportNames = JSON.parse(
  execFileSync(
    process.execPath,
    [
      '-e',
      `const names = {};
for (const [name, module] of [['react', 'react'], ['react-dom/client', 'react-dom/client'], ['react-dom/server', 'react-dom/server.browser']])
  names[name] = Object.keys(require(module));
process.stdout.write(JSON.stringify(names));
process.exit(0);`,
    ],
    { env: { ...process.env, NODE_ENV: 'production' } },
  ).toString(),
);

let vendor;
async function vendorBundle() {
  vendor ??= build({
    stdin: {
      contents: `export { default as react } from 'react';
export { default as reactDomClient } from 'react-dom/client';
export { default as reactDomServer } from 'react-dom/server.browser';`,
      resolveDir: process.cwd(),
    },
    bundle: true,
    format: 'esm',
    write: false,
    // Development React: it reports hydration mismatches, which these tests look for.
    define: { 'process.env.NODE_ENV': '"development"' },
  }).then((result) => result.outputFiles[0].text);
  return vendor;
}

function reactPlugin() {
  return {
    name: 'civic-react-vendor',
    resolveImport({ source }) {
      if (source in parts) return `/__react/${source}.js`;
    },
    async serve({ path }) {
      if (path === VENDOR) return { body: await vendorBundle(), type: 'js' };
      const specifier = path.match(/^\/__react\/(.+)\.js$/)?.[1];
      if (!specifier || !(specifier in parts)) return;
      const names = exportNames[specifier];
      const part = parts[specifier];
      return {
        body: `import { ${part} } from '${VENDOR}';
export default ${part};
export const { ${names.filter((name) => /^[A-Za-z_$][\w$]*$/.test(name)).join(', ')} } = ${part};`,
        type: 'js',
      };
    },
  };
}

export default {
  ...shared,
  plugins: [reactPlugin(), ...shared.plugins],
  coverageConfig: { ...shared.coverageConfig, threshold: undefined },
};
