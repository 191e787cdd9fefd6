import { html, type TemplateResult } from 'lit';

/**
 * A property value as text to show: a string as it is, a finite number or a boolean as written,
 * anything else (null, NaN, objects, arrays, symbols, functions) as ''. Never throws, so an odd
 * value set from script shows nothing rather than "undefined", "NaN" or "[object Object]".
 */
export function toText(value: unknown): string {
  if (typeof value === 'string') return value;
  if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean')
    return String(value);
  return '';
}

const HAN = /\p{Script=Han}/u;

/**
 * Text to show on a page in `lang`: Chinese text (any Han character) on a page in another language
 * comes wrapped in `<span lang="zh">`, so a screen reader reads it with a Chinese voice.
 */
export const markChinese = (value: string, lang: string): string | TemplateResult =>
  HAN.test(value) && !/^zh\b/i.test(lang) ? html`<span lang="zh">${value}</span>` : value;
