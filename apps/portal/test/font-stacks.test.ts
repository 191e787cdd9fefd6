// The portal's stylesheet in every engine of `npm test`, WebKit included: English text never
// takes its punctuation from a CJK font, and Chinese text keeps a CJK font first. (The portal's
// other tests drive Chromium through playwright-core, which cannot drive WebKitGTK; this one runs
// in Web Test Runner like the packages' tests.)
import { expect } from '@open-wc/testing';
import {
  advanceInEm,
  FULL_WIDTH,
  LATIN_WIDTH,
  openPage,
  type FramedPage,
} from '@civic-elements/tooling/testing/fonts.js';

const page = (lang: string, body: string) =>
  openPage(
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
      `<link rel="stylesheet" href="/apps/portal/src/site.css"></head><body>${body}</body></html>`,
  );

describe('font stacks by language (apps/portal/src/site.css)', () => {
  let open: FramedPage | undefined;
  afterEach(() => open?.close());

  it('sets the apostrophe of an English page in a Latin font: "People’s" has no gap', async () => {
    open = await page('en', '<p>Riverside Municipal People’s Government</p>');
    expect(advanceInEm(open.document.querySelector('p')!, '’')).to.be.below(LATIN_WIDTH);
  });

  it('sets Chinese text on a Chinese page in a CJK font, quotation marks full width', async () => {
    open = await page('zh-CN', '<p>市民可以在“一网通办”平台办理。</p>');
    const p = open.document.querySelector('p')!;
    expect(advanceInEm(p, '“')).to.be.at.least(FULL_WIDTH);
    expect(advanceInEm(p, '”')).to.be.at.least(FULL_WIDTH);
    expect(advanceInEm(p, '网')).to.be.closeTo(1, 0.05);
  });

  it('sets an English passage inside a Chinese page in a Latin font', async () => {
    open = await page(
      'zh-CN',
      '<p>河滨市人民政府 <span lang="en">Riverside Municipal People’s Government</span></p>',
    );
    expect(advanceInEm(open.document.querySelector('span')!, '’')).to.be.below(LATIN_WIDTH);
  });

  it('sets a Chinese passage inside an English page in a CJK font', async () => {
    open = await page('en', '<p>The office is called <span lang="zh-CN">“政务服务中心”</span>.</p>');
    expect(advanceInEm(open.document.querySelector('span')!, '“')).to.be.at.least(FULL_WIDTH);
  });
});
