// Builds both browser targets from the one source tree: Chrome/Edge into dist/, Firefox into dist-firefox/.
import { build } from 'vite';

for (const mode of ['chrome', 'firefox']) {
  console.log(`\n▶ building ${mode}`);
  await build({ mode, logLevel: 'warn' });
}
console.log('\n✔ dist/ (Chrome, Edge) and dist-firefox/ (Firefox) are ready');
