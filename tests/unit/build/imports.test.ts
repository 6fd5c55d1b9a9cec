import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleClosure, cycles, exportUsers, folderOf, type ImportEdge, type ImportGraph, chainTo, readGraph, readModule, REPO_ROOT } from './importGraph';

/**
 * ARCHITECTURE.md's "Who may import whom", enforced (issue 27): every import of `src/` is read
 * with the TypeScript compiler API (static, `export … from`, `import()`, `typeof import()`;
 * type-only imports apart, since they ship nothing) and checked against the rules below. A wrong
 * import fails here with the file, the line, the import and the rule it breaks. Where the code
 * breaks a rule today, the import is a named exception (EXCEPTIONS) with the fix it waits for.
 */

const sources = readGraph(REPO_ROOT, ['src', 'tests', 'scripts']);
// The build's config takes facts from src/ too (the offscreen page's path): its imports count as uses.
sources.modules.set('vite.config.ts', readModule(REPO_ROOT, 'vite.config.ts'));
const graph: ImportGraph = { modules: sources.modules, edges: [...sources.modules.values()].flatMap((module) => module.imports) };
const SRC = 'src/';
const srcFiles = [...graph.modules.keys()].filter((file) => file.startsWith(SRC));

// ---------------------------------------------------------------------------------------------
// Exceptions: imports that break a rule today. Each is one import, named, with its fix; a fixed
// one must leave this list (the last test below fails while an exception names no import).
// ---------------------------------------------------------------------------------------------

interface Exception {
  from: string;
  to: string;
  breaks: string;
  why: string;
}

const EXCEPTIONS: readonly Exception[] = [];

const isException = (edge: ImportEdge): boolean => EXCEPTIONS.some((e) => e.from === edge.from && e.to === edge.target);

// ---------------------------------------------------------------------------------------------
// Who may import whom, folder by folder. Imports within a folder are free. Anything not listed
// fails. `to`: a file under src/ (`settings/schema.ts`), a whole folder (`settings/`), or a
// package. `as`: 'type' (type-only imports alone), 'dynamic' (only `import()`), 'built' (only
// as a separately built file, `?iife`/`?inline`). `in`: only these files of the folder.
// ---------------------------------------------------------------------------------------------

interface Allow {
  to: string;
  as?: 'type' | 'dynamic' | 'built';
  in?: readonly string[];
  except?: readonly string[];
}

const POLYFILL = 'webextension-polyfill';

