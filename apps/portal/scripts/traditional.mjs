// The Traditional Chinese (繁體) portal is not written by hand: its text is converted at build
// time from the Simplified content with OpenCC (opencc-js, Simplified → Traditional with Taiwan
// phrases, "s2twp"), and a content file may replace any converted field with its own text in a
// "zh-hant" block (deep, by key; a list is replaced whole).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { Converter } from 'opencc-js/cn2t';

// OpenCC maps Chinese characters only (Latin letters, digits, punctuation and so URLs, slugs and
// e-mail addresses pass unchanged), but registration numbers are written with the characters they
// were issued with: 湘ICP备… must not become 湘ICP備…. These site.json fields are never converted.
const VERBATIM = new Set([
  'htmlLang',
  'hreflang',
  'footer.icp',
  'footer.policeFiling',
  'footer.siteCode',
  'footer.contactEmail',
  'footer.contactPhone',
]);

function packageVersion() {
  let dir = dirname(fileURLToPath(import.meta.resolve('opencc-js')));
  for (;;) {
    try {
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      if (manifest.name === 'opencc-js') return manifest.version;
    } catch {
      // no package.json here
    }
    if (dirname(dir) === dir) return 'unknown';
    dir = dirname(dir);
  }
}

/** The converter's name and exact version: part of every page key, so an upgrade rebuilds. */
export const CONVERTER = `opencc-js@${packageVersion()} cn→twp`;

let convertText;
/**
 * One string converted. The converter is made on first use: building its dictionaries costs about
 * half a second of CPU, which a build that converts nothing does not pay.
 */
export function convert(text) {
  convertText ??= Converter({ from: 'cn', to: 'twp' });
  return convertText(text);
}

/** Every string in `value` converted, but for the fields named in VERBATIM (by dotted path). */
export function convertDeep(value, path = '') {
  if (typeof value === 'string') return VERBATIM.has(path) ? value : convert(value);
  if (Array.isArray(value)) return value.map((item) => convertDeep(item, path));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, convertDeep(item, path ? `${path}.${key}` : key)]),
    );
  }
  return value;
}

/** `base` with the fields of `override` in place of its own: objects merge by key, the rest replaces. */
export function withOverride(base, override) {
  if (override === undefined) return base;
  const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
  if (!isObject(base) || !isObject(override)) return override;
  const merged = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = withOverride(base[key], value);
  return merged;
}
