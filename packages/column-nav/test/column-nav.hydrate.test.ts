// First: Lit's hydrate support must load before Lit itself.
import { hydrateServerRender } from '@civic-elements/tooling/testing/hydrate.js';
import { expect } from '@open-wc/testing';
import { columnNavLightStyles } from '../src/column-nav.light.styles.js';

// A server marks the current link itself (findCurrent from current-link.js), so nothing changes
// weight when the element upgrades.
const NAV = `<civic-column-nav current="/en/columns/news/2019/notice/">
  <ul>
    <li><a href="/en/">Home</a></li>
    <li><a href="/en/columns/news/" aria-current="true">News and announcements</a></li>
    <li><a href="/en/columns/special/">Special Column</a></li>
    <li><a href="/en/columns/policies/">Policy explained</a></li>
    <li><a href="/en/columns/services/">Online services</a></li>
  </ul>
</civic-column-nav>`;

describe('server rendering, then hydration', () => {
  it('keeps the server DOM, logs no Lit warning, and moves nothing at 320, 768 and 1280 px', async () => {
    // As a page does with column-nav.css: the list is styled before the element upgrades.
    document.adoptedStyleSheets = [columnNavLightStyles.styleSheet!];
    const { keptServerDom, layoutShift, messages, containers } = await hydrateServerRender(
      'column-nav',
      NAV,
      {
        widths: [320, 768, 1280],
      },
    );
    expect(messages).to.deep.equal([]);
    expect(keptServerDom).to.equal(true);
    if (layoutShift !== undefined) expect(layoutShift).to.equal(0);
    // The layout was the right one before any script: narrow at 320 px only.
    const summaries = containers.map((c) =>
      c.querySelector('civic-column-nav')!.shadowRoot!.querySelector('summary')!,
    );
    expect(summaries.map((s) => s.getClientRects().length > 0)).to.deep.equal([true, false, false]);
    expect(containers[0].querySelector('a[aria-current="true"]')!.textContent).to.equal(
      'News and announcements',
    );
  });
});
