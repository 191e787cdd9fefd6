import { expect } from '@open-wc/testing';

// Chromium replaces a custom cursor larger than 32 × 32 CSS px with the normal one wherever the
// image would overlap the browser's own interface (near the top of the window, by the tab strip
// and address bar), so that a page cannot draw over it; Firefox does the same. A cursor of at most
// 32 × 32 is always shown. The large cursor must stay large and visible everywhere: it is drawn
// within 32 × 32 and made bolder instead.
const MAX = 32;

const stylesheet = new URL('../src/reading-tools.css', import.meta.url);

/** Each image cursor the stylesheet declares, with its hotspot. */
async function declaredCursors() {
  const css = await (await fetch(stylesheet)).text();
  return [...css.matchAll(/url\('([^']+)'\)\s+(\d+)\s+(\d+)/g)].map(([, file, x, y]) => ({
    url: new URL(file, stylesheet),
    hotspot: [Number(x), Number(y)],
  }));
}

async function svgOf(url: URL) {
  const text = await (await fetch(url)).text();
  return new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
}

async function naturalSize(url: URL) {
  const image = new Image();
  image.src = url.href;
  await image.decode();
  return [image.naturalWidth, image.naturalHeight];
}

describe('the large cursor images', () => {
  it('are the arrow and the pointing hand', async () => {
    const files = (await declaredCursors()).map(({ url }) => url.pathname.split('/').pop());
    expect(files).to.deep.equal(['large-cursor.svg', 'large-pointer.svg']);
  });

  it('are 32 × 32 px, the size Chromium shows even next to its own interface', async () => {
    for (const { url } of await declaredCursors()) {
      const svg = await svgOf(url);
      expect([svg.getAttribute('width'), svg.getAttribute('height')], url.pathname).to.deep.equal([
        String(MAX),
        String(MAX),
      ]);
      expect(await naturalSize(url), url.pathname).to.deep.equal([MAX, MAX]);
    }
  });

  it('have their hotspot inside the image, at the tip of the arrow or finger', async () => {
    for (const { url, hotspot } of await declaredCursors()) {
      const [x, y] = hotspot;
      expect(x, url.pathname).to.be.within(0, MAX - 1);
      expect(y, url.pathname).to.be.within(0, MAX - 1);
    }
  });

  it('draw a black shape with a white outline at least 2 px wide, on any background', async () => {
    for (const { url } of await declaredCursors()) {
      const svg = await svgOf(url);
      const scale = Number(svg.getAttribute('width')) / Number(svg.getAttribute('viewBox')!.split(/\s+/)[2]);
      for (const shape of svg.querySelectorAll('path')) {
        expect(shape.getAttribute('fill'), url.pathname).to.equal('#000');
        expect(shape.getAttribute('stroke'), url.pathname).to.equal('#fff');
        expect(Number(shape.getAttribute('stroke-width')) * scale, url.pathname).to.be.at.least(2);
      }
    }
  });
});