const MAY_IMPORT: Readonly<Record<string, readonly Allow[]>> = {
  // Runs in Node for the tests and benches: packages only.
  extract: [
    { to: '@mozilla/readability', in: ['extract/fallback.ts', 'extract/pageMetadata.ts', 'extract/detect.ts'] },
    { to: 'dompurify', in: ['extract/sanitize.ts'] },
  ],
  settings: [
    { to: 'tldts', in: ['settings/publicSuffix.ts'] },
    { to: POLYFILL, in: ['settings/browserStore.ts', 'settings/browserSiteAccess.ts'] },
  ],
  // Site rules (issue 24): the stored shape checks domains and reads records as the settings do;
  // the block types come from extract/, which cannot import them back.
  siteRules: [
    { to: 'settings/domains.ts' },
    { to: 'settings/validate.ts' },
    { to: 'extract/index.ts', as: 'type' },
    { to: POLYFILL, in: ['siteRules/browserStore.ts'] },
  ],
  i18n: [{ to: 'settings/schema.ts' }, { to: 'extract/language.ts' }],
  // Runs in Node for the tests: css-tree's parts (the reader carries the tokenizer alone, safety.ts)
  userStyle: [
    { to: 'settings/schema.ts' },
    { to: 'settings/validate.ts' },
    { to: 'css-tree', in: ['userStyle/safety.ts', 'userStyle/compile.ts'] },
  ],
  highlights: [
    { to: 'settings/validate.ts' },
    { to: 'settings/store.ts', as: 'type' },
    { to: 'shared/toBackground.ts', in: ['highlights/browserHighlights.ts'] },
    { to: 'approx-string-match', in: ['highlights/anchor/candidates.ts'] },
    { to: POLYFILL, in: ['highlights/browserHighlights.ts', 'highlights/browserLibrary.ts'] },
  ],
  shared: [
    { to: 'highlights/validate.ts', in: ['shared/messages.ts'] },
    { to: 'highlights/types.ts', as: 'type' },
    { to: 'extract/index.ts', as: 'type' },
    { to: 'i18n/messages/en.ts', as: 'type' },
    { to: 'settings/schema.ts', as: 'type' },
    { to: 'settings/siteAccess.ts', as: 'type' },
    { to: 'siteRules/types.ts', as: 'type' },
    { to: POLYFILL, in: ['shared/toContent.ts'] },
    { to: POLYFILL, as: 'type', in: ['shared/messages.ts'] },
  ],
  export: [
    { to: 'reader/themeCss.ts' },
    { to: 'reader/typography.ts' },
    // what the reader marks as removed in this view, which a saved file leaves out
    { to: 'reader/blocks/blocks.ts' },
    { to: 'highlights/textRange.ts' },
    { to: 'settings/', as: 'type' },
    { to: 'turndown', in: ['export/markdown.ts'] },
    { to: '@joplin/turndown-plugin-gfm', in: ['export/markdown.ts'] },
  ],
  offscreen: [
    { to: 'extract/index.ts' },
    { to: 'extract/pagination.ts' },
    { to: 'shared/messages.ts' },
    { to: POLYFILL, in: ['offscreen/main.ts'] },
  ],
  reader: [
    // no browser*.ts (they call the extension), nothing built on tldts (publicSuffix, siteChoice, siteAccess: types alone)
    { to: 'settings/', except: ['settings/browserStore.ts', 'settings/browserSiteAccess.ts', 'settings/publicSuffix.ts', 'settings/siteChoice.ts', 'settings/siteAccess.ts'] },
    { to: 'settings/siteAccess.ts', as: 'type' },
    { to: 'i18n/index.ts' },
    { to: 'i18n/messages/en.ts' },
    { to: 'extract/index.ts', as: 'type' },
    { to: 'siteRules/', except: ['siteRules/browserStore.ts'] },
    { to: 'extract/language.ts' },
    { to: 'extract/bodyParts.ts' },
    { to: 'extract/metadata.ts' },
    { to: 'highlights/types.ts' },
    { to: 'highlights/anchor.ts' },
    { to: 'highlights/textRange.ts' },
    { to: 'export/offer.ts' },
    { to: 'export/types.ts', as: 'type' },
    // the converters' loader; the converters themselves (turndown) come as a script of their own, content/exportConverters.ts
    { to: 'export/converters.ts' },
    { to: 'shared/yielding.ts' },
    // the user stylesheet's check before it is applied; the parser (compile.ts) stays on the options page
    { to: 'userStyle/safety.ts' },
    { to: 'preact' },
    { to: 'preact/hooks' },
  ],
  options: [
    { to: 'settings/', except: ['settings/browserStore.ts', 'settings/browserSiteAccess.ts'] },
    // the page's entry wires the browser to the views, which get it as props
    { to: 'settings/browserStore.ts', in: ['options/main.tsx'] },
    { to: 'settings/browserSiteAccess.ts', in: ['options/main.tsx'] },
    { to: 'highlights/browserLibrary.ts', in: ['options/main.tsx'] },
    { to: 'siteRules/', except: ['siteRules/browserStore.ts'] },
    { to: 'siteRules/browserStore.ts', in: ['options/main.tsx'] },
    { to: 'i18n/index.ts' },
    { to: 'extract/index.ts', as: 'type' },
    { to: 'highlights/', except: ['highlights/browserHighlights.ts', 'highlights/browserLibrary.ts'] },
    { to: 'reader/', except: ['reader/mount.tsx', 'reader/pageLock.ts', 'reader/orphans.ts'] },
    { to: 'reader/styles/reader.css', as: 'built' },
    { to: 'userStyle/' },
    { to: 'preact' },
    { to: 'preact/hooks' },
  ],
  content: [
    { to: 'reader/mount.tsx' },
    { to: 'reader/orphans.ts' },
    { to: 'reader/actions.ts', as: 'type' },
    { to: 'settings/browserStore.ts', in: ['content/reader.ts'] },
    { to: 'settings/', as: 'type' },
    { to: 'siteRules/', as: 'type' },
    { to: 'shared/' },
    { to: 'i18n/index.ts' },
    { to: 'highlights/articleKey.ts' },
    { to: 'highlights/types.ts', as: 'type' },
    { to: 'highlights/browserHighlights.ts', in: ['content/reader.ts'] },
    { to: 'extract/index.ts', as: 'type' },
    { to: 'extract/readingTime.ts' },
    { to: 'extract/metadata.ts' },
    // is there text at all (before a snapshot): a module that imports nothing
    { to: 'extract/textAmount.ts' },
    // the detection script's one question (`storyToOpen`)
    { to: 'extract/detect.ts', in: ['content/detect.ts'] },
    { to: POLYFILL, in: ['content/reader.ts'] },
    // the script the background injects on the first "Save…": the converters (turndown + GFM)
    { to: 'export/index.ts', in: ['content/exportConverters.ts'] },
    { to: 'export/converters.ts', in: ['content/exportConverters.ts'] },
  ],
  background: [
    { to: 'settings/' },
    { to: 'siteRules/' },
    { to: 'shared/' },
    { to: 'i18n/catalogues.ts' },
    { to: 'highlights/articleKey.ts' },
    { to: 'highlights/types.ts', as: 'type' },
    { to: 'highlights/validate.ts' },
    { to: 'highlights/writer.ts' },
    { to: 'content/reader.ts', as: 'built' },
    { to: 'content/detect.ts', as: 'built' },
    { to: 'content/exportConverters.ts', as: 'built' },
    // Firefox extracts in its background page; Chromium's worker carries none of it
    { to: 'offscreen/extractSnapshots.ts', as: 'dynamic' },
    { to: POLYFILL },
  ],
};

