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
