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
  'civic-reading-tools': {
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
  },
};

/** Every built-in element and the names of its strings. */
export type BuiltInStrings = { [Tag in keyof typeof en]: { [Name in keyof (typeof en)[Tag]]: string } };
