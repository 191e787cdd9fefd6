// What each element package uses from core to own its strings and read the design tokens.
import { expect, fixture, html } from '@open-wc/testing';
import { css, LitElement } from 'lit';
import {
  defineStrings,
  formatString,
  intlLocaleFor,
  LocaleController,
  pageStyles,
  registerStrings,
  stringsFor,
  tokens,
  TOKENS,
} from '../src/index.js';

interface NoticeStrings {
  title: string;
  results: string;
}

// A page registers French before the element's package defines its built-in strings: it must win.
registerStrings('fr', { 'test-notice': { title: 'Avis' } });
const noticeStrings = defineStrings<NoticeStrings>('test-notice', {
  en: { title: 'Notice', results: '{count} results' },
  zh: { title: '通知' },
  fr: { title: 'Annonce (built in)', results: '{count} résultats' },
});

class TestNotice extends LitElement {
  static override get styles() {
    return [
      tokens,
      css`
        :host {
          color: var(--test-notice-color, var(--_civic-color-brand));
          padding: var(--_civic-space-2);
        }
      `,
    ];
  }
  readonly i18n = new LocaleController(this, noticeStrings);
  protected override render() {
    return this.i18n.strings().title;
  }
}
customElements.define('test-notice', TestNotice);

describe('defineStrings', () => {
  it('gives an element its own built-in strings per language, with English behind every other', async () => {
    const wrapper = await fixture(
      html`<div><test-notice lang="zh-CN"></test-notice><test-notice lang="de"></test-notice></div>`,
    );
    const [zh, de] = wrapper.querySelectorAll('test-notice');
    expect(zh.shadowRoot!.textContent).to.equal('通知');
    expect(de.shadowRoot!.textContent).to.equal('Notice');
  });

  it('lets a page’s own strings win, even when they were registered first', () => {
    expect(stringsFor(noticeStrings, 'fr').title).to.equal('Avis');
    expect(stringsFor(noticeStrings, 'fr').results).to.equal('{count} résultats');
  });

  it('looks strings and the format locale up without an element, as a server does', () => {
    expect(stringsFor(noticeStrings, 'zh-SG', { title: 'Override' })).to.deep.equal({
      title: 'Override',
      results: '{count} results',
    });
    expect(intlLocaleFor(noticeStrings, 'zh')).to.equal('zh-CN');
    expect(intlLocaleFor(noticeStrings, 'sv-SE')).to.equal('en-GB');
  });
});

describe('formatString', () => {
  it('replaces {name} placeholders and leaves unknown ones as written', () => {
    expect(formatString('{group} {value}', { group: 'Line spacing', value: 2 })).to.equal('Line spacing 2');
    expect(formatString('{group} {missing}', { group: 'Colours' })).to.equal('Colours {missing}');
  });

  it('calls a function-valued string, so wording can follow Intl.PluralRules', () => {
    const plural = new Intl.PluralRules('en');
    registerStrings('en-GB', {
      'test-notice': {
        results: ({ count }) =>
          plural.select(Number(count)) === 'one' ? `${count} result` : `${count} results`,
      },
    });
    const { results } = stringsFor(noticeStrings, 'en-GB');
    expect(formatString(results, { count: 1 })).to.equal('1 result');
    expect(formatString(results, { count: 3 })).to.equal('3 results');
  });
});

describe('tokens', () => {
  it('resolves each token’s default on the element, and a page’s token on an ancestor wins', async () => {
    const wrapper = await fixture(
      html`<div>
        <test-notice></test-notice>
        <div style="--civic-color-brand: rgb(1, 2, 3); --civic-space-2: 7px"><test-notice></test-notice></div>
      </div>`,
    );
    const [plain, themed] = wrapper.querySelectorAll('test-notice');
    expect(getComputedStyle(plain).color).to.equal('rgb(29, 63, 110)');
    expect(TOKENS['color-brand']).to.equal('#1d3f6e');
    expect(getComputedStyle(themed).color).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(themed).paddingTop).to.equal('7px');
  });

  it('resolves them on an element in the page for its light-DOM content, through pageStyles', async () => {
    const styles = pageStyles(
      'test-card',
      css`
        :where(test-card) p {
          color: var(--_civic-color-accent);
        }
      `,
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, styles.styleSheet!];
    const wrapper = await fixture(html`<test-card><p>Text</p></test-card>`);
    expect(getComputedStyle(wrapper.querySelector('p')!).color).to.equal('rgb(158, 27, 27)');
  });
});
