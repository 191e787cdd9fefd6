// English: the header's complete set of strings, and the fallback for every other locale.
export const en = {
  source: 'From',
  published: 'Published',
  updated: 'Updated',
  author: 'By',
  translator: 'Translated by',
  /** Between a label and its value ("From: Office"). */
  separator: ': ',
  /** Between a byline label and the name ("By Jing"). */
  bylineSeparator: ' ',
};

/** The names of the header's strings. */
export type ArticleHeaderStrings = { [Name in keyof typeof en]: string };
