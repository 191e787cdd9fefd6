import { css } from 'lit';

export const fontSizeToggleStyles = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    color: var(--civic-font-size-toggle-color, var(--_civic-color-brand));
  }

  :host([hidden]) {
    display: none;
  }

  /* Server-rendered but not yet upgraded (or no JavaScript): keep the space so nothing moves on
     upgrade, but show no control that cannot work yet. enhanceFontSizeToggle() marks a toggle
     that works without the element. */
  :host(:not(:defined):not([data-enhanced])) {
    visibility: hidden;
  }

  /* Where scripts never run it never can: no empty band kept for it either. */
  @media (scripting: none) {
    :host {
      display: none;
    }
  }

  [part='group'] {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_civic-space-1);
  }

  [part='label'] {
    margin-inline-end: var(--_civic-space-1);
  }

  [part='button'] {
    box-sizing: border-box;
    /* 44 × 44 CSS px at least (WCAG 2.5.5, USWDS), larger with the text. */
    min-inline-size: max(44px, 2.75em);
    min-block-size: max(44px, 2.75em);
    margin: 0;
    padding: 0 0.375em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    background: var(--civic-font-size-toggle-background, var(--_civic-color-surface));
    color: inherit;
    font: inherit;
    font-weight: 700;
    cursor: var(--civic-pointer-cursor, pointer);
  }

  [part='button']:hover {
    background: var(--civic-font-size-toggle-hover-background, var(--_civic-color-surface-hover));
  }

  /* Pressed is shown by fill, weight and an underline, never by colour alone. */
  [part='button'][aria-pressed='true'] {
    background: var(--civic-font-size-toggle-pressed-background, var(--_civic-color-pressed-background));
    color: var(--civic-font-size-toggle-pressed-color, var(--_civic-color-pressed-text));
    border-color: var(--civic-font-size-toggle-pressed-background, var(--_civic-color-pressed-background));
  }

  /* Longhands: WebKit drops a text-decoration shorthand that names a thickness, underline and all. */
  [part='button'][aria-pressed='true'] .glyph {
    text-decoration-line: underline;
    text-decoration-thickness: 0.1em;
    text-underline-offset: 0.15em;
  }

  [part='button']:focus-visible {
    outline: 3px solid var(--civic-focus-color, var(--_civic-color-focus));
    outline-offset: 2px;
  }

  /* Each "A" is drawn larger than the one before it. Sizes come from position, not inline
     styles, so the control needs no 'unsafe-inline' in a page's Content-Security-Policy. */
  /* Latin serif fonts by name before the generic family: on a Chinese page, serif alone is a CJK
     serif font, whose own Latin "A" differs from the English page's. */
  /* A line of its own, so the percentage (<small>) sits under it: the button's name is what it
     shows (WCAG 2.5.3), and a voice-control user can say "Click A 150%". */
  .glyph {
    display: block;
    font-family: Georgia, 'Times New Roman', 'Liberation Serif', 'Noto Serif', 'DejaVu Serif', serif;
    font-size: 0.875em;
  }

  [part='button']:nth-of-type(2) .glyph {
    font-size: 1.0625em;
  }

  [part='button']:nth-of-type(3) .glyph {
    font-size: 1.25em;
  }

  [part='button']:nth-of-type(4) .glyph {
    font-size: 1.4375em;
  }

  [part='button']:nth-of-type(n + 5) .glyph {
    font-size: 1.625em;
  }

  @media (forced-colors: active) {
    [part='button'] {
      border-color: ButtonText;
    }

    [part='button'][aria-pressed='true'] {
      forced-color-adjust: none;
      background: SelectedItem;
      color: SelectedItemText;
      border-color: SelectedItem;
    }

    [part='button']:focus-visible {
      outline-color: Highlight;
    }
  }

  @media print {
    :host {
      display: none;
    }
  }
`;
