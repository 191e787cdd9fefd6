import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import type { ArticleHeader } from '@civic-elements/article-header';
import '@civic-elements/article-header';
import '@civic-elements/font-size-toggle';

// Args, argTypes and the template come from the manifest (custom-elements.json): each attribute,
// the `actions` slot, the CSS parts and custom properties are controls in their own section.
const { args, argTypes, template } = getStorybookHelpers<ArticleHeader>('civic-article-header');

const meta: Meta = {
  title: 'Components/Article header',
  component: 'civic-article-header',
  args: {
    ...args,
    heading: 'Riverside Municipal People’s Congress Standing Committee holds its 27th meeting',
    column: 'Special Column',
    'column-href': '/en/columns/special/',
    source: 'Municipal E-Government Office',
    published: '2019-12-29T20:30:07+08:00',
  },
  argTypes,
  render: (storyArgs) => template(storyArgs),
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const Bylines: Story = {
  name: 'Bylines and an update',
  args: { author: 'Li Ming', translator: 'Jing', modified: '2019-12-30T09:15:00+08:00' },
};

export const WithFontSizeToggle: Story = {
  name: 'With the text-size toggle in actions',
  args: {
    'column-href': '',
    'actions-slot':
      '<civic-font-size-toggle storage-key="civic-storybook-font-size"></civic-font-size-toggle>',
  },
};

export const ChineseContent: Story = {
  name: 'Chinese content',
  globals: { locale: 'zh-CN' },
  args: {
    heading: '河滨市人大常委会举行第二十七次会议',
    column: '专题专栏',
    'column-href': '/zh/columns/special/',
    source: '市电子政务办公室',
    translator: '静',
  },
};

export const LongTitle: Story = {
  name: 'Long title',
  args: {
    heading:
      'Notice on the public consultation about the revised regulations for the management of riverside parks, green spaces, cycle paths and the night-time markets along the eastern embankment',
    column: 'Policies',
    'column-href': '/en/columns/policies/',
    source: 'Riverside Municipal Bureau of Parks, Gardens and Public Spaces',
    published: '2020-03-02T09:00:00+08:00',
    modified: '2020-03-05T17:45:00+08:00',
  },
};

export const InvalidDate: Story = {
  name: 'Invalid date',
  args: {
    heading: 'Archive notice with a date the CMS could not read',
    column: '',
    'column-href': '',
    source: 'Municipal Archives',
    published: 'sometime in 2019',
  },
};
