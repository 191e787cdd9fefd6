import { html, type TemplateResult } from 'lit';

const HAN = /\p{Script=Han}/u;

/**
 * Text to show on a page in `lang`: Chinese text (any Han character) on a page in another language
 * comes wrapped in `<span lang="zh">`, so a screen reader reads it with a Chinese voice.
 */
export const markChinese = (value: string, lang: string): string | TemplateResult =>
  HAN.test(value) && !/^zh\b/i.test(lang) ? html`<span lang="zh">${value}</span>` : value;
