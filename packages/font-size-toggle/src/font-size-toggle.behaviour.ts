// What the toggle does beyond its markup: it scales its target (the `target` property, the `for`
// element, or the whole page) and gives back the text of one it leaves, remembers the reader's
// choice and announces it, and follows a size chosen in another tab or another toggle with the
// same key. Plain DOM and Lit's controller interface, no Lit: <civic-font-size-toggle> runs it, and
// so can a page that keeps the server's declarative shadow root and never defines the element
// (enhanceFontSizeToggle), with one implementation of the behaviour for both.
import type { ReactiveController } from 'lit';
import {
  StoredSettingController,
  type StoredSettingHost,
} from '@civic-elements/core/stored-setting-controller.js';
import { TargetController, type TargetHost } from '@civic-elements/core/target-controller.js';
import { clampScale, DEFAULT_STORAGE_KEY, nearestLevel, normalizeLevels, storedScale } from './levels.js';
import { scaleText } from './text-scale.js';

/** Detail of `civic-font-size-change`. */
export interface FontSizeChangeDetail {
  /** The scale the reader chose, e.g. 1.25. */
  value: number;
}

/** What the behaviour reads of its host: the element's properties (or, without Lit, its attributes). */
export type FontSizeToggleHost = TargetHost & StoredSettingHost & { target: unknown };

/**
 * The behaviour of one `<civic-font-size-toggle>` host. Its controllers (the `for` target, the
 * stored size) are added to the host; without Lit, enhanceFontSizeToggle gives them a host of
 * its own that reads the attributes.
 */
export class FontSizeToggleBehaviour {
  readonly #host: FontSizeToggleHost;
  readonly #value: () => number;
  readonly #for: TargetController;
  /** The size remembered under the host's key (0.75–3; undefined when none is), and its writes. */
  readonly stored: StoredSettingController<number | undefined>;
  #scaledTarget?: HTMLElement;
  #warnedMissingId?: string;

  /**
   * @param value the scale the target shows now
   * @param outside told of a size chosen in another tab or toggle with the same key: 0.75–3, 1
   * when none is stored
   */
  constructor(host: FontSizeToggleHost, value: () => number, outside: (value: number) => void) {
    this.#host = host;
    this.#value = value;
    // A `for` target added later is scaled as soon as it appears.
    this.#for = new TargetController(host, () => this.apply());
    // Another tab changed, removed or cleared the size (nothing stored reads as 100%), or another
    // toggle with the same key chose one.
    this.stored = new StoredSettingController(host, DEFAULT_STORAGE_KEY, storedScale, (size) =>
      outside(size ?? 1),
    );
  }

  /** The reader chose `level`, now the value: scales the target and fires `civic-font-size-change`. */
  chose(level: number): void {
    this.apply();
    this.#host.dispatchEvent(
      new CustomEvent<FontSizeChangeDetail>('civic-font-size-change', {
        detail: { value: level },
        bubbles: true,
        composed: true,
      }),
    );
  }

  /** Scales the target to `value`; a target given up for a new one is unscaled. */
  apply(value = this.#value()): void {
    const host = this.#host;
    if (!host.isConnected) return;
    const target =
      host.target instanceof HTMLElement
        ? host.target
        : this.#for.id
          ? this.#for.value
          : host.ownerDocument.documentElement;
    if (this.#scaledTarget && this.#scaledTarget !== target) scaleText(this.#scaledTarget, 1);
    if ((this.#scaledTarget = target)) scaleText(target, value);
    else if (
      DEV_MODE &&
      host.ownerDocument.readyState !== 'loading' &&
      this.#warnedMissingId !== this.#for.id
    ) {
      this.#warnedMissingId = this.#for.id;
      console.warn(
        `<civic-font-size-toggle> for="${this.#warnedMissingId}": no element with this id in the toggle's document or shadow root yet; its text is scaled when it appears.`,
      );
    }
  }
}

/**
 * Runs the toggle's behaviour on a server-rendered `<civic-font-size-toggle>` (its declarative
 * shadow root attached) without defining the element, for pages that load no Lit: its buttons
 * scale the text, remember the size and fire `civic-font-size-change`, and it follows sizes chosen
 * elsewhere. The server's markup and strings are kept; `for` and `storage-key` are read as
 * attributes. Marks the host `data-enhanced`, which shows it. When the element is defined later
 * (a panel that uses it), the element takes over. Returns a function that stops it.
 */
export function enhanceFontSizeToggle(host: HTMLElement): () => void {
  const buttons = [...(host.shadowRoot?.querySelectorAll<HTMLButtonElement>('[part~="button"]') ?? [])];
  const levels = normalizeLevels(host.getAttribute('levels'));
  // Each button shows its level as a percentage ("125%", "112.5%"); levels the server was given as a
  // property, not an attribute, differ from what the buttons say. A toggle whose buttons do not say
  // its levels is left alone, hidden as one that cannot work, rather than wired to other sizes.
  const says = (button: Element, level: number) =>
    button.querySelector('small')?.textContent?.replace(/[^\d.]/g, '') ===
    String(Math.round(level * 1e3) / 10);
  if (
    customElements.get(host.localName) ||
    buttons.length === 0 ||
    buttons.length !== levels.length ||
    !buttons.every((button, index) => says(button, levels[index]))
  ) {
    return () => {};
  }
  let value = nearestLevel(Number(host.getAttribute('value') ?? 1), levels);
  // The element's properties, read from its attributes, for the controllers and the behaviour.
  const controllers: ReactiveController[] = [];
  const seen = {
    addController: (controller: ReactiveController) => controllers.push(controller),
    get isConnected() {
      return host.isConnected;
    },
    getRootNode: () => host.getRootNode(),
    get ownerDocument() {
      return host.ownerDocument;
    },
    dispatchEvent: (event: Event) => host.dispatchEvent(event),
    get htmlFor() {
      return host.getAttribute('for');
    },
    get storageKey() {
      return host.getAttribute('storage-key');
    },
    target: null,
  } as unknown as FontSizeToggleHost;
  const behaviour = new FontSizeToggleBehaviour(
    seen,
    () => value,
    (size) => show(size),
  );
  // What the element's render does: the pressed button, and `value` reflected.
  function show(size: number): void {
    value = clampScale(size);
    host.setAttribute('value', String(value));
    buttons.forEach((button, index) => button.setAttribute('aria-pressed', String(levels[index] === value)));
    behaviour.apply();
  }
  const onClick = (event: Event): void => {
    const level = levels[buttons.indexOf(event.currentTarget as HTMLButtonElement)];
    if (level === value) return;
    show(level);
    // In the element's order: the event, then the stored size that other toggles follow.
    behaviour.chose(level);
    behaviour.stored.write(level);
  };

  for (const button of buttons) button.addEventListener('click', onClick);
  for (const controller of controllers) controller.hostConnected?.();
  show(behaviour.stored.read() ?? value);
  host.setAttribute('data-enhanced', '');
  let stopped = false;
  const stop = (): void => {
    if (stopped) return;
    stopped = true;
    for (const button of buttons) button.removeEventListener('click', onClick);
    for (const controller of controllers) controller.hostDisconnected?.();
    host.removeAttribute('data-enhanced');
  };
  void customElements.whenDefined(host.localName).then(stop);
  return stop;
}
