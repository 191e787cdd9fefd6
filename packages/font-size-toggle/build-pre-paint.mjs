// Writes dist/restore-font-size.js, the classic pre-paint script (see
// classic/restore-font-size.js), and its declaration file. Run after rollup: it bundles dist/restore.js.
import { buildClassicScript } from '@civic-elements/tooling/browser-bundle.mjs';

await buildClassicScript({
  entry: new URL('./classic/restore-font-size.js', import.meta.url).pathname,
  outfile: new URL('./dist/restore-font-size.js', import.meta.url).pathname,
});
