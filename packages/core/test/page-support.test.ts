// The pieces that let server-rendered and HTML-first markup work where the newest features are
// missing: attaching inert declarative shadow roots, adopting page styles, deriving shadow styles.
import { expect } from '@open-wc/testing';
import { css } from 'lit';
import { adoptPageStyles, attachDeclarativeShadowRoots, shadowStylesFrom } from '../src/index.js';

describe('attachDeclarativeShadowRoots', () => {
  it('attaches inert <template shadowrootmode> roots, innermost first, as the parser would', () => {
    // innerHTML never attaches declarative roots: the templates stay inert, as in an old engine.
    const host = document.createElement('div');
    host.innerHTML = `<p-outer><template shadowrootmode="open"><p-inner><template shadowrootmode="closed" shadowrootdelegatesfocus><b>inner</b></template></p-inner><slot></slot></template><i>light</i></p-outer>`;
    document.body.append(host);
    try {
      const outer = host.querySelector('p-outer')!;
      expect(outer.shadowRoot).to.equal(null);
      expect(attachDeclarativeShadowRoots(host)).to.equal(2);
      expect(outer.shadowRoot!.querySelector('slot')).to.not.equal(null);
      expect(host.querySelector('template')).to.equal(null);
      const inner = outer.shadowRoot!.querySelector('p-inner')!;
      // Closed: not reachable from outside, but rendered.
      expect(inner.shadowRoot).to.equal(null);
      expect(inner.getBoundingClientRect().width).to.be.above(0);
    } finally {
      host.remove();
    }
  });

  it('leaves an element that already has a shadow root, and templates that are not shadow roots, alone', () => {
    const host = document.createElement('div');
    host.innerHTML = `<x-a><template shadowrootmode="open"><em>server</em></template></x-a><template><u>plain</u></template><x-b><template shadowrootmode="sideways"></template></x-b>`;
    const a = host.querySelector('x-a')!;
    a.attachShadow({ mode: 'open' }).textContent = 'client';
    expect(attachDeclarativeShadowRoots(host)).to.equal(0);
    expect(a.shadowRoot!.textContent).to.equal('client');
    expect(host.querySelectorAll('template')).to.have.length(3);
  });
});

describe('adoptPageStyles', () => {
  it('adds the styles to the element’s own root once, however many elements ask', () => {
    const styles = css`
      :where(x-adopt) {
        color: rgb(1, 2, 3);
      }
    `;
    const outer = document.createElement('div');
    const root = outer.attachShadow({ mode: 'open' });
    root.innerHTML = '<x-adopt></x-adopt><x-adopt></x-adopt>';
    document.body.append(outer);
    try {
      for (const element of root.querySelectorAll('x-adopt')) adoptPageStyles(element, styles);
      expect(root.adoptedStyleSheets.filter((sheet) => sheet === styles.styleSheet)).to.have.length(1);
      expect(document.adoptedStyleSheets).to.not.include(styles.styleSheet);
      expect(getComputedStyle(root.querySelector('x-adopt')!).color).to.equal('rgb(1, 2, 3)');
    } finally {
      outer.remove();
    }
  });
});

describe('shadowStylesFrom', () => {
  it('turns the element into :host and drops the scope before descendants, nothing else', () => {
    const page = css`
      :where(x-card) {
        display: block;
      }
      :where(x-card) [part='title'],
      :where(x-card) a:hover {
        color: red;
      }
      :where(x-cardigan) p {
        color: blue;
      }
    `;
    const shadow = shadowStylesFrom(page, 'x-card').cssText.replace(/\s+/g, ' ');
    expect(shadow).to.include(':host { display: block; }');
    expect(shadow).to.include("[part='title'], a:hover { color: red; }");
    expect(shadow).to.include(':where(x-cardigan) p');
  });
});
