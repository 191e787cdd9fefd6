import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toText } from './text.js';

/** An element with a `for` attribute, as the `htmlFor` property. */
export type TargetHost = ReactiveControllerHost & HTMLElement & { htmlFor: unknown };

/**
 * Follows the element named by an element's `for` attribute, looked up by id in the element's own
 * root: its document, or the shadow root it sits in. Live: after any update of the host (a new
 * `for`), and while the id names nothing yet (the target is added later), it looks again and
 * reports a change. Touches nothing until the host connects, so it is safe under server rendering.
 */
export class TargetController implements ReactiveController {
  readonly #host: TargetHost;
  readonly #changed: (target: HTMLElement | undefined) => void;
  #found?: HTMLElement;
  #observer?: MutationObserver;

  /**
   * @param changed called while the host is connected when the element found changes: as the host
   * connects (when one is found), when `for` changed, or when the element with that id appeared
   * (or went) later; `undefined` when none is found.
   */
  constructor(host: TargetHost, changed: (target: HTMLElement | undefined) => void) {
    (this.#host = host).addController(this);
    this.#changed = changed;
  }

  /** The host's `for`, as text ('' when there is none). */
  get id(): string {
    return toText(this.#host.htmlFor);
  }

  /** The element with that id in the host's root; undefined without an id, when none has it or while the host is not connected. */
  get value(): HTMLElement | undefined {
    const id = this.id;
    const host = this.#host;
    return (id && host.isConnected && (host.getRootNode() as Document).getElementById(id)) || undefined;
  }

  hostConnected(): void {
    this.#observer ??= new MutationObserver(() => this.hostUpdated());
    this.hostUpdated();
  }

  hostDisconnected(): void {
    this.#observer!.disconnect();
  }

  // Also called as the host connects, and by the observer while the id names nothing.
  hostUpdated(): void {
    const host = this.#host;
    // A late update after the host left the page must not touch what it left.
    if (!host.isConnected) return;
    const found = this.value;
    if (found !== this.#found) this.#changed((this.#found = found));
    // Watch only while the id names nothing: watching a whole page for ids costs.
    this.hostDisconnected();
    if (this.id && !found) {
      this.#observer!.observe(host.getRootNode(), {
        childList: true,
        subtree: true,
        attributeFilter: ['id'],
      });
    }
  }
}
