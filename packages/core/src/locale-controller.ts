import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { intlLocaleFor, shared, stringsFor, type ElementStringsDefinition } from './strings.js';

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
 * re-renders it when its nearest `lang` changes or strings are registered. One observer serves
 * every element on the page.
 */
export class LocaleController<Strings extends object> implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #strings: ElementStringsDefinition<Strings> | string;

  /**
   * @param strings what the element's defineStrings() returned, or the tag name its strings are
   * registered under.
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    strings: ElementStringsDefinition<Strings> | string,
  ) {
    (this.#host = host).addController(this);
    this.#strings = strings;
  }

  /**
   * The locale that dates and numbers are formatted in: the page's own tag when the element has
   * strings in that language (so "en-US" keeps US formats and "zh-TW" Taiwan's); a bare "en" or
   * "zh" gets "en-GB" or "zh-CN"; any language without strings gets "en-GB", like its text.
   */
  get intlLocale(): string {
    return intlLocaleFor(this.#strings, nearestLang(this.#host));
  }

  /**
   * The element's strings for its language, with the instance's own `strings` (an object, or
   * JSON text) on top. Overrides that are not non-empty strings, or name no string, are ignored:
   * a control or landmark never loses its name.
   */
  strings(overrides?: unknown): Strings {
    return stringsFor<Strings>(this.#strings, nearestLang(this.#host), overrides);
  }

  hostConnected(): void {
    const host = this.#host;
    shared.hosts.add(host);
    const observer = (shared.observer ??= new MutationObserver(updateWhereLangChanged));
    // Its document, and the shadow roots above it: a `lang` may change inside another component.
    // (A shadow root is known by its host: one made in an iframe is not an instance of ours.)
    let node: Node | undefined = host;
    do observer.observe((node = node.getRootNode()), LANG);
    while ((node = (node as ShadowRoot).host));
    // Moved under another `lang` (no attribute changed): render for the language it is in now.
    if (langChanged(host)) host.requestUpdate();
  }

  // The observer stays once made: with no elements left, a `lang` change costs it an empty loop.
  hostDisconnected(): void {
    shared.hosts.delete(this.#host);
  }

  hostUpdate(): void {
    // The language this render is for: a later `lang` change re-renders only if it changes this.
    (shared.shownLang ??= new WeakMap()).set(this.#host, nearestLang(this.#host));
  }
}

/** Whether the element's nearest `lang` differs from the one it last rendered for (or it never rendered). */
const langChanged = (element: Element): boolean => shared.shownLang?.get(element) !== nearestLang(element);

const LANG: MutationObserverInit = { subtree: true, attributeFilter: ['lang'] };

/**
 * One observer for every element on the page: a `lang` change anywhere re-renders only the
 * elements whose nearest `lang` it changed. A quotation marked `lang="fr"`, or a widget toggling
 * its own `lang`, costs a lookup per element and no render; `<html lang>` re-renders them all.
 */
function updateWhereLangChanged(): void {
  for (const host of shared.hosts) if (langChanged(host as unknown as Element)) host.requestUpdate();
}
