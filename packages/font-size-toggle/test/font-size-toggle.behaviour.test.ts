// The toggle's behaviour on the server's markup without the element (a page that keeps the
// declarative shadow root and loads no Lit): enhanceFontSizeToggle. This file never defines
// <civic-font-size-toggle>, except under another name in the last describe block.
import { serverRender } from '@civic-elements/tooling/testing/browser.js';
import { expect, nextFrame } from '@open-wc/testing';
import { enhanceFontSizeToggle } from '../src/font-size-toggle.behaviour.js';

const MODULE = 'packages/font-size-toggle/dist/development/index.js';
let keys = 0;
const freshKey = () => `civic-behaviour-test-${Date.now()}-${keys++}`;
const px = (element: Element) => parseFloat(getComputedStyle(element).fontSize);

const containers: HTMLElement[] = [];
/** The server's HTML for `markup`, in the page, its declarative shadow roots attached. */
async function serverMarkup(markup: string, tag = 'civic-font-size-toggle'): Promise<HTMLElement> {
  const html = (await serverRender(MODULE, markup)).replaceAll('civic-font-size-toggle', tag);
  const container = document.createElement('div');
  container.setHTMLUnsafe(html);
  document.body.append(container);
  containers.push(container);
  return container;
}
const pressed = (host: Element) =>
  [...host.shadowRoot!.querySelectorAll('button')].map((button) => button.getAttribute('aria-pressed'));
const button = (host: Element, index: number) => host.shadowRoot!.querySelectorAll('button')[index];

const stops: (() => void)[] = [];
const enhance = (host: HTMLElement) => {
  const stop = enhanceFontSizeToggle(host);
  stops.push(stop);
  return stop;
};

afterEach(() => {
  for (const stop of stops.splice(0)) stop();
  for (const container of containers.splice(0)) container.remove();
  document.documentElement.removeAttribute('style');
});

