// Stories follow the toolbar's language in their content too, not only in the elements' own
// strings: a story in 简体中文 with an English title and column would be a mixed-language page
// that no portal publishes. Each story file gives a dictionary from its English arg values to
// each locale's; an arg still at one of those values is swapped when the story renders, and an
// arg a designer typed stays as typed.
import type { LOCALES } from './globals';

type Locale = (typeof LOCALES)[number];

/** English arg value → the same content in a locale. English is the stories' own text. */
export type Translations = Partial<Record<Exclude<Locale, 'en'>, Record<string, string>>>;

/** The args in `locale`: every value found in that locale's dictionary is replaced. */
export function inLocale<T extends Record<string, unknown>>(
  args: T,
  locale: unknown,
  translations: Translations,
): T {
  const table = translations[locale as Exclude<Locale, 'en'>];
  if (!table) return args;
  return Object.fromEntries(
    Object.entries(args).map(([name, value]) => [
      name,
      typeof value === 'string' && Object.hasOwn(table, value) ? table[value] : value,
    ]),
  ) as T;
}
