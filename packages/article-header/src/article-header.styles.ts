import { css } from 'lit';
import { shadowStylesFrom } from '@civic-elements/core';
import { articleHeaderLightStyles } from './article-header.content.js';

/** The shadow root's styles: the content's (shared with the HTML-first form), then the frame. */
export const articleHeaderStyles = [
  shadowStylesFrom(articleHeaderLightStyles, 'civic-article-header'),
  css`
    :host([hidden]) {
      display: none;
    }

    /* The HTML-first form: the page's own column, heading and meta line, with the actions at the
       end of the meta line's row, as the attribute form places them. */
    .html-first {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: var(--_civic-space-4);
    }

    .html-first ::slotted(*) {
      flex: 1 1 100%;
      min-inline-size: 0;
    }

    /* The meta line takes what the actions leave, as its items do in the attribute form, but
       never less than 16em: with less room beside them the actions wrap below it. */
    .html-first ::slotted([part='meta']) {
      flex: 1 1 16em;
    }

    ::slotted([slot='actions']) {
      flex: 0 1 auto;
      min-inline-size: 0;
      margin-inline-start: auto;
    }

    @media print {
      ::slotted([slot='actions']) {
        display: none;
      }
    }
  `,
];
