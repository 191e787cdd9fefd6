// Must not type-check: "levles" is not an attribute of the toggle.
import type {} from '@civic-elements/all/jsx';

export const bad = <civic-font-size-toggle levles="1,1.5" />;
