import { expect, fixture, html } from '@open-wc/testing';
import {
  browserAccessibilityTree,
  collectingWarnings,
  roleAndName,
} from '@civic-elements/tooling/testing/browser.js';
import { assertHostileInputIsHarmless } from '@civic-elements/tooling/testing/hostile.js';
import { applyTextSpacing, unreadableText } from '@civic-elements/tooling/testing/layout.js';
import { afterIdle } from '@civic-elements/core';
import { SponsorFooter } from '../src/index.js';

const idle = () => new Promise<void>((resolve) => afterIdle(resolve));

async function footer(markup: ReturnType<typeof html>) {
  const wrapper = await fixture(html`<div>${markup}</div>`);
  const el = wrapper.querySelector('civic-sponsor-footer')!;
  await el.updateComplete;
  return el;
}

const $ = (el: SponsorFooter, selector: string) => el.shadowRoot!.querySelector(selector);
const $$ = (el: SponsorFooter, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];
const roles = (el: SponsorFooter) =>
  $$(el, '[part="role"]').map((r) => [
    r.querySelector('dt')!.textContent,
    r.querySelector('dd')!.textContent,
  ]);
const links = (el: SponsorFooter) => $$(el, 'a') as HTMLAnchorElement[];

const FULL = html`<civic-sponsor-footer
  sponsor="Riverside Municipal People’s Government"
  operator="Riverside Municipal E-Government Office"
  co-sponsor="Riverside Data Bureau"
  technical-support="Riverside Information Centre"
  icp="湘ICP备05002289号"
  police-filing="湘公网安备43040502000123号"
  site-code="4304000012"
  contact-email="webmaster@riverside.example"
  contact-phone="+86 731 0000 1234"
  copyright="© 2026 Riverside Municipal People’s Government"
></civic-sponsor-footer>`;

describe('registration', () => {
  it('registers <civic-sponsor-footer> as SponsorFooter and tolerates a second copy', async () => {
    expect(customElements.get('civic-sponsor-footer')).to.equal(SponsorFooter);
    await import('../dist/index.js');
    expect(customElements.get('civic-sponsor-footer')).to.equal(SponsorFooter);
  });
});

describe('landmark', () => {
  it('is the page’s contentinfo landmark when used as the page footer', async () => {
    const el = document.createElement('civic-sponsor-footer');
    el.setAttribute('sponsor', 'City');
    el.setAttribute('icp', '05002289');
    document.body.append(el);
    try {
      await el.updateComplete;
      const footerEl = $(el, 'footer')!;
      expect((await roleAndName(footerEl)).role).to.equal('contentinfo');
      const tree = await browserAccessibilityTree();
      if (tree) expect(tree.filter((n) => n.role === 'contentinfo')).to.have.length(1);
    } finally {
      el.remove();
    }
  });
});

