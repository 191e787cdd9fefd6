// The one statement of which engines our shipped JavaScript must parse in: grade B of the browser
// support policy (README, "Browser support"). Every file that ships is built for it: the packages'
// dist/ (lean and development), civic-elements.min.js and the restore scripts, the portal's islands
// and pre-paint script, and the size check measures what these targets produce.
//
// Why these: grade B stands for the Chromium 86–110 that China's domestic browsers are built on,
// Safari 15 (iPhones that stopped at iOS 15) and Firefox ESR 115. Lit's own baseline is ES2021
// (`??=` needs Chromium 85), which all of them parse. What they lack is newer syntax esbuild would
// otherwise keep: class static blocks (Chromium 94, Safari 16.4, Firefox 93), which the es2022
// build emits for every `static properties`/`static styles` under `useDefineForClassFields:
// false`. Private fields and methods (Chromium 84, Safari 15, Firefox 90) are kept as they are, so
// nothing becomes a WeakMap. Chromium 86 is the oldest engine we claim; 89 and 92 are tested.
export const shippedTarget = ['chrome86', 'firefox115', 'safari15'];

/** The same engines as a browserslist query, for es-check's syntax scan of what ships. */
export const shippedBrowserslist = 'chrome >= 86, firefox >= 115, safari >= 15, ios_saf >= 15';

/** terser must not write syntax newer than esbuild was allowed to keep. */
export const shippedEcma = 2020;

/**
 * For the syntax scan (es-check): the ECMAScript edition every grade-B engine parses, and the newer
 * features they all have too (es-check's names). Class static blocks, `#x in obj`, top-level
 * await, `Array.prototype.at` and `Object.hasOwn` stay forbidden: Chromium 89 lacks them all.
 */
export const shippedEcmaVersion = 'es2021';
export const shippedNewerFeatures = ['PrivateClassFields'];
