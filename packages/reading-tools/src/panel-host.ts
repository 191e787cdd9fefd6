// The boundary between <civic-reading-tools> and its lazily loaded panel (./panel.ts): everything
// the panel may ask the element and tell it. The element owns the state (settings, language,
// targets, focus) and alone fires public events; the panel renders the controls, runs the guide
// and read aloud, saves the reader's choices and reports them here. Types only: nothing of it
// ships.
import type { LitElement } from 'lit';
import type { ReadingToolsStrings } from './locales/en.js';
import type { ReadingSettings } from './settings.js';

/** What `<civic-reading-tools>` offers its panel. The element implements it; the panel imports it. */
export interface PanelHost {
  /** The element: the panel renders into its shadow root and runs as its controller. */
  readonly element: LitElement;

  /** The reader's current settings (a copy). */
  settings(): ReadingSettings;
  /** The strings for the element's language, with the instance's overrides. */
  strings(): ReadingToolsStrings;
  /** The locale numbers are formatted in (percentages, speeds). */
  intlLocale(): string;
  /** The localStorage key of the settings; empty: nothing is remembered, text size included. */
  storageKey(): string;
  /** The element the visual aids apply to: the `for` target, or `<html>`. */
  styleTarget(): Element;
  /** The content read aloud: the `for` target, or `<main>`, or `<body>`. */
  readTarget(): Element;
  /** What last had focus on the page outside the element: continuous reading starts there. */
  lastFocus(): Element | undefined;

  /**
   * The reader chose `settings` in the panel: the element shows them on the page and tells the
   * page (`civic-reading-tools-change`).
   */
  changed(settings: ReadingSettings): void;
  /** Says `text` in the element's live region. */
  announce(text: string): void;
  /** Closes the panel (the Close button). */
  close(): void;
}
