import { css } from 'lit';

// Wide: the summary is hidden and the details' content shows whether it is open or not.
// Narrow (the element at most 30em wide, NARROW_EM in column-nav.ts): a native disclosure, which
// works before and without script. The layout is decided by CSS alone, so server-rendered HTML
// is already right and nothing moves when the element upgrades.
export const columnNavStyles = css`
  :host {
    display: block;
    container: civic-column-nav / inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  [part='toggle'] {
    display: none;
  }

  details::details-content {
    content-visibility: visible;
  }

  @container civic-column-nav (max-width: 30em) {
    details:not([open])::details-content {
      content-visibility: hidden;
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
      font-weight: 700;
      list-style: none;
      cursor: pointer;
    }

    [part='toggle']::-webkit-details-marker {
      display: none;
    }

    [part='list'] {
      margin-block-start: 0.25em;
    }
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

  [open] .chevron {
    transform: translateY(0.1em) rotate(-135deg);
  }

  @media (forced-colors: active) {
    [part='toggle'] {
      border-color: ButtonText;
    }
  }

  @media print {
    [part='toggle'] {
      display: none !important;
    }

    details::details-content {
      content-visibility: visible !important;
    }
  }
`;
