import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { defineStrings, LocaleController, tokens, visuallyHidden } from '@civic-elements/core';
// The controllers come by their own paths: through the index, a bundler splitting per element
// would put them in the chunk every element loads.
import {
  readStoredSetting,
  StoredSettingController,
} from '@civic-elements/core/stored-setting-controller.js';
import { TargetController } from '@civic-elements/core/target-controller.js';
import {
  applySettings,
  cleanSettings,
  DEFAULT_SETTINGS,
  DEFAULT_STORAGE_KEY,
  isDefault,
  type ReadingSettings,
} from './settings.js';
import type { Panel } from './panel.js';
import type { PanelHost } from './panel-host.js';
import { readingToolsStyles } from './reading-tools.styles.js';

import type { ReadingToolsStrings } from './locales/en.js';

export type { ReadingToolsStrings };

// The button's name, in the three built-in locales; the panel's strings load with the panel
// (./register.ts, which repeats these three so that it is the complete table).
const readingToolsStrings = defineStrings<ReadingToolsStrings>('civic-reading-tools', {
  en: { toggle: 'Reading tools' } as ReadingToolsStrings,
  zh: { toggle: '阅读辅助' },
  'zh-Hant': { toggle: '閱讀輔助' },
});

/**
 * The reading aids elderly readers need, on one button: text size, line spacing, high-contrast
 * colours, a large cursor, a reading guide and read aloud. A non-modal panel that loads on first
 * use; every choice is remembered, synced across tabs and announced.
 *
 * @element civic-reading-tools
 *
 * @fires civic-reading-tools-change - When the reader changes a setting. `detail` is the full
 * settings object. Bubbles and is composed. Not fired for restores or changes from other tabs.
 * @fires civic-reading-tools-show - When the panel has opened and shows, whatever opened it (the
 * button, `open`, `show()`). Bubbles and is composed.
 * @fires civic-reading-tools-hide - When the open panel has closed, whatever closed it (the button,
 * Escape, Close, focus moving on, `open`, `hide()`). Bubbles and is composed.
 *
 * @csspart button - The entry button that opens and closes the panel.
 * @csspart panel - The panel of reading aids.
 * @csspart group - Each named group of controls in the panel.
 * @csspart guide - The reading guide band.
 * @csspart caption - The caption bar that shows the sentence being read aloud.
 *
 * @cssprop [--civic-reading-tools-color=var(--civic-color-brand)] - Text and border colour of the button and panel.
 * @cssprop [--civic-reading-tools-background=var(--civic-color-surface)] - Background of the button and panel.
 * @cssprop [--civic-reading-tools-pressed-color=var(--civic-color-pressed-text)] - Text colour of the open button and chosen options.
 * @cssprop [--civic-reading-tools-pressed-background=var(--civic-color-pressed-background)] - Background of the open button and chosen options.
 * @cssprop [--civic-reading-tools-guide-color=var(--civic-color-brand)] - Edges of the reading guide band.
 * @cssprop [--civic-focus-color=var(--civic-color-focus)] - Colour of the focus outline.
 * @cssprop [--civic-pointer-cursor=pointer] - Cursor of the controls; the large cursor sets it.
 */
export class ReadingTools extends LitElement {
  /** @internal */
  static override get styles() {
    return [tokens, visuallyHidden, readingToolsStyles];
  }

  /** @internal */
  static override get properties() {
    return {
      htmlFor: { attribute: 'for' },
      open: { type: Boolean, reflect: true },
      storageKey: { attribute: 'storage-key' },
      strings: {},
    };
  }

  /**
   * Whether the panel is open. Set it, or write the attribute in the page's HTML, to open the
   * panel (it loads on first open) or close it; the element keeps it up to date as the reader
   * opens and closes the panel.
   */
  open = false;

