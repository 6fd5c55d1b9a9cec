import { tokenize, tokenTypes } from 'css-tree/tokenizer';

const { AtKeyword, BadUrl, Comment, Function: FunctionToken, String: StringToken, Url, WhiteSpace } = tokenTypes;

/**
 * Whether a piece of CSS can make the browser fetch anything, decided on the tokens of CSS Syntax 3 (css-tree's
 * tokenizer, ~1.4 KB gzipped, so the reader carries it; the parser stays on the options page). The options page's
 * filter asks it of every declaration and at-rule prelude; the reader asks it again of the whole filtered
 * stylesheet before applying it, so a stored value that did not come from the filter (an edited backup file)
 * still loads nothing.
 *
 * Allow-lists, not deny-lists: a function or at-rule we do not know may one day load something (image-set(),
 * src(), cross-fade(), element(), paint() all do). A name written with an escape (`\75 rl(`) is refused as
 * such: a browser decodes it to `url(`, a naive comparison would not.
 */
type LoadProblem = { kind: 'url'; text: string } | { kind: 'function'; name: string } | { kind: 'atRule'; name: string };

const SAFE_FUNCTIONS: ReadonlySet<string> = new Set([
  // values
  'var', 'calc', 'min', 'max', 'clamp', 'round', 'mod', 'rem', 'abs', 'sign', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan', 'atan2',
  'pow', 'sqrt', 'hypot', 'log', 'exp', 'rgb', 'rgba', 'hsl', 'hsla', 'hwb', 'lab', 'lch', 'oklab', 'oklch', 'color', 'color-mix',
  'light-dark', 'linear-gradient', 'radial-gradient', 'conic-gradient', 'repeating-linear-gradient', 'repeating-radial-gradient',
  'repeating-conic-gradient', 'translate', 'translatex', 'translatey', 'translatez', 'translate3d', 'rotate', 'rotatex', 'rotatey',
  'rotatez', 'rotate3d', 'scale', 'scalex', 'scaley', 'scalez', 'scale3d', 'skew', 'skewx', 'skewy', 'matrix', 'matrix3d',
  'perspective', 'blur', 'brightness', 'contrast', 'drop-shadow', 'grayscale', 'hue-rotate', 'invert', 'opacity', 'saturate',
  'sepia', 'cubic-bezier', 'steps', 'linear', 'repeat', 'minmax', 'fit-content', 'counter', 'counters',
  // selectors
  'not', 'is', 'where', 'has', 'nth-child', 'nth-last-child', 'nth-of-type', 'nth-last-of-type', 'lang', 'dir',
]);

/** At-rules whose preludes and blocks hold only what is checked here and in the filter. */
export const SAFE_AT_RULES: ReadonlySet<string> = new Set(['media', 'supports', 'container', 'layer', 'keyframes', '-webkit-keyframes']);

function isDataUrl(text: string): boolean {
  return text.trim().toLowerCase().startsWith('data:');
}

/** The inside of a <url-token>: `url( data:… )` → `data:…`. */
function urlTokenValue(token: string): string {
  return token.slice(token.indexOf('(') + 1, token.endsWith(')') ? -1 : undefined);
}

/** The first thing in `css` that could load a resource, or null when there is none. `data:` URLs load nothing. */
export function loadProblem(css: string): LoadProblem | null {
  const tokens: { type: number; text: string }[] = [];
  tokenize(css, (type, start, end) => {
    if (type !== WhiteSpace && type !== Comment) tokens.push({ type, text: css.slice(start, end) });
  });
  for (const [index, { type, text }] of tokens.entries()) {
    if (type === Url) {
      if (!isDataUrl(urlTokenValue(text))) return { kind: 'url', text };
    } else if (type === BadUrl) {
      return { kind: 'url', text };
    } else if (type === FunctionToken) {
      const name = text.slice(0, -1);
      const lower = name.toLowerCase();
      if (lower === 'url') {
        // url("…"): a function token and a string (the quoted form of a URL)
        const next = tokens[index + 1];
        if (next?.type !== StringToken || !isDataUrl(next.text.slice(1, -1)) || name.includes('\\')) return { kind: 'url', text };
      } else if (name.includes('\\') || !SAFE_FUNCTIONS.has(lower)) {
        return { kind: 'function', name };
      }
    } else if (type === AtKeyword) {
      const name = text.slice(1);
      if (name.includes('\\') || !SAFE_AT_RULES.has(name.toLowerCase())) return { kind: 'atRule', name };
    }
  }
  return null;
}
