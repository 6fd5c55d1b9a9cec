/**
 * What knip would find, over the whole repository (src/ has its own, finer checks in
 * imports.test.ts): files nothing runs or imports, exports of tests/ and scripts/ nobody takes,
 * and packages of package.json that nothing imports or runs. Today's leftovers are listed by
 * name so that the lists can only shrink.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportUsers, type ImportGraph, readGraph, readModule, REPO_ROOT } from './importGraph';

const CONFIGS = ['vite.config.ts', 'vitest.config.ts', 'playwright.config.ts'];
const base = readGraph(REPO_ROOT, ['src', 'tests', 'scripts']);
for (const config of CONFIGS) base.modules.set(config, readModule(REPO_ROOT, config));
const graph: ImportGraph = { modules: base.modules, edges: [...base.modules.values()].flatMap((module) => module.imports) };

const texts = new Map<string, string>();
const read = (file: string): string => {
  const text = texts.get(file) ?? readFileSync(join(REPO_ROOT, file), 'utf8');
  texts.set(file, text);
  return text;
};
const pkg = JSON.parse(read('package.json')) as { scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
const regexText = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text that runs files: npm scripts, the configs, CI, the shell scripts. */
const RUNNERS = [JSON.stringify(pkg.scripts), ...CONFIGS.map(read), read('.ci/run'), read('scripts/test-e2e.sh'), read('scripts/ensure-browser-deps.sh')].join('\n');

/**
 * A file is an entry when a test runner picks it up, when something runs it by its path (npm
 * scripts, configs, CI), when another module starts it by URL (`new URL('./worker.ts',
 * import.meta.url)`: workers, injected scripts), or when its own header says how to run it by hand.
 */
function isEntry(file: string): boolean {
  if (/\.(test|spec)\.tsx?$/.test(file) || CONFIGS.includes(file)) return true;
  if (RUNNERS.includes(file)) return true;
  const name = file.split('/').pop() ?? '';
  const byUrl = new RegExp(`new URL\\(['"]\\.{1,2}/(?:[\\w.-]+/)*${regexText(name)}['"]`);
  if ([...graph.modules.keys()].some((other) => other !== file && byUrl.test(read(other)))) return true;
  return new RegExp(`(?:npx tsx|node) ${regexText(file)}`).test(read(file));
}

describe('unused files (knip: files)', () => {
  // src/ is held to its entry points (the manifest's, the HTML pages', the ?iife scripts) in imports.test.ts.
  it('every file of tests/ and scripts/ is run, or imported by what is', () => {
    const imported = new Set(graph.edges.map((edge) => edge.target).filter((target): target is string => target !== null));
    const unused = [...graph.modules.keys()].filter((file) => !file.startsWith('src/') && !isEntry(file) && !imported.has(file));
    expect(unused).toEqual([]);
  });
});

/** Exports of tests/ and scripts/ used only in their own file: the `export` should go. Shrink only. */
const OWN_FILE_ONLY: readonly string[] = [
  'scripts/bench/anchorPage.ts#Outcome',
  'scripts/bench/browserSession.ts#BenchBrowser',
  'scripts/bench/browserSession.ts#BenchBrowserOptions',
  'scripts/bench/browserSession.ts#unpackedExtensionId',
  'scripts/bench/bundles.ts#BundleSize',
  'scripts/bench/corpora.ts#CorpusKind',
  'scripts/bench/corpora.ts#decodeHtml',
  'scripts/bench/corpora.ts#siteOf',
  'scripts/bench/corpora.ts#Truth',
  'scripts/bench/corpora.ts#wcxbPageType',
  'scripts/bench/fixtures.ts#FixturePage',
  'scripts/bench/floorExtension.ts#FLOOR_NAME',
  'scripts/bench/metric.ts#CorpusScore',
  'scripts/bench/pool.ts#PoolOptions',
  'scripts/bench/report.ts#agrees',
  'scripts/bench/report.ts#foldOf',
  'scripts/bench/report.ts#METADATA_FIELDS',
  'scripts/bench/report.ts#PAGE_TYPES',
  'scripts/bench/report.ts#PageLine',
  'scripts/bench/report.ts#READ_TYPES',
  'scripts/bench/sample.ts#SAMPLE_SEED',
  'scripts/bench/snippets.ts#SnippetScore',
  'scripts/bench/snippets.ts#sumCounts',
  'scripts/bench/stats.ts#TimeSummary',
  'scripts/bench/timeline.ts#CLICK_MARK',
  'scripts/bench/words.ts#WordCorpusScore',
  'scripts/bench/words.ts#WordScore',
  'scripts/package/files.ts#filesUnder',
  'scripts/package/firefox.ts#ACCEPTED_WARNINGS',
  'scripts/package/firefox.ts#LintMessage',
  'scripts/package/firefox.ts#LintResult',
  'scripts/package/firefox.ts#xpiName',
  'scripts/package/packages.ts#checkManifestVersion',
  'scripts/package/reproduce.ts#Rebuilt',
  'scripts/package/sources.ts#buildNote',
  'tests/e2e/speechDaemon.ts#SPEECH_TOOLS',
  'tests/e2e/support/driver.ts#clickPoint',
  'tests/e2e/support/firefox.ts#firefoxPath',
  'tests/e2e/support/firefoxDriver.ts#FIREFOX_OPTIONS_URL',
  'tests/e2e/support/firstLine.ts#LineStart',
  'tests/e2e/support/highlights.ts#WordSpan',
  'tests/e2e/support/readerAccess.ts#inReaderCdp',
  'tests/e2e/support/test.ts#Extension',
  'tests/unit/build/importGraph.ts#Closure',
  'tests/unit/build/importGraph.ts#ExportedName',
  'tests/unit/build/importGraph.ts#ImportedName',
  'tests/unit/build/importGraph.ts#ModuleInfo',
  'tests/unit/build/importGraph.ts#sourceFilesUnder',
  'tests/unit/export/fixture.ts#FIXTURE_URL',
  'tests/unit/reader/speech/fakeSpeech.ts#FakeUtterance',
];

