import { css } from 'lit';

export const sponsorFooterStyles = css`
  :host {
    display: block;
    color: var(--civic-sponsor-footer-color, #1b1b1b);
    background: var(--civic-sponsor-footer-background, #f3f2f1);
    border-block-start: 0.25em solid var(--civic-sponsor-footer-accent, #9e1b1b);
    line-height: 1.6;
  }

  :host([hidden]) {
    display: none;
  }

  [part='footer'] {
    box-sizing: border-box;
    max-inline-size: var(--civic-sponsor-footer-max-width, 64em);
    margin: 0 auto;
    padding: 1.5em 1em;
    text-align: center;
    overflow-wrap: anywhere;
  }

  [part='links'] ::slotted(*) {
    margin-block-end: 1em;
  }

  [part='roles'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em 1.5em;
    margin: 0 0 0.75em;
  }

  [part='role'] {
    display: inline-flex;
    flex-wrap: wrap;
    justify-content: center;
    column-gap: 0.25em;
  }

  dt,
  dd {
    margin: 0;
  }

  [part='identifiers'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25em 1.5em;
    margin: 0 0 0.75em;
    padding: 0;
    list-style: none;
  }

  a {
    color: var(--civic-sponsor-footer-link-color, #1d3f6e);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  a:hover {
    text-decoration-thickness: 0.15em;
  }

  a:focus-visible {
    outline: 3px solid var(--civic-focus-color, #0b0c0c);
    outline-offset: 2px;
  }

  [part='copyright'] {
    margin: 0;
  }

  [part='badges'] {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 1em;
    margin-block-start: 0.75em;
  }

  @media (forced-colors: active) {
    :host {
      border-block-start-color: CanvasText;
    }

    a {
      color: LinkText;
    }
  }

  @media print {
    :host {
      background: none;
      color: #000;
      border-block-start-color: #000;
    }

    a {
      color: #000;
    }

    a[href]::after {
      content: ' (' attr(href) ')';
    }
  }
`;
