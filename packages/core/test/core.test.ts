import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, render } from 'lit';
import { collectingWarnings } from '@civic-elements/tooling/testing/browser.js';
import {
  LocaleController,
  markChinese,
  registerBuiltInStrings,
  registerStrings,
  safeHref,
} from '../src/index.js';

// A stand-in element with its own strings, so these tests depend on no component package.
class TestGreeting extends LitElement {
  static override properties = { strings: {} };
  strings: unknown = null;
  readonly i18n = new LocaleController<{ hello: string; bye: string; sep: string; tail: string }>(
    this,
    'test-greeting',
  );
  protected override render() {
    const text = this.i18n.strings(this.strings);
    return `${text.hello}${text.sep}${text.bye}${text.sep}${text.tail}`;
  }
}
customElements.define('test-greeting', TestGreeting);
registerStrings('en', { 'test-greeting': { hello: 'Hello', bye: 'Goodbye', sep: ' ', tail: 'end' } });

async function greeting(lang: string, strings?: unknown) {
  const wrapper = await fixture<HTMLDivElement>(
    html`<div lang=${lang}><test-greeting></test-greeting></div>`,
  );
  const el = wrapper.querySelector<TestGreeting>('test-greeting')!;
  if (strings !== undefined) el.strings = strings;
  await el.updateComplete;
  return el;
}

const shown = (el: TestGreeting) => el.shadowRoot!.textContent!.trim();

describe('registerStrings', () => {
  it('gives elements under that lang the registered strings, falling back to English name by name', async () => {
    registerStrings('fr', { 'test-greeting': { hello: 'Bonjour' } });
    expect(shown(await greeting('fr-CA'))).to.equal('Bonjour Goodbye end');
  });

  it('re-renders elements already on the page at once', async () => {
    const el = await greeting('de');
    expect(shown(el)).to.equal('Hello Goodbye end');
    registerStrings('de', { 'test-greeting': { hello: 'Hallo', bye: 'Tschüss' } });
    await el.updateComplete;
    expect(shown(el)).to.equal('Hallo Tschüss end');
  });

  it('falls back exact tag → language + script → language → English', async () => {
    registerStrings('zh', { 'test-greeting': { hello: '你好', bye: '再见', tail: '完' } });
    registerStrings('zh-Hant', { 'test-greeting': { bye: '再見', tail: '完結' } });
    registerStrings('zh-TW', { 'test-greeting': { tail: '結束' } });
    expect(shown(await greeting('zh-TW'))).to.equal('你好 再見 結束');
    expect(shown(await greeting('zh-HK'))).to.equal('你好 再見 完結');
    expect(shown(await greeting('zh-Hant'))).to.equal('你好 再見 完結');
    expect(shown(await greeting('zh-CN'))).to.equal('你好 再见 完');
  });

  it('ignores malformed locales, tables and values without throwing', async () => {
    expect(() => {
      registerStrings('', { 'test-greeting': { hello: 'Empty' } });
      registerStrings('not a tag!', { 'test-greeting': { hello: 'Bad' } });
      registerStrings('es', null as never);
      registerStrings('es', { 'test-greeting': null } as never);
      registerStrings('es', { 'test-greeting': { hello: 42, bye: '   ', tail: {} } } as never);
    }).not.to.throw();
    expect(shown(await greeting('es'))).to.equal('Hello Goodbye end');
    expect(shown(await greeting(''))).to.equal('Hello Goodbye end');
  });

  it('accepts a blank string only where English is blank too (a separator)', async () => {
    registerStrings('it', { 'test-greeting': { sep: ' · ', hello: ' ' } });
    expect(shown(await greeting('it'))).to.equal('Hello · Goodbye · end');
  });
});

describe('registerBuiltInStrings', () => {
  it('fills only names nobody registered, so a page registering first still wins, and re-renders', async () => {
    const el = await greeting('sv');
    registerStrings('sv', { 'test-greeting': { hello: 'Salve' } });
    registerBuiltInStrings('sv', {
      'test-greeting': { hello: 'Ciao', bye: 'Arrivederci', sep: 42 as unknown as string },
    });
    await el.updateComplete;
    expect(shown(el)).to.equal('Salve Arrivederci end');
    registerStrings('sv', { 'test-greeting': { bye: 'A presto' } });
    await el.updateComplete;
    expect(shown(el)).to.equal('Salve A presto end');
  });
});

