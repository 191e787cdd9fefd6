// The nav's behaviour on a server-rendered nav that is never defined as an element (a page that
// keeps the declarative shadow root and loads no Lit): enhanceColumnNav.
import { expect, fixture, html, nextFrame } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { enhanceColumnNav } from '../src/column-nav.behaviour.js';

/** A nav as the server writes it: the shadow root's disclosure, the light-DOM list. */
async function serverNav(width: number, current = '/en/columns/news/') {
  const host = await fixture<HTMLElement>(html`
    <civic-column-nav style="display: block; width: ${width}px" current=${current}>
      <ul>
        <li><a href="/en/">Home</a></li>
        <li><a href="/en/columns/news/">News</a></li>
        <li><a href="/en/columns/special/">Special Column</a></li>
      </ul>
    </civic-column-nav>
  `);
  host.attachShadow({ mode: 'open' }).innerHTML =
    '<nav aria-label="Columns"><details><summary>Columns</summary></details><div><slot></slot></div></nav>';
  return host;
}

const settle = async () => {
  await nextFrame();
  await nextFrame();
};
const marked = (host: HTMLElement) =>
  [...host.querySelectorAll('a[aria-current]')].map((a) => [a.textContent, a.getAttribute('aria-current')]);

describe('enhanceColumnNav (no element defined)', () => {
  it('leaves the element undefined', async () => {
    const host = await serverNav(900);
    enhanceColumnNav(host);
    expect(customElements.get('civic-column-nav')).to.equal(undefined);
  });

  it('leaves the links as the server sent them while defer-hydration is set, and marks them once it goes', async () => {
    const host = await serverNav(900, '/en/columns/special/2026/budget/');
    host.setAttribute('defer-hydration', '');
    const stop = enhanceColumnNav(host);
    await settle();
    expect(marked(host)).to.deep.equal([]);
    host.removeAttribute('defer-hydration');
    await settle();
    expect(marked(host)).to.deep.equal([['Special Column', 'true']]);
    stop();
  });

  it('marks the current link from the current attribute, and follows links added later', async () => {
    const host = await serverNav(900, '/en/columns/special/2026/budget/');
    const stop = enhanceColumnNav(host);
    expect(marked(host)).to.deep.equal([['Special Column', 'true']]);
    host
      .querySelector('ul')!
      .insertAdjacentHTML('beforeend', '<li><a href="/en/columns/special/2026/budget/">Budget</a></li>');
    await settle();
    expect(marked(host)).to.deep.equal([['Budget', 'page']]);
    stop();
    host.querySelector('a[aria-current]')!.setAttribute('href', '/en/elsewhere/');
    await settle();
    expect(marked(host)).to.deep.equal([['Budget', 'page']]);
  });

  it('reflects narrow, closes with Escape returning focus to the toggle, and closes when wide again', async () => {
    const host = await serverNav(240);
    enhanceColumnNav(host);
    await settle();
    expect(host.hasAttribute('narrow')).to.equal(true);
    const details = host.shadowRoot!.querySelector('details')!;
    const summary = host.shadowRoot!.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(false);
    expect(host.shadowRoot!.activeElement).to.equal(summary);
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    host.style.width = '900px';
    await settle();
    await settle();
    expect(host.hasAttribute('narrow')).to.equal(false);
    expect(details.open).to.equal(false);
  });

  it('does nothing on Escape in the wide layout', async () => {
    const host = await serverNav(900);
    enhanceColumnNav(host);
    await settle();
    const details = host.shadowRoot!.querySelector('details')!;
    details.open = true;
    host.querySelector('a')!.focus();
    await sendKeys({ press: 'Escape' });
    expect(details.open).to.equal(true);
  });
});
