import { css } from 'lit';

export const columnNavStyles = css`
  :host {
    display: block;
    position: relative;
  }

  :host([hidden]) {
    display: none;
  }

  [part='toggle'] {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.5em;
    min-block-size: max(24px, 2.75em);
    padding: 0 0.75em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    background: var(--civic-column-nav-toggle-background, #fff);
    color: var(--civic-column-nav-link-color, #1d3f6e);
    font: inherit;
    font-weight: 700;
    text-align: start;
    cursor: pointer;
  }

  [part='toggle'][hidden] {
    display: none;
  }

  [part='toggle']:focus-visible {
    outline: 3px solid var(--civic-focus-color, #0b0c0c);
    outline-offset: 2px;
  }

  .chevron {
    display: inline-block;
    inline-size: 0.5em;
    block-size: 0.5em;
    border-inline-end: 0.15em solid currentColor;
    border-block-end: 0.15em solid currentColor;
    transform: translateY(-0.15em) rotate(45deg);
  }

  [aria-expanded='true'] .chevron {
    transform: translateY(0.1em) rotate(-135deg);
  }

  /* Closed on a narrow layout: hidden from sight, focus and assistive technology, but still laid
     out, so the links' natural width can be measured to decide the layout. */
  :host([narrow]) [part='list'].closed {
    position: absolute;
    inset-inline: 0;
    block-size: 0;
    overflow: hidden;
    visibility: hidden;
  }

  :host([narrow]) [part='list'] {
    margin-block-start: 0.25em;
  }

  @media (forced-colors: active) {
    [part='toggle'] {
      border-color: ButtonText;
    }
  }

  @media print {
    [part='toggle'] {
      display: none;
    }

    :host([narrow]) [part='list'].closed {
      position: static;
      block-size: auto;
      visibility: visible;
    }
  }
`;
