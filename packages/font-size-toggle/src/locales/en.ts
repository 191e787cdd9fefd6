// English: the toggle's complete set of strings, and the fallback for every other locale.
export const en = {
  /** Visible label that names the group of buttons. */
  label: 'Text size',
};

/** The names of the toggle's strings. */
export type FontSizeToggleStrings = { [Name in keyof typeof en]: string };
