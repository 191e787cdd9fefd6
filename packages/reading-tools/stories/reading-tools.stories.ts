import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { getStorybookHelpers } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import type { ReadingSettings, ReadingTools } from '@civic-elements/reading-tools';
import '@civic-elements/reading-tools';
// The page stylesheet, as a page links it in its <head>: the element only sets attributes and
// these rules turn them into styles. Vite serves it with the cursor images beside it.
import '../src/reading-tools.css';

// Args, argTypes and the template come from the manifest (custom-elements.json), as for the
// other elements: every attribute is a control, the change event goes to the Actions panel.
const { args, argTypes, template } = getStorybookHelpers<ReadingTools>('civic-reading-tools');

// Each story has a storage key and an article id of its own: the stories never change what a
// portal on this origin remembers, and on a docs page, where every story shows at once, no two
// share a target or follow each other's settings. A value typed in the controls (anything but the manifest's default) still wins.
const storageKey = (storyId: string) => `civic-storybook-reading-tools-${storyId}`;
const articleId = (storyId: string) => `${storyId}--article`;
const typed = (storyArgs: Record<string, unknown>, name: string) =>
  storyArgs[name] && storyArgs[name] !== args[name] ? storyArgs[name] : undefined;
const own = (storyArgs: Record<string, unknown>, storyId: string) => ({
  ...storyArgs,
  for: typed(storyArgs, 'for') ?? articleId(storyId),
  'storage-key': typed(storyArgs, 'storage-key') ?? storageKey(storyId),
});

const SAMPLE: Record<string, { heading: string; paragraphs: string[] }> = {
  en: {
    heading: 'Evening bus services extended',
    paragraphs: [
      'The Riverside Municipal Transport Bureau will extend evening bus services on routes 3, 8 and 15 from 1 March. The last buses will leave the city centre at 23:30.',
      'Residents can give feedback at any district service centre until the end of February, or by calling the city hotline.',
    ],
  },
  'zh-CN': {
    heading: '公交夜间线路延长运营',
    paragraphs: [
      '河滨市交通运输局将于3月1日起延长3路、8路和15路公交车的夜间运营时间。末班车将于23时30分从市中心发出。',
      '市民可在2月底前到各区政务服务中心或拨打市民热线提出意见。',
    ],
  },
  'zh-Hant': {
    heading: '公車夜間路線延長營運',
    paragraphs: [
      '河濱市交通局將自3月1日起延長3路、8路及15路公車的夜間營運時間。末班車將於23時30分自市中心發車。',
      '民眾可於2月底前至各區服務中心或撥打市民專線提供意見。',
    ],
  },
};

/** The article the aids apply to and read aloud (the element's `for` target). */
const sample = (locale: string, storyId: string) => {
  const { heading, paragraphs } = SAMPLE[locale] ?? SAMPLE.en;
  return html`<article id=${articleId(storyId)} style="max-width: 40rem">
    <h2 style="margin-block: 0.5rem">${heading}</h2>
    ${paragraphs.map((text) => html`<p>${text}</p>`)}
  </article>`;
};

/**
 * A speech engine that says nothing and never finishes: it records what it is asked to say, so
 * the caption bar keeps the first sentence. Stories use it, not the browser's engine, so they
 * look the same on every machine (headless browsers have no voices, or none for Chinese).
 */
class StandInUtterance extends EventTarget {
  lang = '';
  voice: SpeechSynthesisVoice | null = null;
  rate = 1;
  onend: (() => void) | null = null;
  onerror: (() => void) | null = null;
  constructor(readonly text: string) {
    super();
  }
}
const standInVoice = (lang: string) =>
  ({
    lang,
    name: `Stand-in ${lang}`,
    voiceURI: lang,
    default: lang === 'en-GB',
    localService: true,
  }) as SpeechSynthesisVoice;
const standInSpeech = {
  spoken: [] as string[],
  getVoices: () => ['en-GB', 'zh-CN', 'zh-TW'].map(standInVoice),
  speak(utterance: StandInUtterance) {
    standInSpeech.spoken.push(utterance.text);
  },
  cancel() {},
  pause() {},
  resume() {},
  addEventListener() {},
  removeEventListener() {},
};

type Speech = 'stand-in' | 'unavailable';