describe('roles', () => {
  it('lists the four roles in order with English labels', async () => {
    const el = await footer(FULL);
    expect(roles(el)).to.deep.equal([
      ['Sponsored by: ', 'Riverside Municipal People’s Government'],
      ['Operated by: ', 'Riverside Municipal E-Government Office'],
      ['Co-sponsored by: ', 'Riverside Data Bureau'],
      ['Technical support: ', 'Riverside Information Centre'],
    ]);
    expect($(el, 'dl > [part="role"] > dt')).to.exist;
  });

  it('uses Chinese labels under a zh lang', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-CN">
        <civic-sponsor-footer
          sponsor="河滨市人民政府"
          operator="河滨市电子政务办公室"
          co-sponsor="河滨市数据局"
          technical-support="河滨市信息中心"
          icp="湘ICP备05002289号"
        ></civic-sponsor-footer>
      </div>`,
    );
    const el = wrapper.querySelector('civic-sponsor-footer')!;
    await el.updateComplete;
    expect(roles(el).map(([label]) => label)).to.deep.equal([
      '主办单位：',
      '承办单位：',
      '协办单位：',
      '技术支持：',
    ]);
    expect(links(el)[0].textContent).to.equal('ICP备案号：湘ICP备05002289号');
  });

  it('reads in Traditional Chinese under zh-TW', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-TW">
        <civic-sponsor-footer
          sponsor="市政府"
          operator="市資訊中心"
          icp="湘ICP備05002289號"
          contact-phone="+86 731 1234 5678"
        ></civic-sponsor-footer>
      </div>`,
    );
    const el = wrapper.querySelector('civic-sponsor-footer')!;
    await el.updateComplete;
    expect(roles(el)).to.deep.equal([
      ['主辦單位：', '市政府'],
      ['承辦單位：', '市資訊中心'],
    ]);
    expect(links(el)[0].textContent).to.equal('ICP備案號：湘ICP備05002289號');
    expect(links(el)[1].parentElement!.textContent).to.contain('聯絡電話：');
  });

  it('lets the instance replace strings no attribute used to reach', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        icp="1"
        contact-email="web@example.org"
        strings='{"email": "Write to us", "separator": " — "}'
      ></civic-sponsor-footer>`,
    );
    expect(links(el)[0].textContent).to.contain('ICP filing — 1');
    expect(links(el)[1].parentElement!.textContent).to.contain('Write to us — ');
  });

  it('replaces built-in strings by name from the strings attribute', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        sponsor="City"
        icp="1"
        strings='{"sponsor": "Run on behalf of", "icp": "Licence"}'
      ></civic-sponsor-footer>`,
    );
    expect(roles(el)).to.deep.equal([['Run on behalf of: ', 'City']]);
    expect(links(el)[0].textContent).to.equal('Licence: 1');
  });

  it('omits absent items and renders no empty rows', async () => {
    const el = await footer(
      html`<civic-sponsor-footer sponsor="City" operator=" " icp="1"></civic-sponsor-footer>`,
    );
    expect(roles(el)).to.deep.equal([['Sponsored by: ', 'City']]);
    expect($$(el, 'li')).to.have.length(1);
    expect($(el, '[part="copyright"]')).to.equal(null);
  });

  it('renders nothing broken and nothing empty when given nothing', async () => {
    await collectingWarnings(async () => {
      const el = await footer(html`<civic-sponsor-footer></civic-sponsor-footer>`);
      expect($(el, 'dl')).to.equal(null);
      expect($(el, 'ul')).to.equal(null);
    });
  });
});

describe('filing links', () => {
  // Failed before: the links were as high as their text (about 20 px).
  it('are targets at least 44 px high, at 320 px and at 200% text', async () => {
    for (const fontSize of ['16px', '32px']) {
      const wrapper = await fixture(
        html`<div style=${`inline-size: 320px; font-size: ${fontSize}`}>${FULL}</div>`,
      );
      const el = wrapper.querySelector('civic-sponsor-footer') as SponsorFooter;
      await el.updateComplete;
      expect(links(el).length).to.be.greaterThan(1);
      for (const link of links(el)) {
        const { height } = link.getBoundingClientRect();
        expect(height, `${link.textContent} at ${fontSize}`).to.be.at.least(44);
      }
    }
  });

  it('links the ICP number to the MIIT registry by default, named "ICP filing: <number>", in the same window', async () => {
    const el = await footer(FULL);
    const icp = links(el)[0];
    expect(icp.href).to.equal('https://beian.miit.gov.cn/');
    expect(icp.target).to.equal('');
    expect((await roleAndName(icp)).name).to.equal('ICP filing: 湘ICP备05002289号');
    const tree = await browserAccessibilityTree();
    if (tree) {
      expect(tree.filter((node) => node.role === 'link').map((node) => node.name)).to.include(
        'ICP filing: 湘ICP备05002289号',
      );
    }
  });

  it('links the police filing number to the registry search for its digits', async () => {
    const el = await footer(FULL);
    const police = links(el)[1];
    expect(police.href).to.equal('https://beian.mps.gov.cn/#/query/webSearch?code=43040502000123');
    expect((await roleAndName(police)).name).to.equal('Public security filing: 湘公网安备43040502000123号');
    const tree = await browserAccessibilityTree();
    if (tree) {
      expect(tree.filter((node) => node.role === 'link').map((node) => node.name)).to.include(
        'Public security filing: 湘公网安备43040502000123号',
      );
    }
  });

  it('separates label and number in the Chinese names too', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN">${FULL}</div>`);
    const el = wrapper.querySelector('civic-sponsor-footer')!;
    await el.updateComplete;
    expect((await roleAndName(links(el)[0])).name).to.equal('ICP备案号：湘ICP备05002289号');
    const tree = await browserAccessibilityTree();
    if (tree) {
      expect(tree.filter((node) => node.role === 'link').map((node) => node.name)).to.include(
        'ICP备案号：湘ICP备05002289号',
      );
    }
  });

  it('opens no link in a new window', async () => {
    const el = await footer(FULL);
    expect(links(el).filter((a) => a.target)).to.deep.equal([]);
  });

  it('uses icp-href and police-filing-href when given', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        sponsor="City"
        icp="05002289"
        icp-href="https://registry.example/icp"
        police-filing="4304"
        police-filing-href="/filings/police/"
      ></civic-sponsor-footer>`,
    );
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://registry.example/icp',
      '/filings/police/',
    ]);
  });

  it('falls back to the registries when the href attributes are empty', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        sponsor="City"
        icp="05002289"
        icp-href=""
        police-filing="4304"
        police-filing-href=" "
      ></civic-sponsor-footer>`,
    );
    expect(links(el).map((a) => a.href)).to.deep.equal([
      'https://beian.miit.gov.cn/',
      'https://beian.mps.gov.cn/#/query/webSearch?code=4304',
    ]);
  });

  it('shows the site code as text', async () => {
    const el = await footer(FULL);
    const item = $$(el, 'li').find((li) => li.textContent!.includes('4304000012'))!;
    expect(item.textContent!.trim()).to.equal('Website identification code: 4304000012');
    expect(item.querySelector('a')).to.equal(null);
  });
});

