// First: Lit's hydrate support must load before Lit itself.
import { hydrateServerRender } from '@civic-elements/tooling/testing/hydrate.js';
import { expect } from '@open-wc/testing';

describe('server rendering, then hydration', () => {
  it('keeps the server DOM and logs no Lit warning, also when it restores remembered settings', async () => {
    localStorage.setItem('civic-hydrate-reading', JSON.stringify({ lineSpacing: '2' }));
    try {
      const { keptServerDom, messages, containers } = await hydrateServerRender(
        'reading-tools',
        `<civic-reading-tools for="hydrated-body" storage-key="civic-hydrate-reading"></civic-reading-tools>
         <p id="hydrated-body">Notice</p>`,
      );
      expect(messages).to.deep.equal([]);
      expect(keptServerDom).to.equal(true);
      const tools = containers[0].querySelector('civic-reading-tools')!;
      expect(tools.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).to.equal('false');
      expect(containers[0].querySelector('p')!.getAttribute('data-civic-line-spacing')).to.equal('2');
    } finally {
      localStorage.removeItem('civic-hydrate-reading');
    }
  });
});
