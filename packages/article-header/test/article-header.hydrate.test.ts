// First: Lit's hydrate support must load before Lit itself.
import { hydrateServerRender } from '@civic-elements/tooling/testing/hydrate.js';
import { expect } from '@open-wc/testing';

describe('server rendering, then hydration', () => {
  it('keeps the server DOM, logs no Lit warning and moves nothing at 320, 768 and 1280 px', async () => {
    const { keptServerDom, layoutShift, messages } = await hydrateServerRender(
      'article-header',
      `<civic-article-header lang="en" heading="Evening bus services extended on three routes" column="News"
         column-href="/en/columns/news/" source="Municipal Transport Bureau" published="2020-03-01T09:00:00+08:00"
         translator="Jing"></civic-article-header>`,
      { widths: [320, 768, 1280] },
    );
    expect(messages).to.deep.equal([]);
    expect(keptServerDom).to.equal(true);
    if (layoutShift !== undefined) expect(layoutShift).to.equal(0);
  });
});
