/**
 * `npm run fixtures:update [-- NAME…]`: rewrites each extraction fixture's expected.html and
 * expected-metadata.json (tests/extraction-fixtures/<name>/) from what the pipeline makes of its
 * source.html now, for review: `git diff tests/extraction-fixtures` then shows every change in
 * what the reader would show. Like Readability's generate-testcase.js it is run by hand, after a
 * deliberate change or for a new fixture: a new folder needs only source.html (it is read at its
 * own canonical address, else https://www.example.com/<name>; edit `url` and add `absent` in the
 * written expected-metadata.json, then run this again).
 */
import { extractionFixtureNames } from '../tests/support/extractionFixtures';
import { updateFixture } from './extraction-fixtures/expected';

const wanted = process.argv.slice(2);
const names = extractionFixtureNames().filter((name) => wanted.length === 0 || wanted.includes(name));
const unknown = wanted.filter((name) => !names.includes(name));
if (unknown.length > 0) {
  console.error(`no tests/extraction-fixtures/<name>/source.html for: ${unknown.join(', ')}`);
  process.exit(2);
}
for (const name of names) console.log(`${updateFixture(name).padEnd(7)} ${name}`);
