import generate from 'css-tree/generator';
import parse, { type CssNode, type CssParseError } from 'css-tree/parser';
import { USER_STYLE_CSS_MAX_LENGTH, USER_STYLE_MAX_BYTES, type UserStyle } from '../settings/schema';
import { utf8Length } from '../settings/validate';
import { loadProblem, SAFE_AT_RULES } from './safety';

/**
 * A user stylesheet for the reader (issue #24, "Your own style"), parsed with css-tree and rebuilt from what may
 * stay. The reader applies the result inside its closed shadow root, so nothing here can reach the page; what the
 * filter adds is that the stylesheet loads nothing and styles the article alone, not the reader's own controls:
 *
 * - every selector is put under the article (`.lr-article p`); a selector that names what lies outside it (the
 *   document: `html`, `body`, `:root`; the host: `:host`, `:host-context()`; slots and parts) is dropped;
 * - `@import`, `@font-face`, and every other at-rule but `@media`, `@supports`, `@container`, `@layer`,
 *   `@keyframes` are dropped (`@namespace`, `@charset`, `@page`, `@property`…);
 * - a declaration that could load a resource is dropped: `url()` other than `data:`, and any function not known
 *   to load nothing (`image-set()`, `src()`, `expression()`…), see safety.ts; so are `behavior` and `-moz-binding`.
 *
 * A stylesheet with a syntax error changes nothing: the caller keeps the last good one.
 */
const ARTICLE_SCOPE = '.lr-article';

export type DropReason = 'import' | 'fontFace' | 'atRule' | 'url' | 'function' | 'selector' | 'property';

interface Dropped {
  reason: DropReason;
  /** What was dropped, as written (cut to a readable length). */
  text: string;
  /** 1-based, in the source. */
  line: number;
}

export type CompileResult =
  | { ok: true; css: string; dropped: Dropped[] }
  | { ok: false; error: { kind: 'syntax'; line: number; column: number } | { kind: 'tooLarge' } };

const SNIPPET_LENGTH = 80;
/** Selectors that reach outside the article: the document, the shadow host, slots and parts. */
const ESCAPING_TYPES: ReadonlySet<string> = new Set(['html', 'body']);
const ESCAPING_PSEUDOS: ReadonlySet<string> = new Set(['root', 'host', 'host-context', 'scope', 'slotted', 'part']);
const LOADING_PROPERTIES: ReadonlySet<string> = new Set(['behavior', '-moz-binding']);

function snippet(text: string): string {
  const flat = text.trim();
  return flat.length > SNIPPET_LENGTH ? `${flat.slice(0, SNIPPET_LENGTH - 1)}…` : flat;
}

const lineOf = (node: CssNode): number => node.loc?.start.line ?? 1;
const childrenOf = (node: CssNode | null | undefined): CssNode[] => node?.children?.toArray() ?? [];

/**
 * Whether a selector, or any selector inside it (`:is(html) p`), names what lies outside the article. `&` at the
 * top level is the scoping root (the document); nested, it is the parent rule, already under the article.
 */
function escapes(node: CssNode, nested: boolean): boolean {
  const name = (node.name ?? '').toLowerCase();
  if (node.type === 'TypeSelector' && ESCAPING_TYPES.has(name)) return true;
  if ((node.type === 'PseudoClassSelector' || node.type === 'PseudoElementSelector') && ESCAPING_PSEUDOS.has(name)) return true;
  // a name with an escape is not compared, so it goes
  if ((node.type === 'NestingSelector' && !nested) || node.type === 'Raw' || name.includes('\\')) return true;
  return childrenOf(node).some((child) => escapes(child, nested));
}

class Filter {
  readonly dropped: Dropped[] = [];

  /** Notes what is dropped and why; what it keeps of it is nothing. */
  private drop(reason: DropReason, node: CssNode): '' {
    this.dropped.push({ reason, text: snippet(generate(node)), line: lineOf(node) });
    return '';
  }

