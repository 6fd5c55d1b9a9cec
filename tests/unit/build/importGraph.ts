import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/**
 * The import graph of the repository, read with the TypeScript compiler API (no type checking:
 * one parse per file, so the whole tree takes well under a second). Paths are relative to the
 * repository's root with forward slashes (`src/reader/mount.tsx`).
 */

/** One name an import takes from a module, or a re-export passes on (`imported as local`). */
interface ImportedName {
  imported: string;
  local: string;
}

export interface ImportEdge {
  from: string;
  line: number;
  /** as written, query included (`../content/detect.ts?iife`) */
  specifier: string;
  /** the file a relative specifier names; null for a package */
  target: string | null;
  /** the package a bare specifier names (`@mozilla/readability`), with its subpath in `specifier` */
  pkg: string | null;
  /** Vite's query (`iife`, `inline`): the file is built apart or read as text, not bundled as a module */
  query: string | null;
  /** `import type`, `export type … from`, every name `type`, or `typeof import()`: erased, ships nothing */
  typeOnly: boolean;
  /** `import()`: loaded when called, bundled with the importer all the same */
  dynamic: boolean;
  /** `export … from`: passes names on rather than using them */
  reexport: boolean;
  /** the names taken; '*' for a namespace, a dynamic import or `export *`; [] for a bare `import 'x'` */
  names: ImportedName[] | '*';
}

interface ExportedName {
  name: string;
  line: number;
  typeOnly: boolean;
  /** the name is used in its own file beyond its declaration (then only the `export` is dead when no one imports it) */
  usedInFile: boolean;
}

export interface ModuleInfo {
  file: string;
  imports: ImportEdge[];
  /** what the module exports by name, re-exports by name included (`export *` is in `imports`) */
  exports: ExportedName[];
}

const SOURCE = /\.(ts|tsx|mts|mjs)$/;
const RESOLVE_SUFFIXES = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** Every TypeScript (and .mjs) source file under `dir`, declaration files left out. */
function sourceFilesUnder(root: string, dir: string): string[] {
  const out: string[] = [];
  const walk = (abs: string): void => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const path = join(abs, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'fixtures') walk(path);
      } else if (SOURCE.test(entry.name) && !/\.d\.m?ts$/.test(entry.name)) {
        out.push(relative(root, path).split('\\').join('/'));
      }
    }
  };
  walk(join(root, dir));
  return out.sort();
}

function packageOf(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] ?? specifier);
}

function resolveRelative(root: string, from: string, path: string): string | null {
  const base = posix.join(posix.dirname(from), path);
  for (const suffix of RESOLVE_SUFFIXES) {
    const candidate = base + suffix;
    const abs = join(root, candidate);
    if (existsSync(abs) && statSync(abs).isFile()) return candidate;
  }
  return null;
}

const hasModifier = (node: ts.Node, kind: ts.SyntaxKind): boolean =>
  ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((m) => m.kind === kind);

function declaredNames(statement: ts.Statement): { name: string; typeOnly: boolean }[] {
  if (ts.isVariableStatement(statement)) {
    const names: string[] = [];
    const collect = (binding: ts.BindingName): void => {
      if (ts.isIdentifier(binding)) names.push(binding.text);
      else for (const element of binding.elements) if (!ts.isOmittedExpression(element)) collect(element.name);
    };
    for (const declaration of statement.declarationList.declarations) collect(declaration.name);
    return names.map((name) => ({ name, typeOnly: false }));
  }
  const isDefault = hasModifier(statement, ts.SyntaxKind.DefaultKeyword);
  if (ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement) || ts.isEnumDeclaration(statement)) {
    return [{ name: isDefault ? 'default' : (statement.name?.text ?? 'default'), typeOnly: false }];
  }
  if (ts.isInterfaceDeclaration(statement) || ts.isTypeAliasDeclaration(statement)) {
    return [{ name: isDefault ? 'default' : statement.name.text, typeOnly: true }];
  }
  if (ts.isModuleDeclaration(statement) && ts.isIdentifier(statement.name)) return [{ name: statement.name.text, typeOnly: false }];
  return [];
}