/** Exports of tests/ and scripts/ nothing uses at all. Shrink only. */
const UNUSED: readonly string[] = [];

describe('unused exports of tests/ and scripts/ (knip: exports, types)', () => {
  const users = exportUsers(graph);
  // vitest.config.ts's alias takes the fake browser's default export in place of the polyfill.
  const aliased = new Set(['tests/unit/support/browser.ts#default']);
  const outsideSrc = [...graph.modules.entries()].filter(([file]) => !file.startsWith('src/') && !isEntry(file));
  const unusedExports = outsideSrc.flatMap(([file, module]) =>
    module.exports.filter((exported) => !aliased.has(`${file}#${exported.name}`) && (users.get(`${file}#${exported.name}`)?.size ?? 0) === 0).map((exported) => ({ key: `${file}#${exported.name}`, own: exported.usedInFile })),
  );

  it('every export is imported by another module, or is listed', () => {
    expect(unusedExports.filter((e) => e.own).map((e) => e.key).sort(), 'used only in its own file: drop `export` (or list it in OWN_FILE_ONLY)').toEqual([...OWN_FILE_ONLY].sort());
    expect(unusedExports.filter((e) => !e.own).map((e) => e.key).sort(), 'used nowhere: remove it').toEqual(UNUSED);
  });
});

/** Packages used without an import: binaries the scripts run, peers, type packages. Each says why. */
const USED_WITHOUT_IMPORT: Readonly<Record<string, string>> = {
  '@biomejs/biome': 'npm run lint (biome)',
  'web-ext': 'npm run lint:firefox and scripts/package/firefox.ts (the web-ext binary)',
  tsx: 'npm scripts run TypeScript with it',
  knip: 'the unused-code check of issue 27, run as its binary (this test does its job until it is wired into npm test)',
  '@babel/core': "@preact/preset-vite's peer dependency",
  '@types/chrome': 'types of the `chrome` global',
  '@types/jsdom': 'types of jsdom',
  '@types/node': 'types of node:*',
  '@types/turndown': 'types of turndown',
  '@types/webextension-polyfill': 'types of the polyfill',
};

/** Packages nothing uses: to remove from package.json (in /work/main: npm uninstall). Shrink only. */
const UNUSED_PACKAGES: readonly string[] = [
  '@axe-core/playwright', // the a11y checks run axe-core in the page itself (tests/e2e/cross/a11y.spec.ts)
];

describe('unused dependencies (knip: dependencies)', () => {
  it('every package of package.json is imported, run, or says why it is there', () => {
    const imported = new Set(graph.edges.map((edge) => edge.pkg).filter((name): name is string => name !== null));
    const declared = [...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)];
    const unused = declared.filter((name) => !imported.has(name) && !(name in USED_WITHOUT_IMPORT));
    expect(unused.sort()).toEqual(UNUSED_PACKAGES);
    expect(Object.keys(USED_WITHOUT_IMPORT).filter((name) => !declared.includes(name))).toEqual([]);
  });
});
