import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import {
  browserAccessibilityTree,
  emulateForcedColors,
  MEDIA_EMULATION_IS_CHROMIUM_ONLY,
  roleAndName,
  skipIn,
} from '@civic-elements/tooling/testing/browser.js';
import { assertHostileInputIsHarmless } from '@civic-elements/tooling/testing/hostile.js';
import { applyTextSpacing, unreadableText } from '@civic-elements/tooling/testing/layout.js';
import { ColumnNav } from '../src/index.js';

const COLUMNS = html`<ul>
  <li><a href="/en/">Home</a></li>
  <li><a href="/en/columns/news/">News</a></li>
  <li><a href="/en/columns/special/">Special Column</a></li>
  <li><a href="/en/columns/special/archive/">Special Column archive</a></li>
</ul>`;

const MANY = html`<ul>
  ${[
    'Home',
    'News',
    'Special Column',
    'Policies explained',
    'Online services',
    'Open government',
    'Contact us',
  ].map((name, i) => html`<li><a href="/en/columns/c${i}/">${name}</a></li>`)}
</ul>`;

async function nav(current: string | null, width = 900, list = COLUMNS) {
  const wrapper = await fixture(
    html`<div style="width: ${width}px">
      <civic-column-nav current=${current ?? ''}>${list}</civic-column-nav>
    </div>`,
  );
  const el = wrapper.querySelector('civic-column-nav')!;
  if (current === null) el.removeAttribute('current');
  await el.updateComplete;
  // The layout settles a frame after the element is sized.
  await nextFrame();
  await nextFrame();
  await el.updateComplete;
  return el;
}

const marked = (el: ColumnNav) =>
  [...el.querySelectorAll('a[aria-current]')].map((a) => [a.textContent, a.getAttribute('aria-current')]);
const toggle = (el: ColumnNav) => el.shadowRoot!.querySelector<HTMLElement>('[part="toggle"]')!;
/** Until the next frame is painted: the element marks links in the frame after they change. */
const nextPaint = async () => {
  await nextFrame();
  await nextFrame();
};
const isOpen = (el: ColumnNav) => el.shadowRoot!.querySelector('details')!.open;
// Rendered and not skipped (a closed <details>' content is content-visibility: hidden).
const isFocusable = (a: HTMLElement) => a.checkVisibility({ visibilityProperty: true });

describe('registration', () => {
  it('registers <civic-column-nav> as ColumnNav and tolerates a second copy', async () => {
    expect(customElements.get('civic-column-nav')).to.equal(ColumnNav);
    await import('../dist/index.js');
    expect(customElements.get('civic-column-nav')).to.equal(ColumnNav);
  });
});

describe('landmark', () => {
  it('exposes exactly one navigation landmark named "Columns" by default', async () => {
    const el = await nav('/en/');
    const landmark = el.shadowRoot!.querySelector('nav')!;
    expect(await roleAndName(landmark)).to.deep.equal({ role: 'navigation', name: 'Columns' });
    const tree = await browserAccessibilityTree();
    if (tree)
      expect(tree.filter((n) => n.role === 'navigation')).to.deep.equal([
        { role: 'navigation', name: 'Columns' },
      ]);
  });

  it('takes its name from the "label" string', async () => {
    const wrapper = await fixture(
      html`<civic-column-nav strings='{"label": "Site columns"}'>${COLUMNS}</civic-column-nav>`,
    );
    const landmark = wrapper.shadowRoot!.querySelector('nav')!;
    expect((await roleAndName(landmark)).name).to.equal('Site columns');
  });

  it('is named "栏目" under a Chinese lang', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-CN"><civic-column-nav>${COLUMNS}</civic-column-nav></div>`,
    );
    const el = wrapper.querySelector('civic-column-nav')!;
    await el.updateComplete;
    expect((await roleAndName(el.shadowRoot!.querySelector('nav')!)).name).to.equal('栏目');
  });

  it('never uses menu roles or a roving tabindex', async () => {
    const el = await nav('/en/');
    expect(el.shadowRoot!.querySelectorAll('[role]')).to.have.length(0);
    expect(el.querySelectorAll('[role], [tabindex]')).to.have.length(0);
  });
});

