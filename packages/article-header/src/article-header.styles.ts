import { css } from 'lit';

export const articleHeaderStyles = css`
  :host {
    display: block;
    color: var(--civic-article-header-color, #1b1b1b);
    line-height: 1.5;
    /* Sizes below are in em, so the header follows the page's and the reader's text size. */
    font-size: inherit;
  }

  :host([hidden]) {
    display: none;
  }

  [part='base'] {
    margin-block-end: 1.5em;
    padding-block-end: 1em;
    border-block-end: 1px solid var(--civic-article-header-rule-color, #b1b4b6);
  }

  [part='column'] {
    display: inline-block;
    margin: 0 0 0.5em;
    padding-inline-start: 0.5em;
    border-inline-start: 0.25em solid var(--civic-article-header-accent, #9e1b1b);
    color: var(--civic-article-header-accent, #9e1b1b);
    font-size: 0.9375em;
    font-weight: 700;
  }

  [part='column-link'] {
    color: inherit;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }

  [part='column-link']:hover {
    text-decoration-thickness: 0.15em;
  }

  [part='column-link']:focus-visible {
    outline: 3px solid var(--civic-focus-color, #0b0c0c);
    outline-offset: 2px;
  }

  [part='heading'] {
    margin: 0 0 0.5em;
    color: var(--civic-article-header-title-color, #0b0c0c);
    font-size: var(--civic-article-header-title-size, 1.75em);
    font-weight: 700;
    line-height: 1.3;
    /* A word breaks only when it cannot fit on a line of its own, hyphenated where the browser
       knows the language; CJK wraps between characters. */
    overflow-wrap: break-word;
    hyphens: auto;
    line-break: strict;
  }

  [part='meta'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
    color: var(--civic-article-header-meta-color, #505a5f);
    font-size: 0.9375em;
  }

  /* Each item draws its "|" in its own start margin. The list is shifted back by one margin and
     the wrapper clips that strip only, so no line starts with a dangling separator, and no text
     (which always starts inside an item's content box) can ever fall in the clipped strip. */
  .items {
    flex: 1 1 auto;
    min-inline-size: 0;
    overflow-x: clip;
  }

  dl {
    display: flex;
    flex-wrap: wrap;
    margin: 0;
    margin-inline-start: calc(-1.5em - 1px);
    gap: 0.25em 0;
  }

  [part='meta-item'] {
    position: relative;
    display: inline-flex;
    flex-wrap: wrap;
    column-gap: 0.25em;
    min-inline-size: 0;
    margin-inline-start: calc(1.5em + 1px);
    overflow-wrap: anywhere;
  }

  /* The "|" is a drawn rule, not text, so screen readers have nothing to announce. */
  [part='meta-item']::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(-0.75em - 1px);
    inset-block-start: 0.25em;
    block-size: 1em;
    border-inline-start: 1px solid currentColor;
  }

  dt,
  dd {
    margin: 0;
  }

  dt {
    font-weight: 700;
  }

  ::slotted([slot='actions']) {
    margin-inline-start: auto;
  }

  @media (forced-colors: active) {
    [part='column'] {
      border-inline-start-color: CanvasText;
      color: CanvasText;
    }

    [part='column-link'] {
      color: LinkText;
    }

    [part='base'] {
      border-block-end-color: CanvasText;
    }
  }

  @media print {
    :host {
      color: #000;
    }

    [part='column'],
    [part='heading'],
    [part='meta'] {
      color: #000;
    }

    [part='column'] {
      border-inline-start-color: #000;
    }

    ::slotted([slot='actions']) {
      display: none;
    }
  }
`;
