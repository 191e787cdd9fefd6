// The panel of reading aids, loaded on first use (dynamic import from the element): its
// controls, styles, the reading guide and read aloud. Rendered inside the element's shadow root.
import {
  adoptStyles,
  html,
  type LitElement,
  nothing,
  type ReactiveController,
  type TemplateResult,
} from 'lit';
import '@civic-elements/font-size-toggle';
import type { FontSizeToggle } from '@civic-elements/font-size-toggle';
import { formatString } from '@civic-elements/core';
import { registerReadingToolsStrings } from './register.js';
import type { PanelHost } from './panel-host.js';
import { panelStyles } from './panel.styles.js';
import {
  COLOURS,
  CURSORS,
  DEFAULT_SETTINGS,
  LINE_SPACINGS,
  SPEEDS,
  type ReadingSettings,
} from './settings.js';
import { Guide } from './guide.js';
import { paragraphOf, reader, segmenter, sentencesOf } from './speech.js';

// A click that several elements' panels hear is handled once, by the first.
const handledClicks = new WeakSet<Event>();

// The page's one text scale: a toggle in the article header should offer the same steps, so the
// level chosen in either shows pressed in both.
const TEXT_SIZES = [1, 1.25, 1.5, 1.75, 2];

/** The panel as a controller of the element: it renders into the element's template. */
export class Panel implements ReactiveController {
  // Everything the panel knows of the element comes through this (./panel-host.ts).
  readonly #bridge: PanelHost;
  readonly #host: PanelHost['element'];
  readonly #guide: Guide;
  readonly #reader = reader;
  #unlisten?: () => void;
  // Re-renders the radios when the text size changes outside the panel (another toggle, a tab).
  #textSizeObserver?: MutationObserver;

  constructor(bridge: PanelHost) {
    registerReadingToolsStrings();
    this.#bridge = bridge;
    this.#host = bridge.element;
    this.#guide = new Guide(() => this.#host.renderRoot.querySelector('[part="guide"]'));
    adoptStyles(this.#host.renderRoot as ShadowRoot, [
      ...(this.#host.constructor as typeof LitElement).elementStyles,
      panelStyles,
    ]);
    this.#host.addController(this);
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
    this.#followTextSize();
    this.#givePageStyles();
  }

  // Line spacing, the colour schemes, the large cursor and read aloud's highlight are rules for
  // the page (reading-tools.css). A page that has not linked the file gets them adopted, from a
  // module fetched only now (./adopt-page-sheet.ts).
  #givePageStyles(): void {
    const { lineSpacing, colours, cursor } = this.#bridge.settings();
    const html = this.#host.ownerDocument.documentElement;
    if (
      (lineSpacing !== 'normal' || colours !== 'default' || cursor !== 'normal' || this.#reader.caption) &&
      !getComputedStyle(html).getPropertyValue('--civic-reading-tools-stylesheet')
    )
      import('./adopt-page-sheet.js').then(
        ({ adoptPageSheet }) => adoptPageSheet(html.ownerDocument),
        // Not served (a CDN copy without its sibling files): the aids are set, as before.
        () => {},
      );
  }

