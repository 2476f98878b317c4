// npm run import -- FILE... [--url URL] [--published YYYY-MM-DD] [--today YYYY-MM-DD]
// Writes draft events from saved news reports into content/events/ (or EVENTS_DIR): the reports of one event
// become one draft, each report a source. Ends with a table of what it wrote and how sure it is of each field.
// The work is done by src/editor/; this file only reads the arguments and files, and writes the drafts.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { dateProblem } from '../src/domain/dates.ts';
import { Registry } from '../src/domain/registry.ts';
import { checkDraft } from '../src/editor/draft/check.ts';
import { freeId, takenIds } from '../src/editor/draft/ids.ts';
import { groupByEvent, summaryTable } from '../src/editor/import/batch.ts';
import {
  composeDraft,
  NotAReport,
  readReport,
  type Draft,
  type ReportReading,
} from '../src/editor/import/build-draft.ts';
import { decodeReport } from '../src/editor/import/read-report.ts';
import { readEventFolder } from '../src/loaders/event-files.ts';
import { readPeopleFile } from '../src/loaders/people-file.ts';

const USAGE =
  'usage: npm run import -- FILE... [--url URL] [--published YYYY-MM-DD] [--today YYYY-MM-DD]\n' +
  '  (--url and --published describe the report when only one FILE is given)';

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
if (positionals.length === 0) fail('give one or more saved reports (.html, .md or .txt files)');
if (positionals.length > 1 && (values.url || values.published))
  fail('--url and --published describe one report: give one FILE with them');
for (const flag of ['published', 'today'] as const) {
  const value = values[flag];
  if (value !== undefined && (value.length !== 10 || dateProblem(value)))
    fail(`--${flag} "${value}" is not YYYY-MM-DD`);
}
if (values.url !== undefined && !(URL.canParse(values.url) && /^https?:$/.test(new URL(values.url).protocol))) {
  fail(`--url "${values.url}" is not an http or https address`);
}

const eventsDir = process.env.EVENTS_DIR ?? 'content/events';
const peopleFile = process.env.PEOPLE_FILE ?? 'content/people.yaml';

/** The editor's calendar day: the one place the clock is read. */
function localToday(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

const people = await readPeopleFile(peopleFile, peopleFile);
if (people.problems.length) fail(`${peopleFile} has problems; fix them first:\n  ${people.problems.join('\n  ')}`);
const registry = new Registry(people.people);
const folder = await readEventFolder(eventsDir, (absolute) => path.relative(process.cwd(), absolute));
const taken = await takenIds(eventsDir);
const context = {
  today: values.today ?? localToday(),
  registry,
  existing: folder.events,
  takenIds: taken,
  registryFile: peopleFile,
};

// Read every report first: one that cannot be read is named with the reason, and the others still go in.
const readings: ReportReading[] = [];
const refused: { file: string; why: string }[] = [];
for (const given of positionals) {
  // npm runs scripts from the project's folder; a relative FILE means the folder the editor typed it in.
  const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
  try {
    const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
      throw new NotAReport(
        error.code === 'EISDIR' ? 'it is a folder, not a file' : `it cannot be read (${error.message})`,
      );
    });
    const decoded = decodeReport(bytes);
    if (decoded.note) console.error(`import: ${given}: ${decoded.note}`);
    readings.push(
      readReport(
        {
          source: decoded.text,
          fileName: path.basename(file),
          ...(values.url ? { url: values.url } : {}),
          ...(values.published ? { published: values.published } : {}),
        },
        registry,
      ),
    );
  } catch (error) {
    if (!(error instanceof NotAReport)) throw error;
    refused.push({ file: given, why: error.message });
  }
}

const written: { file: string; draft: Draft; reports: number }[] = [];
for (const group of groupByEvent(readings)) {
  let draft: Draft;
  try {
    draft = composeDraft(group, { ...context, takenIds: taken });
  } catch (error) {
    if (!(error instanceof NotAReport)) throw error;
    for (const reading of group) refused.push({ file: reading.fileName, why: error.message });
    continue;
  }
  // Every draft must be one the build accepts; a problem here is the importer's own fault, so say so and stop.
  const { problems } = checkDraft(draft.text, registry, peopleFile);
  if (problems.length)
    fail(
      `the draft from ${group.map((reading) => reading.fileName).join(', ')} would not build (a bug in the importer):\n  ${problems.join('\n  ')}`,
    );
  const id = freeId(draft.id, taken);
  const target = path.join(eventsDir, `${id}.md`);
  await writeFile(target, draft.text, { flag: 'wx' }).catch((error: Error) =>
    fail(`cannot write ${target}: ${error.message}`),
  );
  taken.add(id);
  for (const note of draft.notes) console.error(`  ${note}`);
  written.push({ file: target, draft, reports: group.length });
}
console.log(summaryTable(written, refused));
// The paths written, last, one a line: what scripts and tests read.
for (const { file } of written) console.log(file);
if (written.length === 0) process.exit(1);
