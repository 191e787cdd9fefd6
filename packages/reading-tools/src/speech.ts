// Read aloud with the Web Speech API: the content split into sentences (Intl.Segmenter) in runs
// of one language, each spoken by a voice for that language, highlighted in the text (CSS Custom
// Highlight API, where supported) and shown in the caption bar. A sentence no voice can say (no
// speech at all, or no voice for its language) is shown without sound for as long as it takes to
// read. Nothing speaks unless `speak` is called, which only a reader's click or focus does.
import { nearestLang } from '@civic-elements/core';

export interface Sentence {
  text: string;
  lang: string;
  range: Range;
}

export type Availability = 'ok' | 'no-speech' | 'no-voice';

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, dd, dt, figcaption, caption, td, th, pre, address';
const UNREAD = 'script, style, noscript, template, [hidden], [aria-hidden="true"]';
const HIGHLIGHT = 'civic-reading-aloud';

/** The paragraph (block of text) around `node` inside `within`, if any. */
export function paragraphOf(node: Node, within: Element): Element | undefined {
  const block = (node instanceof Element ? node : node.parentElement)?.closest(BLOCKS);
  return block && within.contains(block) ? block : undefined;
}

const readable = (element: Element): boolean =>
  !element.closest(UNREAD) && element.checkVisibility?.() !== false;

/**
 * The sentences of `root` in reading order, each with its language; starting at the paragraph
 * `from` when given. Text that is hidden or hidden from assistive technology is skipped.
 */
export function sentencesOf(root: Element, from?: Element): Sentence[] {
  const sentences: Sentence[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let run: { lang: string; block: Element; text: string; nodes: { node: Text; at: number }[] } | undefined;
  const flush = () => {
    if (run) sentences.push(...split(run.text, run.lang, run.nodes));
    run = undefined;
  };
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const parent = node.parentElement!;
    if (from && !from.contains(node) && node.compareDocumentPosition(from) & Node.DOCUMENT_POSITION_FOLLOWING)
      continue;
    if (!node.data.trim() || !readable(parent)) continue;
    const lang = nearestLang(parent);
    const block = parent.closest(BLOCKS) ?? root;
    if (run && (run.lang !== lang || run.block !== block)) flush();
    run ??= { lang, block, text: '', nodes: [] };
    run.nodes.push({ node, at: run.text.length });
    run.text += node.data;
  }
  flush();
  return sentences;
}

/** A segmenter for `lang`, or for the browser's own language when `lang` is not a valid tag. */
export function segmenter(lang: string, granularity: 'sentence' | 'word' = 'sentence'): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang || undefined, { granularity });
  } catch {
    return new Intl.Segmenter(undefined, { granularity });
  }
}

function split(text: string, lang: string, nodes: { node: Text; at: number }[]): Sentence[] {
  const position = (index: number) => {
    let found = nodes[0];
    for (const part of nodes) if (part.at <= index) found = part;
    return [found.node, Math.min(index - found.at, found.node.length)] as const;
  };
  const sentences: Sentence[] = [];
  for (const { segment, index } of segmenter(lang).segment(text)) {
    const words = segment.replace(/\s+/g, ' ').trim();
    if (!words) continue;
    const start = index + segment.search(/\S/);
    const end = index + segment.trimEnd().length;
    const range = new Range();
    range.setStart(...position(start));
    range.setEnd(...position(end));
    sentences.push({ text: words, lang, range });
  }
  return sentences;
}

// Chinese and Japanese are paced by the character, other scripts by the word.
const CJK = /[\p{scx=Hani}\p{scx=Hira}\p{scx=Kana}]/gu;

/**
 * How long a sentence shows when no voice reads it, in ms: about 150 words or 240 CJK characters
 * a minute at 1× (the pace of a voice at rate 1), plus a pause, divided by the speed.
 */
function readingTime(text: string, rate: number): number {
  const characters = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  return (500 + 400 * words + 250 * characters) / rate;
}

const synth = (): SpeechSynthesis | undefined =>
  typeof SpeechSynthesisUtterance === 'function' ? globalThis.speechSynthesis : undefined;

/** The best voice for a language tag: the same tag, then language and script (zh-TW ~ zh-HK), then language. */
export function voiceFor(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  if (!lang) return voices.find((voice) => voice.default) ?? voices[0];
  let wanted: Intl.Locale;
  try {
    wanted = new Intl.Locale(lang).maximize();
  } catch {
    return undefined;
  }
  let best: SpeechSynthesisVoice | undefined;
  let bestScore = 0;
  for (const voice of voices) {
    let score = 0;
    try {
      const offered = new Intl.Locale(voice.lang.replace('_', '-')).maximize();
      if (offered.language === wanted.language) {
        score = 1 + Number(offered.script === wanted.script) + Number(offered.region === wanted.region);
      }
    } catch {
      // A voice with a malformed tag cannot be matched.
    }
    if (score > bestScore) [best, bestScore] = [voice, score];
  }
  return best;
}

