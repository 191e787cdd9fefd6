import type { ReactiveController, ReactiveControllerHost } from 'lit';

// Storage can throw (blocked cookies, private modes, a full quota). What could not be stored
// lives here for the rest of the page's life, and wins over the older value storage still holds.
const memory = new Map<string, string>();

// Text from storage as a value; undefined when it is not JSON (null and undefined among them).
const parse = (text: unknown): unknown => {
  try {
    return JSON.parse(text as string);
  } catch {
    return undefined;
  }
};

/**
 * The value stored under `key` as JSON (localStorage, or this page's memory when storage refused
 * it); undefined when nothing is stored, the key is empty or the text is not JSON. Never throws.
 */
export function readStoredSetting(key: string): unknown {
  let text;
  try {
    text = memory.get(key) ?? (key && localStorage.getItem(key));
  } catch {
    // Nothing to read: storage is blocked and nothing was kept in memory.
  }
  return parse(text);
}

/** An element with a `storage-key` attribute, as the `storageKey` property. */
export type StoredSettingHost = ReactiveControllerHost & { storageKey: unknown };

/**
 * A setting remembered in localStorage under the host's storage key, kept in step with other tabs
 * and with the elements on this page that share the key. Where storage throws, the setting lives
 * in memory for the page's life. Listens only while the host is connected, so it is safe under
 * server rendering.
 */
export class StoredSettingController<T> implements ReactiveController {
  readonly #host: StoredSettingHost;
  readonly #defaultKey: string;
  readonly #clean: (value: unknown) => T;
  readonly #changed: (value: T) => void;

  /**
   * @param defaultKey the key when the host's `storageKey` is null or undefined ('' there
   * remembers nothing).
   * @param clean turns any value (from storage, another tab, a script) into the setting; it gets
   * undefined when nothing is stored.
   * @param changed called when another tab, or another element on this page with the same key,
   * stored a new value.
   */
  constructor(
    host: StoredSettingHost,
    defaultKey: string,
    clean: (value: unknown) => T,
    changed: (value: T) => void,
  ) {
    (this.#host = host).addController(this);
    this.#defaultKey = defaultKey;
    this.#clean = clean;
    this.#changed = changed;
  }

  /** The storage key in effect ('' when nothing is remembered). */
  get key(): string {
    // Not through toText: pre-paint scripts import this module, and must not pull in another.
    const key = this.#host.storageKey ?? this.#defaultKey;
    return typeof key === 'string' ? key : '';
  }

  /** The stored setting, cleaned. */
  read(): T {
    return this.#clean(readStoredSetting(this.key));
  }

  /**
   * Stores the setting and tells the elements on this page that share the key, with the `storage`
   * event other tabs get: one path for both, heard by every copy of every package.
   */
  write(value: T): void {
    const key = this.key;
    if (!key) return;
    const newValue = JSON.stringify(value);
    try {
      localStorage.setItem(key, newValue);
      memory.delete(key);
    } catch {
      memory.set(key, newValue);
    }
    dispatchEvent(new StorageEvent('storage', { key, newValue }));
  }

  hostConnected(): void {
    addEventListener('storage', this.#onStorage);
  }

  hostDisconnected(): void {
    removeEventListener('storage', this.#onStorage);
  }

  // A tab, or an element here, changed, removed or cleared (key null) the setting. Anyone can
  // dispatch a storage event: its value is cleaned like anything read from storage.
  #onStorage = ({ key, newValue }: StorageEvent): void => {
    const mine = this.key;
    if (mine && (key === null || key === mine)) {
      this.#changed(this.#clean(key ? parse(newValue) : readStoredSetting(mine)));
    }
  };
}
