// First: Lit's hydrate support must load before Lit itself.
import { hydrateServerRender } from '@civic-elements/tooling/testing/hydrate.js';
import { expect } from '@open-wc/testing';

describe('server rendering, then hydration', () => {
  it('keeps the server DOM, logs no Lit warning and moves nothing at 320, 768 and 1280 px', async () => {
    const { keptServerDom, layoutShift, messages } = await hydrateServerRender(
      'sponsor-footer',
      `<civic-sponsor-footer lang="en" sponsor="Riverside Municipal People's Government" operator="Municipal E-Government Office"
         icp="湘ICP备05002289号" police-filing="湘公网安备43040502000123号" contact-phone="0731-0000 1234"
         copyright="© Riverside Municipal People's Government"></civic-sponsor-footer>`,
      { widths: [320, 768, 1280] },
    );
    expect(messages).to.deep.equal([]);
    expect(keptServerDom).to.equal(true);
    if (layoutShift !== undefined) expect(layoutShift).to.equal(0);
  });
});