describe('aria-current', () => {
  it('marks the link of the page itself with aria-current="page"', async () => {
    expect(marked(await nav('/en/columns/news/'))).to.deep.equal([['News', 'page']]);
  });

  it('marks the column containing the page with aria-current="true"', async () => {
    expect(marked(await nav('/en/columns/news/2020/bus-routes/'))).to.deep.equal([['News', 'true']]);
  });

  it('prefers the longest matching prefix', async () => {
    expect(marked(await nav('/en/columns/special/archive/2019/meeting/'))).to.deep.equal([
      ['Special Column archive', 'true'],
    ]);
    expect(marked(await nav('/en/columns/special/2019/meeting/'))).to.deep.equal([
      ['Special Column', 'true'],
    ]);
  });

  it('counts the site root only on an exact match', async () => {
    const list = html`<ul>
      <li><a href="/">Home</a></li>
      <li><a href="/news/">News</a></li>
    </ul>`;
    expect(marked(await nav('/about/', 900, list))).to.deep.equal([]);
    expect(marked(await nav('/', 900, list))).to.deep.equal([['Home', 'page']]);
    expect(marked(await nav('/index.html', 900, list))).to.deep.equal([['Home', 'page']]);
  });

  it('ignores a trailing slash, index.html, query and hash', async () => {
    expect(marked(await nav('/en/columns/news'))).to.deep.equal([['News', 'page']]);
    expect(marked(await nav('/en/columns/news/index.html?page=2#list'))).to.deep.equal([['News', 'page']]);
    expect(marked(await nav(`${location.origin}/en/columns/news/?x=1`))).to.deep.equal([['News', 'page']]);
  });

  it('does not treat a path that merely starts with the same letters as inside the column', async () => {
    // Only Home (/en/), the language's front page, contains it.
    expect(marked(await nav('/en/columns/newsletter/'))).to.deep.equal([['Home', 'true']]);
  });

  it('marks nothing when current matches no link', async () => {
    expect(marked(await nav('/zh/columns/news/'))).to.deep.equal([]);
    expect(marked(await nav('https://elsewhere.example/en/columns/news/'))).to.deep.equal([]);
  });

  it('defaults current to the page’s own location', async () => {
    const list = html`<ul>
      <li><a href=${location.pathname}>This page</a></li>
      <li><a href="/elsewhere/">Elsewhere</a></li>
    </ul>`;
    expect(marked(await nav(null, 900, list))).to.deep.equal([['This page', 'page']]);
  });

  it('marks at most one link when two point to the same page', async () => {
    const list = html`<ul>
      <li><a href="/en/columns/news/">News</a></li>
      <li><a href="/en/columns/news/">News again</a></li>
    </ul>`;
    expect(marked(await nav('/en/columns/news/', 900, list))).to.deep.equal([['News', 'page']]);
  });

  it('follows a change of current', async () => {
    const el = await nav('/en/columns/news/');
    el.current = '/en/columns/special/';
    await el.updateComplete;
    expect(marked(el)).to.deep.equal([['Special Column', 'page']]);
  });

  it('shows the current link by more than colour', async () => {
    const el = await nav('/en/columns/news/');
    const [home, news] = el.querySelectorAll('a');
    expect(getComputedStyle(news).fontWeight).to.equal('700');
    expect(getComputedStyle(home).fontWeight).to.equal('400');
    expect(parseFloat(getComputedStyle(news).borderBottomWidth)).to.be.at.least(3);
    expect(getComputedStyle(news).borderBottomColor).to.not.equal(getComputedStyle(home).borderBottomColor);
  });
});

describe('links changed later', () => {
  it('picks up added, removed and changed links', async () => {
    const el = await nav('/en/columns/policies/');
    el.querySelector('li')!.remove();
    await nextPaint();
    expect(marked(el)).to.deep.equal([]);
    const li = document.createElement('li');
    li.innerHTML = '<a href="/en/columns/policies/">Policies</a>';
    el.querySelector('ul')!.append(li);
    await nextPaint();
    expect(marked(el)).to.deep.equal([['Policies', 'page']]);
    li.querySelector('a')!.setAttribute('href', '/en/columns/services/');
    await nextPaint();
    expect(marked(el)).to.deep.equal([]);
    el.querySelector('a[href="/en/columns/news/"]')!.setAttribute('href', '/en/columns/policies/');
    await nextPaint();
    expect(marked(el)).to.deep.equal([['News', 'page']]);
    el.querySelector('ul')!.replaceChildren();
    await nextPaint();
    expect(marked(el)).to.deep.equal([]);
  });
});

describe('links that never depend on the newest engine', () => {
  it('keeps the list outside the <details>, so a closed disclosure hides no link where ::details-content is missing', async () => {
    const el = await nav('/en/columns/news/');
    const details = el.shadowRoot!.querySelector('details')!;
    const list = el.shadowRoot!.querySelector('[part="list"]')!;
    expect(details.contains(list)).to.equal(false);
    // Closed, as a server renders it: every link still has a box in the wide layout.
    expect(details.open).to.equal(false);
    for (const link of el.querySelectorAll('a')) expect(link.getClientRects().length).to.be.above(0);
  });
});

