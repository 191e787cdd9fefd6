// Site search in Firefox and WebKit as well as Chromium (test/search.test.mjs drives Chromium
// only): the built search page, opened in a frame, finds an English and a Chinese article.
import { expect } from '@open-wc/testing';

async function searchPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 800px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = path;
  });
  return frame.contentDocument!;
}

async function settledStatus(page: Document): Promise<string> {
  for (let waited = 0; waited < 15_000; waited += 100) {
    const text = page.querySelector('[data-search-status]')?.textContent ?? '';
    if (text && !text.endsWith('…')) return text;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('no search result was announced within 15 s');
}

const links = (page: Document) =>
  [...page.querySelectorAll('[data-search-results] a')].map((link) => link.getAttribute('href'));

describe('site search (the built /en/search/ and /zh/search/)', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('finds an English article from a search in the address', async () => {
    const page = await searchPage('/en/search/?q=library');
    expect(await settledStatus(page)).to.equal('1 result for “library”');
    expect(links(page)).to.deep.equal(['/en/columns/news/central-library-reopens/']);
  });

  it('finds a Chinese article by a Chinese word', async () => {
    const page = await searchPage(`/zh/search/?q=${encodeURIComponent('居住证')}`);
    expect(await settledStatus(page)).to.equal('找到1条与“居住证”相关的结果');
    expect(links(page)).to.deep.equal(['/zh/columns/services/online-residence-permit/']);
  });
});