describe('enhanceFontSizeToggle (no element defined)', () => {
  it('shows the server’s buttons, which were hidden while they could not work, and defines nothing', async () => {
    const container = await serverMarkup(
      `<civic-font-size-toggle storage-key="${freshKey()}"></civic-font-size-toggle>`,
    );
    const host = container.querySelector<HTMLElement>('civic-font-size-toggle')!;
    expect(getComputedStyle(host).visibility).to.equal('hidden');
    enhance(host);
    expect(customElements.get('civic-font-size-toggle')).to.equal(undefined);
    expect(host.hasAttribute('data-enhanced')).to.equal(true);
    expect(getComputedStyle(host).visibility).to.equal('visible');
    expect(pressed(host)).to.deep.equal(['true', 'false', 'false']);
    expect(host.shadowRoot!.querySelector('[role="group"]')!.textContent).to.match(/Text size/);
  });

  it('a press scales the page, presses its button only, remembers the size and fires one event', async () => {
    const key = freshKey();
    const container = await serverMarkup(
      `<civic-font-size-toggle storage-key="${key}"></civic-font-size-toggle>`,
    );
    const host = container.querySelector<HTMLElement>('civic-font-size-toggle')!;
    const before = px(document.documentElement);
    enhance(host);
    const events: CustomEvent[] = [];
    // As from the element: the event comes before the size is stored for other toggles.
    const storedWhenAnnounced: (string | null)[] = [];
    const listen = (event: CustomEvent) => {
      events.push(event);
      storedWhenAnnounced.push(localStorage.getItem(key));
    };
    document.addEventListener('civic-font-size-change', listen);
    button(host, 2).click();
    expect(pressed(host)).to.deep.equal(['false', 'false', 'true']);
    expect(host.getAttribute('value')).to.equal('1.5');
    expect(px(document.documentElement)).to.be.closeTo(before * 1.5, 0.01);
    expect(localStorage.getItem(key)).to.equal('1.5');
    expect(storedWhenAnnounced).to.deep.equal([null]);
    expect(events.map((event) => [event.detail.value, event.bubbles, event.composed])).to.deep.equal([
      [1.5, true, true],
    ]);
    // The pressed level again: nothing changes, nothing is announced.
    button(host, 2).click();
    expect(events.length).to.equal(1);
    button(host, 0).click();
    expect(px(document.documentElement)).to.be.closeTo(before, 0.01);
    expect(document.documentElement.hasAttribute('style')).to.equal(false);
    document.removeEventListener('civic-font-size-change', listen);
    localStorage.removeItem(key);
  });

  it('restores a remembered size, and follows one chosen in another tab, cleaned', async () => {
    const key = freshKey();
    localStorage.setItem(key, '1.25');
    const container = await serverMarkup(
      `<civic-font-size-toggle for="body-text" storage-key="${key}"></civic-font-size-toggle>
       <p id="body-text" style="font-size: 20px">Notice</p>`,
    );
    const host = container.querySelector<HTMLElement>('civic-font-size-toggle')!;
    const text = container.querySelector('p')!;
    enhance(host);
    expect(pressed(host)).to.deep.equal(['false', 'true', 'false']);
    expect(px(text)).to.be.closeTo(25, 0.01);
    // The page itself is left alone: `for` names the text.
    expect(document.documentElement.hasAttribute('style')).to.equal(false);

    dispatchEvent(new StorageEvent('storage', { key, newValue: '1.5' }));
    expect(pressed(host)).to.deep.equal(['false', 'false', 'true']);
    expect(px(text)).to.be.closeTo(30, 0.01);
    // Anyone can send a storage event: a size out of range is clamped, not a level presses nothing.
    dispatchEvent(new StorageEvent('storage', { key, newValue: '99' }));
    expect(pressed(host)).to.deep.equal(['false', 'false', 'false']);
    expect(host.getAttribute('value')).to.equal('3');
    expect(px(text)).to.be.closeTo(60, 0.01);
    dispatchEvent(new StorageEvent('storage', { key, newValue: '"<b>large</b>"' }));
    expect(host.getAttribute('value')).to.equal('1');
    expect(pressed(host)).to.deep.equal(['true', 'false', 'false']);
    expect(px(text)).to.be.closeTo(20, 0.01);
    localStorage.removeItem(key);
  });

  it('scales a `for` element that appears later', async () => {
    const container = await serverMarkup(
      `<civic-font-size-toggle for="late-text" storage-key="${freshKey()}"></civic-font-size-toggle>`,
    );
    const host = container.querySelector<HTMLElement>('civic-font-size-toggle')!;
    enhance(host);
    button(host, 1).click();
    container.insertAdjacentHTML('beforeend', '<p id="late-text" style="font-size: 16px">Late</p>');
    await nextFrame();
    expect(px(container.querySelector('#late-text')!)).to.be.closeTo(20, 0.01);
  });

  it('reads the server’s levels, and leaves markup that does not match them hidden and untouched', async () => {
    const container = await serverMarkup(
      `<civic-font-size-toggle levels="1,1.25,1.5,1.75,2" storage-key="${freshKey()}"></civic-font-size-toggle>`,
    );
    const host = container.querySelector<HTMLElement>('civic-font-size-toggle')!;
    enhance(host);
    button(host, 4).click();
    expect(host.getAttribute('value')).to.equal('2');
    expect(pressed(host)).to.deep.equal(['false', 'false', 'false', 'false', 'true']);

    // In Chinese, with a level between whole percentages.
    const chinese = await serverMarkup(
      `<civic-font-size-toggle lang="zh" levels="1,1.125,1.5" storage-key="${freshKey()}"></civic-font-size-toggle>`,
    );
    const zhHost = chinese.querySelector<HTMLElement>('civic-font-size-toggle')!;
    enhance(zhHost);
    expect(zhHost.shadowRoot!.textContent).to.include('112.5%');
    button(zhHost, 1).click();
    expect(zhHost.getAttribute('value')).to.equal('1.125');
    expect(pressed(zhHost)).to.deep.equal(['false', 'true', 'false']);
    button(zhHost, 0).click();

    // The attribute changed after the server rendered: the buttons no longer say what they do.
    const other = await serverMarkup(
      `<civic-font-size-toggle storage-key="${freshKey()}"></civic-font-size-toggle>`,
    );
    const mismatched = other.querySelector<HTMLElement>('civic-font-size-toggle')!;
    mismatched.setAttribute('levels', '1,2');
    expect(() => enhance(mismatched)).not.to.throw();
    expect(mismatched.hasAttribute('data-enhanced')).to.equal(false);
    expect(getComputedStyle(mismatched).visibility).to.equal('hidden');
    // Levels given to the server as a property: the host has no attribute, and its buttons say
    // sizes other than the default levels. Wired to those, "A 150%" would give 125%.
    const byProperty = await serverMarkup(
      `<civic-font-size-toggle levels="1,1.5,2" storage-key="${freshKey()}"></civic-font-size-toggle>`,
    );
    const propertyHost = byProperty.querySelector<HTMLElement>('civic-font-size-toggle')!;
    propertyHost.removeAttribute('levels');
    enhance(propertyHost);
    expect(propertyHost.hasAttribute('data-enhanced')).to.equal(false);
    button(propertyHost, 1).click();
    expect(document.documentElement.hasAttribute('style')).to.equal(false);
    // No shadow root at all (a browser without declarative shadow DOM and no polyfill run).
    const bare = document.createElement('civic-font-size-toggle');
    document.body.append(bare);
    expect(() => enhance(bare)).not.to.throw();
    expect(bare.hasAttribute('data-enhanced')).to.equal(false);
    bare.remove();
  });

  it('stops when asked: the buttons do nothing and the toggle is hidden again', async () => {
    const key = freshKey();
    const container = await serverMarkup(
      `<civic-font-size-toggle storage-key="${key}"></civic-font-size-toggle>`,
    );
    const host = container.querySelector<HTMLElement>('civic-font-size-toggle')!;
    enhance(host)();
    button(host, 1).click();
    expect(localStorage.getItem(key)).to.equal(null);
    expect(pressed(host)).to.deep.equal(['true', 'false', 'false']);
    expect(getComputedStyle(host).visibility).to.equal('hidden');
  });
});

describe('enhanceFontSizeToggle, then the element defined', () => {
  it('hands over to the element: its own buttons no longer act', async () => {
    // Another name, so this file's other tests never see the element defined.
    const tag = 'civic-font-size-toggle-handed-over';
    const key = freshKey();
    const container = await serverMarkup(
      `<civic-font-size-toggle storage-key="${key}"></civic-font-size-toggle>`,
      tag,
    );
    const host = container.querySelector<HTMLElement>(tag)!;
    const old = button(host, 1);
    enhance(host);
    customElements.define(tag, class extends HTMLElement {});
    await customElements.whenDefined(tag);
    await Promise.resolve();
    expect(host.hasAttribute('data-enhanced')).to.equal(false);
    old.click();
    expect(localStorage.getItem(key)).to.equal(null);
    dispatchEvent(new StorageEvent('storage', { key, newValue: '1.5' }));
    expect(pressed(host)).to.deep.equal(['true', 'false', 'false']);
  });
});
