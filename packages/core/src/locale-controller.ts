import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { lookupStrings, parseLang, shared, usable } from './strings.js';

/**
 * The `lang` in effect for an element: its own or its nearest ancestor's, crossing shadow roots
 * up to the document. Returns '' when no ancestor declares one.
 */
export function nearestLang(element: Element): string {
  let current: Element | null | undefined = element;
  // Under server rendering there is no tree to walk (no `closest`), only the element's own attributes.
  if (!element.closest) return element.getAttribute?.('lang') ?? '';
  while (current) {
    const declared = current.closest('[lang]');
    if (declared) return declared.getAttribute('lang')!;
    current = (current.getRootNode() as ShadowRoot).host;
  }
  return '';
}

/**
 * Gives a Lit element its strings and the locale to format with, from the nearest `lang`, and
 * re-renders it when any `lang` in the document changes or strings are registered. One observer
 * serves every element on the page.
 */
export class LocaleController<Strings extends object> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #tag: string;

  /** @param tag the element's tag name: its strings are registered under it. */
  constructor(host: ReactiveControllerHost & HTMLElement, tag: string) {
    (this.#host = host).addController(this);
    this.#tag = tag;
  }

  /**
   * The locale that dates and numbers are formatted in: the page's own tag when the element has
   * strings in that language (so "en-US" keeps US formats and "zh-TW" Taiwan's); a bare "en" or
   * "zh" gets "en-GB" or "zh-CN"; any language without strings gets "en-GB", like its text.
   */
  get intlLocale(): string {
    const chain = parseLang(nearestLang(this.#host));
    const found = chain.find((locale) => shared.tables.get(locale)?.[this.#tag]);
    const tag = found === 'en' && !/^en\b/.test(chain[0]) ? 'en' : chain[0];
    return ({ en: 'en-GB', zh: 'zh-CN' } as Record<string, string>)[tag] ?? tag;
  }

  /**
   * The element's strings for its language, with the instance's own `strings` (an object, or
   * JSON text) on top. Overrides
   * that are not non-empty strings, or name no string, are ignored: a control or landmark never
   * loses its name.
   */
  strings(overrides?: unknown): Strings {
    const text = lookupStrings(this.#tag, nearestLang(this.#host));
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
        if (name in text && usable(this.#tag, name, value)) text[name] = value;
      }
    } else if (DEV_MODE && overrides != null) {
      console.warn(`<${this.#tag}> strings: expected a JSON object of strings; ignored.`);
    }
    return text as Strings;
  }

  hostConnected(): void {
    shared.hosts.add(this.#host);
    if (!shared.observer) {
      (shared.observer = new MutationObserver(() =>
        shared.hosts.forEach((host) => host.requestUpdate()),
      )).observe(document, { subtree: true, attributeFilter: ['lang'] });
    }
  }

  hostDisconnected(): void {
    shared.hosts.delete(this.#host);
    if (!shared.hosts.size) {
      shared.observer?.disconnect();
      shared.observer = undefined;
    }
  }
}
