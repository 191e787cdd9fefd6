import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { LocaleController, tokens, toText } from '@civic-elements/core';
import { FontSizeToggleBehaviour, type FontSizeChangeDetail } from './font-size-toggle.behaviour.js';
import { fontSizeToggleStyles } from './font-size-toggle.styles.js';
import {
  clampScale,
  DEFAULT_LEVELS,
  DEFAULT_STORAGE_KEY,
  levelItems,
  nearestLevel,
  normalizeLevels,
} from './levels.js';
import { fontSizeToggleStrings, type FontSizeToggleStrings } from './strings.js';

// One formatter per locale: it costs far more to make than to use, and a server renders
// thousands of toggles.
const percentFormats = new Map<string, Intl.NumberFormat>();
const percentFormat = (locale: string): Intl.NumberFormat =>
  percentFormats.get(locale) ??
  percentFormats
    .set(locale, new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }))
    .get(locale)!;

export type { FontSizeChangeDetail } from './font-size-toggle.behaviour.js';

/**
 * Lets readers enlarge the text of an article or a whole page: the "A A" control of government
 * news portals. One pressed button per scale level, the choice remembered across pages and tabs.
 *
 * @element civic-font-size-toggle
 *
 * @fires civic-font-size-change - When the reader chooses a different level. `detail.value` is the
 * new scale. Bubbles and is composed. Not fired for programmatic changes or for the restore on load.
 *
 * @csspart group - The `role="group"` wrapper around the label and the buttons.
 * @csspart label - The visible label that names the group ("Text size").
 * @csspart button - Each level's button: an "A" with the level's percentage under it, the two together its name.
 *
 * @cssprop [--civic-font-size-toggle-color=var(--civic-color-brand)] - Text and border colour of the buttons and label.
 * @cssprop [--civic-font-size-toggle-background=var(--civic-color-surface)] - Background of a button that is not pressed.
 * @cssprop [--civic-font-size-toggle-hover-background=var(--civic-color-surface-hover)] - Background of a hovered button.
 * @cssprop [--civic-font-size-toggle-pressed-background=var(--civic-color-pressed-background)] - Background of the pressed button.
 * @cssprop [--civic-font-size-toggle-pressed-color=var(--civic-color-pressed-text)] - Text colour of the pressed button.
 * @cssprop [--civic-focus-color=var(--civic-color-focus)] - Colour of the focus outline.
 * @cssprop [--civic-pointer-cursor=pointer] - Cursor of the buttons (the reading tools' large cursor sets it).
 */
export class FontSizeToggle extends LitElement {
  /** @internal */
  static override get styles() {
    return [tokens, fontSizeToggleStyles];
  }

  /** @internal */
  static override get properties() {
    return {
      levels: { converter: { fromAttribute: (value: string | null) => value }, noAccessor: true },
      value: { type: Number, reflect: true },
      htmlFor: { attribute: 'for' },
      target: { attribute: false },
      storageKey: { attribute: 'storage-key' },
      strings: {},
    };
  }

  #levels: number[] = [...DEFAULT_LEVELS];

