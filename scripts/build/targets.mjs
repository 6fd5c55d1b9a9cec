// Builds browser targets from the one source tree: Chrome/Edge into dist/, Firefox into dist-firefox/.
// The one place the build is called from (build.mjs, the demo, the store screenshots, the packages).
import { build } from 'vite';

// crxjs 3.0.0 builds each `?iife` content script in Vite's library mode and passes
// `inlineDynamicImports: true`; Vite 8 already sets `codeSplitting: false` for an IIFE, so rolldown
// warns once per script and target that the option is ignored. The output is as intended (one
// self-contained file), crxjs gives no way to leave the option out, and the warning is printed by
// rolldown's own logger, not Vite's: that one line is dropped, every other line is let through.
// Matched without the backticks and colours the logger may turn them into.
const IGNORED = /inlineDynamicImports\W*option is ignored because\W*codeSplitting: false\W*is set/;

function withoutIgnoredWarning(stream) {
  const write = stream.write.bind(stream);
  stream.write = (chunk, ...rest) => {
    // biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes
    if (IGNORED.test(String(chunk).replace(/\x1b\[[0-9;]*m/g, ''))) return true;
    return write(chunk, ...rest);
  };
  return () => {
    stream.write = write;
  };
}

/** @param {readonly ('chrome' | 'firefox')[]} targets */
export async function buildTargets(targets) {
  const restore = [withoutIgnoredWarning(process.stdout), withoutIgnoredWarning(process.stderr)];
  try {
    for (const mode of targets) {
      console.log(`\n▶ building ${mode}`);
      // The config imports the TypeScript sources it generates from (domains, catalogues); the
      // module runner loads them as Vite itself would, without extension-less-import warnings.
      await build({ mode, logLevel: 'warn', configLoader: 'runner' });
    }
  } finally {
    for (const r of restore) r();
  }
}