const inSrc = (file: string): string => file.slice(SRC.length);

function allows(allow: Allow, edge: ImportEdge): boolean {
  if (allow.in && !allow.in.includes(inSrc(edge.from))) return false;
  if (edge.pkg !== null) {
    if (allow.to !== edge.pkg) return false;
  } else {
    const target = inSrc(edge.target ?? '');
    if (allow.to.endsWith('/') ? !target.startsWith(allow.to) : target !== allow.to) return false;
    if (allow.except?.includes(target)) return false;
  }
  if (allow.as === 'type') return edge.typeOnly;
  if (allow.as === 'dynamic') return edge.dynamic || edge.typeOnly;
  if (allow.as === 'built') return edge.query !== null;
  return edge.query === null || edge.pkg !== null;
}

const describeEdge = (edge: ImportEdge): string =>
  `${edge.from}:${edge.line} imports '${edge.specifier}'${edge.target ? ` (${edge.target})` : ''}` +
  `${edge.typeOnly ? ' [type]' : ''}${edge.dynamic ? ' [import()]' : ''}`;

const srcEdges = graph.edges.filter((edge) => edge.from.startsWith(SRC));

// ---------------------------------------------------------------------------------------------
// Bundles: what each entry carries (value imports, static and dynamic, not `?iife`/`?inline`).
// ---------------------------------------------------------------------------------------------

