// useFontSizeValue: a React app reads the restored text size, and later changes, as state.
import { expect, waitUntil } from '@open-wc/testing';
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { FontSizeToggle, useFontSizeValue } from '../src/index.js';
import type { FontSizeToggle as FontSizeToggleElement } from '@civic-elements/font-size-toggle';

const h = React.createElement;

function App() {
  const toggle = React.useRef<FontSizeToggleElement>(null);
  const size = useFontSizeValue(toggle);
  return h(
    'div',
    null,
    h(FontSizeToggle, { ref: toggle, htmlFor: 'body', levels: [1, 1.5, 2] }),
    h('p', { id: 'body' }, `Text at ${size ?? 'unknown'}`),
  );
}

describe('useFontSizeValue', () => {
  afterEach(() => localStorage.removeItem('civic-font-size'));

  it('gives the size restored from storage, then the size the reader chooses', async () => {
    localStorage.setItem('civic-font-size', '1.5');
    const container = document.createElement('div');
    document.body.append(container);
    const root = createRoot(container);
    root.render(h(App));
    const text = () => container.querySelector('#body')?.textContent;
    await waitUntil(() => text() === 'Text at 1.5', `restored size shown (got "${text()}")`, {
      timeout: 5000,
    });
    const toggle = container.querySelector<FontSizeToggleElement>('civic-font-size-toggle')!;
    const buttons = [...toggle.shadowRoot!.querySelectorAll('button')];
    buttons[buttons.length - 1].click();
    await waitUntil(() => text() === 'Text at 2', `chosen size shown (got "${text()}")`, { timeout: 5000 });
    expect(text()).to.equal('Text at 2');
    root.unmount();
    container.remove();
  });
});
