// Writes dist/restore-reading-settings.js, the classic pre-paint script (see
// classic/restore-reading-settings.js), and its declaration file. Run after rollup: it bundles
// dist/restore.js.
import { buildClassicScript } from '@civic-elements/tooling/browser-bundle.mjs';

await buildClassicScript({
  entry: new URL('./classic/restore-reading-settings.js', import.meta.url).pathname,
  outfile: new URL('./dist/restore-reading-settings.js', import.meta.url).pathname,
});
