// Builds both browser targets from the one source tree: Chrome/Edge into dist/, Firefox into dist-firefox/.
import { build } from 'vite';

for (const mode of ['chrome', 'firefox']) {
  console.log(`\n▶ building ${mode}`);
  // The config imports the TypeScript sources it generates from (domains, catalogues); the
  // module runner loads them as Vite itself would, without extension-less-import warnings.
  await build({ mode, logLevel: 'warn', configLoader: 'runner' });
}
console.log('\n✔ dist/ (Chrome, Edge) and dist-firefox/ (Firefox) are ready');