/** Parses one file: its imports, re-exports, dynamic imports and `typeof import()`s, and its exports. */
export function readModule(root: string, file: string): ModuleInfo {
  const text = readFileSync(join(root, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false);
  const imports: ImportEdge[] = [];
  const exports: ExportedName[] = [];
  // [index in exports, local name, mentions that are the declaration itself]
  const localMentions: [number, string, number][] = [];
  const mentions = new Map<string, number>();
  const lineOf = (node: ts.Node): number => source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;

  const edge = (node: ts.Node, specifier: string, rest: Pick<ImportEdge, 'typeOnly' | 'dynamic' | 'reexport' | 'names'>): void => {
    const [path = specifier, query = null] = specifier.split('?');
    const relativePath = path.startsWith('.');
    const target = relativePath ? resolveRelative(root, file, path) : null;
    if (relativePath && target === null) throw new Error(`${file}:${lineOf(node)}: cannot resolve '${specifier}'`);
    imports.push({ from: file, line: lineOf(node), specifier, target, pkg: relativePath ? null : packageOf(path), query, ...rest });
  };

  for (const statement of source.statements) {
    if (ts.isImportDeclaration(statement) && ts.isStringLiteral(statement.moduleSpecifier)) {
      const clause = statement.importClause;
      const names: ImportedName[] | '*' = [];
      let typeOnly = clause?.isTypeOnly ?? false;
      let namespace = false;
      if (clause) {
        if (clause.name) names.push({ imported: 'default', local: clause.name.text });
        const bindings = clause.namedBindings;
        if (bindings && ts.isNamespaceImport(bindings)) namespace = true;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            names.push({ imported: (element.propertyName ?? element.name).text, local: element.name.text });
          }
          // `import { type A, type B }` erases like `import type { A, B }`
          if (!clause.name && bindings.elements.length > 0 && bindings.elements.every((element) => element.isTypeOnly)) typeOnly = true;
        }
      }
      edge(statement, statement.moduleSpecifier.text, { typeOnly, dynamic: false, reexport: false, names: namespace ? '*' : names });
    } else if (ts.isExportDeclaration(statement)) {
      const clause = statement.exportClause;
      if (statement.moduleSpecifier && ts.isStringLiteral(statement.moduleSpecifier)) {
        if (clause && ts.isNamedExports(clause)) {
          const names = clause.elements.map((element) => ({ imported: (element.propertyName ?? element.name).text, local: element.name.text }));
          const typeOnly = statement.isTypeOnly || clause.elements.every((element) => element.isTypeOnly);
          edge(statement, statement.moduleSpecifier.text, { typeOnly, dynamic: false, reexport: true, names });
          for (const element of clause.elements) {
            exports.push({ name: element.name.text, line: lineOf(element), typeOnly: statement.isTypeOnly || element.isTypeOnly, usedInFile: false });
          }
        } else {
          // `export * from` (or `export * as ns from`, which exports one name)
          edge(statement, statement.moduleSpecifier.text, { typeOnly: statement.isTypeOnly, dynamic: false, reexport: true, names: '*' });
          if (clause && ts.isNamespaceExport(clause)) exports.push({ name: clause.name.text, line: lineOf(statement), typeOnly: statement.isTypeOnly, usedInFile: false });
        }
      } else if (clause && ts.isNamedExports(clause)) {
        // `export { a, b as c }`: a local declaration and its mention here
        for (const element of clause.elements) {
          const local = (element.propertyName ?? element.name).text;
          exports.push({ name: element.name.text, line: lineOf(element), typeOnly: statement.isTypeOnly || element.isTypeOnly, usedInFile: false });
          localMentions.push([exports.length - 1, local, 2]);
        }
      }
    } else if (ts.isExportAssignment(statement)) {
      exports.push({ name: 'default', line: lineOf(statement), typeOnly: false, usedInFile: false });
    } else if (hasModifier(statement, ts.SyntaxKind.ExportKeyword)) {
      for (const { name, typeOnly } of declaredNames(statement)) {
        exports.push({ name, line: lineOf(statement), typeOnly, usedInFile: false });
        if (name !== 'default') localMentions.push([exports.length - 1, name, 1]);
      }
    }
  }

  // import('x') anywhere, and `typeof import('x')` in types; and every identifier's mentions
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) mentions.set(node.text, (mentions.get(node.text) ?? 0) + 1);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [argument] = node.arguments;
      if (argument && ts.isStringLiteralLike(argument)) edge(node, argument.text, { typeOnly: false, dynamic: true, reexport: false, names: '*' });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      edge(node, node.argument.literal.text, { typeOnly: true, dynamic: false, reexport: false, names: '*' });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  for (const [index, local, declaration] of localMentions) {
    const exported = exports[index];
    if (exported) exported.usedInFile = (mentions.get(local) ?? 0) > declaration;
  }
  return { file, imports, exports };
}

export interface ImportGraph {
  modules: Map<string, ModuleInfo>;
  /** every edge, from `src/`, `tests/` and `scripts/` alike */
  edges: ImportEdge[];
}

