// The autoloader: a CMS page loads only the elements it uses, each from its own file, sharing one
// copy of Lit and core, including elements added later and inside loaded elements' shadow roots.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';

// Loading modules over the network: a shared CI machine under load can take seconds, not the
// default one.
const LOADING = { timeout: 10_000 };

const dist = (file: string) => new URL(`../dist/${file}`, import.meta.url).href;

async function autoloaderPage(body: string) {
  const frame = await fixture<HTMLIFrameElement>(html`<iframe title="CMS page"></iframe>`);
  const doc = frame.contentDocument!;
  doc.open();
  doc.write(`<!doctype html><html lang="en"><body>${body}
    <script type="module" src="${dist('autoloader.js')}"></script></body></html>`);
  doc.close();
  const win = frame.contentWindow as Window & typeof globalThis;
  const fetched = () =>
    win.performance
      .getEntriesByType('resource')
      .map((entry) => entry.name.replace(/^.*\/dist\//, ''))
      .filter((name) => name.endsWith('.js'));
  return { doc, win, fetched };
}

describe('autoloader.js', () => {
  it('loads only the elements on the page, each from its own file, with Lit and core once', async () => {
    const { doc, win, fetched } = await autoloaderPage(`
      <civic-article-header heading="Autoloaded" source="Office"></civic-article-header>
      <civic-sponsor-footer sponsor="City" icp="1"></civic-sponsor-footer>`);
    await waitUntil(
      () => win.customElements?.get('civic-sponsor-footer') && win.customElements.get('civic-article-header'),
      'both elements loaded',
      LOADING,
    );
    const header = doc.querySelector('civic-article-header')!;
    await waitUntil(() => header.shadowRoot?.querySelector('h1'), 'header rendered', LOADING);
    expect(header.shadowRoot!.querySelector('h1')!.textContent).to.equal('Autoloaded');
    const files = fetched();
    expect(files).to.include.members(['autoloader.js', 'civic-article-header.js', 'civic-sponsor-footer.js']);
    expect(files.filter((file) => /^civic-/.test(file)).sort()).to.deep.equal([
      'civic-article-header.js',
      'civic-sponsor-footer.js',
    ]);
    expect(files.every((file) => file === 'autoloader.js' || /^civic-|^chunks\//.test(file))).to.equal(true);
    // One Lit: both elements share its copy.
    expect((win as unknown as { litElementVersions: string[] }).litElementVersions).to.have.length(1);
  });

  it('loads an element added later, and one added inside a loaded element’s shadow root', async () => {
    const { doc, win, fetched } = await autoloaderPage(
      `<civic-sponsor-footer sponsor="City" icp="1"></civic-sponsor-footer>`,
    );
    await waitUntil(() => win.customElements?.get('civic-sponsor-footer'), 'footer loaded', LOADING);
    expect(win.customElements.get('civic-column-nav')).to.equal(undefined);
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<div><civic-column-nav><ul><li><a href="/">Home</a></li></ul></civic-column-nav></div>',
    );
    await waitUntil(() => win.customElements.get('civic-column-nav'), 'column nav loaded', LOADING);
    const footer = doc.querySelector('civic-sponsor-footer')!;
    await waitUntil(() => footer.shadowRoot?.querySelector('footer'), 'footer rendered', LOADING);
    footer.shadowRoot!.append(doc.createElement('civic-font-size-toggle'));
    await waitUntil(
      () => win.customElements.get('civic-font-size-toggle'),
      'toggle in a shadow root loaded',
      LOADING,
    );
    expect(fetched().filter((file) => file === 'civic-column-nav.js')).to.have.length(1);
  });

  it('loads nothing but itself on a page without elements', async () => {
    const { fetched } = await autoloaderPage('<p>No elements here.</p>');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fetched()).to.deep.equal(['autoloader.js']);
  });
});

describe('autoload()', () => {
  it('imports each file once, and again after a failed import when the tag appears again', async () => {
    const { autoload } = await import('../src/autoloader.js');
    const calls: string[] = [];
    let fail = true;
    autoload({
      'x-auto-once': async () => {
        calls.push('once');
        customElements.define('x-auto-once', class extends HTMLElement {});
      },
      'x-auto-retry': async () => {
        calls.push('retry');
        if (fail) throw new Error('offline');
        customElements.define('x-auto-retry', class extends HTMLElement {});
      },
    });
    const host = await fixture(html`<div><x-auto-once></x-auto-once><x-auto-once></x-auto-once></div>`);
    await waitUntil(() => customElements.get('x-auto-once'));
    host.append(document.createElement('x-auto-once'), document.createElement('x-auto-retry'));
    await waitUntil(() => calls.includes('retry'));
    await new Promise((resolve) => setTimeout(resolve));
    fail = false;
    host.append(document.createElement('x-auto-retry'));
    await waitUntil(() => customElements.get('x-auto-retry'), 'retried');
    expect(calls).to.deep.equal(['once', 'retry', 'retry']);
  });
});
