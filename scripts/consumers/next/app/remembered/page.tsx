// A toggle without `for` and with the default storage key: it scales the whole page, as the
// pre-paint script in the layout does before the first paint.
import { FontSizeToggle } from '@civic-elements/react';

export default function Remembered() {
  return (
    <main>
      <FontSizeToggle />
      <p id="text">Text at the remembered size from the first paint.</p>
    </main>
  );
}
