// The toolbar's values, shared by the preview and the scripts that drive the built Storybook
// (scripts/test-stories.mjs, scripts/test-visual.mjs keep the same lists).
export const LOCALES = ['en', 'zh-CN', 'zh-Hant'] as const;
export const THEMES = ['light', 'dark'] as const;
export const TEXT_SCALES = [100, 150, 200] as const;
