// npm run import -- FILE [--url URL] [--published YYYY-MM-DD] [--today YYYY-MM-DD]
// Writes a draft event file from a saved news report into content/events/ (or EVENTS_DIR) and prints its path
// last. The work is done by src/editor/; this file only reads the arguments and files, and writes the draft.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dateProblem } from '../src/domain/dates.ts';
import { deriveLevel } from '../src/domain/offices.ts';
import { Registry } from '../src/domain/registry.ts';
import { buildDraft } from '../src/editor/import/build-draft.ts';
import { parseEventFile, readEventFolder } from '../src/loaders/event-files.ts';
import { readPeopleFile } from '../src/loaders/people-file.ts';

const USAGE = 'usage: npm run import -- FILE [--url URL] [--published YYYY-MM-DD] [--today YYYY-MM-DD]';

function fail(message: string): never {
  console.error(`import: ${message}\n${USAGE}`);
  process.exit(1);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        published: { type: 'string' },
        today: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail((error as Error).message);
  }
})();
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
if (positionals.length !== 1) fail('give one saved report (an .html, .md or .txt file)');
for (const flag of ['published', 'today'] as const) {
  const value = values[flag];
  if (value !== undefined && (value.length !== 10 || dateProblem(value)))
    fail(`--${flag} "${value}" is not YYYY-MM-DD`);
}
if (values.url !== undefined && !(URL.canParse(values.url) && /^https?:$/.test(new URL(values.url).protocol))) {
  fail(`--url "${values.url}" is not an http or https address`);
}

// npm runs scripts from the project's folder; a relative FILE means the folder the editor typed it in.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), positionals[0]!);
const eventsDir = process.env.EVENTS_DIR ?? 'content/events';
const peopleFile = process.env.PEOPLE_FILE ?? 'content/people.yaml';

/** The editor's calendar day: the one place the clock is read. */
function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

const source = await readFile(file, 'utf8').catch((error: Error) => fail(`cannot read ${file}: ${error.message}`));
const people = await readPeopleFile(peopleFile, peopleFile);
if (people.problems.length) fail(`${peopleFile} has problems; fix them first:\n  ${people.problems.join('\n  ')}`);
const registry = new Registry(people.people);
const folder = await readEventFolder(eventsDir, (absolute) => path.relative(process.cwd(), absolute));
const taken = new Set(
  (await readdir(eventsDir, { recursive: true }))
    .filter((name) => name.endsWith('.md'))
    .map((name) => path.basename(name, '.md')),
);

const draft = buildDraft({
  source,
  fileName: path.basename(file),
  ...(values.url ? { url: values.url } : {}),
  ...(values.published ? { published: values.published } : {}),
  today: values.today ?? localToday(),
  registry,
  existing: folder.events,
  takenIds: taken,
  registryFile: peopleFile,
});

// The draft must be one the build accepts; a problem here is a bug in the importer, so say so and stop.
const parsed = parseEventFile(draft.text);
const problems =
  'problems' in parsed
    ? parsed.problems
    : [
        ...registry.participantProblems(parsed.data.participants, peopleFile),
        ...deriveLevel(parsed.data, registry, peopleFile).problems,
      ];
if (problems.length) fail(`the draft would not build (a bug in the importer):\n  ${problems.join('\n  ')}`);

const target = path.join(eventsDir, `${draft.id}.md`);
await writeFile(target, draft.text, { flag: 'wx' }).catch((error: Error) =>
  fail(`cannot write ${target}: ${error.message}`),
);
for (const note of draft.notes) console.log(`  ${note}`);
console.log(target);
