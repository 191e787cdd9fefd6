// vite.config.js
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig } from 'vite';

// The classic pre-paint script, inlined at the top of <head>: it runs while the page is parsed,
// before the first paint, whereas the bundle (a module) runs only after parsing.
const restoreFontSize = readFileSync(
  createRequire(import.meta.url).resolve('@civic-elements/all/restore-font-size.js'),
  'utf8',
);

export default defineConfig({
  plugins: [
    {
      name: 'restore-font-size',
      transformIndexHtml: () => [{ tag: 'script', children: restoreFontSize, injectTo: 'head-prepend' }],
    },
  ],
});