  /** The CSS to keep of a list of rules; at the top level their selectors go under the article. */
  rules(nodes: CssNode[], context: 'top' | 'nested' | 'keyframes'): string {
    return nodes.map((node) => this.rule(node, context)).join('');
  }

  private rule(node: CssNode, context: 'top' | 'nested' | 'keyframes'): string {
    if (node.type === 'Atrule') return this.atRule(node, context);
    if (node.type === 'Rule') return this.styleRule(node, context);
    if (node.type === 'Declaration') return this.declaration(node);
    return '';
  }

  private atRule(node: CssNode, context: 'top' | 'nested' | 'keyframes'): string {
    const name = (node.name ?? '').toLowerCase();
    if (name === 'import') return this.drop('import', node);
    if (name === 'font-face') return this.drop('fontFace', node);
    if (!SAFE_AT_RULES.has(name) || name.includes('\\')) return this.drop('atRule', node);
    const prelude = node.prelude ? generate(node.prelude) : '';
    const problem = loadProblem(prelude);
    if (problem) return this.drop(problem.kind === 'url' ? 'url' : 'function', node);
    const head = `@${name}${prelude ? ` ${prelude}` : ''}`;
    if (!node.block) return `${head};`;
    const inner = name.endsWith('keyframes') || context === 'keyframes' ? 'keyframes' : context;
    return `${head}{${this.rules(childrenOf(node.block), inner)}}`;
  }

  private styleRule(node: CssNode, context: 'top' | 'nested' | 'keyframes'): string {
    const selectors = childrenOf(node.prelude);
    let kept: string[];
    if (context === 'keyframes' || node.prelude?.type !== 'SelectorList') {
      // keyframe selectors (from, 50%) are not element selectors
      kept = context === 'keyframes' && node.prelude ? [generate(node.prelude)] : [];
      if (kept.length === 0) this.drop('selector', node.prelude ?? node);
    } else {
      kept = [];
      for (const selector of selectors) {
        if (escapes(selector, context === 'nested')) {
          this.drop('selector', selector);
        } else {
          kept.push(context === 'top' ? `${ARTICLE_SCOPE} ${generate(selector)}` : generate(selector));
        }
      }
    }
    const body = this.rules(childrenOf(node.block), context === 'keyframes' ? 'keyframes' : 'nested');
    return kept.length > 0 ? `${kept.join(',')}{${body}}` : '';
  }

  private declaration(node: CssNode): string {
    const property = (node.property ?? '').toLowerCase();
    if (LOADING_PROPERTIES.has(property)) return this.drop('property', node);
    const text = generate(node);
    const problem = loadProblem(text);
    if (problem) return this.drop(problem.kind === 'url' ? 'url' : 'function', node);
    return `${text};`;
  }
}

/** The reader's stylesheet made of a user's, with what was dropped and why; or why there is none. */
export function compileUserStyle(source: string): CompileResult {
  if (utf8Length(source) > USER_STYLE_MAX_BYTES) return { ok: false, error: { kind: 'tooLarge' } };
  const errors: CssParseError[] = [];
  const sheet = parse(source, { positions: true, onParseError: (error) => errors.push(error) });
  const first = errors[0];
  if (first) return { ok: false, error: { kind: 'syntax', line: first.line, column: first.column } };
  const filter = new Filter();
  const css = filter.rules(childrenOf(sheet), 'top');
  if (css.length > USER_STYLE_CSS_MAX_LENGTH) return { ok: false, error: { kind: 'tooLarge' } };
  return { ok: true, css, dropped: filter.dropped };
}

/**
 * A stored or imported user style with its filtered copy made again here: a backup file's `css` is whatever the
 * file says, its `source` is what we can check. One that no longer compiles becomes the empty default.
 */
export function rebuiltUserStyle(style: UserStyle): UserStyle {
  const result = compileUserStyle(style.source);
  return result.ok ? { source: style.source, css: result.css } : { source: '', css: '' };
}
