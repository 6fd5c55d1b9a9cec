import type { MessageKey } from '../../i18n';
import type { HighlightColour } from '../../highlights/types';

/** A colour's name on its own (the panel's select) and as a highlight (buttons, marks). */
export const COLOUR_NAME: Readonly<Record<HighlightColour, MessageKey>> = {
  yellow: 'colourYellow',
  green: 'colourGreen',
  blue: 'colourBlue',
  pink: 'colourPink',
};

export const HIGHLIGHT_NAME: Readonly<Record<HighlightColour, MessageKey>> = {
  yellow: 'highlightYellow',
  green: 'highlightGreen',
  blue: 'highlightBlue',
  pink: 'highlightPink',
};
