// English: the complete set of built-in strings, and the fallback for every other locale. Keyed
// by tag name, then by the string's name; each element's README lists the names.
export const en = {
  'civic-font-size-toggle': {
    /** Visible label that names the group of buttons. */
    label: 'Text size',
  },
  'civic-article-header': {
    source: 'From',
    published: 'Published',
    updated: 'Updated',
    author: 'By',
    translator: 'Translated by',
    /** Between a label and its value ("From: Office"). */
    separator: ': ',
    /** Between a byline label and the name ("By Jing"). */
    bylineSeparator: ' ',
  },
  'civic-column-nav': {
    /** Accessible name of the navigation landmark. */
    label: 'Columns',
    /** Visible text of the disclosure button on narrow layouts. */
    toggle: 'Columns',
  },
  'civic-sponsor-footer': {
    sponsor: 'Sponsored by',
    undertaker: 'Undertaken by',
    coSponsor: 'Co-sponsored by',
    technicalSupport: 'Technical support',
    icp: 'ICP filing',
    policeFiling: 'Public security filing',
    siteCode: 'Website identification code',
    email: 'Email',
    phone: 'Telephone',
    separator: ': ',
  },
};

/** Every built-in element and the names of its strings. */
export type BuiltInStrings = { [Tag in keyof typeof en]: { [Name in keyof (typeof en)[Tag]]: string } };
