import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { toText } from './text.js';

type Host = ReactiveControllerHost & HTMLElement;

// Same-page sync goes through the window, so elements from two copies of a package hear each other.
// The window of this script, not of the host's document: the memory below is this script's too.
const SYNC_EVENT = 'civic-stored-setting';

interface SyncDetail {
  key: string;
  value: unknown;
  from: Element;
}

// Storage can throw (blocked cookies, private modes, a full quota). What could not be stored
// lives here for the rest of the page's life, and wins over the older value storage still holds.
const memory = new Map<string, string>();

const parse = (text: string | null | undefined): unknown => {
  try {
    return text == null ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};

/**
 * The value stored under `key` as JSON (localStorage, or this page's memory when storage refused
 * it); undefined when nothing is stored, the key is empty or the text is not JSON. Never throws.
 */
export function readStoredSetting(key: string): unknown {
  try {
    return parse(memory.get(key) ?? (key ? localStorage.getItem(key) : null));
  } catch {
    return undefined;
  }
}

/** Stores `value` as JSON under `key` (nothing for an empty key); in memory when storage throws. */
export function writeStoredSetting(key: string, value: unknown): void {
  if (!key) return;
  const text = JSON.stringify(value);
  try {
    localStorage.setItem(key, text);
    memory.delete(key);
  } catch {
    memory.set(key, text);
  }
}

/** Options of {@link StoredSettingController}. */
export interface StoredSettingOptions<T> {
  /** The host's `storage-key`: null or undefined gives `defaultKey`; '' remembers nothing. */
  key: () => unknown;
  defaultKey: string;
  /** Any value (from storage, another tab, a script) as the setting; undefined means nothing stored. */
  clean: (value: unknown) => T;
  /** Another tab, or another element on this page with the same key, stored a new value. */
  changed: (value: T) => void;
}

/**
 * A setting remembered in localStorage under the host's storage key, kept in step with other tabs
 * (`storage` events) and with the elements on this page that share the key. Where storage throws,
 * the setting lives in memory for the page's life. Listens only while the host is connected, so
 * it is safe under server rendering.
 */
export class StoredSettingController<T> implements ReactiveController {
  readonly #host: Host;
  readonly #options: StoredSettingOptions<T>;

  constructor(host: Host, options: StoredSettingOptions<T>) {
    (this.#host = host).addController(this);
    this.#options = options;
  }

  /** The storage key in effect ('' when nothing is remembered). */
  get key(): string {
    const key = this.#options.key();
    return key == null ? this.#options.defaultKey : toText(key);
  }

  /** The stored setting, cleaned. */
  read(): T {
    return this.#options.clean(readStoredSetting(this.key));
  }

  /** Stores the setting and tells the other elements on this page that share the key. */
  write(value: T): void {
    const key = this.key;
    if (!key) return;
    writeStoredSetting(key, value);
    dispatchEvent(new CustomEvent<SyncDetail>(SYNC_EVENT, { detail: { key, value, from: this.#host } }));
  }

  hostConnected(): void {
    addEventListener('storage', this.#onStorage);
    addEventListener(SYNC_EVENT, this.#onSync);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.#onStorage);
    removeEventListener(SYNC_EVENT, this.#onSync);
  }

  // Anyone can dispatch this event name: take only a message for our key, and clean its value.
  #onSync = (event: Event): void => {
    const detail = (event as CustomEvent<Partial<SyncDetail> | null>).detail;
    if (this.key && detail?.key === this.key && detail.from !== this.#host) {
      this.#options.changed(this.#options.clean(detail.value));
    }
  };

  // Another tab changed, removed or cleared (key null) the setting: storage is the truth again.
  #onStorage = (event: StorageEvent): void => {
    const key = this.key;
    if (key && (event.key === null || event.key === key)) {
      memory.delete(key);
      this.#options.changed(this.#options.clean(event.key ? parse(event.newValue) : readStoredSetting(key)));
    }
  };
}
