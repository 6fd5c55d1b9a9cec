// `npm run package [-- --no-build] [--check-sources] [--allow-dirty]`: builds both targets and
// writes the store packages to artifacts/, named by package.json's version:
//   lucid-reader-<version>-chrome.zip    Chrome Web Store (and Edge Add-ons)
//   lucid-reader-<version>-firefox.xpi   addons.mozilla.org, unsigned (AMO signs it)
//   lucid-reader-<version>-sources.zip   AMO's "source code" upload, with BUILD.md
// Fails on a web-ext lint error or an unexpected warning, on a build of another version, and on
// uncommitted changes to tracked files (the sources would not be what was built).
// --check-sources also rebuilds from the sources zip in a temporary folder and compares.
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTargets } from './build/targets.mjs';
import { commitDate, sha256, uncommittedChanges } from './package/files';
import { describeLint, lintFailures, lintFirefox, xpiPathIn } from './package/firefox';
import { chromeZipName, packChrome, packFirefox, packSources, sourcesZipName } from './package/packages';
import { rebuildFromSources } from './package/reproduce';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; engines: { node: string } };
const { version } = pkg;
const artifacts = join(root, 'artifacts');
const dist = { chrome: join(root, 'dist'), firefox: join(root, 'dist-firefox') };

function fail(message: string): never {
  console.error(`✘ ${message}`);
  process.exit(1);
}

const dirty = uncommittedChanges(root);
if (dirty.length > 0 && !args.has('--allow-dirty')) {
  fail(`tracked files have uncommitted changes; commit them first (or --allow-dirty for a trial run):\n${dirty.join('\n')}`);
}

if (!args.has('--no-build')) {
  await buildTargets(['chrome', 'firefox']);
}

// Every archive gets the commit's date, so packaging one commit twice gives the same zip files.
const modified = commitDate(root);
const npmVersion = /npm\/([\d.]+)/.exec(process.env.npm_config_user_agent ?? '')?.[1] ?? execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
const facts = { version, node: process.version, npm: npmVersion, nodeRange: pkg.engines.node };

console.log('▶ linting the Firefox build (web-ext lint)');
const lint = await lintFirefox(dist.firefox);
const failures = lintFailures(lint);
for (const warning of lint.warnings) console.log(`  warning ${describeLint(warning)}`);
if (failures.length > 0) fail(`web-ext lint:\n${failures.map(describeLint).join('\n')}`);
console.log(`  ${lint.errors.length} errors, ${lint.warnings.length} warnings (all of accepted kinds, see docs/publishing.md)`);

const written = [
  packChrome(dist.chrome, join(artifacts, chromeZipName(version)), version, modified),
  await packFirefox(dist.firefox, xpiPathIn(artifacts, version), version),
  packSources(root, join(artifacts, sourcesZipName(version)), facts, modified),
];

for (const path of written) {
  const size = `${(statSync(path).size / 1024).toFixed(0)} KB`;
  console.log(`✔ ${relative(root, path)}  ${size}  sha256 ${sha256(readFileSync(path))}`);
}

if (args.has('--check-sources')) {
  console.log('▶ rebuilding from the sources zip in a temporary folder');
  const differ = await rebuildFromSources(written[2] ?? '', join(root, 'node_modules'), dist);
  const all = [...differ.chrome.map((d) => `dist/ ${d}`), ...differ.firefox.map((d) => `dist-firefox/ ${d}`)];
  if (all.length > 0) fail(`the sources do not rebuild the same files:\n${all.join('\n')}`);
  console.log('  the same files, byte for byte, in both builds');
}
