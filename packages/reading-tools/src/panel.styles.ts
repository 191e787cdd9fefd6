// The panel's styles, adopted into the element's shadow root when the panel loads (./panel.ts).
import { css } from 'lit';

export const panelStyles = css`
  [part='panel'] {
    position: absolute;
    inset-block-start: calc(100% + 0.25em);
    inset-inline-end: 0;
    z-index: 1000;
    box-sizing: border-box;
    /* No height limit of its own: at 200% text the page scrolls, not a box inside it. */
    inline-size: min(26em, calc(100vw - 2rem));
    display: grid;
    gap: var(--_civic-space-3);
    padding: var(--_civic-space-4);
    border: 2px solid currentColor;
    border-radius: 0.25em;
    background: var(--civic-reading-tools-background, var(--_civic-color-surface));
    color: var(--civic-reading-tools-color, var(--_civic-color-brand));
    font-weight: 400;
    line-height: 1.5;
    text-align: start;
    box-shadow: 0 0.25em 1em rgb(0 0 0 / 0.25);
  }
  /* The room the page gets below its end while the caption shows (reading-tools.css) comes after
     the page's own content; the panel, positioned, can reach further. This empty box gives the
     panel the same room below itself, so its last controls scroll clear of the caption. */
  [part='panel']::after {
    content: '';
    position: absolute;
    inset-block-start: 100%;
    inline-size: 1px;
    block-size: var(--civic-caption-space, 0);
  }
  [part='panel'][hidden],
  [hidden] {
    display: none;
  }
  /* The text-size toggle runs the page's one text scale (levels, storage, other toggles); the
     panel shows its own radio group for it, so the toggle's buttons never show. */
  civic-font-size-toggle {
    display: none;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
  }
  legend {
    padding: 0;
    margin-block-end: var(--_civic-space-1);
    font-weight: 700;
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_civic-space-1);
  }
  .option,
  button {
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    min-block-size: max(44px, 2.75em);
    min-inline-size: max(44px, 2.75em);
    margin: 0;
    padding: var(--_civic-space-1) 0.625em;
    border: 1px solid currentColor;
    border-radius: 0.25em;
    background: var(--civic-reading-tools-background, var(--_civic-color-surface));
    color: inherit;
    font: inherit;
    cursor: var(--civic-pointer-cursor, pointer);
  }
  /* A long label wraps beside the radio; the radio itself keeps its size. */
  .option input {
    flex: none;
    font-size: inherit;
    inline-size: 1.125em;
    block-size: 1.125em;
    margin: 0;
    accent-color: currentColor;
  }
  /* The chosen option is filled and bold: more than colour alone. */
  .option:has(input:checked) {
    background: var(--civic-reading-tools-pressed-background, var(--_civic-color-pressed-background));
    color: var(--civic-reading-tools-pressed-color, var(--_civic-color-pressed-text));
    font-weight: 700;
  }
  .option:focus-within {
    outline: 3px solid var(--civic-focus-color, var(--_civic-color-focus));
    outline-offset: 2px;
  }
  .option input:focus-visible {
    outline: none;
  }
  /* Pause and Stop while nothing is read: a dashed edge, not faded text (it keeps its contrast). */
  button:disabled {
    cursor: not-allowed;
    border-style: dashed;
  }
  .note {
    margin: 0 0 var(--_civic-space-1);
  }
  .speech {
    display: grid;
    justify-items: start;
    gap: var(--_civic-space-2);
  }
  .reset {
    justify-self: start;
  }
  .close {
    justify-self: end;
  }
  [part='guide'] {
    position: fixed;
    inset-inline: 0;
    inset-block-start: 0;
    z-index: 999;
    block-size: 2.5em;
    border-block: 3px solid var(--civic-reading-tools-guide-color, var(--_civic-color-brand));
    background: rgb(255 221 0 / 0.2);
    pointer-events: none;
    forced-color-adjust: none;
  }
  @media (prefers-reduced-motion: no-preference) {
    [part='guide'] {
      transition: translate 80ms linear;
    }
  }
  /* Clicks go through to what it covers; the page gets room below it (reading-tools.css). */
  [part='caption'] {
    pointer-events: none;
    position: fixed;
    inset-inline: 0;
    inset-block-end: 0;
    z-index: 1001;
    box-sizing: border-box;
    /* One line at least, however short the window (400% zoom): parts are measured to fit. */
    max-block-size: max(30vh, calc(1.4em + 2 * var(--_civic-space-2) + 3px));
    overflow: auto;
    overflow-wrap: anywhere;
    margin: 0;
    padding: var(--_civic-space-2) var(--_civic-space-4);
    border-block-start: 3px solid #ffdd00;
    background: #0b0c0c;
    color: #fff;
    font-size: max(32px, 2rem);
    font-weight: 400;
    line-height: 1.4;
  }
  @media (forced-colors: active) {
    [part='guide'] {
      border-color: Highlight;
      background: transparent;
    }
    [part='caption'] {
      border-color: CanvasText;
    }
  }
`;
