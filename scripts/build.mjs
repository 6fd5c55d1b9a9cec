// `npm run build`: both browser targets, Chrome/Edge into dist/ and Firefox into dist-firefox/.
import { buildTargets } from './build/targets.mjs';

await buildTargets(['chrome', 'firefox']);
console.log('\n✔ dist/ (Chrome, Edge) and dist-firefox/ (Firefox) are ready');
