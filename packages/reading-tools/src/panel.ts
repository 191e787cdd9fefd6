// The panel of reading aids, loaded on first use (dynamic import from the element): its
// controls, styles, the reading guide and read aloud. Rendered inside the element's shadow root.
import { adoptStyles, css, html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import '@civic-elements/font-size-toggle';
import { registerReadingToolsStrings } from './register.js';
import { LocaleController } from '@civic-elements/core';
import type { PanelInternals, ReadingTools, ReadingToolsStrings } from './reading-tools.js';
import {
  COLOURS,
  CURSORS,
  DEFAULT_SETTINGS,
  LINE_SPACINGS,
  SPEEDS,
  type ReadingSettings,
} from './settings.js';
import { Guide } from './guide.js';
import { paragraphOf, reader, sentencesOf } from './speech.js';

// A click that several elements' panels hear is handled once, by the first.
const handledClicks = new WeakSet<Event>();

// The page's one text scale: a toggle in the article header should offer the same steps, so the
// level chosen in either shows pressed in both.
const TEXT_SIZES = '1,1.25,1.5,1.75,2';

const panelStyles = css`
  [part='panel'] {
    position: absolute;
    inset-block-start: calc(100% + 0.25em);
    inset-inline-end: 0;
    z-index: 1000;
    box-sizing: border-box;
    /* No height limit of its own: at 200% text the page scrolls, not a box inside it. */
    inline-size: min(26em, calc(100vw - 2rem));
    display: grid;
    gap: var(--_civic-space-3);
    padding: var(--_civic-space-4);
    border: 2px solid currentColor;
    border-radius: 0.25em;
    background: var(--civic-reading-tools-background, var(--_civic-color-surface));
    color: var(--civic-reading-tools-color, var(--_civic-color-brand));
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }
  [part='panel'][hidden],
  [hidden] {
    display: none;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_civic-space-1);
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-1);
  }
  .option,
  button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: max(44px, 2.75em);
    min-inline-size: max(44px, 2.75em);
    margin: 0;
    padding: var(--_civic-space-1) 0.625em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    background: var(--civic-reading-tools-background, var(--_civic-color-surface));
    color: inherit;
    font: inherit;
    cursor: var(--civic-pointer-cursor, pointer);
  }
  .option input {
    font-size: inherit;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: currentColor;
  }
  /* The chosen option is filled and bold: more than colour alone. */
  .option:has(input:checked) {
    background: var(--civic-reading-tools-pressed-background, var(--_civic-color-pressed-background));
    color: var(--civic-reading-tools-pressed-color, var(--_civic-color-pressed-text));
    font-weight: 700;
  }
  .option:focus-within {
    outline: 3px solid var(--civic-focus-color, var(--_civic-color-focus));
    outline-offset: 2px;
  }
  .option input:focus-visible {
    outline: none;
  }
  /* Pause and Stop while nothing is read: a dashed edge, not faded text (it keeps its contrast). */
  button:disabled {
    cursor: not-allowed;
    border-style: dashed;
  }
  .note {
    margin: 0 0 var(--_civic-space-1);
  }
  .speech {
    display: grid;
    justify-items: start;
    gap: var(--_civic-space-2);
  }
  .reset {
    justify-self: start;
  }
  .close {
    justify-self: end;
  }
  [part='guide'] {
    position: fixed;
    inset-inline: 0;
    inset-block-start: 0;
    z-index: 999;
    block-size: 2.5em;
    border-block: 3px solid var(--civic-reading-tools-guide-color, var(--_civic-color-brand));
    background: rgb(255 221 0 / 0.2);
    pointer-events: none;
    forced-color-adjust: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='guide'] {
      transition: translate 80ms linear;
    }
  }
  /* Clicks go through to what it covers; the page gets room below it (reading-tools.css). */
  [part='caption'] {
    pointer-events: none;
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: 1001;
    box-sizing: border-box;
    max-block-size: 30vh;
    overflow: auto;
    margin: 0;
    padding: var(--_civic-space-2) var(--_civic-space-4);
    border-block-start: 3px solid #ffdd00;
    background: #0b0c0c;
    color: #fff;
    font-size: max(32px, 2rem);
    font-weight: 400;
    line-height: 1.4;
  }
  @media (forced-colors: active) {
    [part='guide'] {
      border-color: Highlight;
      background: transparent;
    }
    [part='caption'] {
      border-color: CanvasText;
    }
  }
`;

/**
 * Links reading-tools.css (beside this module) when the page has not: a page that loads the
 * element from a CDN or a bundler that copies assets still gets the aids. A page that wants them
 * before first paint links it in its <head> (the README says so).
 */
function linkStylesheet(html: HTMLElement): void {
  if (
    getComputedStyle(html).getPropertyValue('--civic-reading-tools-stylesheet') ||
    html.querySelector('link[data-civic-reading-tools]')
  )
    return;
  try {
    const link = html.ownerDocument.createElement('link');
    link.rel = 'stylesheet';
    link.href = new URL('./reading-tools.css', import.meta.url).href;
    link.dataset.civicReadingTools = '';
    html.ownerDocument.head.append(link);
  } catch {
    // A bundle without import.meta.url (a classic script): the page must link the stylesheet.
  }
}

interface PanelBridge extends PanelInternals {
  settings(): ReadingSettings;
  strings(): ReadingToolsStrings;
  intlLocale(): string;
  close(): void;
}

/** The panel as a controller of the element: it renders into the element's template. */
export class Panel implements ReactiveController {
  readonly #bridge: PanelBridge;
  readonly #host: ReadingTools;
  readonly #guide: Guide;
  readonly #reader = reader;
  #unlisten?: () => void;

  constructor(host: ReadingTools, internals: PanelInternals) {
    registerReadingToolsStrings();
    this.#host = host;
    const i18n = new LocaleController<ReadingToolsStrings>(host, 'civic-reading-tools');
    this.#bridge = {
      ...internals,
      settings: () => host.settings,
      strings: () => i18n.strings(host.strings),
      intlLocale: () => i18n.intlLocale,
      close: () => host.hide(),
    };
    this.#guide = new Guide(() => this.#host.renderRoot.querySelector('[part="guide"]'));
    // Voices often arrive after the page loads.
    globalThis.speechSynthesis?.addEventListener?.('voiceschanged', () => host.requestUpdate());
    adoptStyles(this.#host.renderRoot as ShadowRoot, [
      ...(this.#host.constructor as typeof ReadingTools).elementStyles,
      panelStyles,
    ]);
    this.#host.addController(this);
    linkStylesheet(document.documentElement);
  }

  hostConnected(): void {
    this.#unlisten = this.#reader.listen(() => this.#host.requestUpdate());
    this.#guide.connect();
    document.addEventListener('click', this.#onClick);
  }

  hostDisconnected(): void {
    this.#guide.disconnect();
    this.#unlisten?.();
    if (this.#reader.owner === this) this.#reader.stop();
    document.removeEventListener('click', this.#onClick);
  }

  hostUpdated(): void {
    this.#guide.enabled = this.#bridge.settings().guide;
    this.#keepOnScreen();
    this.#makeRoomForCaption();
    this.#shareLargeCursor();
  }

  // The large hand the page stylesheet gives the host, as an absolute URL, for the controls in
  // the shadow roots (theirs and the composed toggle's), whose own `cursor: pointer` would win.
  #shareLargeCursor(): void {
    const style = this.#host.style;
    style.removeProperty('--civic-pointer-cursor');
    const cursor = getComputedStyle(this.#host).cursor;
    if (this.#bridge.settings().cursor === 'large' && cursor.includes('url(')) {
      style.setProperty('--civic-pointer-cursor', cursor);
    }
  }

  // The panel hangs from the button's end edge; near the other edge of the window it would
  // leave the screen, where a page cannot scroll to it. Shifted back in, 8 px from the edge.
  #keepOnScreen(): void {
    const panel = this.#host.renderRoot.querySelector<HTMLElement>('[part="panel"]');
    if (!panel || panel.hidden) return;
    panel.style.translate = '';
    const box = panel.getBoundingClientRect();
    const width = document.documentElement.clientWidth;
    const shift = Math.max(8 - box.left, Math.min(0, width - 8 - box.right));
    if (shift) panel.style.translate = `${Math.round(shift)}px 0`;
  }

  // While the caption shows, the page gets room below its end (reading-tools.css) so nothing of
  // it stays hidden under the caption, and focus scrolls clear of it.
  #makeRoomForCaption(): void {
    const html = document.documentElement;
    const caption = this.#host.renderRoot.querySelector<HTMLElement>('[part="caption"]');
    const showing = Boolean(caption && !caption.hidden);
    if (showing) html.style.setProperty('--civic-caption-space', `${caption!.offsetHeight}px`);
    else if (this.#reader.owner === this || !this.#reader.caption)
      html.style.removeProperty('--civic-caption-space');
    if (showing || this.#reader.state === 'idle') html.toggleAttribute('data-civic-reading-aloud', showing);
  }

  render(open: boolean): TemplateResult {
    const s = this.#bridge.strings();
    const settings = this.#bridge.settings();
    const reader = this.#reader;
    const lang = this.#readLang();
    const availability = reader.availability(lang);
    // Without speech or a voice the captions still work: the group stays, with why and what to do.
    const note =
      availability === 'no-speech'
        ? [s.noSpeech]
        : availability === 'no-voice'
          ? [s.noVoice, s.addVoice]
          : [];
    const speed = new Intl.NumberFormat(this.#bridge.intlLocale());
    // Text size scales the root whatever `for` says: every rem and em on the page grows from it,
    // headings and this panel included, so the hierarchy holds at every level.
    return html`<div id="panel" part="panel" ?hidden=${!open} @civic-font-size-change=${this.#onTextSize}>
        <civic-font-size-toggle
          part="group text-size"
          levels=${TEXT_SIZES}
          storage-key=${this.#bridge.key() ? nothing : ''}
          .target=${this.#host.ownerDocument.documentElement}
        ></civic-font-size-toggle>
        ${this.#choice('lineSpacing', s.lineSpacing, LINE_SPACINGS, {
          normal: s.lineSpacingNormal,
          '1.5': s.lineSpacing15,
          '2': s.lineSpacing2,
        })}
        ${this.#choice('colours', s.colours, COLOURS, {
          default: s.coloursDefault,
          dark: s.coloursDark,
          light: s.coloursLight,
        })}
        ${this.#choice('cursor', s.cursor, CURSORS, { normal: s.cursorNormal, large: s.cursorLarge })}
        ${this.#choice('guide', s.guide, [false, true], { false: s.off, true: s.on })}
        <fieldset
          part="group"
          class="speech"
          aria-describedby=${note.length ? note.map((_, i) => `speech-note${i}`).join(' ') : nothing}
        >
          <legend>${s.readAloud}</legend>
          ${note.map((text, i) => html`<p class="note" id="speech-note${i}">${text}</p>`)}
          <div class="options">
            <button type="button" @click=${this.#start}>${s.start}</button>
            <button type="button" ?disabled=${reader.state === 'idle'} @click=${this.#pauseOrResume}>
              ${reader.state === 'paused' ? s.resume : s.pause}
            </button>
            <button type="button" ?disabled=${reader.state === 'idle'} @click=${() => reader.stop()}>
              ${s.stop}
            </button>
          </div>
          <label class="option">
            <input
              type="checkbox"
              .checked=${settings.pointToRead}
              aria-describedby="point-hint"
              @change=${(event: Event) => {
                const on = (event.target as HTMLInputElement).checked;
                this.#change({ pointToRead: on }, s.pointToRead, on ? s.on : s.off);
              }}
            />${s.pointToRead}
          </label>
          <p class="note" id="point-hint">${s.pointToReadHint}</p>
          ${this.#choice('speed', s.speed, SPEEDS, Object.fromEntries(SPEEDS.map((v) => [v, `${speed.format(v)}×`])))}
        </fieldset>
        <button type="button" class="reset" @click=${this.#reset}>${s.reset}</button>
        <button type="button" class="close" @click=${() => this.#bridge.close()}>${s.close}</button>
      </div>
      <div part="guide" aria-hidden="true" ?hidden=${!settings.guide}></div>
      <p part="caption" aria-hidden="true" ?hidden=${!reader.caption || reader.owner !== this}>
        ${reader.caption}
      </p>`;
  }

  /** Applies, saves, shares and announces a reader's change ("Line spacing 2"). */
  #change(change: Partial<ReadingSettings>, group?: string, value?: string): void {
    const bridge = this.#bridge;
    const settings = { ...bridge.settings(), ...change };
    bridge.take(settings);
    this.#host.dispatchEvent(
      new CustomEvent('civic-reading-tools-change', {
        detail: bridge.settings(),
        bubbles: true,
        composed: true,
      }),
    );
    if (group && value) this.#announce(group, value);
  }

  #announce(group: string, value: string): void {
    this.#bridge.announce(
      this.#bridge.strings().announcement.replace('{group}', group).replace('{value}', value),
    );
  }

  /** A named group of radio buttons for one setting. */
  #choice<K extends keyof ReadingSettings>(
    name: K,
    legend: string,
    values: readonly ReadingSettings[K][],
    labels: Record<string, string>,
  ): TemplateResult {
    const current = this.#bridge.settings()[name];
    return html`<fieldset part="group">
      <legend>${legend}</legend>
      <div class="options">
        ${values.map(
          (value) =>
            html`<label class="option"
              ><input
                type="radio"
                name=${name}
                .checked=${value === current}
                @change=${() => this.#change({ [name]: value }, legend, labels[String(value)])}
              />${labels[String(value)]}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }

  #readLang(): string {
    const target = this.#bridge.readTarget();
    return target.closest('[lang]')?.getAttribute('lang') || 'en';
  }

  // Continuous: the content from the focused paragraph, or from the start. Point to read: just
  // the focused paragraph (the keyboard's way to point).
  #start = (): void => {
    const target = this.#bridge.readTarget();
    const focused = this.#bridge.lastFocus();
    const from = focused && target.contains(focused) ? paragraphOf(focused, target) : undefined;
    if (from && this.#bridge.settings().pointToRead) this.#readParagraph(from);
    else this.#reader.speak(sentencesOf(target, from), this.#bridge.settings().speed, this);
  };

  #pauseOrResume = (): void => {
    if (this.#reader.state === 'paused') this.#reader.resume();
    else this.#reader.pause();
  };

  #reset = (): void => {
    this.#reader.stop();
    this.#change({ ...DEFAULT_SETTINGS });
    const toggle = this.#host.renderRoot.querySelector('civic-font-size-toggle');
    if (toggle) toggle.value = 1;
    this.#bridge.announce(this.#bridge.strings().resetDone);
  };

  #onTextSize = (event: Event): void => {
    const toggle = event.target as HTMLElement;
    const label = toggle.shadowRoot?.querySelector('[part="label"]')?.textContent ?? '';
    const percent = new Intl.NumberFormat(this.#bridge.intlLocale(), {
      style: 'percent',
      maximumFractionDigits: 1,
    });
    this.#announce(label, percent.format((event as CustomEvent<{ value: number }>).detail.value));
  };

  // Point to read: the paragraph the reader clicks is read, when they have asked for it.
  #onClick = (event: MouseEvent): void => {
    if (!this.#bridge.settings().pointToRead || handledClicks.has(event)) return;
    const paragraph = this.#paragraphAt(event);
    // A click on a link or a control just does what it does.
    const origin = event.composedPath()[0];
    if (
      paragraph &&
      !(origin instanceof Element && origin.closest('a, button, input, select, textarea, summary, label'))
    ) {
      handledClicks.add(event);
      this.#readParagraph(paragraph);
    }
  };

  #paragraphAt(event: Event): Element | undefined {
    const origin = event.composedPath()[0];
    const target = this.#bridge.readTarget();
    if (!(origin instanceof Node) || this.#host.contains(origin) || !target.contains(origin))
      return undefined;
    return paragraphOf(origin, target);
  }

  #readParagraph(paragraph: Element): void {
    this.#reader.speak(sentencesOf(paragraph), this.#bridge.settings().speed, this);
  }
}