/** The extension's entry points, read from the manifest, the HTML pages and the `?iife` imports. */
function entryPoints(): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'manifest.json'), 'utf8')) as { background: { service_worker: string } };
  // the options page (manifest) and Chromium's offscreen document (vite.config.ts): every page under src/
  const pages = readdirSync(join(REPO_ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.html'))
    .map((path) => `src/${path.split('\\').join('/')}`);
  const scripts = pages.flatMap((page) =>
    [...readFileSync(join(REPO_ROOT, page), 'utf8').matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => posix.join(posix.dirname(page), match[1] ?? '')),
  );
  const built = srcEdges.filter((edge) => edge.query === 'iife' && edge.target !== null).map((edge) => edge.target ?? '');
  return [...new Set([manifest.background.service_worker, ...scripts, ...built])].sort();
}

const withoutExceptions = (edge: ImportEdge): boolean => isException(edge);
const closureOf = (entry: string, skip?: (edge: ImportEdge) => boolean) => bundleClosure(graph, [entry], skip);

describe('who may import whom (ARCHITECTURE.md)', () => {
  it('every import of src/ is one its folder may make', () => {
    const wrong: string[] = [];
    for (const edge of srcEdges) {
      if (isException(edge)) continue;
      const folder = folderOf(edge.from);
      if (edge.target?.startsWith(SRC) && folderOf(edge.target) === folder) continue;
      const rules = MAY_IMPORT[folder];
      if (!rules) {
        wrong.push(`${describeEdge(edge)}: src/${folder}/ has no rules in imports.test.ts (add the folder to MAY_IMPORT and ARCHITECTURE.md)`);
      } else if (!rules.some((allow) => allows(allow, edge))) {
        wrong.push(`${describeEdge(edge)}: src/${folder}/ may not import it (MAY_IMPORT.${folder}; ARCHITECTURE.md "Who may import whom")`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('views (reader/, options/) reach no extension messaging and no extension API, however indirectly', () => {
    const messaging = ['src/shared/messages.ts', 'src/shared/toBackground.ts', 'src/shared/toContent.ts'];
    const views = srcFiles.filter((file) => (file.startsWith('src/reader/') || file.startsWith('src/options/')) && file !== 'src/options/main.tsx');
    const wrong = importsInto(views, withoutExceptions, (edge) => edge.pkg === POLYFILL || messaging.includes(edge.target ?? '')).map(
      ([edge, from]) =>
        `${edge} (reached from ${from}): views import no extension messaging and call no extension API; ` +
        'they get the store, site access, ports and actions as props (ARCHITECTURE.md "Who may import whom")',
    );
    expect(wrong).toEqual([]);
  });

  it('only the offscreen document reaches the extraction engine (and the Firefox background, by import())', () => {
    // the engine: what extract/index.ts and pagination.ts bring, but for the small modules the reader may carry
    const engineFiles = [...closureOf('src/extract/index.ts').files, ...closureOf('src/extract/pagination.ts').files].filter((file) => !READER_EXTRACT.includes(file));
    const inEngine = (edge: ImportEdge): boolean =>
      edge.pkg === null ? engineFiles.includes(edge.target ?? '') : edge.pkg === 'dompurify' || edge.pkg === '@mozilla/readability';
    // Firefox extracts in its background page (import() behind import.meta.env.MODE)
    const firefoxExtraction = (edge: ImportEdge): boolean => edge.from === 'src/background/extraction.ts' && edge.dynamic;
    // the detection script's one question, `storyToOpen`, with Readability's readerable check
    const detection = (edge: ImportEdge): boolean => edge.target === 'src/extract/detect.ts' && edge.from === 'src/content/detect.ts';
    const outside = srcFiles.filter((file) => !file.startsWith('src/extract/') && !file.startsWith('src/offscreen/'));
    const wrong = importsInto(outside, (edge) => isException(edge) || firefoxExtraction(edge) || detection(edge), inEngine).map(
      ([edge, from]) =>
        `${edge} (reached from ${from}): brings the extraction engine (Readability, DOMPurify, our cleaning); ` +
        'only src/offscreen/ runs it (rule: reader/, options/, content/ never import the extraction pipeline)',
    );
    expect(wrong).toEqual([]);
  });
});

/**
 * Each import by which a module of `froms` first reaches something `bad`, however indirectly
 * (value imports, `skip`ped ones left out), with one of the modules that reach it so.
 */
function importsInto(froms: readonly string[], skip: (edge: ImportEdge) => boolean, bad: (edge: ImportEdge) => boolean): [string, string][] {
  const found = new Map<string, string>();
  for (const from of froms) {
    const closure = closureOf(from, skip);
    for (const reached of [...closure.files, ...closure.packages]) {
      const entering = chainTo(closure, reached).find(bad);
      if (entering && !found.has(describeEdge(entering))) found.set(describeEdge(entering), from);
    }
  }
  return [...found];
}

/** The modules of extract/ the reader bundle may carry: plain text, the view, a long body's parts. */
const READER_EXTRACT: readonly string[] = [
  'src/extract/bodyParts.ts',
  'src/extract/dom.ts',
  'src/extract/language.ts',
  'src/extract/metadata.ts',
  'src/extract/readingTime.ts',
  // metadata.ts's `isChromeZone`
  'src/extract/region.ts',
  // the tab's one check before a snapshot (`tooLittleText`)
  'src/extract/textAmount.ts',
];

describe('what each bundle carries', () => {
  it('finds the entry points: the manifest, the HTML pages and the ?iife scripts', () => {
    expect(entryPoints()).toEqual([
      'src/background/index.ts',
      'src/content/detect.ts',
      'src/content/exportConverters.ts',
      'src/content/reader.ts',
      'src/offscreen/main.ts',
      'src/options/main.tsx',
    ]);
  });

  // The auto-open detection script runs on every page of the listed sites (≤ 8 KB gzipped,
  // dist.test.ts). Its modules, frozen: a new one is a decision, made here and in ARCHITECTURE.md.
  const DETECTION_SCRIPT = [
    'src/content/articleWatch.ts',
    'src/content/detect.ts',
    'src/content/documentKind.ts',
    'src/content/extensionContext.ts',
    'src/content/marks.ts',
    'src/content/pageChanges.ts',
    'src/extract/detect.ts',
    'src/extract/dom.ts',
    'src/extract/textAmount.ts',
    'src/shared/toBackground.ts',
  ];
  const DETECTION_SCRIPT_PACKAGES = ['@mozilla/readability/Readability-readerable.js'];

  it('the detection script carries only its own small modules', () => {
    const closure = closureOf('src/content/detect.ts', withoutExceptions);
    const added = [...closure.files, ...closure.packages].filter((file) => !DETECTION_SCRIPT.includes(file) && !DETECTION_SCRIPT_PACKAGES.includes(file));
    const known = (edge: ImportEdge): boolean => DETECTION_SCRIPT.includes(edge.target ?? '') || DETECTION_SCRIPT_PACKAGES.includes(edge.specifier);
    const entering = [...new Set(added.map((file) => chainTo(closure, file).find((edge) => !known(edge))).map((edge) => (edge ? describeEdge(edge) : '')))];
    expect(entering, 'the detection script grows (DETECTION_SCRIPT in imports.test.ts, ARCHITECTURE.md)').toEqual([]);
    expect([...closure.files].sort()).toEqual(DETECTION_SCRIPT);
    expect([...closure.packages].sort()).toEqual(DETECTION_SCRIPT_PACKAGES);
  });

  // What the exceptions add today, frozen too, so that they cannot grow unseen.
  const CARRIED_BY_EXCEPTIONS: Readonly<Record<string, readonly string[]>> = {
  };

  it.each(entryPoints())(
    '%s carries only what its exceptions name beyond the rules',
    (entry) => {
      const all = closureOf(entry);
      const ruled = closureOf(entry, withoutExceptions);
      const extra = [...[...all.files].filter((file) => !ruled.files.has(file)), ...[...all.packages].filter((pkg) => !ruled.packages.has(pkg))];
      expect(extra.sort()).toEqual(CARRIED_BY_EXCEPTIONS[entry] ?? []);
    },
  );

  // The packages each entry carries, frozen: tldts (the public suffix list) only where sites are listed,
  // the extraction engine only where it runs, preact only in views.
  const PACKAGES: Readonly<Record<string, readonly string[]>> = {
    // Readability and DOMPurify: Firefox's import() of offscreen/extractSnapshots.ts (Chromium's build drops it)
    'src/background/index.ts': ['@mozilla/readability', '@mozilla/readability/Readability-readerable.js', 'dompurify', 'tldts', POLYFILL],
    'src/content/detect.ts': ['@mozilla/readability/Readability-readerable.js'],
    'src/content/exportConverters.ts': ['@joplin/turndown-plugin-gfm', 'turndown'],
    // css-tree's tokenizer alone: the user stylesheet's last check (userStyle/safety.ts)
    'src/content/reader.ts': ['approx-string-match', 'css-tree/tokenizer', 'preact', 'preact/hooks', POLYFILL],
    'src/offscreen/main.ts': ['@mozilla/readability', '@mozilla/readability/Readability-readerable.js', 'dompurify', POLYFILL],
    'src/options/main.tsx': ['css-tree/generator', 'css-tree/parser', 'css-tree/tokenizer', 'preact', 'preact/hooks', 'tldts', POLYFILL],
  };

  it.each(entryPoints())('%s carries only its packages', (entry) => {
    expect([...closureOf(entry).packages].sort(), `PACKAGES['${entry}']`).toEqual(PACKAGES[entry]);
  });

  it('the reader carries no Readability, DOMPurify or cleaning: of extract/ only what plain text and the view need', () => {
    const { files, packages } = closureOf('src/content/reader.ts', withoutExceptions);
    expect([...files].filter((file) => file.startsWith('src/extract/')).sort()).toEqual(READER_EXTRACT);
    expect([...packages].filter((pkg) => pkg.startsWith('@mozilla/readability') || pkg === 'dompurify')).toEqual([]);
  });

  // Modules no entry refers to (types included), and why they live in src/.
  const OUTSIDE_THE_BUNDLES: Readonly<Record<string, string>> = {
    'src/i18n/browserMessages.ts': 'build time: scripts/build/locales.ts writes _locales/*/messages.json from it',
  };

  it('every module of src/ is part of some entry, or says why not', () => {
    const shipped = new Set(entryPoints().flatMap((entry) => [...bundleClosure(graph, [entry], undefined, true).files]));
    const outside = srcFiles.filter((file) => !shipped.has(file));
    expect(outside).toEqual(Object.keys(OUTSIDE_THE_BUNDLES).sort());
  });
});

// ---------------------------------------------------------------------------------------------
// Cycles
// ---------------------------------------------------------------------------------------------

describe('cycles', () => {
  const targetsOf = (file: string): string[] =>
    (graph.modules.get(file)?.imports ?? []).filter((edge) => edge.query === null && edge.target?.startsWith(SRC)).map((edge) => edge.target ?? '');

  it('no module imports itself back, even through types', () => {
    expect(cycles(srcFiles, targetsOf)).toEqual([]);
  });

  // Folders that reach each other (no module cycle): highlights/browserHighlights.ts → shared/toBackground.ts
  // while shared/messages.ts → highlights/validate.ts (the message guards); reader/ → export/offer.ts and
  // import('export/') while export/htmlStyle.ts → reader/themeCss.ts, typography.ts. Frozen: no new one.
  it('folders reach each other only where they did', () => {
    const folders = [...new Set(srcFiles.map(folderOf))].sort();
    const next = (folder: string): string[] => [
      ...new Set(
        srcFiles
          .filter((file) => folderOf(file) === folder)
          .flatMap(targetsOf)
          .map(folderOf)
          .filter((other) => other !== folder),
      ),
    ];
    expect(cycles(folders, next).map((cycle) => cycle.join(' ↔ ')).sort()).toEqual(['export ↔ reader', 'highlights ↔ shared']);
  });
});

// ---------------------------------------------------------------------------------------------
// Exports only the tests call (exports nothing calls at all are knip's: `npm run knip`, in test:quick)
// ---------------------------------------------------------------------------------------------

/** TO REMOVE (or move to tests/): code of src/ that only the tests call. */
const ONLY_TESTS_CALL: readonly string[] = [
  'src/settings/migrate.ts#SettingsV1', // the shape version 1 stored, which the migration tests write
];

describe('exports only the tests call', () => {
  const users = exportUsers(graph);
  const exportsOfSrc = srcFiles.flatMap((file) => (graph.modules.get(file)?.exports ?? []).map((exported) => ({ file, ...exported })));

  it('every export of src/ has a caller outside tests/, or is listed', () => {
    const testOnly = exportsOfSrc
      .filter((exported) => {
        const by = [...(users.get(`${exported.file}#${exported.name}`) ?? [])];
        return by.length > 0 && by.every((file) => file.startsWith('tests/')) && !exported.usedInFile;
      })
      .map((exported) => `${exported.file}#${exported.name}`);
    expect(testOnly.sort(), 'called by tests alone: remove it from src/ (or list it in ONLY_TESTS_CALL)').toEqual(ONLY_TESTS_CALL);
  });
});

describe('the exceptions', () => {
  it('are few, each named with its fix (none today)', () => {
    expect(EXCEPTIONS.length).toBeLessThanOrEqual(3);
  });
  it.each(EXCEPTIONS.map((exception) => [`${exception.from} → ${exception.to}`, exception] as const))('%s is still an import (else drop it from EXCEPTIONS)', (_, exception) => {
    expect(srcEdges.some((edge) => edge.from === exception.from && edge.target === exception.to && !edge.typeOnly)).toBe(true);
  });
});
