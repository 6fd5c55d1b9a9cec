// css-tree ships no types. These are the few parts src/userStyle uses, each entry point on its own (the
// package's index adds the lexer and its ~100 KB of grammar, which nothing here needs).
declare module 'css-tree/parser' {
  export interface CssPosition {
    offset: number;
    line: number;
    column: number;
  }
  export interface CssList {
    toArray(): CssNode[];
  }
  /** One node of css-tree's AST; `type` says which of the optional fields it has. */
  export interface CssNode {
    type: string;
    loc?: { start: CssPosition; end: CssPosition } | null;
    name?: string;
    property?: string;
    children?: CssList | null;
    prelude?: CssNode | null;
    block?: CssNode | null;
    value?: CssNode | string;
    important?: boolean | string;
  }
  export interface CssParseError {
    message: string;
    line: number;
    column: number;
  }
  export interface CssParseOptions {
    positions?: boolean;
    parseCustomProperty?: boolean;
    onParseError?: (error: CssParseError) => void;
  }
  const parse: (source: string, options?: CssParseOptions) => CssNode;
  export default parse;
}

declare module 'css-tree/generator' {
  import type { CssNode } from 'css-tree/parser';
  const generate: (node: CssNode) => string;
  export default generate;
}

declare module 'css-tree/tokenizer' {
  export function tokenize(source: string, onToken: (type: number, start: number, end: number) => void): void;
  /** CSS Syntax 3's token types, by their names there. */
  export const tokenTypes: {
    readonly Function: number;
    readonly AtKeyword: number;
    readonly String: number;
    readonly Url: number;
    readonly BadUrl: number;
    readonly WhiteSpace: number;
    readonly Comment: number;
  };
}
