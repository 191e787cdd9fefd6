// First: Lit's hydrate support must load before Lit itself.
import { hydrateServerRender } from '@civic-elements/tooling/testing/hydrate.js';
import { expect } from '@open-wc/testing';

describe('server rendering, then hydration', () => {
  it('keeps the server DOM and logs no Lit warning, also when it restores a remembered size', async () => {
    localStorage.setItem('civic-hydrate-test', '1.5');
    try {
      const { keptServerDom, messages, containers } = await hydrateServerRender(
        'font-size-toggle',
        `<civic-font-size-toggle for="hydrated-body" storage-key="civic-hydrate-test"></civic-font-size-toggle>
         <p id="hydrated-body" style="font-size: 20px">Notice</p>`,
      );
      expect(messages).to.deep.equal([]);
      expect(keptServerDom).to.equal(true);
      const toggle = containers[0].querySelector('civic-font-size-toggle')!;
      const pressed = [...toggle.shadowRoot!.querySelectorAll('button')].map((b) =>
        b.getAttribute('aria-pressed'),
      );
      expect(pressed).to.deep.equal(['false', 'false', 'true']);
      expect(parseFloat(getComputedStyle(containers[0].querySelector('p')!).fontSize)).to.be.closeTo(
        30,
        0.01,
      );
    } finally {
      localStorage.removeItem('civic-hydrate-test');
    }
  });
});
