// The HTML-first form: a CMS or server writes the header's content as light-DOM markup (what
// articleHeaderHtml() renders), which reads with no script and no shadow DOM; the element only
// arranges it and places its actions.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import {
  browserAccessibilityTree,
  collectingWarnings,
  roleAndName,
} from '@civic-elements/tooling/testing/browser.js';
import { brokenWords } from '@civic-elements/tooling/testing/layout.js';
import { articleHeaderHtml, articleHeaderLightStyles, type ArticleHeaderFields } from '../src/index.js';
import type { ArticleHeader } from '../src/article-header.js';

const FIELDS: ArticleHeaderFields = {
  heading: 'Riverside holds the 27th session of the Standing Committee',
  column: 'Special Column',
  columnHref: '/en/columns/special/',
  source: 'Municipal E-Government Office',
  published: '2019-12-29T20:30:07+08:00',
  translator: 'Jing Wen',
};

async function htmlFirst(fields: ArticleHeaderFields, lang = 'en') {
  const wrapper = await fixture(
    html`<div lang=${lang} style="inline-size: 40em">
      <civic-article-header>
        ${articleHeaderHtml(fields, { lang })}
        <button slot="actions" type="button">Print</button>
      </civic-article-header>
    </div>`,
  );
  const el = wrapper.querySelector('civic-article-header')!;
  await el.updateComplete;
  return el;
}

async function attributeForm(fields: ArticleHeaderFields, lang = 'en') {
  const wrapper = await fixture(
    html`<div lang=${lang} style="inline-size: 40em">
      <civic-article-header
        heading=${fields.heading as string}
        column=${fields.column as string}
        column-href=${fields.columnHref as string}
        source=${fields.source as string}
        published=${fields.published as string}
        translator=${fields.translator as string}
      >
        <button slot="actions" type="button">Print</button>
      </civic-article-header>
    </div>`,
  );
  const el = wrapper.querySelector('civic-article-header')!;
  await el.updateComplete;
  return el;
}

const words = (element: Element | ShadowRoot | null) =>
  (element as HTMLElement | null)?.innerText?.replace(/\s+/g, ' ').trim() ??
  [...(element?.childNodes ?? [])]
    .map((node) => (node as HTMLElement).innerText ?? node.textContent)
    .join(' ')
    .replace(/\s+/g, ' ')
    .trim();

describe('HTML-first form', () => {
  // Failed before: the column link was as high as its small text (about 19 px).
  it('makes the column link a target at least 44 px high, in both forms', async () => {
    for (const el of [await htmlFirst(FIELDS), await attributeForm(FIELDS)]) {
      const link = (el.querySelector('[part="column-link"]') ??
        el.shadowRoot!.querySelector('[part="column-link"]')) as HTMLElement;
      expect(link.getBoundingClientRect().height).to.be.at.least(44);
    }
  });

  // Failed before: the meta line took only what wide actions (a text-size toggle, reading tools)
  // left beside them, so at 320 px "From:" was drawn one or two letters a line.
  it('puts wide actions below the meta line on a narrow screen instead of squeezing it', async () => {
    for (const width of [288, 480, 700]) {
      const wrapper = await fixture(
        html`<div lang="en" style=${`inline-size: ${width}px; font-size: 16px`}>
          <civic-article-header>
            ${articleHeaderHtml(FIELDS, { lang: 'en' })}
            <span slot="actions" style="display: inline-block; inline-size: 250px; block-size: 44px"></span>
          </civic-article-header>
        </div>`,
      );
      const el = wrapper.querySelector('civic-article-header')!;
      await el.updateComplete;
      expect(brokenWords(wrapper), `${width}px`).to.deep.equal([]);
      const meta = el.querySelector('[part="meta"]')!.getBoundingClientRect();
      expect(meta.width, `${width}px: the meta line's width`).to.be.at.least(Math.min(width, 240));
    }
  });

  it('shows the light-DOM heading once: no second title in the shadow root or the accessibility tree', async () => {
    const el = await htmlFirst(FIELDS);
    const heading = el.querySelector('h1')!;
    expect(heading.textContent).to.equal(FIELDS.heading);
    expect(el.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).to.equal(null);
    expect(await roleAndName(heading)).to.deep.equal({ role: 'heading', name: FIELDS.heading });
    const tree = await browserAccessibilityTree();
    if (tree) {
      expect(tree.filter((node) => node.role === 'heading').map((node) => node.name)).to.deep.equal([
        FIELDS.heading,
      ]);
    }
  });

  for (const lang of ['en', 'zh-CN', 'zh-Hant']) {
    it(`writes, in ${lang}, the same words the attribute form shows`, async () => {
      const fromAttributes = await attributeForm(FIELDS, lang);
      const shown = words(fromAttributes.shadowRoot!.querySelector('[part="base"]'));
      const el = await htmlFirst(FIELDS, lang);
      expect(words(el).replace(/ ?Print$/, '')).to.equal(shown);
    });
  }

  it('lays out the column, title and meta line as the attribute form does', async () => {
    const fromAttributes = await attributeForm(FIELDS);
    const shadow = (selector: string) => fromAttributes.shadowRoot!.querySelector(selector)!;
    const el = await htmlFirst(FIELDS);
    const light = (selector: string) => el.querySelector(selector)!;
    for (const selector of ['[part="column"]', '[part="heading"]', '[part="meta-item"]', '[part="label"]']) {
      const [a, b] = [getComputedStyle(shadow(selector)), getComputedStyle(light(selector))];
      for (const property of ['fontSize', 'fontWeight', 'color', 'borderInlineStartWidth', 'marginBlockEnd'])
        expect(b[property as 'fontSize'], `${selector} ${property}`).to.equal(a[property as 'fontSize']);
    }
    for (const property of ['display', 'color', 'lineHeight', 'borderBottomWidth', 'paddingBottom'] as const)
      expect(getComputedStyle(el)[property], `host ${property}`).to.equal(
        getComputedStyle(fromAttributes)[property],
      );
    // The title is larger than the text around it.
    expect(parseFloat(getComputedStyle(light('h1')).fontSize)).to.be.greaterThan(
      parseFloat(getComputedStyle(el).fontSize) * 1.5,
    );
  });

  it('places slotted actions at the end of the meta line, on its row', async () => {
    const el = await htmlFirst(FIELDS);
    const button = el.querySelector('button')!.getBoundingClientRect();
    const meta = el.querySelector('[part="meta"]')!.getBoundingClientRect();
    const box = el.getBoundingClientRect();
    expect(button.right).to.be.closeTo(box.right, 1);
    expect(button.top).to.be.lessThan(meta.bottom);
    expect(button.bottom).to.be.greaterThan(meta.top);
  });

  it('adopts its page styles once per document, for pages that did not link article-header.css', async () => {
    await htmlFirst(FIELDS);
    await htmlFirst({ heading: 'Another' });
    const sheet = articleHeaderLightStyles.styleSheet!;
    expect(document.adoptedStyleSheets.filter((adopted) => adopted === sheet)).to.have.length(1);
  });

  it('stays quiet about a missing heading: the heading is the page’s own markup', async () => {
    await collectingWarnings(async (warnings) => {
      await htmlFirst(FIELDS);
      expect(warnings.filter((args) => String(args[0]).includes('heading'))).to.deep.equal([]);
    });
  });

  it('passes axe with a header, a translator and actions', async () => {
    const el = await htmlFirst(FIELDS);
    await expect(el.parentElement).to.be.accessible();
  });
});

