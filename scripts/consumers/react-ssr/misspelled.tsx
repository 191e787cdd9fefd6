// Must not type-check: "levles" is not a prop of FontSizeToggle.
import { FontSizeToggle } from '@civic-elements/react';

export const bad = <FontSizeToggle levles={[1, 1.5]} />;
