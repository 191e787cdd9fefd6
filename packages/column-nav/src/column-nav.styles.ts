import { css } from 'lit';

// The list sits beside the disclosure, not inside it, so no engine needs ::details-content, a
// script or container queries to show the links. Narrow (the element at most 30em wide,
// NARROW_EM in column-nav.ts): the disclosure shows and a closed one hides the list after it, a
// native control that works before and without script. Engines without container queries keep
// the wide layout: the list always open. The layout is decided by CSS alone, so server-rendered
// HTML is already right and nothing moves when the element upgrades.
export const columnNavStyles = css`
  :host {
    display: block;
    container: civic-column-nav / inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  [part='disclosure'] {
    display: none;
  }

  @container civic-column-nav (max-width: 30em) {
    [part='disclosure'] {
      display: block;
    }

    [part='disclosure']:not([open]) + [part='list'] {
      display: none;
    }

    [part='toggle'] {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      gap: var(--_civic-space-2);
      min-block-size: max(24px, 2.75em);
      padding: 0 var(--_civic-space-3);
      border: 1px solid currentColor;
      border-radius: 0.25em;
      background: var(--civic-column-nav-toggle-background, var(--_civic-color-surface));
      color: var(--civic-column-nav-link-color, var(--_civic-color-link));
      font-weight: 700;
      list-style: none;
      cursor: pointer;
    }

    [part='toggle']::-webkit-details-marker {
      display: none;
    }

    [part='list'] {
      margin-block-start: var(--_civic-space-1);
    }
  }

  [part='toggle']:focus-visible {
    outline: 3px solid var(--civic-focus-color, var(--_civic-color-focus));
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
    [part='disclosure'] {
      display: none !important;
    }

    [part='list'] {
      display: block !important;
    }
  }
`;
