// English: the complete set of the reading tools' strings, and the fallback for every other
// locale. The panel registers them in core's registry when it loads; a page's own registrations
// win (see ./register.ts).
export const en = {
  /** The entry button that opens and closes the panel. */
  toggle: 'Reading tools',
  close: 'Close',
  /** What a change is announced as: {group} and {value} are replaced ("Line spacing 2"). */
  announcement: '{group} {value}',
  lineSpacing: 'Line spacing',
  lineSpacingNormal: 'Normal',
  lineSpacing15: '1.5',
  lineSpacing2: '2',
  colours: 'Colours',
  coloursDefault: 'Default',
  coloursDark: 'High contrast dark',
  coloursLight: 'High contrast light',
  cursor: 'Cursor',
  cursorNormal: 'Normal',
  cursorLarge: 'Large',
  guide: 'Reading guide',
  off: 'Off',
  on: 'On',
  readAloud: 'Read aloud',
  /** Starts continuous reading, from the focused paragraph or the start. */
  start: 'Start reading',
  pause: 'Pause',
  resume: 'Resume',
  stop: 'Stop',
  pointToRead: 'Point to read',
  pointToReadHint: 'Click a paragraph to hear just that paragraph, or focus one and choose Start reading.',
  speed: 'Speed',
  noSpeech: 'Read aloud is not available in this browser.',
  noVoice: 'This device has no voice for this language.',
  reset: 'Reset',
  resetDone: 'Reading aids reset',
};

/** The names of the reading tools' strings. */
export type ReadingToolsStrings = { [Name in keyof typeof en]: string };
