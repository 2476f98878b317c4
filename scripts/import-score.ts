// npm run import:score [-- --verbose]: imports every saved report of the corpus (test/editor/corpus/) and prints,
// per field, how often the draft is right against the hand-checked answers; --verbose lists every miss.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Registry } from '../src/domain/registry.ts';
import { scoreCorpus } from '../src/editor/import/corpus.ts';
import { scoreTable } from '../src/editor/import/score.ts';
import { readEventFolder } from '../src/loaders/event-files.ts';
import { readPeopleFile } from '../src/loaders/people-file.ts';

const { values } = parseArgs({ options: { verbose: { type: 'boolean', short: 'v', default: false } } });
const people = await readPeopleFile('content/people.yaml', 'content/people.yaml');
const folder = await readEventFolder('content/events');
const score = await scoreCorpus(path.resolve('test/editor/corpus'), {
  registry: new Registry(people.people),
  existing: folder.events,
});
console.log(scoreTable(score));
if (values.verbose) {
  for (const report of score.reports)
    if (report.misses.length) console.log(`\n${report.file}\n  ${report.misses.join('\n  ')}`);
}
