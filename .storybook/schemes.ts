// The reading tools' two high-contrast schemes as token values, read from their own stylesheet,
// so the Design tokens page shows exactly what the schemes set.
import readingToolsCss from '../packages/reading-tools/src/reading-tools.css?raw';

/** `--civic-color-*` → value, as `html[data-civic-colours='<name>'] *` sets them. */
export function scheme(name: 'dark' | 'light'): Record<string, string> {
  const block = readingToolsCss.split(`html[data-civic-colours='${name}'] * {`)[1]?.split('}')[0] ?? '';
  return Object.fromEntries(
    [...block.matchAll(/(--civic-color-[a-z-]+):\s*([^;]+);/g)].map(([, property, value]) => [
      property,
      value.trim(),
    ]),
  );
}