export function readGraph(root: string, dirs: readonly string[]): ImportGraph {
  const modules = new Map<string, ModuleInfo>();
  for (const dir of dirs) for (const file of sourceFilesUnder(root, dir)) modules.set(file, readModule(root, file));
  return { modules, edges: [...modules.values()].flatMap((module) => module.imports) };
}

/**
 * The modules a bundle starting at `entries` carries: value imports, static and dynamic (Vite
 * bundles both into the one file), not type-only ones, not `?iife`/`?inline` (built apart or read
 * as text), not those `skip` says; with `types`, type-only imports too (what the entry's code
 * refers to at all). Returns our files and the package specifiers reached (`@mozilla/readability/Readability-readerable.js`).
 */
export interface Closure {
  files: Set<string>;
  packages: Set<string>;
  /** the import that first brought each file or package specifier in (breadth first: a shortest way) */
  via: Map<string, ImportEdge>;
}

export function bundleClosure(graph: ImportGraph, entries: readonly string[], skip: (edge: ImportEdge) => boolean = () => false, types = false): Closure {
  const files = new Set<string>(entries);
  const packages = new Set<string>();
  const via = new Map<string, ImportEdge>();
  const queue = [...entries];
  for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
    for (const edge of graph.modules.get(file)?.imports ?? []) {
      if ((edge.typeOnly && !types) || edge.query !== null || skip(edge)) continue;
      if (edge.pkg !== null) {
        if (!packages.has(edge.specifier)) via.set(edge.specifier, edge);
        packages.add(edge.specifier);
      } else if (edge.target !== null && graph.modules.has(edge.target) && !files.has(edge.target)) {
        files.add(edge.target);
        via.set(edge.target, edge);
        queue.push(edge.target);
      }
    }
  }
  return { files, packages, via };
}

/** The imports by which a closure reached a file or package, from its entry on. */
export function chainTo(closure: Closure, reached: string): ImportEdge[] {
  const chain: ImportEdge[] = [];
  for (let edge = closure.via.get(reached); edge !== undefined; edge = closure.via.get(edge.from)) chain.unshift(edge);
  return chain;
}

/** Strongly connected components with more than one member (Tarjan), each sorted. */
export function cycles(nodes: readonly string[], next: (node: string) => readonly string[]): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const connect = (node: string): void => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const other of next(node)) {
      if (!index.has(other)) {
        connect(other);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(other) ?? 0));
      } else if (onStack.has(other)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(other) ?? 0));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop();
        if (member === undefined) break;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of nodes) if (!index.has(node)) connect(node);
  return found;
}

/**
 * Who takes each export (`file#name` → the files that import it), through re-exports: a name a
 * module passes on (`export { x } from`, `export *`) is taken from its source by whoever takes it
 * from the module. A namespace import, `import()` or `typeof import()` takes every export. Uses
 * inside the exporting file do not count (see `ExportedName.usedInFile`).
 */
export function exportUsers(graph: ImportGraph): Map<string, Set<string>> {
  const users = new Map<string, Set<string>>();
  const queue: [string, string, string][] = [];
  for (const edge of graph.edges) {
    if (edge.reexport || edge.target === null) continue;
    if (edge.names === '*') queue.push([edge.target, '*', edge.from]);
    else for (const { imported } of edge.names) queue.push([edge.target, imported, edge.from]);
  }
  const seen = new Set<string>();
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) {
    const [file, name, user] = item;
    const key = `${file}#${name}#${user}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const module = graph.modules.get(file);
    if (!module) continue;
    const own = new Set(module.exports.map((exported) => exported.name));
    for (const exported of module.exports) {
      if (name !== '*' && exported.name !== name) continue;
      const set = users.get(`${file}#${exported.name}`) ?? new Set<string>();
      set.add(user);
      users.set(`${file}#${exported.name}`, set);
    }
    // what the module passes on is taken from the module it comes from
    for (const edge of module.imports) {
      if (!edge.reexport || edge.target === null) continue;
      if (edge.names === '*') {
        if (name === '*' || !own.has(name)) queue.push([edge.target, name, user]);
      } else {
        for (const { imported, local } of edge.names) if (name === '*' || local === name) queue.push([edge.target, imported, user]);
      }
    }
  }
  return users;
}

/** The folder under `src/` a file belongs to (`src/reader/components/X.tsx` → `reader`). */
export function folderOf(file: string): string {
  return file.split('/')[1] ?? file;
}

/** Repository root, from this file's place (tests/unit/build/). */
export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
