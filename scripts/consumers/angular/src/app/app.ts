import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { FontSizeChangeDetail } from '@civic-elements/all';

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  templateUrl: './app.html',
})
export class App {
  readonly size = signal(1);

  onFontSizeChange(event: Event) {
    this.size.set((event as CustomEvent<FontSizeChangeDetail>).detail.value);
  }
}
