import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@civic-elements/article-header';
import '@civic-elements/font-size-toggle';

const meta: Meta = {
  title: 'Components/Article header',
  component: 'civic-article-header',
  parameters: {
    docs: {
      description: { component: 'The column, title and meta line at the top of a government news article.' },
    },
  },
};
export default meta;

type Story = StoryObj;

const MEETING_TITLE = 'Riverside Municipal People’s Congress Standing Committee holds its 27th meeting';

export const Default: Story = {
  render: () => html`
    <civic-article-header
      heading=${MEETING_TITLE}
      column="Special Column"
      column-href="/en/columns/special/"
      source="Municipal E-Government Office"
      published="2019-12-29T20:30:07+08:00"
    ></civic-article-header>
  `,
};

export const WithTranslator: Story = {
  name: 'With translator',
  render: () => html`
    <civic-article-header
      heading=${MEETING_TITLE}
      column="Special Column"
      column-href="/en/columns/special/"
      source="Municipal E-Government Office"
      published="2019-12-29T20:30:07+08:00"
      translator="Jing"
    ></civic-article-header>
  `,
};

export const WithFontSizeToggle: Story = {
  name: 'With the text-size toggle in actions',
  render: () => html`
    <div id="story-article">
      <civic-article-header
        heading=${MEETING_TITLE}
        column="Special Column"
        source="Municipal E-Government Office"
        published="2019-12-29T20:30:07+08:00"
      >
        <civic-font-size-toggle slot="actions" for="story-article" storage-key=""></civic-font-size-toggle>
      </civic-article-header>
      <p>
        The meeting reviewed the city’s draft plan for riverside flood defences and heard a report on the
        year’s progress in opening government information to the public.
      </p>
    </div>
  `,
};

export const Chinese: Story = {
  render: () => html`
    <div lang="zh-CN">
      <civic-article-header
        heading="河滨市人大常委会举行第二十七次会议"
        column="专题专栏"
        column-href="/zh/columns/special/"
        source="市电子政务办公室"
        published="2019-12-29T20:30:07+08:00"
        translator="静"
      ></civic-article-header>
    </div>
  `,
};

export const TraditionalChinese: Story = {
  name: 'Traditional Chinese',
  render: () => html`
    <div lang="zh-TW">
      <civic-article-header
        heading="河濱市議會舉行第二十七次會議"
        column="專題專欄"
        column-href="/zh-hant/columns/special/"
        source="市電子化政府辦公室"
        published="2019-12-29T20:30:07+08:00"
        translator="靜"
      ></civic-article-header>
    </div>
  `,
};

export const LongTitle: Story = {
  name: 'Long title',
  render: () => html`
    <civic-article-header
      heading="Notice on the public consultation about the revised regulations for the management of riverside parks, green spaces, cycle paths and the night-time markets along the eastern embankment"
      column="Policies"
      column-href="/en/columns/policies/"
      source="Riverside Municipal Bureau of Parks, Gardens and Public Spaces"
      published="2020-03-02T09:00:00+08:00"
      updated="2020-03-05T17:45:00+08:00"
    ></civic-article-header>
  `,
};

export const InvalidDate: Story = {
  name: 'Invalid date',
  render: () => html`
    <civic-article-header
      heading="Archive notice with a date the CMS could not read"
      source="Municipal Archives"
      published="sometime in 2019"
    ></civic-article-header>
  `,
};

export const EmbeddedAtLevel2: Story = {
  name: 'Embedded at level 2',
  render: () => html`
    <h1>Riverside news digest</h1>
    <civic-article-header
      heading="Evening bus services extended on three routes"
      heading-level="2"
      column="News"
      column-href="/en/columns/news/"
      source="Municipal Transport Bureau"
      published="2020-02-14"
    ></civic-article-header>
  `,
};