  /**
   * The scale steps, ascending. As an attribute: comma-separated numbers ("1,1.25,1.5").
   * Non-numbers are ignored, values clamped to 0.75–3, duplicates removed; nothing valid gives
   * the default `[1, 1.25, 1.5]`.
   * @type {number[] | string}
   */
  get levels(): number[] {
    return [...this.#levels];
  }
  set levels(value: number[] | string) {
    const old = this.#levels;
    this.#levels = normalizeLevels(value);
    if (DEV_MODE) {
      const given = levelItems(value);
      if (value != null && given.some((item) => !this.#levels.includes(Number(item)))) {
        console.warn(
          `<civic-font-size-toggle> levels=${Array.isArray(value) ? `[${value.length} values]` : `"${toText(value)}"`}: dropped what is not a number from 0.75 to 3, repeated or past the eighth; using ${this.#levels.join(',')}.`,
        );
      }
    }
    this.requestUpdate('levels', old);
  }

  /**
   * The current scale. A value set by your code that is not one of `levels` snaps to the nearest
   * level; a size restored from storage or chosen in another toggle sharing the storage key is
   * kept exactly (0.75–3), with no button pressed when it is not one of `levels`.
   */
  value = 1;

  /**
   * Id of the element whose text is scaled, looked up in the toggle's own root (document or
   * enclosing shadow root). Without it the whole page (`<html>`) is scaled.
   */
  htmlFor: string | null = null;

  /**
   * The element to scale, for when it cannot be named by id from the toggle's root (a toggle
   * composed inside another element's shadow root). Takes precedence over `for`.
   */
  target: HTMLElement | null = null;

  /**
   * localStorage key that remembers the choice. Toggles sharing a key stay in sync. Empty: not remembered.
   * @default "civic-font-size"
   */
  storageKey: string | null = DEFAULT_STORAGE_KEY;

  /**
   * Replaces built-in strings on this instance, by name: `{ "label": "Taille du texte" }`. As an
   * attribute, or as a string, JSON. The names are listed under "Strings".
   */
  strings: Partial<FontSizeToggleStrings> | string | null = null;

  #i18n = new LocaleController(this, fontSizeToggleStrings);
  // Scaling, storage and the change event, shared with pages that run them without Lit. Until the
  // first render takes it, the value shown is the restored one. A size chosen elsewhere is shown,
  // so every toggle agrees with storage.
  #behaviour = new FontSizeToggleBehaviour(
    this,
    () => this.#restoredValue ?? this.value,
    (value) => this.#takeOutsideValue(value),
  );
  // Set while a value arrives from storage or another toggle, so it is not written back or echoed.
  #valueFromOutside = false;
  #restoredValue?: number;

  override connectedCallback(): void {
    super.connectedCallback();
    // Scale the target now, not after the first render, so a remembered size shows before first
    // paint. The value itself changes after the first render: a server-rendered toggle hydrates
    // on that render, which must match the server's output.
    this.#restoredValue = this.#behaviour.stored.read();
    this.#behaviour.apply(this.#restoredValue ?? nearestLevel(this.value, this.#levels));
    // Moved in the page after its first render: nothing to hydrate, take the value now.
    if (this.hasUpdated) this.#takeRestoredValue();
  }

  // The restored value lands in a second render (see connectedCallback); wait for it too.
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    return this.isUpdatePending ? super.getUpdateComplete() : complete;
  }

  protected override firstUpdated(): void {
    // After this update, not inside it: Lit reports a change made during an update as a mistake.
    queueMicrotask(() => this.#takeRestoredValue());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // A size chosen elsewhere (storage, another toggle with other levels, such as the reading
    // tools' up to 200%) is applied exactly, with no button pressed when it is not a level here:
    // snapping it would fight the other toggle over the same text.
    if (this.#valueFromOutside) this.value = clampScale(this.value);
    else if (changed.has('value') || changed.has('levels')) {
      this.value = nearestLevel(this.value, this.#levels);
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Every update: cheap when nothing changed (the same inline style again), and no list of the
    // properties that move the target or its size to keep up to date.
    this.#behaviour.apply();
    if (changed.has('value')) {
      if (changed.get('value') !== undefined && !this.#valueFromOutside)
        this.#behaviour.stored.write(this.value);
      this.#valueFromOutside = false;
    }
  }

  protected override render(): TemplateResult {
    const { label } = this.#i18n.strings(this.strings);
    const percent = percentFormat(this.#i18n.intlLocale);
    return html`
      <div part="group" role="group" aria-labelledby="label">
        <span part="label" id="label">${label}</span>
        ${this.#levels.map(
          (level) => html`
            <button
              part="button"
              type="button"
              aria-pressed=${String(level === this.value)}
              @click=${() => this.#choose(level)}
            >
              <span class="glyph">A</span> <small>${percent.format(level)}</small>
            </button>
          `,
        )}
      </div>
    `;
  }

  #choose(level: number): void {
    if (level === this.value) return;
    this.value = level;
    this.#behaviour.chose(level);
  }

  #takeRestoredValue(): void {
    if (this.#restoredValue !== undefined) this.#takeOutsideValue(this.#restoredValue);
    this.#restoredValue = undefined;
  }

  // `value` comes cleaned by storedScale (0.75–3), or is 1 for nothing stored.
  #takeOutsideValue(value: number): void {
    if (value === this.value) return;
    this.#valueFromOutside = true;
    this.value = value;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'civic-font-size-change': CustomEvent<FontSizeChangeDetail>;
  }
}