describe('unsafe hrefs', () => {
  for (const href of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,x',
    'vbscript:x',
  ]) {
    it(`renders "${href.replace(/\t/, '\\t')}" as plain text, not a link`, async () => {
      const el = await footer(
        html`<civic-sponsor-footer
          sponsor="City"
          icp="05002289"
          icp-href=${href}
          police-filing="4304"
          police-filing-href=${href}
        ></civic-sponsor-footer>`,
      );
      expect(links(el)).to.have.length(0);
      expect($$(el, 'li').map((li) => li.textContent!.trim())).to.deep.equal([
        'ICP filing: 05002289',
        'Public security filing: 4304',
      ]);
    });
  }
});

describe('contacts', () => {
  it('links email with mailto: and phone with tel:', async () => {
    const el = await footer(FULL);
    const [email, phone] = links(el).slice(2);
    expect(email.getAttribute('href')).to.equal('mailto:webmaster@riverside.example');
    expect(email.textContent).to.equal('webmaster@riverside.example');
    expect(phone.getAttribute('href')).to.equal('tel:+8673100001234');
    expect(email.target).to.equal('');
  });

  it('shows contacts that cannot be linked as text', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        sponsor="City"
        icp="1"
        contact-email="not an email?x=javascript:alert(1)"
        contact-phone="ask at reception"
      ></civic-sponsor-footer>`,
    );
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['https://beian.miit.gov.cn/']);
    expect(
      $$(el, 'li')
        .map((li) => li.textContent!.trim())
        .slice(1),
    ).to.deep.equal(['Email: not an email?x=javascript:alert(1)', 'Telephone: ask at reception']);
  });
});

describe('copyright, slots and text', () => {
  it('shows the copyright exactly as given', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        sponsor="C"
        icp="1"
        copyright="Copyright 2019–2026 Riverside"
      ></civic-sponsor-footer>`,
    );
    expect($(el, '[part="copyright"]')!.textContent).to.equal('Copyright 2019–2026 Riverside');
  });

  it('keeps text given as HTML as text', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        sponsor=${'<img src=x onerror=alert(1)>City'}
        icp=${'<b>1</b>'}
        copyright=${'<script>alert(1)</script>'}
      ></civic-sponsor-footer>`,
    );
    expect(roles(el)[0][1]).to.equal('<img src=x onerror=alert(1)>City');
    expect($$(el, 'img, b, script')).to.have.length(0);
    expect($(el, '[part="copyright"]')!.textContent).to.equal('<script>alert(1)</script>');
  });

  it('places the links and badges slots', async () => {
    const el = await footer(
      html`<civic-sponsor-footer sponsor="C" icp="1">
        <ul slot="links">
          <li><a href="/privacy/">Privacy</a></li>
        </ul>
        <a slot="badges" href="/badge/">Government website</a>
      </civic-sponsor-footer>`,
    );
    const names = $$(el, 'slot').map((s) => [
      (s as HTMLSlotElement).name,
      (s as HTMLSlotElement).assignedElements().length,
    ]);
    expect(names).to.deep.equal([
      ['links', 1],
      ['badges', 1],
    ]);
  });
});

describe('languages of values', () => {
  it('marks Chinese values with lang="zh" on a page in another language', async () => {
    const el = await footer(FULL);
    const marked = $$(el, '[lang="zh"]').map((span) => span.textContent);
    expect(marked).to.include('湘ICP备05002289号');
    expect(marked).to.include('湘公网安备43040502000123号');
  });

  it('marks nothing on a Chinese page', async () => {
    const wrapper = await fixture(html`<div lang="zh-CN">${FULL}</div>`);
    const el = wrapper.querySelector('civic-sponsor-footer')!;
    await el.updateComplete;
    expect($$(el, '[lang]')).to.have.length(0);
  });
});

describe('directional controls in identifiers', () => {
  it('shows exactly what it links: no bidi controls in phone, e-mail, filing numbers or site code', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        icp=${'湘ICP备\u202e05002289号'}
        police-filing=${'\u2066湘公网安备43040502000123号\u2069'}
        site-code=${'\u200f4304000012'}
        contact-email=${'web\u202d@example.org'}
        contact-phone=${'+86 \u202e123'}
      ></civic-sponsor-footer>`,
    );
    const text = el.shadowRoot!.textContent!;
    expect(text).to.not.match(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    const phone = links(el).find((a) => a.protocol === 'tel:')!;
    expect(phone.textContent).to.equal('+86 123');
    expect(phone.getAttribute('href')).to.equal('tel:+86123');
    expect(
      links(el)
        .find((a) => a.protocol === 'mailto:')!
        .getAttribute('href'),
    ).to.equal('mailto:web@example.org');
    expect(links(el)[0].textContent).to.contain('湘ICP备05002289号');
  });
});

