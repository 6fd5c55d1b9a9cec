// The sources archive AMO asks for when the add-on's code is bundled: the git-tracked tree as
// committed, plus BUILD.md saying how to rebuild the exact files of the .xpi from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trackedFiles } from './files';
import type { ZipEntry } from './zip';

export interface BuildNoteFacts {
  version: string;
  /** the Node.js the packages were built with (`process.version`) */
  node: string;
  /** the npm that installed node_modules */
  npm: string;
  /** `engines.node` of package.json */
  nodeRange: string;
}

function buildNote(facts: BuildNoteFacts): string {
  return `# Building Lucid Reader ${facts.version} from these sources

These are the files of the Lucid Reader repository at the commit that was packaged (everything git
tracks; no \`node_modules\`, no build output). The build is plain Vite; nothing is downloaded while
it runs, and no file outside this folder is read.

## Requirements

- Node.js ${facts.nodeRange} (the published packages were built with Node.js ${facts.node.replace(/^v/, '')}
  and npm ${facts.npm}), on Linux, macOS or Windows.

## Steps

\`\`\`sh
npm ci          # installs the exact versions in package-lock.json
npm run build   # writes dist/ (Chromium) and dist-firefox/ (Firefox)
\`\`\`

\`dist-firefox/\` is the content of \`lucid-reader-${facts.version}-firefox.xpi\`, file for file and byte
for byte; \`dist/\` is the content of \`lucid-reader-${facts.version}-chrome.zip\`.

To compare: \`unzip lucid-reader-${facts.version}-firefox.xpi -d xpi && diff -r xpi dist-firefox\`.

## What the build does

\`vite.config.ts\` and \`scripts/build/\` make each target from the one source tree: the manifest
(\`manifest.json\` plus \`scripts/build/manifest.ts\`: host permissions from
\`src/settings/domains.ts\`, the version from \`package.json\`, the Firefox-only keys), the
\`_locales/*/messages.json\` files from \`src/i18n/messages/*.ts\`, and the bundled, minified scripts.
Third-party code comes only from the npm packages named in \`package.json\`, unmodified.
`;
}

/** The entries of the sources archive: tracked files read from `repo`, and BUILD.md at the root. */
export function sourceEntries(repo: string, facts: BuildNoteFacts): ZipEntry[] {
  const files = trackedFiles(repo).filter((path) => path !== 'BUILD.md');
  const entries = files.map((path) => ({ path, data: readFileSync(join(repo, path)) }));
  return [...entries, { path: 'BUILD.md', data: Buffer.from(buildNote(facts), 'utf8') }];
}