describe('articleHeaderHtml', () => {
  const rendered = (fields: ArticleHeaderFields, lang = 'en') => {
    const host = document.createElement('div');
    render(articleHeaderHtml(fields, { lang }), host);
    return host;
  };

  it('does not link an unsafe column href, and keeps markup given as text as text', () => {
    const host = rendered({
      heading: '<img src=x onerror=alert(1)>',
      column: '<b>Column</b>',
      columnHref: 'javascript:alert(1)',
    });
    expect(host.querySelector('a')).to.equal(null);
    expect(host.querySelector('img, b')).to.equal(null);
    expect(host.querySelector('h1')!.textContent).to.equal('<img src=x onerror=alert(1)>');
  });

  it('shows an unreadable date as written, never "Invalid Date" or "NaN"', () => {
    const host = rendered({ heading: 'T', published: '29/12/2019', modified: new Date(NaN) });
    expect(host.textContent).to.include('29/12/2019');
    expect(host.textContent).not.to.match(/Invalid Date|NaN|undefined/);
    expect(host.querySelector('time')).to.equal(null);
  });

  it('uses the element’s strings for the language, and a page’s overrides', () => {
    expect(rendered({ heading: 'T', source: '办公厅' }, 'zh-CN').textContent).to.include('来源：');
    const host = document.createElement('div');
    render(articleHeaderHtml({ heading: 'T', source: 'Office' }, { strings: { source: 'Issued by' } }), host);
    expect(host.textContent).to.include('Issued by');
  });

  it('writes a heading at the level asked for', () => {
    expect(rendered({ heading: 'T', headingLevel: 3 }).querySelector('h3')).to.not.equal(null);
  });
});

describe('before and without the element', () => {
  it('reads and is laid out by article-header.css alone, with no script and no shadow root', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '640px';
    frame.style.blockSize = '480px';
    const light = document.createElement('div');
    render(articleHeaderHtml(FIELDS, { lang: 'en' }), light);
    // A page as a CMS writes it: the stylesheet, the markup, no script at all.
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <style>${articleHeaderLightStyles.cssText}</style></head>
      <body><civic-article-header>${light.innerHTML}</civic-article-header></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      expect(doc.defaultView!.customElements.get('civic-article-header')).to.equal(undefined);
      const heading = doc.querySelector('h1')!;
      expect(heading.getBoundingClientRect().height).to.be.greaterThan(0);
      expect(parseFloat(doc.defaultView!.getComputedStyle(heading).fontSize)).to.be.closeTo(28, 0.5);
      const column = doc.querySelector('[part="column"]')!;
      expect(parseFloat(doc.defaultView!.getComputedStyle(column).borderInlineStartWidth)).to.be.at.least(3);
      const text = (doc.body as HTMLElement).innerText;
      for (const value of ['Special Column', 'Municipal E-Government Office', '29 December 2019, 20:30'])
        expect(text).to.include(value);
    } finally {
      frame.remove();
    }
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'civic-article-header': ArticleHeader;
  }
}