describe('odd property values', () => {
  it('takes any value for every property without throwing, coercing numbers and ignoring objects', async () => {
    const el = await footer(html`<civic-sponsor-footer></civic-sponsor-footer>`);
    Object.assign(el, {
      sponsor: 42,
      contactPhone: 12345,
      icpHref: 5,
      icp: new Date(),
      policeFiling: ['x'],
      copyright: { a: 1 },
      siteCode: Object.create(null),
      strings: 'nope',
    });
    await el.updateComplete;
    expect(roles(el)).to.deep.equal([['Sponsored by: ', '42']]);
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal(['tel:12345']);
    expect(el.shadowRoot!.textContent).to.not.match(/undefined|NaN|\[object Object\]|Invalid Date/);
  });
});

describe('the deprecated undertaker', () => {
  it('still sets the operator from the old attribute and property, and warns in development', async () => {
    await collectingWarnings(async (warnings) => {
      const el = await footer(
        html`<civic-sponsor-footer sponsor="City" icp="1" undertaker="Office"></civic-sponsor-footer>`,
      );
      expect(el.operator).to.equal('Office');
      expect(roles(el)).to.deep.equal([
        ['Sponsored by: ', 'City'],
        ['Operated by: ', 'Office'],
      ]);
      el.undertaker = 'Another office';
      await el.updateComplete;
      expect(roles(el)[1]).to.deep.equal(['Operated by: ', 'Another office']);
      expect(
        warnings.map((args) => String(args[0])).filter((text) => text.includes('undertaker')),
      ).to.have.length(2);
    });
  });
});

