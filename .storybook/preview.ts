import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { setStorybookHelpersConfig } from '@wc-toolkit/storybook-helpers';
import { html } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { styleMap } from 'lit/directives/style-map.js';
// The optional dark theme ships in @civic-elements/core; Storybook loads its source so an edit
// shows at once, like the components.
import '../packages/core/src/themes/dark.css';
import './preview.css';
import { prepareManifest, type Manifest } from './manifest';
import { LOCALES } from './globals';

// Storybook takes one manifest: merge every package's, so the docs cover all elements. Only the
// public API is kept, and defaults that name a constant are resolved to the constant's value.
const manifests = import.meta.glob<Manifest>('../packages/*/custom-elements.json', {
  eager: true,
  import: 'default',
});
setCustomElementsManifest(prepareManifest(Object.values(manifests)));

// Every story's args and argTypes come from the manifest through @wc-toolkit/storybook-helpers
// (see the stories): one section each for attributes, properties, slots, CSS custom properties,
// CSS parts and events, and no name shared between them.
setStorybookHelpersConfig({ hideArgRef: false, renderDefaultValues: false });

/**
 * The toolbar's globals, applied to a wrapper around every story (the story root):
 * - `locale` sets its `lang`, which every element follows;
 * - `theme: dark` adds the `civic-theme-dark` class of @civic-elements/core/themes/dark.css;
 * - `textScale` scales its text the way <civic-font-size-toggle> does: `font-size` in `em` and
 *   `--civic-font-scale` on the target.
 * The font is pinned (DejaVu Sans, Noto Sans CJK: Debian's fonts-dejavu-core and
 * fonts-noto-cjk) so screenshots are the same on every machine.
 */
const withGlobals: Decorator = (story, context) => {
  const locale = (LOCALES as readonly string[]).includes(context.globals.locale)
    ? context.globals.locale
    : 'en';
  const dark = context.globals.theme === 'dark';
  const scale = Number(context.globals.textScale ?? 100) / 100 || 1;
  return html`<div
    class=${classMap({
      'civic-story': true,
      'civic-story--canvas': context.viewMode === 'story',
      'civic-theme-dark': dark,
    })}
    lang=${locale}
    data-theme=${dark ? 'dark' : 'light'}
    style=${styleMap(scale === 1 ? {} : { 'font-size': `${scale}em`, '--civic-font-scale': String(scale) })}
  >
    ${story()}
  </div>`;
};

const preview: Preview = {
  decorators: [withGlobals],
  parameters: {
    layout: 'fullscreen',
    a11y: { test: 'error' },
    controls: { expanded: true, sort: 'none' },
    docs: {
      // Argument tables come from the stories' argTypes (the helpers), not from Storybook's own
      // reading of the manifest, which lets parts hide attributes of the same name and lists
      // every attribute twice.
      extractArgTypes: () => ({}),
      canvas: { sourceState: 'shown' },
      // The snippet shows the element as a page would write it, without the toolbar's wrapper.
      source: { excludeDecorators: true },
    },
    options: {
      storySort: { order: ['Introduction', 'Theming', 'Components'] },
    },
  },
  globalTypes: {
    locale: {
      description: 'Language of the story root (its lang attribute)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'zh-CN', right: 'zh-CN', title: '简体中文' },
          { value: 'zh-Hant', right: 'zh-Hant', title: '繁體中文' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Light, or the dark theme of @civic-elements/core/themes/dark.css',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', icon: 'sun', title: 'Light' },
          { value: 'dark', icon: 'moon', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    textScale: {
      description: 'Text size, as <civic-font-size-toggle> sets it',
      toolbar: {
        title: 'Text size',
        icon: 'zoom',
        items: [
          // Numbers, not strings: Storybook reads `&globals=textScale:150` from the URL as the
          // number 150, and the toolbar shows the item whose value is identical.
          ...[100, 150, 200].map((value) => ({ value: value as unknown as string, title: `Text ${value}%` })),
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'en', theme: 'light', textScale: 100 },
};

export default preview;
