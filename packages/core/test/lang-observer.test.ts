// A `lang` change re-renders only the elements whose nearest `lang` it changed.
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineStrings, LocaleController } from '../src/index.js';

const counterStrings = defineStrings<{ word: string }>('test-lang-counter', {
  en: { word: 'Hello' },
  zh: { word: '你好' },
});

class TestLangCounter extends LitElement {
  static renders = 0;
  readonly i18n = new LocaleController(this, counterStrings);
  protected override render() {
    TestLangCounter.renders++;
    return this.i18n.strings().word;
  }
}
customElements.define('test-lang-counter', TestLangCounter);

const settle = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

describe('the lang observer', () => {
  let wrapper: HTMLElement;
  const elements = () => [...wrapper.querySelectorAll<TestLangCounter>('test-lang-counter')];

  beforeEach(async () => {
    wrapper = await fixture(
      html`<div>
        <p lang="fr">Une citation</p>
        <section id="half">
          ${Array.from({ length: 200 }, () => html`<test-lang-counter></test-lang-counter>`)}
        </section>
        <section>${Array.from({ length: 200 }, () => html`<test-lang-counter></test-lang-counter>`)}</section>
      </div>`,
    );
    await Promise.all(elements().map((el) => el.updateComplete));
    await settle();
    TestLangCounter.renders = 0;
  });

  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('updates none of 400 elements when an unrelated element’s lang changes', async () => {
    wrapper.querySelector('p')!.setAttribute('lang', 'de');
    await settle();
    wrapper.querySelector('p')!.removeAttribute('lang');
    await settle();
    expect(TestLangCounter.renders).to.equal(0);
  });

  it('updates only the elements under an ancestor whose lang changed', async () => {
    wrapper.querySelector('#half')!.setAttribute('lang', 'zh-CN');
    await settle();
    expect(TestLangCounter.renders).to.equal(200);
    expect(elements()[0].shadowRoot!.textContent).to.equal('你好');
    expect(elements()[399].shadowRoot!.textContent).to.equal('Hello');
  });

  it('updates every element when <html lang> changes their language', async () => {
    document.documentElement.setAttribute('lang', 'zh');
    await settle();
    expect(TestLangCounter.renders).to.equal(400);
    expect(elements()[399].shadowRoot!.textContent).to.equal('你好');
  });

  it('updates none when <html lang> changes to a value that leaves their language as it was', async () => {
    document.documentElement.setAttribute('lang', 'en');
    await settle();
    expect(TestLangCounter.renders).to.equal(0);
  });
});

describe('an element whose nearest lang changes without a lang attribute changing', () => {
  afterEach(() => document.documentElement.setAttribute('lang', 'en'));

  it('renders in the new language when it is moved under another lang', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <div lang="en"><test-lang-counter></test-lang-counter></div>
        <div lang="zh-CN"></div>
      </div>`,
    );
    const counter = wrapper.querySelector<TestLangCounter>('test-lang-counter')!;
    await counter.updateComplete;
    expect(counter.shadowRoot!.textContent).to.equal('Hello');
    wrapper.querySelector('[lang="zh-CN"]')!.append(counter);
    await settle();
    expect(counter.shadowRoot!.textContent).to.equal('你好');
    // Moved back, and into a container with no lang of its own (the page's English).
    wrapper.append(counter);
    await settle();
    expect(counter.shadowRoot!.textContent).to.equal('Hello');
  });

  it('follows the lang of a frame’s page from inside a shadow root made in that frame', async () => {
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="A page in a frame"></iframe>`);
    const page = frame.contentDocument!;
    page.documentElement.setAttribute('lang', 'en');
    const host = page.createElement('div');
    page.body.append(host);
    const counter = document.createElement('test-lang-counter') as TestLangCounter;
    host.attachShadow({ mode: 'open' }).append(counter);
    await counter.updateComplete;
    expect(counter.shadowRoot!.textContent).to.equal('Hello');
    page.documentElement.setAttribute('lang', 'zh');
    await settle();
    expect(counter.shadowRoot!.textContent).to.equal('你好');
  });

  it('follows a lang change inside another component’s shadow root, at any depth', async () => {
    const outer = await fixture<HTMLElement>(html`<div></div>`);
    const outerRoot = outer.attachShadow({ mode: 'open' });
    outerRoot.innerHTML = '<div id="middle"></div>';
    const innerRoot = outerRoot.querySelector('#middle')!.attachShadow({ mode: 'open' });
    innerRoot.innerHTML = '<section lang="en"><test-lang-counter></test-lang-counter></section>';
    const counter = innerRoot.querySelector<TestLangCounter>('test-lang-counter')!;
    await counter.updateComplete;
    expect(counter.shadowRoot!.textContent).to.equal('Hello');
    innerRoot.querySelector('section')!.setAttribute('lang', 'zh-CN');
    await settle();
    expect(counter.shadowRoot!.textContent).to.equal('你好');
    // A lang on the host in the outer shadow root, once the inner one no longer declares its own.
    innerRoot.querySelector('section')!.removeAttribute('lang');
    outerRoot.querySelector('#middle')!.setAttribute('lang', 'zh');
    await settle();
    expect(counter.shadowRoot!.textContent).to.equal('你好');
    outerRoot.querySelector('#middle')!.setAttribute('lang', 'en');
    await settle();
    expect(counter.shadowRoot!.textContent).to.equal('Hello');
  });
});
