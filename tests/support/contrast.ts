/**
 * WCAG 2.x contrast, the one formula the tests hold colours to: the theme table (tests/unit/reader/themes.test.ts)
 * and the colours a browser computes in the e2e tests. Accepts `#rgb`, `#rrggbb` and
 * opaque `rgb()`/`rgba()`; anything else throws, since a contrast guessed from a colour we
 * cannot read would let a failing pair pass.
 */
type Rgb = readonly [number, number, number];

function parseColour(colour: string): Rgb {
  const css = colour.trim();
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(css)?.[1];
  if (hex !== undefined) {
    const full = hex.length === 3 ? [...hex].map((d) => d + d).join('') : hex;
    const at = (i: number): number => parseInt(full.slice(i, i + 2), 16);
    return [at(0), at(2), at(4)];
  }
  const fn = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/i.exec(css);
  if (fn !== null) {
    const alpha = fn[4] === undefined ? 1 : fn[4].endsWith('%') ? parseFloat(fn[4]) / 100 : parseFloat(fn[4]);
    if (alpha === 1) return [Number(fn[1]), Number(fn[2]), Number(fn[3])];
  }
  throw new RangeError(`Not an opaque sRGB colour: ${colour}`);
}

/** WCAG 2.x relative luminance. */
export function relativeLuminance(colour: string): number {
  const linear = (channel: number): number => {
    const c = channel / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const [r, g, b] = parseColour(colour);
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** WCAG contrast ratio (1…21); order of the two colours does not matter. */
export function contrastRatio(fg: string, bg: string): number {
  const a = relativeLuminance(fg);
  const b = relativeLuminance(bg);
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}
