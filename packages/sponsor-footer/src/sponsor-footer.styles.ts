import { css } from 'lit';
import { shadowStylesFrom } from '@civic-elements/core';
import { sponsorFooterLightStyles } from './sponsor-footer.content.js';

/** The shadow root's styles: the content's (shared with the HTML-first form), then the slots. */
export const sponsorFooterStyles = [
  shadowStylesFrom(sponsorFooterLightStyles, 'civic-sponsor-footer'),
  css`
    :host([hidden]) {
      display: none;
    }

    [part='links'] ::slotted(*) {
      margin-block-end: var(--_civic-space-4);
    }
  `,
];
