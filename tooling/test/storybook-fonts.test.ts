// Storybook's story root (.storybook/preview.css) in every engine of `npm test`: English stories
// never take punctuation from a CJK font, and Chinese ones keep their CJK font first. It lives
// here because the root workspace runs `npm test` itself (through Turborepo) and cannot also run
// Web Test Runner under it; tooling is the workspace shared by everything else.
import { expect } from '@open-wc/testing';
import { advanceInEm, FULL_WIDTH, LATIN_WIDTH, openPage, type FramedPage } from '../testing/fonts.js';

const story = (lang: string, body: string) =>
  openPage(
    `<!doctype html><html><head><meta charset="utf-8"><link rel="stylesheet" href="/.storybook/preview.css">` +
      `</head><body><div class="civic-story" lang="${lang}">${body}</div></body></html>`,
  );

describe('font stacks by language (.storybook/preview.css)', () => {
  let open: FramedPage | undefined;
  afterEach(() => open?.close());

  it('sets the apostrophe of an English story in a Latin font: "People’s" has no gap', async () => {
    open = await story('en', '<p>Riverside Municipal People’s Government</p>');
    expect(advanceInEm(open.document.querySelector('p')!, '’')).to.be.below(LATIN_WIDTH);
  });

  for (const lang of ['zh-CN', 'zh-Hant']) {
    it(`sets a ${lang} story in its CJK font, quotation marks full width`, async () => {
      open = await story(lang, '<p>也可将焦点移到段落中，再选择“开始朗读”按钮。</p>');
      const p = open.document.querySelector('p')!;
      // ” is followed by a character, not by punctuation that Chromium's text-spacing-trim would
      // set against it at half width.
      expect(advanceInEm(p, '“')).to.be.at.least(FULL_WIDTH);
      expect(advanceInEm(p, '”')).to.be.at.least(FULL_WIDTH);
    });
  }

  it('sets an English passage inside a Chinese story in a Latin font', async () => {
    open = await story(
      'zh-CN',
      '<p>河滨市人民政府 <span lang="en">Riverside Municipal People’s Government</span></p>',
    );
    expect(advanceInEm(open.document.querySelector('span')!, '’')).to.be.below(LATIN_WIDTH);
  });
});
