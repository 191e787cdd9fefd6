// The reader's choices, their cleaning and how they show on the page: shared by the
// element, its panel and the pre-paint restore script. Every visual aid is an attribute that the
// package's stylesheet (reading-tools.css) turns into styles, so applying a setting before first
// paint needs no more than setting attributes.

export const DEFAULT_STORAGE_KEY = 'civic-reading-tools';
export const LINE_SPACINGS = ['normal', '1.5', '2'] as const;
export const COLOURS = ['default', 'dark', 'light'] as const;
export const CURSORS = ['normal', 'large'] as const;
export const SPEEDS = [0.75, 1, 1.25, 1.5] as const;

export interface ReadingSettings {
  lineSpacing: (typeof LINE_SPACINGS)[number];
  colours: (typeof COLOURS)[number];
  cursor: (typeof CURSORS)[number];
  guide: boolean;
  pointToRead: boolean;
  /** Speech rate of read aloud. */
  speed: number;
}

export const DEFAULT_SETTINGS: Readonly<ReadingSettings> = {
  lineSpacing: 'normal',
  colours: 'default',
  cursor: 'normal',
  guide: false,
  pointToRead: false,
  speed: 1,
};

const oneOf = <T>(allowed: readonly T[], value: unknown, fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

export const isDefault = (settings: ReadingSettings): boolean =>
  JSON.stringify(settings) === JSON.stringify(DEFAULT_SETTINGS);

/** Any value (parsed JSON from storage, another tab, a script) as settings: what is not valid is the default. */
export function cleanSettings(value: unknown): ReadingSettings {
  const given = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  return {
    lineSpacing: oneOf(LINE_SPACINGS, given.lineSpacing, 'normal'),
    colours: oneOf(COLOURS, given.colours, 'default'),
    cursor: oneOf(CURSORS, given.cursor, 'normal'),
    guide: given.guide === true,
    pointToRead: given.pointToRead === true,
    speed: oneOf(SPEEDS, given.speed, 1),
  };
}

function setData(element: Element, name: string, value: string | false): void {
  if (value === false) element.removeAttribute(name);
  else element.setAttribute(name, value);
}

/**
 * Shows the settings on the page: colours and cursor on `<html>`, line spacing on `target` (the
 * element the aids apply to, `<html>` for the whole page). Defaults remove the attributes, so a
 * reader who changes nothing gets the page exactly as it was.
 */
export function applySettings(settings: ReadingSettings, target: Element): void {
  const html = target.ownerDocument.documentElement;
  setData(html, 'data-civic-colours', settings.colours !== 'default' && settings.colours);
  setData(html, 'data-civic-cursor', settings.cursor !== 'normal' && settings.cursor);
  setData(target, 'data-civic-line-spacing', settings.lineSpacing !== 'normal' && settings.lineSpacing);
}
