// The Firefox package: web-ext builds the .xpi (as AMO expects it) and lints the build as AMO's
// validator will, so a package that AMO would refuse never leaves this machine.
import { execFile } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const WEB_EXT = fileURLToPath(new URL('../../node_modules/.bin/web-ext', import.meta.url));
// Our own config files only: a ~/.web-ext-config.mjs on the packager's machine must not count.
const QUIET = ['--no-config-discovery', '--no-input'];

export async function buildXpi(sourceDir: string, xpiPath: string): Promise<void> {
  const args = ['build', ...QUIET, '--source-dir', sourceDir, '--artifacts-dir', dirname(xpiPath), '--filename', basename(xpiPath), '--overwrite-dest'];
  await run(WEB_EXT, args, { maxBuffer: 16 * 1024 * 1024 });
}

export interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
}

export interface LintResult {
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/** AMO's validator (addons-linter, through web-ext) over the unpacked build. */
export async function lintFirefox(sourceDir: string): Promise<LintResult> {
  const args = ['lint', ...QUIET, '--source-dir', sourceDir, '--output', 'json'];
  // web-ext exits 1 when there are errors; the report is on stdout either way.
  const stdout = await run(WEB_EXT, args, { maxBuffer: 16 * 1024 * 1024 }).then(
    (result) => result.stdout,
    (failure: { stdout?: string }) => failure.stdout ?? '',
  );
  const json = stdout.slice(stdout.indexOf('{'));
  const report = JSON.parse(json) as Partial<LintResult>;
  return { errors: report.errors ?? [], warnings: report.warnings ?? [], notices: report.notices ?? [] };
}

/**
 * Warnings we ship with, and why; any other warning fails the package. UNSAFE_VAR_ASSIGNMENT is
 * the linter pointing at innerHTML: Preact's dangerouslySetInnerHTML, Readability and DOMPurify
 * (third-party code, inside the bundles), and two of ours — the reader adding article HTML that
 * DOMPurify has already cleaned, and the extraction parsing a <noscript>'s text in an inert
 * <template> of a DOMParser document. None of them reach a page's own DOM unsanitized.
 */
const ACCEPTED_WARNINGS: ReadonlySet<string> = new Set(['UNSAFE_VAR_ASSIGNMENT']);

/** What makes the package fail: every error, and warnings not accepted above. */
export function lintFailures(result: LintResult): LintMessage[] {
  return [...result.errors, ...result.warnings.filter((warning) => !ACCEPTED_WARNINGS.has(warning.code))];
}

export function describeLint(message: LintMessage): string {
  const where = message.file ? ` (${message.file}${message.line ? `:${message.line}` : ''})` : '';
  return `${message.code}: ${message.description ?? message.message}${where}`;
}

const xpiName = (version: string): string => `lucid-reader-${version}-firefox.xpi`;
export const xpiPathIn = (dir: string, version: string): string => join(dir, xpiName(version));
