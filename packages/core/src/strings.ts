// The strings registry: the built-in locales plus whatever a page registers, looked up name by
// name along the locale's fallback chain.
import type { ReactiveControllerHost } from 'lit';
import { en, type BuiltInStrings } from './locales/en.js';
import { zhHans } from './locales/zh-hans.js';
import { zhHant } from './locales/zh-hant.js';

/** Strings for one or more elements: tag name → string name → text. */
export type StringTable = Record<string, Record<string, string>>;

/** Strings of one element, any subset of them; an instance's `strings` takes the same shape. */
export type ElementStrings<Tag extends keyof BuiltInStrings> = Partial<BuiltInStrings[Tag]>;

interface Shared {
  /** Locale → strings: the built-in tables first, then what pages register on top. */
  tables: Map<string, StringTable>;
  hosts: Set<ReactiveControllerHost>;
  observer?: MutationObserver;
}

// Kept on globalThis so that two copies of this package on one page (a CMS widget bundled apart
// from the page's own bundle) share one registry and one `lang` observer.
/** @internal */
export const shared: Shared = ((globalThis as Record<symbol, Shared>)[
  Symbol.for('civic-elements.core.v1')
] ??= { tables: new Map(), hosts: new Set() });

/**
 * Whether `text` may stand for string `name` of element `tag`: any non-empty string, but blank
 * only where English is blank too (a separator), so a label never becomes nameless.
 */
export const usable = (tag: string, name: string, text: unknown): text is string =>
  typeof text === 'string' &&
  text !== '' &&
  Boolean(text.trim() || !shared.tables.get('en')?.[tag]?.[name]?.trim());

/** Calls `update` for each element and each of its usable strings in `strings`. */
function eachString(strings: unknown, update: (tag: string, name: string, text: string) => void): void {
  if (strings && typeof strings === 'object') {
    for (const [tag, names] of Object.entries(strings)) {
      if (names && typeof names === 'object') {
        for (const [name, text] of Object.entries(names)) {
          if (usable(tag, name, text)) update(tag, name, text);
        }
      }
    }
  }
}

/**
 * Adds or replaces strings for a locale, e.g.
 * `registerStrings('fr', { 'civic-font-size-toggle': { label: 'Taille du texte' } })`.
 * Elements whose nearest `lang` falls back to that locale re-render at once. Names not given keep
 * falling back (zh-TW → zh-Hant → zh → English); values that are not non-empty strings are ignored.
 */
export function registerStrings(locale: string, strings: StringTable): void {
  let tag;
  try {
    tag = new Intl.Locale(String(locale).trim()).toString();
  } catch {
    if (DEV_MODE) console.warn(`registerStrings: "${locale}" is not a language tag; ignored.`);
  }
  if (tag) {
    const table = shared.tables.get(tag) ?? {};
    eachString(strings, (element, name, text) => ((table[element] ??= {})[name] = text));
    shared.tables.set(tag, table);
    shared.hosts.forEach((host) => host.requestUpdate());
  }
}

/**
 * For Civic Elements packages whose strings are not built into core (they load with the package,
 * so pages without it do not carry them): adds them under the names not registered yet, so a
 * page's own `registerStrings` wins even when it ran first.
 */
export function registerBuiltInStrings(locale: string, strings: StringTable): void {
  const table = shared.tables.get(locale) ?? {};
  eachString(strings, (element, name, text) => {
    const names = (table[element] ??= {});
    names[name] ??= text;
  });
  shared.tables.set(locale, table);
  shared.hosts.forEach((host) => host.requestUpdate());
}

const chains = new Map<string, string[]>();

/**
 * The locales to try for a `lang`, most specific first: the exact tag, language + region,
 * language + script (inferred where not written: zh-TW → zh-Hant), the language, then English.
 * Empty or malformed tags give English alone.
 */
export function parseLang(lang: string): string[] {
  let chain = chains.get(lang);
  if (!chain) {
    chain = ['en'];
    try {
      const locale = new Intl.Locale(lang.trim());
      const { language, script, region } = locale.maximize();
      chain = [
        ...new Set([locale.toString(), `${language}-${region}`, `${language}-${script}`, language, 'en']),
      ];
    } catch {
      // Not a language tag: English.
    }
    chains.set(lang, chain);
  }
  return chain;
}

// Registered through the same door as a page's own strings, under the keys the chain reaches:
// zh-CN, zh-SG and zh-Hans end at zh; zh-TW, zh-HK and zh-MO at zh-Hant.
for (const [locale, strings] of [
  ['en', en],
  ['zh', zhHans],
  ['zh-Hant', zhHant],
] as const) {
  if (!shared.tables.has(locale)) registerStrings(locale, strings);
}

/** The strings of element `tag` for `lang`, each name from the most specific locale that has it. */
export function lookupStrings(tag: string, lang: string): Record<string, string> {
  return parseLang(lang).reduceRight(
    (text, locale) => Object.assign(text, shared.tables.get(locale)?.[tag]),
    {},
  );
}

/**
 * The strings of element `tag` for a `lang`, with `overrides` (an object, or JSON text, as an
 * element's `strings` attribute takes them) on top. Overrides that are not non-empty strings, or
 * name no string, are ignored: a control or landmark never loses its name. What an element shows,
 * and what a server writes into an element's HTML-first markup, come from here alike.
 */
export function stringsFor<Strings extends object = Record<string, string>>(
  tag: string,
  lang: string,
  overrides?: unknown,
): Strings {
  const text = lookupStrings(tag, lang);
  // The attribute, or a framework that sets the property from a template, gives JSON text.
  if (typeof overrides === 'string') {
    try {
      overrides = JSON.parse(overrides);
    } catch {
      // Not JSON: reported below.
    }
  }
  if (overrides && typeof overrides === 'object') {
    for (const [name, value] of Object.entries(overrides)) {
      if (name in text && usable(tag, name, value)) text[name] = value;
    }
  } else if (DEV_MODE && overrides != null) {
    console.warn(`<${tag}> strings: expected a JSON object of strings; ignored.`);
  }
  return text as Strings;
}

/**
 * The locale that element `tag` formats dates and numbers in for a `lang`: the tag itself when
 * the element has strings in that language (so "en-US" keeps US formats and "zh-TW" Taiwan's); a
 * bare "en" or "zh" gives "en-GB" or "zh-CN"; a language without strings gives "en-GB".
 */
export function intlLocaleFor(tag: string, lang: string): string {
  const chain = parseLang(lang);
  const found = chain.find((locale) => shared.tables.get(locale)?.[tag]);
  const locale = found === 'en' && !/^en\b/.test(chain[0]) ? 'en' : chain[0];
  return ({ en: 'en-GB', zh: 'zh-CN' } as Record<string, string>)[locale] ?? locale;
}
