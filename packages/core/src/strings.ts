// The strings registry: each element package's built-in strings plus whatever a page registers,
// looked up name by name along the locale's fallback chain. Core knows no element: each package
// defines its own strings with defineStrings().
import type { ReactiveControllerHost } from 'lit';

/**
 * One string: text, where `{name}` is replaced by a value the element passes, or a function of
 * those values (for wording that depends on a number, with Intl.PluralRules).
 */
export type StringValue = string | ((values: Record<string, string | number>) => string);

/** Strings for one or more elements: tag name → string name → text. */
export type StringTable = Record<string, Record<string, StringValue>>;

interface Shared {
  /** Locale → strings: the built-in tables first, then what pages register on top. */
  tables: Map<string, StringTable>;
  hosts: Set<ReactiveControllerHost>;
  observer?: MutationObserver;
  /** The nearest `lang` each element last rendered with (shared by two copies of the package). */
  shownLang?: WeakMap<object, string>;
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
export const usable = (tag: string, name: string, text: unknown): text is StringValue => {
  if (typeof text === 'function') return true;
  const english = shared.tables.get('en')?.[tag]?.[name];
  return (
    typeof text === 'string' &&
    text !== '' &&
    Boolean(text.trim() || !(typeof english === 'string' && english.trim()))
  );
};

/** Calls `update` for each element and each of its usable strings in `strings`. */
function eachString(strings: unknown, update: (tag: string, name: string, text: StringValue) => void): void {
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
 * `registerStrings('fr', { 'civic-weather-notice': { label: 'Météo' } })`.
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

/** The strings of element `tag` for `lang`, each name from the most specific locale that has it. */
export function lookupStrings(tag: string, lang: string): Record<string, StringValue> {
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
  element: ElementStringsDefinition<Strings> | string,
  lang: string,
  overrides?: unknown,
): Strings {
  const tag = typeof element === 'string' ? element : element.tag;
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
export function intlLocaleFor(element: ElementStringsDefinition<object> | string, lang: string): string {
  const tag = typeof element === 'string' ? element : element.tag;
  const chain = parseLang(lang);
  const found = chain.find((locale) => shared.tables.get(locale)?.[tag]);
  const locale = found === 'en' && !/^en\b/.test(chain[0]) ? 'en' : chain[0];
  return ({ en: 'en-GB', zh: 'zh-CN' } as Record<string, string>)[locale] ?? locale;
}

/** What defineStrings() returns: the element's tag and the type of its strings. */
export interface ElementStringsDefinition<Strings extends object> {
  readonly tag: string;
  /** @internal Never set: carries the type of the element's strings. */
  readonly types?: Strings;
}

/** An element's built-in strings: English (complete), and any other locales, keyed by locale. */
export type BuiltInTables<Strings extends object> = { en: Strings } & Record<string, Partial<Strings>>;

/**
 * Defines the built-in strings of element `tag`, one table per locale (`en` complete; `zh` serves
 * zh-CN, zh-SG and zh-Hans, `zh-Hant` serves zh-TW, zh-HK and zh-MO), and returns what the
 * element's LocaleController and stringsFor() take. A page's own registerStrings() wins, even when
 * it ran first. Each element package calls it once, in the module that holds its strings.
 */
export function defineStrings<Strings extends object>(
  tag: string,
  tables: BuiltInTables<Strings>,
): ElementStringsDefinition<Strings> {
  // The package's own tables need none of registerBuiltInStrings' checks on what strangers pass.
  for (const [locale, strings] of Object.entries(tables)) {
    const table = shared.tables.get(locale) ?? {};
    const names = (table[tag] ??= {});
    for (const [name, text] of Object.entries(strings as Record<string, StringValue>)) names[name] ??= text;
    shared.tables.set(locale, table);
  }
  shared.hosts.forEach((host) => host.requestUpdate());
  return { tag };
}

/**
 * A string with its `{name}` placeholders replaced by `values`, or the string function called with
 * them. A placeholder with no value is left as written.
 */
export function formatString(text: StringValue, values: Record<string, string | number> = {}): string {
  if (typeof text === 'function') return String(text(values));
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
