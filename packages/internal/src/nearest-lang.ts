import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Locales with built-in strings. Every other language falls back to English. */
export type BuiltInLocale = 'en' | 'zh';

/**
 * The `lang` in effect for an element: its own or its nearest ancestor's, crossing shadow roots
 * up to the document. Returns '' when no ancestor declares one.
 */
export function nearestLang(element: Element): string {
  // Under server rendering there is no tree to walk, only the element's own attributes.
  if (typeof element.closest !== 'function') {
    return element.getAttribute?.('lang') ?? '';
  }
  let current: Element | null = element;
  while (current) {
    const declared = current.closest('[lang]');
    if (declared) return declared.getAttribute('lang') ?? '';
    current = (current.getRootNode() as Partial<ShadowRoot>).host ?? null;
  }
  return '';
}

/** Maps a BCP 47 tag to the built-in locale that serves it: any Chinese tag to 'zh', else 'en'. */
export function builtInLocale(lang: string): BuiltInLocale {
  return /^zh(-|$)/i.test(lang.trim()) ? 'zh' : 'en';
}

/** See {@link LangController.intlLocale}. Never throws, whatever the tag. */
export function intlLocaleFor(lang: string): string {
  const fallback = builtInLocale(lang) === 'zh' ? 'zh-CN' : 'en-GB';
  const tag = lang.trim();
  // Only a regional English or Chinese tag says more than the defaults do.
  if (!/^(en|zh)-/i.test(tag)) return fallback;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? fallback;
  } catch {
    return fallback;
  }
}

const observedHosts = new Set<ReactiveControllerHost>();
let langObserver: MutationObserver | undefined;

/**
 * Gives a Lit element the language it is shown in, and re-renders it when any `lang` attribute in
 * the document changes (pages switch language without reloading, CMS previews edit it).
 */
export class LangController implements ReactiveController {
  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** The nearest `lang`, or '' when none is declared. */
  get lang(): string {
    return nearestLang(this.host);
  }

  /** The built-in locale for the nearest `lang`. */
  get locale(): BuiltInLocale {
    return builtInLocale(this.lang);
  }

  /**
   * A locale tag that `Intl` accepts for the current language: the page's own tag when it is valid
   * and built in (so "en-US" keeps US formats), otherwise the built-in default ("en-GB", "zh-CN").
   */
  get intlLocale(): string {
    return intlLocaleFor(this.lang);
  }

  /** Picks the built-in table for the current locale and applies the author's overrides. */
  strings<T extends Record<string, string>>(
    tables: Record<BuiltInLocale, T>,
    overrides?: { [K in keyof T]?: string | null },
  ): T {
    const merged: Record<string, string> = { ...tables[this.locale] };
    for (const [key, value] of Object.entries(overrides ?? {})) {
      // An empty override would leave a control or landmark without a name: keep the built-in.
      if (typeof value === 'string' && value.trim() !== '') merged[key] = value;
    }
    return merged as T;
  }

  hostConnected(): void {
    observedHosts.add(this.host);
    if (!langObserver) {
      langObserver = new MutationObserver(() => observedHosts.forEach((host) => host.requestUpdate()));
      langObserver.observe(document.documentElement, {
        subtree: true,
        attributes: true,
        attributeFilter: ['lang'],
      });
    }
  }

  hostDisconnected(): void {
    observedHosts.delete(this.host);
    if (observedHosts.size === 0) {
      langObserver?.disconnect();
      langObserver = undefined;
    }
  }
}