/** Replaces the Web Speech API for one story; returns what puts the browser's own back. */
function useSpeech(speech: Speech): () => void {
  const saved = ['speechSynthesis', 'SpeechSynthesisUtterance'].map(
    (name) => [name, Object.getOwnPropertyDescriptor(window, name)] as const,
  );
  const replace = (name: string, value: unknown) =>
    Object.defineProperty(window, name, { value, configurable: true, writable: true });
  if (speech === 'unavailable') {
    replace('SpeechSynthesisUtterance', undefined);
  } else {
    replace('SpeechSynthesisUtterance', StandInUtterance);
    replace('speechSynthesis', standInSpeech);
  }
  return () => {
    for (const [name, descriptor] of saved) {
      if (descriptor) Object.defineProperty(window, name, descriptor);
      else delete (window as unknown as Record<string, unknown>)[name];
    }
  };
}

interface ReadingParameters {
  /** What the reader chose earlier (remembered in storage): the story starts with it. */
  settings?: Partial<ReadingSettings>;
  speech?: Speech;
}

const tools = (canvas: HTMLElement) => canvas.querySelector('civic-reading-tools')!;

/** Opens the panel, as a click on the button does, and waits until it is drawn. */
async function openPanel({ canvasElement }: { canvasElement: HTMLElement }) {
  const element = tools(canvasElement);
  await element.show();
  await element.updateComplete;
}

const meta: Meta = {
  title: 'Components/Reading tools',
  component: 'civic-reading-tools',
  args,
  argTypes,
  // Each story starts from its own remembered settings, with the stand-in speech engine, and
  // leaves the page as it found it: the colours and the cursor are set on <html>, which every
  // story of this Storybook shares.
  beforeEach: ({ parameters, id }) => {
    const { settings = {}, speech = 'stand-in' } = (parameters.readingTools ?? {}) as ReadingParameters;
    localStorage.setItem(storageKey(id), JSON.stringify(settings));
    localStorage.removeItem('civic-font-size');
    const restoreSpeech = useSpeech(speech);
    return () => {
      restoreSpeech();
      speechSynthesis?.cancel?.();
      localStorage.removeItem(storageKey(id));
      localStorage.removeItem('civic-font-size');
      for (const name of ['data-civic-colours', 'data-civic-cursor'])
        document.documentElement.removeAttribute(name);
    };
  },
  // The button sits at the inline end of a page's header, where portals put it; the panel opens
  // below it, towards the start.
  render: (storyArgs, { globals, id }) =>
    html`<div style="display: flex; justify-content: flex-end">${template(own(storyArgs, id))}</div>
      ${sample(String(globals.locale), id)}`,
};
export default meta;

type Story = StoryObj;

export const Default: Story = {};

export const PanelOpen: Story = {
  name: 'Panel open',
  play: openPanel,
};

export const LineSpacing15: Story = {
  name: 'Line spacing 1.5',
  parameters: { readingTools: { settings: { lineSpacing: '1.5' } } },
};

export const LineSpacing2: Story = {
  name: 'Line spacing 2',
  parameters: { readingTools: { settings: { lineSpacing: '2' } } },
};

export const HighContrastDark: Story = {
  name: 'High contrast, dark',
  parameters: { readingTools: { settings: { colours: 'dark' } } },
  play: openPanel,
};

export const HighContrastLight: Story = {
  name: 'High contrast, light',
  parameters: { readingTools: { settings: { colours: 'light' } } },
  play: openPanel,
};

export const LargeCursor: Story = {
  name: 'Large cursor',
  parameters: { readingTools: { settings: { cursor: 'large' } } },
  play: openPanel,
};

export const ReadingGuide: Story = {
  name: 'Reading guide on',
  parameters: { readingTools: { settings: { guide: true } } },
};

export const SpeechUnavailable: Story = {
  name: 'Read aloud, speech unavailable',
  parameters: { readingTools: { speech: 'unavailable' } },
  play: openPanel,
};

export const ReadingAloud: Story = {
  name: 'Read aloud (caption bar)',
  play: async (context) => {
    await openPanel(context);
    const element = tools(context.canvasElement);
    element.renderRoot.querySelector<HTMLButtonElement>('.speech button')!.click();
    await element.updateComplete;
  },
};

export const Chinese: Story = {
  name: 'Chinese',
  globals: { locale: 'zh-CN' },
  play: openPanel,
};

export const Narrow: Story = {
  name: 'Narrow (320 px)',
  render: (storyArgs, { globals, id }) =>
    html`<div style="inline-size: min(320px, 100%); box-sizing: border-box; border: 1px dashed #767676">
      <div style="display: flex; justify-content: flex-end">${template(own(storyArgs, id))}</div>
      ${sample(String(globals.locale), id)}
    </div>`,
  play: openPanel,
};
