// English: the nav's complete set of strings, and the fallback for every other locale.
export const en = {
  /** Accessible name of the navigation landmark. */
  label: 'Columns',
  /** Visible text of the disclosure button on narrow layouts. */
  toggle: 'Columns',
};

/** The names of the nav's strings. */
export type ColumnNavStrings = { [Name in keyof typeof en]: string };
