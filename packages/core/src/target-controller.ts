import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toText } from './text.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Options of {@link TargetController}. */
export interface TargetControllerOptions {
  /** The id to look up: the host's `for` (`htmlFor`), read again at every check. */
  id: () => unknown;
  /**
   * Called while the host is connected when the element found changes after it connected: `for`
   * changed, or the element with that id appeared (or went) later. `undefined` when none is found.
   */
  changed?: (target: HTMLElement | undefined) => void;
}

/**
 * Follows the element named by an element's `for` attribute, looked up by id in the element's own
 * root: its document, or the shadow root it sits in. Live: after any update of the host (a new
 * `for`), and while the id names nothing yet (the target is added later), it looks again and
 * reports a change. Touches nothing until the host connects, so it is safe under server rendering.
 */
export class TargetController implements ReactiveController {
  readonly #host: Host;
  readonly #options: TargetControllerOptions;
  #found?: HTMLElement;
  #observer?: MutationObserver;

  constructor(host: Host, options: TargetControllerOptions) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  /** The id asked for, as text ('' when there is none). */
  get id(): string {
    return toText(this.#options.id());
  }

  /** The element with that id in the host's root; undefined without an id or when none has it. */
  get value(): HTMLElement | undefined {
    const id = this.id;
    const root = this.#host.getRootNode?.() as Partial<Document | ShadowRoot> | undefined;
    return (id && (root?.getElementById?.(id) as HTMLElement | null)) || undefined;
  }

  hostConnected(): void {
    this.#found = this.value;
    this.#watch();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  hostUpdated(): void {
    this.#check();
  }

  #check = (): void => {
    // A late update after the host left the page must not touch what it left.
    if (!this.#host.isConnected) return;
    const found = this.value;
    if (found !== this.#found) this.#options.changed?.((this.#found = found));
    this.#watch();
  };

  // Only while the id names nothing: watching a whole page for ids costs, and is needed only then.
  #watch(): void {
    if (this.id && !this.#found) {
      this.#observer ??= new MutationObserver(this.#check);
      this.#observer.observe(this.#host.getRootNode(), {
        childList: true,
        subtree: true,
        attributeFilter: ['id'],
      });
    } else this.hostDisconnected();
  }
}
