import * as React from 'react';
import type { FontSizeToggle } from '@civic-elements/font-size-toggle';

/**
 * The text size a `FontSizeToggle` shows, as React state: the size restored from storage once the
 * element has taken it (no event announces a restore), then every change, whether this reader chose
 * it here, in another toggle of the page or in another tab. `undefined` before the element has
 * rendered, and on the server.
 *
 * ```tsx
 * const toggle = useRef<FontSizeToggleElement>(null);
 * const size = useFontSizeValue(toggle);
 * return <FontSizeToggle ref={toggle} />;
 * ```
 */
export function useFontSizeValue(ref: React.RefObject<FontSizeToggle | null>): number | undefined {
  const [value, setValue] = React.useState<number>();
  React.useEffect(() => {
    const element = ref.current;
    if (!element) return;
    let live = true;
    // After the element's update: its value then holds what storage or the other toggle said.
    const read = () => void element.updateComplete.then(() => live && setValue(element.value));
    read();
    // Changes bubble and are composed, so another toggle's choice reaches the window too.
    window.addEventListener('civic-font-size-change', read);
    window.addEventListener('storage', read);
    return () => {
      live = false;
      window.removeEventListener('civic-font-size-change', read);
      window.removeEventListener('storage', read);
    };
  }, [ref]);
  return value;
}
