// The reading guide: a horizontal band (fixed, pointer-events: none) that follows the pointer
// and the keyboard focus, so a reader keeps their place in a line of text.

export class Guide {
  #enabled = false;
  readonly #band: () => HTMLElement | null;

  constructor(band: () => HTMLElement | null) {
    this.#band = band;
  }

  set enabled(on: boolean) {
    if (on && !this.#enabled) {
      const focused = document.activeElement;
      if (focused && focused !== document.body) this.#placeAt(focused);
      else this.#place(innerHeight * 0.4);
    }
    this.#enabled = on;
  }

  connect(): void {
    document.addEventListener('pointermove', this.#onPointer, { passive: true });
    document.addEventListener('focusin', this.#onFocus);
  }

  disconnect(): void {
    document.removeEventListener('pointermove', this.#onPointer);
    document.removeEventListener('focusin', this.#onFocus);
  }

  #place(y: number): void {
    const band = this.#band();
    if (band) band.style.translate = `0 ${Math.round(y - band.offsetHeight / 2)}px`;
  }

  #placeAt(element: Element): void {
    const box = element.getBoundingClientRect();
    this.#place(box.top + box.height / 2);
  }

  readonly #onPointer = (event: PointerEvent): void => {
    if (this.#enabled) this.#place(event.clientY);
  };

  readonly #onFocus = (event: FocusEvent): void => {
    const focused = event.composedPath()[0];
    if (this.#enabled && focused instanceof Element) this.#placeAt(focused);
  };
}
