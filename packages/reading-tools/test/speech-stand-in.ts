// A recording stand-in for the Web Speech API: headless browsers have no voices, and a test must
// see exactly what would have been said, in which language, with which voice and at which rate.

export class FakeUtterance extends EventTarget {
  lang = '';
  voice: { lang: string; name: string } | null = null;
  rate = 1;
  onend: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  constructor(public text: string) {
    super();
  }
}

export class FakeSpeech extends EventTarget {
  spoken: FakeUtterance[] = [];
  calls: string[] = [];
  constructor(public voices: { lang: string; name: string; default?: boolean }[]) {
    super();
  }
  getVoices() {
    return this.voices;
  }
  speak(utterance: FakeUtterance) {
    this.calls.push('speak');
    this.spoken.push(utterance);
  }
  pause() {
    this.calls.push('pause');
  }
  resume() {
    this.calls.push('resume');
  }
  cancel() {
    this.calls.push('cancel');
  }
  /** The engine finished the utterance being spoken. */
  finishCurrent() {
    this.spoken.at(-1)?.onend?.(new Event('end'));
  }
}

const VOICES = [
  { lang: 'en-GB', name: 'English', default: true },
  { lang: 'zh-CN', name: 'Mandarin (mainland)' },
  { lang: 'zh-TW', name: 'Mandarin (Taiwan)' },
];

/**
 * Replaces speechSynthesis: `null` removes it, `[]` is an engine with no voices at all (none ever
 * arrive). Returns the stand-in and an undo.
 */
export function installSpeech(voices: typeof VOICES | null = VOICES): {
  speech: FakeSpeech;
  restore: () => void;
} {
  const saved = {
    speechSynthesis: Object.getOwnPropertyDescriptor(window, 'speechSynthesis'),
    SpeechSynthesisUtterance: Object.getOwnPropertyDescriptor(window, 'SpeechSynthesisUtterance'),
  };
  const speech = new FakeSpeech(voices ?? []);
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: voices ? speech : undefined,
  });
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    writable: true,
    value: voices ? FakeUtterance : undefined,
  });
  const restore = () => {
    for (const [name, descriptor] of Object.entries(saved)) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as unknown as Record<string, unknown>)[name];
    }
  };
  return { speech, restore };
}
