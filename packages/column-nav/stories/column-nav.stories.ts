import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@civic-elements/column-nav';

const meta: Meta = {
  title: 'Components/Column nav',
  component: 'civic-column-nav',
  parameters: {
    docs: {
      description: {
        component: 'Site navigation between the portal’s columns, with the current one marked.',
      },
    },
  },
};
export default meta;

type Story = StoryObj;

const columns = html`<ul>
  <li><a href="/en/">Home</a></li>
  <li><a href="/en/columns/news/">News</a></li>
  <li><a href="/en/columns/special/">Special Column</a></li>
  <li><a href="/en/columns/policies/">Policies</a></li>
  <li><a href="/en/columns/services/">Services</a></li>
</ul>`;

export const Wide: Story = {
  render: () => html`<civic-column-nav current="/en/columns/news/">${columns}</civic-column-nav>`,
};

export const Narrow: Story = {
  name: 'Narrow (in a narrow container)',
  render: () =>
    html`<div style="max-width: 260px; border: 1px dashed #b1b4b6; padding: 0.5rem">
      <civic-column-nav current="/en/columns/special/">${columns}</civic-column-nav>
    </div>`,
};

export const ManyColumns: Story = {
  name: 'Many columns',
  render: () =>
    html`<civic-column-nav strings='{"label": "Site columns"}' current="/en/columns/transport/">
      <ul>
        <li><a href="/en/">Home</a></li>
        <li><a href="/en/columns/news/">News</a></li>
        <li><a href="/en/columns/special/">Special Column</a></li>
        <li><a href="/en/columns/policies/">Policies and Interpretation</a></li>
        <li><a href="/en/columns/services/">Online Services</a></li>
        <li><a href="/en/columns/transport/">Transport</a></li>
        <li><a href="/en/columns/health/">Health</a></li>
        <li><a href="/en/columns/education/">Education</a></li>
        <li><a href="/en/columns/open-government/">Open Government Information</a></li>
        <li><a href="/en/columns/consultations/">Public Consultations</a></li>
        <li><a href="/en/columns/contact/">Contact the Mayor’s Office</a></li>
      </ul>
    </civic-column-nav>`,
};

export const Chinese: Story = {
  render: () =>
    html`<div lang="zh-CN">
      <civic-column-nav current="/zh/columns/special/">
        <ul>
          <li><a href="/zh/">首页</a></li>
          <li><a href="/zh/columns/news/">要闻动态</a></li>
          <li><a href="/zh/columns/special/">专题专栏</a></li>
          <li><a href="/zh/columns/policies/">政策解读</a></li>
          <li><a href="/zh/columns/services/">办事服务</a></li>
        </ul>
      </civic-column-nav>
    </div>`,
};

export const TraditionalChinese: Story = {
  name: 'Traditional Chinese',
  render: () =>
    html`<div lang="zh-TW">
      <civic-column-nav current="/zh-hant/columns/special/">
        <ul>
          <li><a href="/zh-hant/">首頁</a></li>
          <li><a href="/zh-hant/columns/news/">要聞動態</a></li>
          <li><a href="/zh-hant/columns/special/">專題專欄</a></li>
          <li><a href="/zh-hant/columns/policies/">政策解讀</a></li>
          <li><a href="/zh-hant/columns/services/">便民服務</a></li>
        </ul>
      </civic-column-nav>
    </div>`,
};

export const CurrentSubPage: Story = {
  name: 'Current page inside a column',
  render: () =>
    html`<p>On an article page, the column containing it is marked with <code>aria-current="true"</code>.</p>
      <civic-column-nav current="/en/columns/special/standing-committee-27th-meeting/"
        >${columns}</civic-column-nav
      >`,
};