  /**
   * Id of the content the aids apply to and read aloud, looked up in the element's own root
   * (document or enclosing shadow root). Without it: `<main>` is read, styles apply to the page.
   * Text size always scales the whole page (`<html>`), so headings grow with the text.
   */
  htmlFor: string | null = null;

  /**
   * localStorage key that remembers the settings (text size keeps the toggle's own key,
   * "civic-font-size", shared with every toggle). Empty: nothing is remembered, text size
   * included; the settings last while the page does.
   * @default "civic-reading-tools"
   */
  storageKey: string | null = DEFAULT_STORAGE_KEY;

  /**
   * Replaces built-in strings on this instance, by name: `{ "toggle": "Aides à la lecture" }`. As
   * an attribute, or as a string, JSON. The names are listed under "Strings".
   */
  strings: Partial<ReadingToolsStrings> | string | null = null;

  #i18n = new LocaleController(this, readingToolsStrings);
  // The line spacing follows `for`: to a new id, or to its element when it appears later.
  #for = new TargetController(this, () => this.#apply());
  // Another tab, or another element with the same key, changed the settings: show them.
  #stored = new StoredSettingController(this, DEFAULT_STORAGE_KEY, cleanSettings, (settings) =>
    this.#take(settings),
  );
  #settings: ReadingSettings = { ...DEFAULT_SETTINGS };
  // Whether the panel is on screen (open and loaded): the show and hide events mark its changes.
  #shown = false;
  // The panel is closing with the focus inside it: the focus goes back to the button.
  #refocus = false;
  #announcement = '';
  #panel?: Panel;
  #loading?: Promise<void>;
  #styled?: Element;
  #lastFocus?: Element;

  /** The reader's current settings (a copy). Text size is the toggle's value, not part of it. */
  get settings(): ReadingSettings {
    return { ...this.#settings };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('focusin', this.#onPageFocus);
    // Applied now, before the first render, so remembered settings show in the first paint even
    // without the pre-paint script. Text size too: this may be the page's only text-size control.
    // With no storage key nothing is remembered: an element moved in the page keeps its own.
    this.#take(this.#stored.key ? this.#stored.read() : this.#settings);
    this.#restoreFontSize();
    if (DEV_MODE && this.#for.id && !this.#for.value) {
      console.warn(
        `<civic-reading-tools> for="${this.#for.id}": no element with this id in the element's document or shadow root yet; until it appears the aids apply to the whole page and <main> is read aloud.`,
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('focusin', this.#onPageFocus);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Checked before the panel hides: then the focus has already left it.
    if (changed.get('open') === true && !this.open) this.#refocus = this.matches(':focus-within');
  }

  protected override updated(): void {
    if (this.open && this.isConnected) void this.#load();
    const shown = this.open && Boolean(this.#panel);
    if (shown !== this.#shown) {
      this.#shown = shown;
      const init = { bubbles: true, composed: true };
      this.dispatchEvent(
        shown ? new Event('civic-reading-tools-show', init) : new Event('civic-reading-tools-hide', init),
      );
    }
    if (this.#refocus) {
      this.#refocus = false;
      this.renderRoot.querySelector<HTMLElement>('[part="button"]')?.focus();
    }
  }

  protected override render(): TemplateResult {
    const s = this.#i18n.strings(this.strings);
    return html`<div @keydown=${this.#onKeydown} @focusout=${this.#onFocusout}>
        <button
          part="button"
          type="button"
          aria-expanded=${this.open ? 'true' : 'false'}
          aria-controls=${this.#panel ? 'panel' : nothing}
          @click=${this.#toggle}
        >
          ${s.toggle}<span class="chevron" aria-hidden="true"></span>
        </button>
        ${this.#panel?.render(this.open) ?? nothing}
      </div>
      <div class="visually-hidden" role="status">${this.#announcement}</div>`;
  }

  /**
   * Opens the panel, loading it first if need be. Resolves once it shows (or, when it could not
   * be loaded, once the element has closed again: `open` is then false).
   */
  async show(): Promise<void> {
    this.open = true;
    await this.#load();
    await this.updateComplete;
  }

  /** Closes the panel; focus goes back to the button when it was inside the panel. Resolves once it is hidden. */
  async hide(): Promise<void> {
    this.open = false;
    await this.updateComplete;
  }

  #toggle = (): void => {
    this.open = !this.open;
  };

  // Tab (or a script) moved the focus to something else on the page: the open panel would cover
  // it. A click on the page itself (no new focus) leaves the panel open, for point to read.
  #onFocusout = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (this.open && next && !this.contains(next) && !this.renderRoot.contains(next)) {
      this.open = false;
    }
  };

  #onPageFocus = (event: FocusEvent): void => {
    const focused = event.composedPath()[0];
    if (focused instanceof Element && event.target !== this) this.#lastFocus = focused;
  };

  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open) {
      event.stopPropagation();
      this.open = false;
    }
  };

  // The panel, the guide and read aloud arrive on demand: on first open, or when a remembered aid
  // is in use. If the file cannot be fetched (offline), the button closes again and a later press
  // tries again.
  #load(): Promise<void> {
    this.#loading ??= import('./panel.js').then(
      ({ Panel }) => {
        this.#panel = new Panel(this.#panelHost);
        this.requestUpdate();
      },
      () => {
        this.#loading = undefined;
        this.open = false;
      },
    );
    return this.#loading;
  }

  // The element's side of the boundary with its panel (./panel-host.ts).
  #panelHost: PanelHost = {
    element: this,
    settings: () => this.settings,
    strings: () => this.#i18n.strings(this.strings),
    intlLocale: () => this.#i18n.intlLocale,
    storageKey: () => this.#stored.key,
    styleTarget: () => this.#styleTarget(),
    readTarget: () => {
      const doc = this.ownerDocument;
      const root = this.getRootNode() as ParentNode;
      return this.#for.value ?? root.querySelector('main') ?? doc.querySelector('main') ?? doc.body;
    },
    lastFocus: () => this.#lastFocus,
    changed: (settings) => {
      this.#take(settings);
      // Stored, and shared with the other tabs and elements that use the same key.
      this.#stored.write(this.#settings);
      this.dispatchEvent(
        new CustomEvent('civic-reading-tools-change', {
          detail: this.settings,
          bubbles: true,
          composed: true,
        }),
      );
    },
    announce: (text) => {
      // The same words twice in a row are cleared first, so they are announced again.
      this.#announcement = this.#announcement === text ? '' : text;
      this.requestUpdate();
      if (!this.#announcement) requestAnimationFrame(() => this.#panelHost.announce(text));
    },
    close: () => void this.hide(),
  };

  #styleTarget(): Element {
    return this.#for.value ?? this.ownerDocument.documentElement;
  }

  #take(settings: ReadingSettings): void {
    this.#settings = cleanSettings(settings);
    this.#apply();
    // Any aid in use needs the panel: it links the stylesheet if the page has not, and runs the
    // guide and point to read.
    if (!isDefault(this.#settings)) void this.#load();
    this.requestUpdate();
  }

  // A remembered text size, on a page with no pre-paint script and no toggle: the toggle's own
  // small restore module applies it, not the whole panel.
  #restoreFontSize(): void {
    if (!this.#stored.key || (readStoredSetting('civic-font-size') ?? 1) === 1) return;
    void import('@civic-elements/font-size-toggle/restore.js').then(({ restoreFontSize }) =>
      restoreFontSize(this.ownerDocument.documentElement),
    );
  }

  #apply(): void {
    const target = this.#styleTarget();
    if (this.#styled !== target) this.#styled?.removeAttribute('data-civic-line-spacing');
    applySettings(this.#settings, (this.#styled = target));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-reading-tools-change': CustomEvent<ReadingSettings>;
    'civic-reading-tools-show': Event;
    'civic-reading-tools-hide': Event;
  }
}
