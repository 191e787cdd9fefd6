// Design tokens: the semantic custom properties every component reads, so a theme sets these
// and nothing else. A page sets `--civic-color-brand` (and the rest) on any ancestor; each element
// resolves it, with the default below, into a private `--_civic-…` property on itself, which its
// own variables fall back to: `var(--civic-weather-notice-color, var(--_civic-color-brand))`.
// The defaults live here once. Sizes are in em, so they follow the page's and the reader's text
// size.
import { unsafeCSS, type CSSResult } from 'lit';

/** Every token and its default, by name: `color-brand` is `--civic-color-brand`. */
export const TOKENS = {
  'color-text': '#1b1b1b',
  'color-text-strong': '#0b0c0c',
  'color-text-muted': '#505a5f',
  'color-surface': '#fff',
  'color-surface-muted': '#f3f2f1',
  'color-surface-hover': '#e8eef6',
  'color-brand': '#1d3f6e',
  'color-accent': '#9e1b1b',
  'color-link': '#1d3f6e',
  'color-focus': '#0b0c0c',
  'color-pressed-background': '#1d3f6e',
  'color-pressed-text': '#fff',
  'color-rule': '#b1b4b6',
  'space-1': '0.25em',
  'space-2': '0.5em',
  'space-3': '0.75em',
  'space-4': '1em',
  'space-5': '1.5em',
  'font-size-small': '0.9375em',
  'font-size-large': '1.25em',
  'font-size-title': '1.75em',
} as const;

const declarations = Object.entries(TOKENS)
  .map(([name, value]) => `--_civic-${name}:var(--civic-${name},${value})`)
  .join(';');

/** The tokens resolved on an element's host: the first entry of its shadow styles. */
export const tokens: CSSResult = unsafeCSS(`:host{${declarations}}`);

/**
 * A stylesheet for the page, written as `:where(tag) …` (an HTML-first form, a light-DOM list),
 * with the tokens resolved on the element first, so its light-DOM content reads them too.
 */
export function pageStyles(tag: string, rules: CSSResult): CSSResult {
  return unsafeCSS(`:where(${tag}){${declarations}}${rules.cssText}`);
}
