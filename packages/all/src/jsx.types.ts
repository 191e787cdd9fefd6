// JSX typings for React 19: `import type {} from '@civic-elements/all/jsx';` once in a project
// makes the elements known to TSX, with their attributes checked. Types only: the module is empty.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ArticleHeader,
  ColumnNav,
  FontSizeChangeDetail,
  FontSizeToggle,
  SponsorFooter,
} from './index.js';

/** React's props for an element `E` plus its own attributes `A`. */
export type CivicElementProps<E, A> = DetailedHTMLProps<HTMLAttributes<E>, E> & A & { class?: string };

export interface FontSizeToggleAttributes {
  for?: string;
  levels?: string;
  value?: number | string;
  'storage-key'?: string;
  /** JSON object of strings replacing the built-in ones by name. */
  strings?: string;
  /** React 19 adds a listener for the custom event. */
  'oncivic-font-size-change'?: (event: CustomEvent<FontSizeChangeDetail>) => void;
}

export interface ArticleHeaderAttributes {
  heading?: string;
  'heading-level'?: number | string;
  column?: string;
  'column-href'?: string;
  source?: string;
  published?: string;
  updated?: string;
  'time-zone'?: string;
  author?: string;
  translator?: string;
  strings?: string;
}

export interface ColumnNavAttributes {
  current?: string;
  strings?: string;
}

export interface SponsorFooterAttributes {
  sponsor?: string;
  undertaker?: string;
  'co-sponsor'?: string;
  'technical-support'?: string;
  icp?: string;
  'icp-href'?: string;
  'police-filing'?: string;
  'police-filing-href'?: string;
  'site-code'?: string;
  'contact-email'?: string;
  'contact-phone'?: string;
  copyright?: string;
  strings?: string;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React declares JSX as a namespace
  namespace JSX {
    interface IntrinsicElements {
      'civic-font-size-toggle': CivicElementProps<FontSizeToggle, FontSizeToggleAttributes>;
      'civic-article-header': CivicElementProps<ArticleHeader, ArticleHeaderAttributes>;
      'civic-column-nav': CivicElementProps<ColumnNav, ColumnNavAttributes>;
      'civic-sponsor-footer': CivicElementProps<SponsorFooter, SponsorFooterAttributes>;
    }
  }
}
