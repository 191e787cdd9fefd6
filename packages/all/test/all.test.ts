import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import * as all from '../src/index.js';
import { ArticleHeader, ColumnNav, FontSizeToggle, ReadingTools, SponsorFooter } from '../src/index.js';

/** Every component (tooling/components.mjs, read on the server). */
const components = () =>
  executeServerCommand<{ tag: string; className: string }[], Record<string, never>>('civic-component', {});

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).href;

/** An iframe page whose only script is civic-elements.min.js; resolves once the elements are defined. */
async function loadCdnPage(body: string) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CDN page"></iframe>`);
  const doc = frame.contentDocument!;
  doc.open();
  // Records what the page's scripts warn, before any of them runs.
  doc.write(`<!doctype html><html lang="en"><body>
    <script>window.warnings = []; console.warn = (...args) => warnings.push(args.join(' '));</script>
    ${body}
    <script type="module" src="${dist('civic-elements.min.js')}"></script>
  </body></html>`);
  doc.close();
  const win = frame.contentWindow as Window & typeof globalThis & { warnings: string[] };
  await waitUntil(() => win.customElements?.get('civic-sponsor-footer'), 'elements defined', {
    timeout: 5000,
  });
  return { doc, win };
}

describe('@civic-elements/all', () => {
  it('registers and exports the element of every package with a civic block', async () => {
    const found = await components();
    expect(found.length).to.be.greaterThan(4);
    for (const { tag, className } of found) {
      expect(customElements.get(tag), tag).to.equal((all as Record<string, unknown>)[className]);
    }
  });

  it('registers all five elements with one import', () => {
    expect(customElements.get('civic-font-size-toggle')).to.equal(FontSizeToggle);
    expect(customElements.get('civic-reading-tools')).to.equal(ReadingTools);
    expect(customElements.get('civic-article-header')).to.equal(ArticleHeader);
    expect(customElements.get('civic-column-nav')).to.equal(ColumnNav);
    expect(customElements.get('civic-sponsor-footer')).to.equal(SponsorFooter);
  });

  it('ships civic-elements.min.js: one self-contained module that renders all five', async () => {
    const { doc, win } = await loadCdnPage(`
      <civic-article-header heading="Bundle check" source="Office"></civic-article-header>
      <civic-font-size-toggle storage-key=""></civic-font-size-toggle>
      <civic-reading-tools storage-key=""></civic-reading-tools>
      <civic-column-nav current="/a/"><ul><li><a href="/a/">A</a></li></ul></civic-column-nav>
      <civic-sponsor-footer sponsor="City" icp="1"></civic-sponsor-footer>`);
    // The reading tools' panel is loaded on first open: from inside the file, not as a chunk.
    const tools = doc.querySelector('civic-reading-tools')!;
    await tools.show();
    await waitUntil(() => tools.shadowRoot?.querySelector('[part="panel"] civic-font-size-toggle'), 'panel', {
      timeout: 5000,
    });
    const header = doc.querySelector('civic-article-header')!;
    await waitUntil(() => header.shadowRoot?.querySelector('h1'), 'header rendered');
    expect(header.shadowRoot!.querySelector('h1')!.textContent).to.equal('Bundle check');
    expect(
      doc.querySelector('civic-font-size-toggle')!.shadowRoot!.querySelectorAll('button'),
    ).to.have.length(3);
    expect(doc.querySelector('civic-column-nav')!.shadowRoot!.querySelector('nav')).to.exist;
    expect(doc.querySelector('civic-sponsor-footer')!.shadowRoot!.querySelector('footer')).to.exist;
    expect(tools.shadowRoot!.querySelector('[part="button"]')!.getAttribute('aria-expanded')).to.equal(
      'true',
    );
    const scripts = win.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(scripts).to.have.length(1);
    expect(scripts[0]).to.match(/civic-elements\.min\.js$/);
  });

  it('switches every element of civic-elements.min.js to Chinese when the page language changes', async () => {
    const { doc } = await loadCdnPage(`
      <civic-font-size-toggle storage-key=""></civic-font-size-toggle>
      <civic-reading-tools storage-key=""></civic-reading-tools>
      <civic-column-nav><ul><li><a href="/a/">A</a></li></ul></civic-column-nav>
      <civic-sponsor-footer sponsor="City" icp="1"></civic-sponsor-footer>`);
    const shadowText = (tag: string) => doc.querySelector(tag)?.shadowRoot?.textContent ?? '';
    await waitUntil(() => shadowText('civic-sponsor-footer').includes('Sponsored by'), 'English first');
    doc.documentElement.lang = 'zh-CN';
    await waitUntil(
      () =>
        shadowText('civic-font-size-toggle').includes('字号') &&
        shadowText('civic-reading-tools').includes('阅读辅助') &&
        doc
          .querySelector('civic-column-nav')!
          .shadowRoot!.querySelector('nav')!
          .getAttribute('aria-label') === '栏目' &&
        shadowText('civic-sponsor-footer').includes('主办单位'),
      'all four in Chinese',
    );
  });

  it('is a production build: bad input gives the fallbacks and no warnings', async () => {
    const { doc, win } = await loadCdnPage(`
      <civic-article-header
        heading="Checked"
        column="News"
        column-href="javascript:alert(1)"
        published="yesterday"
        time-zone="Mars/Olympus"
      ></civic-article-header>
      <civic-font-size-toggle for="missing" levels="huge,9" storage-key="" strings="{oops"></civic-font-size-toggle>
      <civic-sponsor-footer icp-href="javascript:alert(1)"></civic-sponsor-footer>`);
    const header = doc.querySelector('civic-article-header')!;
    const toggle = doc.querySelector('civic-font-size-toggle')!;
    await waitUntil(
      () => header.shadowRoot?.querySelector('h1') && toggle.shadowRoot?.querySelector('button'),
    );
    expect(header.shadowRoot!.querySelector('a')).to.equal(null);
    expect(header.shadowRoot!.querySelector('[part="value"]')!.textContent!.trim()).to.equal('yesterday');
    expect(toggle.shadowRoot!.querySelectorAll('button')).to.have.length(1);
    expect(toggle.shadowRoot!.querySelector('[part="label"]')!.textContent).to.equal('Text size');
    expect(win.warnings).to.deep.equal([]);
  });

  it('ships reading-tools.css with its cursor images beside it, and the pre-paint script for the aids', async () => {
    localStorage.setItem('civic-all-test', JSON.stringify({ colours: 'dark', cursor: 'large' }));
    try {
      const { doc, win } = await loadCdnPage(`
        <link rel="stylesheet" href="${dist('reading-tools.css')}" />
        <script src="${dist('restore-reading-settings.js')}" data-storage-key="civic-all-test"></script>
        <p>Text</p>
        <civic-reading-tools storage-key="civic-all-test"></civic-reading-tools>`);
      const html = doc.documentElement;
      expect(html.dataset.civicColours).to.equal('dark');
      expect(html.dataset.civicCursor).to.equal('large');
      await waitUntil(() => win.getComputedStyle(html).getPropertyValue('--civic-reading-tools-stylesheet'));
      expect(win.getComputedStyle(doc.querySelector('p')!).color).to.equal('rgb(255, 255, 255)');
      // url() resolves next to the stylesheet: the images must be there.
      const cursors = [html, doc.querySelector('civic-reading-tools')!].map(
        (element) => win.getComputedStyle(element).cursor.match(/url\("([^"]+)"\)/)?.[1],
      );
      expect(cursors).to.deep.equal([dist('large-cursor.svg'), dist('large-pointer.svg')]);
      for (const url of cursors) {
        const response = await fetch(url!);
        expect(response.ok, url).to.equal(true);
        expect(await response.text()).to.match(/^<svg /);
      }
    } finally {
      localStorage.removeItem('civic-all-test');
    }
  });
});