describe('LocaleController', () => {
  it('takes per-instance strings by name on top of the locale', async () => {
    const el = await greeting('en', { hello: 'Hi', unknown: 'x', bye: 7 });
    expect(shown(el)).to.equal('Hi Goodbye end');
  });

  it('takes per-instance strings as JSON text too, as frameworks set the property from a template', async () => {
    const el = await greeting('en', '{"hello": "Hi there"}');
    expect(shown(el)).to.equal('Hi there Goodbye end');
  });

  it('ignores instance strings that are not an object, and warns in development', async () => {
    await collectingWarnings(async (warnings) => {
      const el = await greeting('en', '{not json');
      expect(shown(el)).to.equal('Hello Goodbye end');
      expect(String(warnings[0]?.[0])).to.contain('<test-greeting> strings');
    });
  });

  it('follows the nearest lang across shadow roots and re-renders when it changes', async () => {
    const host = await fixture<HTMLDivElement>(html`<div lang="fr"></div>`);
    const inner = host.attachShadow({ mode: 'open' });
    inner.innerHTML = '<test-greeting></test-greeting>';
    const el = inner.querySelector<TestGreeting>('test-greeting')!;
    await el.updateComplete;
    expect(shown(el)).to.equal('Bonjour Goodbye end');
    host.lang = 'en';
    await new Promise((resolve) => setTimeout(resolve));
    await el.updateComplete;
    expect(shown(el)).to.equal('Hello Goodbye end');
  });

  it('formats in the page locale where strings exist, else in British English', async () => {
    const cases: [string, string][] = [
      ['', 'en-GB'],
      ['en', 'en-GB'],
      ['en-US', 'en-US'],
      ['zh', 'zh-CN'],
      ['zh-TW', 'zh-TW'],
      ['fr-CA', 'fr-CA'],
      ['pt-BR', 'en-GB'],
      ['x y z', 'en-GB'],
    ];
    for (const [lang, expected] of cases) {
      expect((await greeting(lang)).i18n.intlLocale, lang).to.equal(expected);
    }
  });

  it('runs one document-wide lang observer however many elements connect', async () => {
    const observe = MutationObserver.prototype.observe;
    const observers = new Set<MutationObserver>();
    const targets = new Set<Node>();
    MutationObserver.prototype.observe = function (target, options) {
      if (options?.attributeFilter?.includes('lang')) {
        observers.add(this);
        targets.add(target);
      }
      return observe.call(this, target, options);
    };
    try {
      // Each element names the roots it is in (observing one again only replaces its options).
      const wrapper = await fixture(
        html`<div>${[1, 2, 3, 4, 5].map(() => html`<test-greeting></test-greeting>`)}</div>`,
      );
      expect(wrapper.querySelectorAll('test-greeting')).to.have.length(5);
      expect(observers.size).to.equal(1);
      expect([...targets]).to.deep.equal([document]);
    } finally {
      MutationObserver.prototype.observe = observe;
    }
  });
});

describe('safeHref', () => {
  it('keeps http(s), relative and allowed schemes, refuses script and data URLs', () => {
    expect(safeHref('https://example.org/a')).to.equal('https://example.org/a');
    expect(safeHref('/columns/')).to.equal('/columns/');
    expect(safeHref('java\nscript:alert(1)')).to.equal(undefined);
    expect(safeHref(' JAVASCRIPT:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,x')).to.equal(undefined);
    expect(safeHref('mailto:a@b.c')).to.equal(undefined);
    expect(safeHref('mailto:a@b.c', ['mailto:'])).to.equal('mailto:a@b.c');
    expect(safeHref(42 as never)).to.equal(undefined);
  });
});

describe('markChinese', () => {
  const markup = (value: ReturnType<typeof markChinese>) => {
    const host = document.createElement('div');
    render(value, host);
    return host.innerHTML.replace(/<!--[^]*?-->/g, '');
  };
  it('wraps Chinese text in lang="zh" on a page in another language, as text', () => {
    expect(markup(markChinese('河滨市 <b>x</b>', 'en'))).to.equal(
      '<span lang="zh">河滨市 &lt;b&gt;x&lt;/b&gt;</span>',
    );
    expect(markup(markChinese('湘ICP备05002289号', 'fr-CA'))).to.equal(
      '<span lang="zh">湘ICP备05002289号</span>',
    );
    expect(markup(markChinese('繁體', ''))).to.equal('<span lang="zh">繁體</span>');
  });
  it('leaves text alone on a Chinese page, and text with no Han character anywhere', () => {
    for (const lang of ['zh', 'zh-CN', 'ZH-hant', 'zh-Hant-TW'])
      expect(markChinese('河滨市', lang)).to.equal('河滨市');
    expect(markChinese('Riverside 12345', 'en')).to.equal('Riverside 12345');
    expect(markChinese('', 'en')).to.equal('');
  });
});
