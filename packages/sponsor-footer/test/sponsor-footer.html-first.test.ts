// The HTML-first form: a CMS or server writes the footer as light-DOM markup (what
// sponsorFooterHtml() renders): the roles and the filing numbers read with no script and no
// shadow DOM, and the element adds nothing that would repeat them.
import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import {
  browserAccessibilityTree,
  collectingWarnings,
  roleAndName,
} from '@civic-elements/tooling/testing/browser.js';
import { sponsorFooterHtml, sponsorFooterLightStyles, type SponsorFooterFields } from '../src/index.js';
import type { SponsorFooter } from '../src/sponsor-footer.js';

const FIELDS: SponsorFooterFields = {
  sponsor: 'Riverside Municipal People’s Government',
  operator: 'Riverside Municipal E-Government Office',
  icp: '湘ICP备05002289号',
  policeFiling: '湘公网安备43040502000123号',
  contactEmail: 'webmaster@riverside.example',
  copyright: '© 2026 Riverside Municipal People’s Government',
};
const LINKS = html`<p><a href="/en/accessibility/">Accessibility</a></p>`;

async function htmlFirst(fields: SponsorFooterFields, lang = 'en') {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <civic-sponsor-footer>${sponsorFooterHtml(fields, { lang, links: LINKS })}</civic-sponsor-footer>
    </div>`,
  );
  const el = wrapper.querySelector('civic-sponsor-footer')!;
  await el.updateComplete;
  return el;
}

async function attributeForm(fields: SponsorFooterFields, lang = 'en') {
  const wrapper = await fixture(
    html`<div lang=${lang}>
      <civic-sponsor-footer
        sponsor=${fields.sponsor as string}
        operator=${fields.operator as string}
        icp=${fields.icp as string}
        police-filing=${fields.policeFiling as string}
        contact-email=${fields.contactEmail as string}
        copyright=${fields.copyright as string}
      >
        <p slot="links"><a href="/en/accessibility/">Accessibility</a></p>
      </civic-sponsor-footer>
    </div>`,
  );
  const el = wrapper.querySelector('civic-sponsor-footer')!;
  await el.updateComplete;
  return el;
}

const words = (element: HTMLElement) => element.innerText.replace(/\s+/g, ' ').trim();

describe('HTML-first form', () => {
  it('is one contentinfo landmark: the page’s own <footer>, none in the shadow root', async () => {
    const el = await htmlFirst(FIELDS);
    expect(el.shadowRoot!.querySelector('footer')).to.equal(null);
    expect((await roleAndName(el.querySelector('footer')!)).role).to.equal('contentinfo');
    const tree = await browserAccessibilityTree();
    if (tree) expect(tree.filter((node) => node.role === 'contentinfo')).to.have.length(1);
  });

  for (const lang of ['en', 'zh-CN', 'zh-Hant']) {
    it(`writes, in ${lang}, the same words and links the attribute form shows`, async () => {
      const fromAttributes = await attributeForm(FIELDS, lang);
      const shadowFooter = fromAttributes.shadowRoot!.querySelector('footer')!;
      const shadowLinks = [...shadowFooter.querySelectorAll('a')].map((a) => [a.textContent, a.href]);
      const expected = `Accessibility ${words(shadowFooter)}`;
      const el = await htmlFirst(FIELDS, lang);
      expect(words(el)).to.equal(expected);
      const lightLinks = [...el.querySelectorAll('[part="footer"] > :not([part="links"]) a')].map((a) => [
        a.textContent,
        (a as HTMLAnchorElement).href,
      ]);
      expect(lightLinks).to.deep.equal(shadowLinks);
    });
  }

  it('names the registry links by label and number, as the attribute form does', async () => {
    const el = await htmlFirst(FIELDS);
    const icp = el.querySelector<HTMLAnchorElement>('a[href="https://beian.miit.gov.cn/"]')!;
    expect(await roleAndName(icp)).to.deep.equal({ role: 'link', name: 'ICP filing: 湘ICP备05002289号' });
    expect(icp.querySelector('span')!.lang).to.equal('zh');
  });

  it('is laid out as the attribute form is: centred rows, the rule above, the background', async () => {
    const fromAttributes = await attributeForm(FIELDS);
    const el = await htmlFirst(FIELDS);
    for (const property of ['backgroundColor', 'borderTopWidth', 'borderTopColor', 'lineHeight'] as const)
      expect(getComputedStyle(el)[property], property).to.equal(getComputedStyle(fromAttributes)[property]);
    for (const part of ['footer', 'roles', 'identifiers'])
      for (const property of ['display', 'textAlign', 'justifyContent', 'paddingTop'] as const) {
        const shadow = fromAttributes.shadowRoot!.querySelector(`[part="${part}"]`)!;
        const light = el.querySelector(`[part="${part}"]`)!;
        expect(getComputedStyle(light)[property], `${part} ${property}`).to.equal(
          getComputedStyle(shadow)[property],
        );
      }
  });

  it('stays quiet about a missing sponsor: they are the page’s own markup', async () => {
    await collectingWarnings(async (warnings) => {
      await htmlFirst(FIELDS);
      expect(warnings).to.deep.equal([]);
    });
  });

  it('passes axe', async () => {
    const el = await htmlFirst(FIELDS, 'zh-CN');
    await expect(el.parentElement).to.be.accessible();
  });
});

describe('sponsorFooterHtml', () => {
  const rendered = (fields: SponsorFooterFields, options = {}) => {
    const host = document.createElement('div');
    render(sponsorFooterHtml(fields, options), host);
    return host;
  };

  it('links no unsafe href and keeps markup given as text as text', () => {
    const host = rendered({
      sponsor: '<img src=x onerror=alert(1)>',
      icp: '1',
      icpHref: 'javascript:alert(1)',
      contactPhone: 'call us',
    });
    expect([...host.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal([]);
    expect(host.querySelector('img')).to.equal(null);
    expect(host.textContent).to.include('<img src=x onerror=alert(1)>');
    expect(host.textContent).not.to.match(/undefined|NaN|\[object/);
  });

  it('renders only what it is given: no empty list, no empty copyright', () => {
    const host = rendered({ sponsor: 'City', icp: '1' });
    expect(host.querySelectorAll('dl > div')).to.have.length(1);
    expect(host.querySelectorAll('li')).to.have.length(1);
    expect(host.querySelector('[part="copyright"], [part="links"], [part="badges"]')).to.equal(null);
  });

  it('uses a page’s string overrides', () => {
    const host = rendered({ sponsor: 'City' }, { strings: { sponsor: 'Run by' } });
    expect(host.querySelector('dt')!.textContent).to.equal('Run by: ');
  });
});

describe('before and without the element', () => {
  it('reads and is laid out by sponsor-footer.css alone, with no script and no shadow root', async () => {
    const frame = document.createElement('iframe');
    frame.style.inlineSize = '320px';
    frame.style.blockSize = '640px';
    const light = document.createElement('div');
    render(sponsorFooterHtml(FIELDS, { lang: 'en', links: LINKS }), light);
    frame.srcdoc = `<!doctype html><html lang="en"><head>
      <style>${sponsorFooterLightStyles.cssText}</style></head>
      <body style="margin: 0"><civic-sponsor-footer>${light.innerHTML}</civic-sponsor-footer></body></html>`;
    document.body.append(frame);
    try {
      await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      const doc = frame.contentDocument!;
      const view = doc.defaultView!;
      expect(view.customElements.get('civic-sponsor-footer')).to.equal(undefined);
      const host = doc.querySelector('civic-sponsor-footer')!;
      expect(view.getComputedStyle(host).backgroundColor).to.equal('rgb(243, 242, 241)');
      expect(view.getComputedStyle(doc.querySelector('[part="footer"]')!).textAlign).to.equal('center');
      for (const value of [FIELDS.sponsor, FIELDS.icp, FIELDS.policeFiling] as string[]) {
        expect(doc.body.innerText).to.include(value);
      }
      // Nothing sideways at 320 px.
      expect(doc.documentElement.scrollWidth).to.be.at.most(320);
    } finally {
      frame.remove();
    }
  });
});

declare global {
  interface HTMLElementTagNameMap {
    'civic-sponsor-footer': SponsorFooter;
  }
}
