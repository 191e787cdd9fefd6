import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { FontSizeToggle } from '@civic-elements/font-size-toggle';
import '@civic-elements/font-size-toggle';

// Args, argTypes and the template come from the manifest (custom-elements.json): every attribute
// is a control, the event is logged in the Actions panel, and the docs table has one section per
// kind of API (attributes, CSS parts, CSS custom properties, events).
const { args, argTypes, template } = getStorybookHelpers<FontSizeToggle>('civic-font-size-toggle');

const SAMPLE: Record<string, string> = {
  en: 'The Riverside Municipal Transport Bureau will extend evening bus services on routes 3, 8 and 15 from 1 March. Residents can give feedback at any district service centre until the end of February.',
  'zh-CN':
    '河滨市交通运输局将于3月1日起延长3路、8路和15路公交车的夜间运营时间。市民可在2月底前到各区政务服务中心提出意见。',
  'zh-Hant':
    '河濱市交通局將自3月1日起延長3路、8路及15路公車的夜間營運時間，民眾可於2月底前至各區服務中心提供意見。',
};

const WHOLE_PAGE: Record<string, TemplateResult> = {
  en: html`Without <code>for</code>, the toggle scales the whole page (<code>&lt;html&gt;</code>).`,
  'zh-CN': html`不设 <code>for</code> 时，按钮缩放整个页面（<code>&lt;html&gt;</code>）。`,
  'zh-Hant': html`不設 <code>for</code> 時，按鈕縮放整個頁面（<code>&lt;html&gt;</code>）。`,
};

/** The article the toggle scales (its `for` target), in the toolbar's language. */
const sample = (locale: string, id: string | undefined) =>
  html`<div id=${ifDefined(id)} style="max-width: 40rem; margin-block-start: 0.5rem">
    <p>${SAMPLE[locale] ?? SAMPLE.en}</p>
  </div>`;

/**
 * A story's own article id and storage key: a docs page shows every story at once, and two
 * toggles sharing either would scale each other's article or follow each other's size.
 */
const own = (name: string) => ({
  args: { for: `story-article-${name}`, 'storage-key': `civic-storybook-font-size-${name}` },
  parameters: { articleId: `story-article-${name}` },
});

const meta: Meta = {
  title: 'Components/Font size toggle',
  component: 'civic-font-size-toggle',
  // Storage keys of their own, so trying the stories never changes the portal's remembered size.
  args: { ...args, ...own('default').args },
  parameters: own('default').parameters,
  argTypes,
  render: (storyArgs, { globals, parameters }) =>
    html`${template(storyArgs)}${sample(String(globals.locale), parameters.articleId)}`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const CustomLevels: Story = {
  name: 'Custom levels',
  args: { levels: '0.875,1,1.25,1.5,2', value: 1.25, ...own('custom-levels').args },
  parameters: own('custom-levels').parameters,
};

export const WholePage: Story = {
  name: 'Whole page (no target)',
  args: { ...own('whole-page').args, for: '' },
  // The whole page is the docs page too: shown in a frame of its own there, it scales only that.
  parameters: { articleId: undefined, docs: { story: { inline: false, iframeHeight: 320 } } },
  render: (storyArgs, { globals }) =>
    html`<p>${WHOLE_PAGE[String(globals.locale)] ?? WHOLE_PAGE.en}</p>
      ${template(storyArgs)}${sample(String(globals.locale), undefined)}`,
};