/** What started a reading: it alone shows the caption, and says how much of a text it shows whole. */
export interface ReadingOwner {
  captionFit(text: string, lang: string): string;
}

export class Reader {
  state: 'idle' | 'speaking' | 'paused' = 'idle';
  /** The panel that started the reading. */
  owner?: ReadingOwner;
  /** The sentence being read, for the caption bar. */
  caption = '';
  #queue: Sentence[] = [];
  #rate = 1;
  // Each reading gets a number: events of a cancelled utterance must not move the next one on.
  #reading = 0;
  // The sentence on show without a voice: its timer, when it ends, and what is left once paused.
  #timer?: ReturnType<typeof setTimeout>;
  #due = 0;
  #left = -1;
  readonly #listeners = new Set<() => void>();

  /**
   * Calls `changed` whenever the state, the caption or the voices change (voices often arrive
   * after the page loads); returns the undo, which lets go of `changed` everywhere: a listener
   * left on the page's one speechSynthesis would keep a removed element alive.
   */
  listen(changed: () => void): () => void {
    this.#listeners.add(changed);
    const speech = globalThis.speechSynthesis;
    speech?.addEventListener?.('voiceschanged', changed);
    return () => {
      this.#listeners.delete(changed);
      speech?.removeEventListener?.('voiceschanged', changed);
    };
  }

  #changed(): void {
    this.#listeners.forEach((changed) => changed());
  }

  availability(lang: string): Availability {
    const speech = synth();
    if (!speech) return 'no-speech';
    return voiceFor(speech.getVoices(), lang) ? 'ok' : 'no-voice';
  }

  speak(sentences: Sentence[], rate: number, owner: ReadingOwner): void {
    this.stop();
    if (!sentences.length) return;
    this.owner = owner;
    this.#queue = sentences;
    this.#rate = rate;
    this.state = 'speaking';
    this.#next(this.#reading);
  }

  pause(): void {
    if (this.state !== 'speaking') return;
    if (this.#timer) {
      clearTimeout(this.#timer);
      this.#left = Math.max(0, this.#due - Date.now());
    } else synth()?.pause();
    this.state = 'paused';
    this.#changed();
  }

  resume(): void {
    if (this.state !== 'paused') return;
    if (this.#left < 0) synth()?.resume();
    else this.#wait(this.#left, this.#reading);
    this.state = 'speaking';
    this.#changed();
  }

  stop(): void {
    const wasPaused = this.state === 'paused';
    this.#reading++;
    this.#queue = [];
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#left = -1;
    if (this.state !== 'idle') {
      synth()?.cancel();
      // Chromium stays paused after a cancel while paused, and would not speak again.
      if (wasPaused) synth()?.resume();
    }
    this.state = 'idle';
    // The reader is the page's: it must not hold on to the panel (and its element) that read last.
    this.owner = undefined;
    this.#show(undefined);
  }

  #next(reading: number): void {
    const speech = synth();
    const sentence = this.#queue.shift();
    if (reading !== this.#reading) return;
    if (!sentence) {
      this.stop();
      return;
    }
    const voice = speech && voiceFor(speech.getVoices(), sentence.lang);
    this.#timer = undefined;
    if (!voice) {
      // Without a voice the caption is all the reader gets: a sentence longer than the caption bar
      // holds is shown a part at a time, each for its own reading time.
      const part = this.owner!.captionFit(sentence.text, sentence.lang);
      const rest = sentence.text.slice(part.length).trim();
      if (rest) this.#queue.unshift({ ...sentence, text: rest });
      this.#show({ ...sentence, text: part.trim() });
      this.#wait(readingTime(part, this.#rate), reading);
      return;
    }
    this.#show(sentence);
    const utterance = new SpeechSynthesisUtterance(sentence.text);
    utterance.lang = sentence.lang;
    utterance.voice = voice;
    utterance.rate = this.#rate;
    utterance.onend = () => this.#next(reading);
    // An utterance the engine cannot say is skipped; a cancelled one ends this reading (above).
    utterance.onerror = () => this.#next(reading);
    speech!.speak(utterance);
  }

  #wait(ms: number, reading: number): void {
    this.#due = Date.now() + ms;
    this.#left = -1;
    this.#timer = setTimeout(() => this.#next(reading), ms);
  }

  #show(sentence: Sentence | undefined): void {
    this.caption = sentence?.text ?? '';
    const highlights = globalThis.CSS?.highlights;
    if (highlights && typeof Highlight === 'function') {
      if (sentence) highlights.set(HIGHLIGHT, new Highlight(sentence.range));
      else highlights.delete(HIGHLIGHT);
    }
    this.#changed();
  }
}

/** One reader for the page: two elements on it never talk over each other. */
export const reader = new Reader();
