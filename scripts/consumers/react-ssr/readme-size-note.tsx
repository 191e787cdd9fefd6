// The React README's useFontSizeValue example (see readme-article.tsx).
import { useRef } from 'react';
import type { FontSizeToggle as FontSizeToggleElement } from '@civic-elements/font-size-toggle';
import { FontSizeToggle, useFontSizeValue } from '@civic-elements/react/font-size-toggle';

export function SizeNote() {
  const toggle = useRef<FontSizeToggleElement>(null);
  const size = useFontSizeValue(toggle); // undefined until the element has rendered
  return (
    <>
      <FontSizeToggle ref={toggle} htmlFor="article-body" />
      <p>Text at {size ?? 1}×</p>
    </>
  );
}