describe('wide layout', () => {
  it('shows the links in a row without a disclosure', async () => {
    const el = await nav('/en/columns/news/');
    expect(el.narrow).to.equal(false);
    expect(toggle(el).getClientRects()).to.have.length(0);
    const tops = [...el.querySelectorAll('li')].map((li) => li.getBoundingClientRect().top);
    expect(new Set(tops).size).to.equal(1);
    for (const link of el.querySelectorAll('a')) expect(isFocusable(link)).to.equal(true);
    const tree = await browserAccessibilityTree();
    if (tree)
      expect(tree.filter((n) => n.role === 'button' || n.role === 'DisclosureTriangle')).to.deep.equal([]);
  });

  it('wraps onto more lines instead of scrolling', async () => {
    const el = await nav('/en/', 500, MANY);
    expect(el.narrow).to.equal(false);
    const tops = [...el.querySelectorAll('li')].map((li) => li.getBoundingClientRect().top);
    expect(new Set(tops).size).to.be.greaterThan(1);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('does not scroll horizontally in a 320 px container', async () => {
    const el = await nav('/en/', 320, MANY);
    const wrapper = el.parentElement!;
    expect(wrapper.scrollWidth).to.be.at.most(wrapper.clientWidth);
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
  });

  it('gives every link a target of at least 24×24 px', async () => {
    const el = await nav('/en/');
    for (const link of el.querySelectorAll('a')) {
      const { width, height } = link.getBoundingClientRect();
      expect(width).to.be.at.least(24);
      expect(height).to.be.at.least(24);
    }
  });

  it('shows a focus outline on links', async () => {
    const el = await nav('/en/');
    const before = document.createElement('button');
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('a'));
    expect(getComputedStyle(el.querySelector('a')!).outlineStyle).to.not.equal('none');
  });
});

describe('narrow layout', () => {
  it('puts the list behind a native disclosure in a container of 30em or less', async () => {
    const el = await nav('/en/columns/special/2019/meeting/', 240);
    expect(el.narrow).to.equal(true);
    expect(toggle(el).getClientRects()).to.have.length.above(0);
    expect(toggle(el).localName).to.equal('summary');
    expect(isOpen(el)).to.equal(false);
    for (const link of el.querySelectorAll('a')) expect(isFocusable(link)).to.equal(false);
    const tree = await browserAccessibilityTree();
    if (tree) {
      const disclosure = tree.find((n) => n.name === 'Columns' && n.expanded !== undefined);
      expect(disclosure?.expanded).to.equal(false);
    }
  });

  it('opens and closes with Enter and Space, and Escape closes it and returns focus to the toggle', async () => {
    const el = await nav('/en/', 240);
    toggle(el).focus();
    await sendKeys({ press: 'Enter' });
    expect(isOpen(el)).to.equal(true);
    for (const link of el.querySelectorAll('a')) expect(isFocusable(link)).to.equal(true);
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(el.querySelector('a'));
    await sendKeys({ press: 'Escape' });
    expect(isOpen(el)).to.equal(false);
    expect(el.shadowRoot!.activeElement).to.equal(toggle(el));
    await sendKeys({ press: ' ' });
    expect(isOpen(el)).to.equal(true);
    await sendKeys({ press: ' ' });
    expect(isOpen(el)).to.equal(false);
  });

  it('never lets Tab land on hidden links', async () => {
    const el = await nav('/en/', 240);
    const after = document.createElement('button');
    after.textContent = 'after';
    el.after(after);
    toggle(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(after);
  });

  it('switches layout when its own width changes, not the viewport', async () => {
    const el = await nav('/en/', 900);
    expect(el.narrow).to.equal(false);
    (el.parentElement as HTMLElement).style.width = '240px';
    await waitUntil(() => el.narrow, 'narrow at 240 px');
    await el.updateComplete;
    expect(toggle(el).getClientRects()).to.have.length.above(0);
    (el.parentElement as HTMLElement).style.width = '900px';
    await waitUntil(() => !el.narrow, 'wide at 900 px');
    await nextPaint();
    expect(toggle(el).getClientRects()).to.have.length(0);
    for (const link of el.querySelectorAll('a')) expect(isFocusable(link)).to.equal(true);
  });

  it('follows the text size: at 200% text a 560 px container is narrow', async () => {
    const el = await nav('/en/', 560);
    expect(el.narrow).to.equal(false);
    el.style.fontSize = '200%';
    await waitUntil(() => el.narrow, 'narrow at 200% text');
    expect(toggle(el).getClientRects()).to.have.length.above(0);
  });

  it('has a toggle target of at least 24×24 px', async () => {
    const el = await nav('/en/', 240);
    const { width, height } = toggle(el).getBoundingClientRect();
    expect(width).to.be.at.least(24);
    expect(height).to.be.at.least(24);
  });

  it('uses the Chinese toggle label', async () => {
    const wrapper = await fixture(
      html`<div lang="zh" style="width: 240px">
        <civic-column-nav current="/zh/columns/special/">
          <ul>
            <li><a href="/zh/">首页</a></li>
            <li><a href="/zh/columns/special/">专题专栏</a></li>
          </ul>
        </civic-column-nav>
      </div>`,
    );
    const el = wrapper.querySelector('civic-column-nav')!;
    await nextFrame();
    await el.updateComplete;
    expect(toggle(el).textContent!.trim()).to.equal('栏目');
  });
});

describe('forced colours', () => {
  it('draws the bar under the current link only', async function () {
    skipIn(this, ['firefox', 'webkit'], MEDIA_EMULATION_IS_CHROMIUM_ONLY);
    await emulateForcedColors(true);
    try {
      const el = await nav('/en/columns/news/');
      const bars = [...el.querySelectorAll('a')].map(
        (a) => parseFloat(getComputedStyle(a).borderBottomWidth) > 0,
      );
      expect(bars).to.deep.equal([false, true, false, false]);
    } finally {
      await emulateForcedColors(false);
    }
  });
});

describe('links arriving one at a time', () => {
  const links = (count: number) =>
    Array.from({ length: count }, (_, i) => {
      const li = document.createElement('li');
      li.innerHTML = `<a href="/en/columns/c${i}/">Column ${i}</a>`;
      return li;
    });

  // The time itself is measured in a benchmark (scripts/bench-column-nav.mjs); here, the work.
  it('marks the current link once they have all arrived, scanning the links once, not once per link', async () => {
    const el = await nav('/en/columns/c999/', 900, html`<ul></ul>`);
    const list = el.querySelector('ul')!;
    let scans = 0;
    const scan = el.querySelectorAll.bind(el);
    el.querySelectorAll = ((selector: string) => {
      if (selector === 'a[href]') scans++;
      return scan(selector);
    }) as typeof el.querySelectorAll;
    for (const item of links(1000)) {
      list.append(item);
      await Promise.resolve();
    }
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await nextFrame();
    expect(marked(el)).to.deep.equal([['Column 999', 'page']]);
    expect(scans).to.be.at.most(2);
  });
});

describe('Traditional Chinese', () => {
  it('names the landmark "單元" under zh-HK', async () => {
    const wrapper = await fixture(
      html`<div lang="zh-HK"><civic-column-nav>${COLUMNS}</civic-column-nav></div>`,
    );
    const el = wrapper.querySelector('civic-column-nav')!;
    await el.updateComplete;
    expect((await roleAndName(el.shadowRoot!.querySelector('nav')!)).name).to.equal('單元');
  });
});

describe('axe', () => {
  it('passes axe on the wide layout', async () => {
    const el = await nav('/en/columns/news/');
    await expect(el).to.be.accessible();
  });

  it('passes axe on the narrow layout, closed and open', async () => {
    const el = await nav('/en/columns/news/', 240);
    await expect(el).to.be.accessible();
    toggle(el).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });
});

describe('hostile and odd input (fast-check)', () => {
  it('survives any attribute and any property value: no throw, no broken text, no unsafe link, no injected markup', async () => {
    await assertHostileInputIsHarmless('civic-column-nav');
  });
});

describe('readable at any width, text size and spacing', () => {
  afterEach(() => document.documentElement.style.removeProperty('font-size'));
  for (const lang of ['en', 'zh-CN']) {
    for (const textSize of ['100%', '200%']) {
      it(`clips and overlaps no text at 320-800 px (${lang}, ${textSize} text, with and without 1.4.12 spacing)`, async () => {
        document.documentElement.style.fontSize = textSize;
        const wrapper = await fixture<HTMLDivElement>(
          html`<div lang=${lang} style="font-size: 1rem">
            <civic-column-nav current="/en/columns/c1/">${MANY}</civic-column-nav>
          </div>`,
        );
        const el = wrapper.querySelector('civic-column-nav')!;
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
