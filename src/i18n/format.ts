/**
 * A deliberately small subset of ICU MessageFormat:
 *
 *   {name}                                   a parameter
 *   {count, plural, one {# item} other {# items}}   plural forms via Intl.PluralRules
 *
 * Inside a plural form `#` is the formatted number and `{other}` parameters
 * work. There is no quoting: apostrophes are ordinary text, which is what
 * translators of French or Italian expect.
 */

export type MessageParams = Readonly<Record<string, string | number>>;

export type MessagePart =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'arg'; readonly name: string }
  | { readonly kind: 'hash' }
  | { readonly kind: 'plural'; readonly name: string; readonly forms: ReadonlyMap<string, readonly MessagePart[]> };

const NAME = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*$/;
const PLURAL_HEAD = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*,\s*plural\s*,/;

class Parser {
  private pos = 0;
  constructor(private readonly src: string) {}

  parse(): MessagePart[] {
    const parts = this.parseParts(false);
    if (this.pos < this.src.length) throw new SyntaxError(`Unexpected "}" at ${this.pos} in ${JSON.stringify(this.src)}`);
    return parts;
  }

  private parseParts(inPlural: boolean): MessagePart[] {
    const parts: MessagePart[] = [];
    let text = '';
    const flush = (): void => {
      if (text !== '') parts.push({ kind: 'text', text });
      text = '';
    };
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === '}') break;
      if (ch === '#' && inPlural) {
        flush();
        parts.push({ kind: 'hash' });
        this.pos++;
      } else if (ch === '{') {
        flush();
        parts.push(this.parsePlaceholder());
      } else {
        text += ch;
        this.pos++;
      }
    }
    flush();
    return parts;
  }

  private parsePlaceholder(): MessagePart {
    const start = this.pos + 1;
    const rest = this.src.slice(start);
    const plural = PLURAL_HEAD.exec(rest);
    if (plural !== null && plural[1] !== undefined) {
      this.pos = start + plural[0].length;
      return { kind: 'plural', name: plural[1], forms: this.parseForms() };
    }
    const end = this.src.indexOf('}', start);
    const name = end === -1 ? null : NAME.exec(this.src.slice(start, end));
    if (name === null || name[1] === undefined) throw new SyntaxError(`Bad placeholder at ${this.pos} in ${JSON.stringify(this.src)}`);
    this.pos = end + 1;
    return { kind: 'arg', name: name[1] };
  }

  private parseForms(): Map<string, MessagePart[]> {
    const forms = new Map<string, MessagePart[]>();
    for (;;) {
      const match = /^\s*(?:([a-z]+)|=(\d+))\s*\{/.exec(this.src.slice(this.pos));
      if (match === null) break;
      this.pos += match[0].length;
      const body = this.parseParts(true);
      if (this.src[this.pos] !== '}') throw new SyntaxError(`Unclosed plural form in ${JSON.stringify(this.src)}`);
      this.pos++;
      forms.set(match[1] ?? `=${match[2] ?? ''}`, body);
    }
    const close = /^\s*\}/.exec(this.src.slice(this.pos));
    if (close === null || !forms.has('other')) throw new SyntaxError(`Bad plural (needs "other") in ${JSON.stringify(this.src)}`);
    this.pos += close[0].length;
    return forms;
  }
}

/** Throws SyntaxError on malformed messages; the catalogue tests rely on that. */
export function parseMessage(message: string): MessagePart[] {
  return new Parser(message).parse();
}

/** Every parameter name a message uses, including plural selectors. */
export function messageParams(parts: readonly MessagePart[], into = new Set<string>()): Set<string> {
  for (const part of parts) {
    if (part.kind === 'arg') into.add(part.name);
    if (part.kind === 'plural') {
      into.add(part.name);
      for (const form of part.forms.values()) messageParams(form, into);
    }
  }
  return into;
}

export interface Formatter {
  readonly plural: Intl.PluralRules;
  readonly number: Intl.NumberFormat;
}

export function createFormatter(locale: string): Formatter {
  return { plural: new Intl.PluralRules(locale), number: new Intl.NumberFormat(locale) };
}

function renderValue(value: string | number, fmt: Formatter): string {
  return typeof value === 'number' ? fmt.number.format(value) : value;
}

export function renderMessage(parts: readonly MessagePart[], params: MessageParams, fmt: Formatter, hash?: number): string {
  let out = '';
  for (const part of parts) {
    if (part.kind === 'text') out += part.text;
    else if (part.kind === 'hash') out += hash === undefined ? '#' : fmt.number.format(hash);
    else if (part.kind === 'arg') {
      const value = params[part.name];
      // A visible placeholder is a better failure than an empty gap.
      out += value === undefined ? `{${part.name}}` : renderValue(value, fmt);
    } else {
      const count = Number(params[part.name]);
      if (!Number.isFinite(count)) {
        out += `{${part.name}}`;
        continue;
      }
      const form = part.forms.get(`=${count}`) ?? part.forms.get(fmt.plural.select(count)) ?? part.forms.get('other') ?? [];
      out += renderMessage(form, params, fmt, count);
    }
  }
  return out;
}
