// The React README's per-component import (see readme-article.tsx).
import { FontSizeToggle, type FontSizeChangeDetail } from '@civic-elements/react/font-size-toggle';

export const onChange = (event: CustomEvent<FontSizeChangeDetail>) => event.detail.value;
export const Toggle = FontSizeToggle;
