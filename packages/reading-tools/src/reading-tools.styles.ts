import { css } from 'lit';

export const readingToolsStyles = css`
  :host {
    display: inline-block;
    position: relative;
    color: var(--civic-reading-tools-color, var(--_civic-color-brand));
  }
  :host([hidden]) {
    display: none;
  }
  /* Without JavaScript nothing here could work, and on paper nothing here helps. */
  @media (scripting: none), print {
    :host {
      display: none;
    }
  }
  [part='button'] {
    display: inline-flex;
    align-items: center;
    gap: var(--_civic-space-2);
    box-sizing: border-box;
    min-block-size: max(44px, 2.75em);
    margin: 0;
    padding: var(--_civic-space-1) var(--_civic-space-3);
    border: 1px solid currentColor;
    border-radius: 0.25em;
    background: var(--civic-reading-tools-background, var(--_civic-color-surface));
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: var(--civic-pointer-cursor, pointer);
  }
  [part='button'][aria-expanded='true'] {
    background: var(--civic-reading-tools-pressed-background, var(--_civic-color-pressed-background));
    color: var(--civic-reading-tools-pressed-color, var(--_civic-color-pressed-text));
  }
  .chevron {
    inline-size: 0.45em;
    block-size: 0.45em;
    border: solid currentColor;
    border-width: 0 0.15em 0.15em 0;
    /* transform, not the rotate and translate properties, which engines before Chromium 104 lack. */
    transform: translateY(-0.15em) rotate(45deg);
  }
  [aria-expanded='true'] .chevron {
    transform: translateY(0.15em) rotate(225deg);
  }
  :focus-visible {
    outline: 3px solid var(--civic-focus-color, var(--_civic-color-focus));
    outline-offset: 2px;
  }
`;
