/**
 * How much of the theme's background is laid over the text outside the band. 40% keeps the dimmed text at 3:1 or
 * more in every theme (sepia, the lowest, at about 3.2:1; tests/unit/reader/lineFocus.dimming.test.ts), so it
 * still reads when the eye goes there on purpose, while the band's text stands out.
 */
export const DIM_PERCENT = 40;