describe('warnings', () => {
  it('warns once naming sponsor and ICP when they are missing', async () => {
    await collectingWarnings(async (warnings) => {
      const el = await footer(html`<civic-sponsor-footer operator="Office"></civic-sponsor-footer>`);
      el.operator = 'Another office';
      await el.updateComplete;
      await idle();
      expect(warnings).to.have.length(1);
      expect(String(warnings[0][0])).to.contain('sponsor').and.contain('icp');
    });
  });

  it('does not warn when a framework sets sponsor and ICP after the element upgraded', async () => {
    await collectingWarnings(async (warnings) => {
      const el = document.createElement('civic-sponsor-footer');
      el.setAttribute('operator', 'Office');
      document.body.append(el);
      try {
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve));
        el.sponsor = 'City';
        el.icp = '05002289';
        await el.updateComplete;
        await idle();
        expect(warnings).to.deep.equal([]);
      } finally {
        el.remove();
      }
    });
  });

  it('names icp-href and police-filing-href when it refuses an unsafe URL', async () => {
    await collectingWarnings(async (warnings) => {
      await footer(
        html`<civic-sponsor-footer
          sponsor="C"
          icp="1"
          icp-href="javascript:alert(1)"
          police-filing="2"
          police-filing-href="data:text/html,x"
        ></civic-sponsor-footer>`,
      );
      expect(warnings.map((args) => String(args[0]))).to.deep.equal([
        '<civic-sponsor-footer> icp-href="javascript:alert(1)": not a safe URL; the number is shown without a link.',
        '<civic-sponsor-footer> police-filing-href="data:text/html,x": not a safe URL; the number is shown without a link.',
      ]);
    });
  });

  it('does not warn when sponsor and ICP are given', async () => {
    await collectingWarnings(async (warnings) => {
      await footer(FULL);
      expect(warnings).to.have.length(0);
    });
  });
});

describe('layout', () => {
  it('wraps in a 320 px container without horizontal scrolling and centres its text', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px">${FULL}</div>`);
    const el = wrapper.querySelector('civic-sponsor-footer')!;
    await el.updateComplete;
    expect(wrapper.scrollWidth).to.be.at.most(320);
    expect(getComputedStyle($(el, 'footer')!).textAlign).to.equal('center');
  });
});

describe('axe', () => {
  it('passes axe for a full footer with links and badges', async () => {
    const el = await footer(
      html`<civic-sponsor-footer
        sponsor="City"
        operator="Office"
        icp="湘ICP备05002289号"
        police-filing="湘公网安备43040502000123号"
        site-code="4304000012"
        contact-email="web@riverside.example"
      >
        <ul slot="links">
          <li><a href="/privacy/">Privacy</a></li>
        </ul>
      </civic-sponsor-footer>`,
    );
    await expect(el).to.be.accessible();
  });

  it('passes axe in Chinese with unsafe input', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-CN">
        <civic-sponsor-footer
          sponsor="河滨市人民政府"
          icp="05002289"
          icp-href="javascript:alert(1)"
        ></civic-sponsor-footer>
      </div>`,
    );
    await expect(wrapper).to.be.accessible();
  });
});

describe('hostile and odd input (fast-check)', () => {
  it('survives any attribute and any property value: no throw, no broken text, no unsafe link, no injected markup', async () => {
    await assertHostileInputIsHarmless('civic-sponsor-footer');
  });
});

describe('readable at any width, text size and spacing', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  for (const lang of ['en', 'zh-CN']) {
    for (const textSize of ['100%', '200%']) {
      it(`clips and overlaps no text at 320-800 px (${lang}, ${textSize} text, with and without 1.4.12 spacing)`, async () => {
        document.documentElement.style.fontSize = textSize;
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${lang} style="font-size: 1rem">${FULL}</div>`,
        );
        const el = wrapper.querySelector('civic-sponsor-footer')!;
        await el.updateComplete;
        for (const spacing of [false, true]) {
          const undo = spacing ? applyTextSpacing(wrapper) : () => {};
          try {
            for (const width of [320, 400, 560, 800]) {
              wrapper.style.width = `${width}px`;
              await new Promise((resolve) => requestAnimationFrame(resolve));
              expect(unreadableText(wrapper), `${width}px${spacing ? ', spacing' : ''}`).to.deep.equal([]);
            }
          } finally {
            undo();
          }
        }
      });
    }
  }
});
