import { css } from 'lit';
import { pageStyles } from '@civic-elements/core';

/**
 * Styles for the light-DOM list and links. The element adopts them into its document (or shadow
 * root); pages can also include `column-nav.css` so the list looks the same before upgrade.
 * `:where()` keeps them easy to override.
 */
export const columnNavLightStyles = pageStyles(
  'civic-column-nav',
  css`
    /* The element is the container its layout answers to: the list stacks when the element, not
     the viewport, is narrow, and the server-rendered page is laid out right before any script. */
    :where(civic-column-nav) {
      display: block;
      container: civic-column-nav / inline-size;
    }

    :where(civic-column-nav) :where(ul) {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_civic-space-1) var(--_civic-space-2);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    /* Keep in step with NARROW_EM in column-nav.ts. */
    @container civic-column-nav (max-width: 30em) {
      :where(civic-column-nav) :where(ul) {
        flex-direction: column;
        align-items: flex-start;
        gap: 0;
      }
    }

    :where(civic-column-nav) :where(li) {
      margin: 0;
      min-inline-size: 0;
    }

    :where(civic-column-nav) :where(a) {
      box-sizing: border-box;
      display: inline-flex;
      align-items: center;
      min-block-size: max(24px, 2.75em);
      padding: 0 var(--_civic-space-3) var(--_civic-space-1);
      color: var(--civic-column-nav-link-color, var(--_civic-color-link));
      text-decoration: underline;
      text-underline-offset: 0.2em;
      overflow-wrap: anywhere;
    }

    :where(civic-column-nav) :where(a:hover) {
      text-decoration-thickness: 0.15em;
    }

    :where(civic-column-nav) :where(a:focus-visible) {
      outline: 3px solid var(--civic-focus-color, var(--_civic-color-focus));
      outline-offset: 0;
    }

    /* The current column is bold and carries a bar: more than colour. Only it has a border, in
     place of the padding the others have: forced colours paint even a transparent border. */
    :where(civic-column-nav) :where(a[aria-current]) {
      padding-block-end: 0;
      border-block-end: 0.25em solid var(--civic-column-nav-current-color, var(--_civic-color-accent));
      font-weight: 700;
      text-decoration: none;
    }

    @media (forced-colors: active) {
      :where(civic-column-nav) :where(a[aria-current]) {
        border-block-end-color: CanvasText;
      }
    }
  `,
);