  /** The text-size toggle that keeps the page's scale (rendered hidden: the radios are its face). */
  #textSizeToggle(): FontSizeToggle | null {
    return this.#host.renderRoot.querySelector('civic-font-size-toggle');
  }

  // The toggle reflects its value: the radios follow it wherever the change came from.
  #followTextSize(): void {
    const toggle = this.#textSizeToggle();
    if (!toggle || this.#textSizeObserver) return;
    this.#textSizeObserver = new MutationObserver(() => this.#host.requestUpdate());
    this.#textSizeObserver.observe(toggle, { attributeFilter: ['value'] });
  }

  // The large hand the page stylesheet gives the host, as an absolute URL, for the controls in
  // its shadow root, whose own `cursor: pointer` would win.
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

  /**
   * The longest start of `text` that the caption bar shows whole, ending before a word or a space
   * where it can: measured on a hidden copy of the bar.
   */
  captionFit(text: string, lang: string): string {
    const caption = this.#host.renderRoot.querySelector('[part="caption"]');
    if (!caption) return text;
    // The page's room for the caption first: a scrollbar it brings makes the bar narrower.
    this.#host.ownerDocument.documentElement.toggleAttribute('data-civic-reading-aloud', true);
    const probe = caption.cloneNode() as HTMLElement;
    probe.hidden = false;
    probe.style.visibility = 'hidden';
    caption.after(probe);
    const fits = (end: number) => {
      probe.textContent = text.slice(0, end);
      return probe.scrollHeight <= probe.clientHeight + 1;
    };
    // The most characters that fit (one at least, so the reading moves on)…
    let [end, high] = [1, text.length];
    while (end < high) {
      const middle = (end + high + 1) >> 1;
      if (fits(middle)) end = middle;
      else high = middle - 1;
    }
    // …cut back, when the rest is left for later, to the last break before a word or a space, so
    // punctuation stays with its word; a word longer than the bar (an address) is cut where it fills it.
    if (end < text.length) {
      const segments = [...segmenter(lang, 'word').segment(text)];
      for (const { index, segment } of segments.reverse())
        if (index && index <= end && !/^[^\s\p{L}\p{N}]/u.test(segment)) {
          end = index;
          break;
        }
    }
    probe.remove();
    return text.slice(0, end);
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
    // headings and this panel included, so the hierarchy holds at every level. The toggle keeps
    // the scale (its levels, storage and other toggles on the page); the reader sees radios, one
    // Tab stop like every other group.
    const percent = this.#percent();
    return html`<div id="panel" part="panel" ?hidden=${!open} @keydown=${this.#onKeydown}>
        <civic-font-size-toggle
          hidden
          levels=${TEXT_SIZES.join(',')}
          storage-key=${this.#bridge.storageKey() ? nothing : ''}
          .target=${this.#host.ownerDocument.documentElement}
        ></civic-font-size-toggle>
        ${this.#choice(
          'textSize',
          s.textSize,
          TEXT_SIZES,
          Object.fromEntries(TEXT_SIZES.map((v) => [v, percent.format(v)])),
          this.#textSizeToggle()?.value,
          (level) => this.#chooseTextSize(level),
        )}
        ${this.#setting('lineSpacing', s.lineSpacing, LINE_SPACINGS, {
          normal: s.lineSpacingNormal,
          '1.5': s.lineSpacing15,
          '2': s.lineSpacing2,
        })}
        ${this.#setting('colours', s.colours, COLOURS, {
          default: s.coloursDefault,
          dark: s.coloursDark,
          light: s.coloursLight,
        })}
        ${this.#setting('cursor', s.cursor, CURSORS, { normal: s.cursorNormal, large: s.cursorLarge })}
        ${this.#setting('guide', s.guide, [false, true], { false: s.off, true: s.on })}
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
          ${this.#setting('speed', s.speed, SPEEDS, Object.fromEntries(SPEEDS.map((v) => [v, `${speed.format(v)}×`])))}
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
    bridge.changed(settings);
    if (group && value) this.#announce(group, value);
  }

  #announce(group: string, value: string): void {
    this.#bridge.announce(formatString(this.#bridge.strings().announcement, { group, value }));
  }

  #percent(): Intl.NumberFormat {
    return new Intl.NumberFormat(this.#bridge.intlLocale(), { style: 'percent', maximumFractionDigits: 1 });
  }

  // A size restored or chosen elsewhere that is not one of the steps checks no radio.
  #chooseTextSize(level: number): void {
    const toggle = this.#textSizeToggle();
    if (!toggle) return;
    toggle.value = level;
    this.#host.requestUpdate();
    this.#announce(this.#bridge.strings().textSize, this.#percent().format(level));
  }

  /** A named group of radio buttons for one setting: one Tab stop, arrow keys move and choose. */
  #choice<V>(
    name: string,
    legend: string,
    values: readonly V[],
    labels: Record<string, string>,
    current: V | undefined,
    choose: (value: V) => void,
  ): TemplateResult {
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
                @change=${() => choose(value)}
              />${labels[String(value)]}</label
            >`,
        )}
      </div>
    </fieldset>`;
  }

  /** A named group of radio buttons for one of the reader's settings. */
  #setting<K extends keyof ReadingSettings>(
    name: K,
    legend: string,
    values: readonly ReadingSettings[K][],
    labels: Record<string, string>,
  ): TemplateResult {
    return this.#choice(name, legend, values, labels, this.#bridge.settings()[name], (value) =>
      this.#change({ [name]: value }, legend, labels[String(value)]),
    );
  }

  // Home and End choose the first and the last option of a group, as arrow keys choose the next:
  // native radios move with arrows only.
  #onKeydown = (event: KeyboardEvent): void => {
    if ((event.key !== 'Home' && event.key !== 'End') || event.altKey || event.ctrlKey || event.metaKey)
      return;
    const radio = event.composedPath()[0];
    const options = radio instanceof HTMLInputElement && radio.type === 'radio' && radio.closest('.options');
    if (!options) return;
    const radios = options.querySelectorAll<HTMLInputElement>('input[type="radio"]');
    const next = radios[event.key === 'Home' ? 0 : radios.length - 1];
    event.preventDefault();
    next.focus();
    if (!next.checked) next.click();
  };

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
    const toggle = this.#textSizeToggle();
    if (toggle) toggle.value = 1;
    this.#bridge.announce(this.#bridge.strings().resetDone);
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
