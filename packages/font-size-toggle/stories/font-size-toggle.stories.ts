import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@civic-elements/font-size-toggle';

const sample = html`
  <div id="story-article" style="max-width: 40rem; font-family: system-ui, sans-serif; line-height: 1.6">
    <p>
      The Riverside Municipal Transport Bureau will extend evening bus services on routes 3, 8 and 15 from 1
      March. Residents can give feedback at any district service centre until the end of February.
    </p>
  </div>
`;

const meta: Meta = {
  title: 'Components/Font size toggle',
  component: 'civic-font-size-toggle',
  parameters: {
    docs: { description: { component: 'The "A A" control that lets readers enlarge article text.' } },
  },
};
export default meta;

type Story = StoryObj;

export const Default: Story = {
  render: () => html`<civic-font-size-toggle for="story-article"></civic-font-size-toggle>${sample}`,
};

export const CustomLevels: Story = {
  name: 'Custom levels',
  render: () => html`
    <civic-font-size-toggle
      for="story-article"
      levels="0.875,1,1.25,1.5,2"
      storage-key=""
    ></civic-font-size-toggle>
    ${sample}
  `,
};

export const ForASpecificElement: Story = {
  name: 'For a specific element',
  render: () => html`
    <p>Only the notice below changes size; this sentence does not.</p>
    <civic-font-size-toggle for="story-article" storage-key="" value="1.25"></civic-font-size-toggle>
    ${sample}
  `,
};

export const Chinese: Story = {
  render: () => html`
    <div lang="zh-CN">
      <civic-font-size-toggle for="story-article-zh" storage-key=""></civic-font-size-toggle>
      <div id="story-article-zh" style="max-width: 40rem; line-height: 1.8">
        <p>
          河滨市交通运输局将于3月1日起延长3路、8路和15路公交车的夜间运营时间。市民可在2月底前到各区政务服务中心提出意见。
        </p>
      </div>
    </div>
  `,
};

export const TraditionalChinese: Story = {
  name: 'Traditional Chinese',
  render: () => html`
    <div lang="zh-TW">
      <civic-font-size-toggle for="story-article-zh-hant" storage-key=""></civic-font-size-toggle>
      <div id="story-article-zh-hant" style="max-width: 40rem; line-height: 1.8">
        <p>
          河濱市交通局將自3月1日起延長3路、8路及15路公車的夜間營運時間，民眾可於2月底前至各區服務中心提供意見。
        </p>
      </div>
    </div>
  `,
};

export const StorageDisabled: Story = {
  name: 'Storage disabled',
  render: () => html`
    <p>With <code>storage-key=""</code> the choice is not remembered when the page reloads.</p>
    <civic-font-size-toggle for="story-article" storage-key=""></civic-font-size-toggle>
    ${sample}
  `,
};
