// English: the complete set of the reading tools' strings, and the fallback for every other
// locale. The panel registers them in core's registry when it loads; a page's own registrations
// win (see ./register.ts).
export const en = {
  /** The entry button that opens and closes the panel. */
  toggle: 'Reading tools',
  close: 'Close',
  /** What a change is announced as: {group} and {value} are replaced ("Line spacing 2"). */
  announcement: '{group} {value}',
  /** The text-size group (the same words as the text-size toggle's label). */
  textSize: 'Text size',
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
  /** Without speech, Start reading still shows each sentence in the caption bar, silently. */
  noSpeech:
    'Read aloud is not available in this browser. Start reading shows each sentence in the caption bar, without sound.',
  noVoice:
    'This device has no voice for this language. Start reading shows each sentence in the caption bar, without sound.',
  /** Follows noVoice: how to install a voice on each system. */
  addVoice:
    'To add a voice: Windows: Settings > Time & language > Speech. macOS: System Settings > Accessibility > Spoken Content. Android: Settings > Accessibility > Text-to-speech output, then install voice data. iOS (iPhone, iPad): Settings > Accessibility > Spoken Content > Voices. Then restart the browser.',
  reset: 'Reset',
  resetDone: 'Reading aids reset',
};

/** The names of the reading tools' strings. */
export type ReadingToolsStrings = { [Name in keyof typeof en]: string };
