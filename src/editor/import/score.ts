/**
 * How well the importer reads real reports: each saved report in a corpus is imported, and what the draft says
 * is compared with the hand-checked answer, field by field. `test/editor/corpus/README.md` says what each answer
 * means; `npm run import:score` prints the table and the unit test holds the targets.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';
import { earliestDay, latestDay } from '../../domain/dates.ts';
import { foldText } from '../../text/fold.ts';

/** One hand-checked answer (see the corpus README for what each field means). */
export interface Answer {
  file: string;
  date: string;
  end?: string | null;
  direction: string;
  type: string;
  lead: string | null;
  people: string[];
  place: string | null;
  headline: string | null;
  publisher: string;
  via?: string;
  published: string | null;
  side: string;
  /** What the editor would give on the command line, when the page cannot tell it. */
  flags?: { published?: string; url?: string };
  note?: string;
}

/** A saved report: the address it was saved from (its first line) and the text as saved. */
export interface SavedReport {
  file: string;
  url: string;
  source: string;
}

/** What a draft says about the report, as the scorer compares it. */
export interface DraftReading {
  date: string;
  end: string | undefined;
  direction: string;
  /** The type the importer read, which the draft writes unless the build cannot take it yet (no lead). */
  type: string;
  lead: string | undefined;
  people: string[];
  place: string | undefined;
  headline: string | undefined;
  publisher: string | undefined;
  published: string | undefined;
  side: string | undefined;
}

/** The fields the score counts, in the order it prints them. */
const SCORED_FIELDS = [
  'date',
  'direction',
  'type',
  'lead',
  'headline',
  'publisher',
  'published',
  'side',
  'people',
  'place',
] as const;
type ScoredField = (typeof SCORED_FIELDS)[number];

/** Right, wrong, or (for the lead) missing: none named where the report says who led. */
type Mark = 'right' | 'wrong' | 'missing';

export interface ReportScore {
  file: string;
  marks: Record<ScoredField, Mark>;
  /** For each field not right: what the draft said, beside the answer. */
  misses: string[];
}

export interface CorpusScore {
  reports: ReportScore[];
  /** Per field: how many reports were right, wrong and (lead) missing. */
  totals: Record<ScoredField, Record<Mark, number>>;
}

/** Reads the corpus: every report in `dir/reports` with its answer from `dir/answers.yaml`, each checked to have one. */
export async function readCorpus(dir: string): Promise<{ report: SavedReport; answer: Answer }[]> {
  const answers = load(await readFile(path.join(dir, 'answers.yaml'), 'utf8'), { schema: CORE_SCHEMA }) as Answer[];
  const files = (await readdir(path.join(dir, 'reports'))).filter((name) => !name.startsWith('.')).sort();
  const byFile = new Map(answers.map((answer) => [answer.file, answer]));
  const unanswered = files.filter((file) => !byFile.has(file));
  const missing = answers.filter((answer) => !files.includes(answer.file)).map((answer) => answer.file);
  if (unanswered.length || missing.length) {
    throw new Error(
      `the corpus is out of step: ${[
        ...unanswered.map((file) => `${file} has no answer`),
        ...missing.map((file) => `${file} is answered but not saved`),
      ].join('; ')}`,
    );
  }
  return Promise.all(
    files.map(async (file) => {
      const text = await readFile(path.join(dir, 'reports', file), 'utf8');
      const newline = text.indexOf('\n');
      const url = /^corpus-source: (\S+)/.exec(text.slice(0, newline))?.[1];
      if (!url) throw new Error(`${file} does not start with a "corpus-source: URL" line`);
      return { report: { file, url, source: text.slice(newline + 1).replace(/^\n/, '') }, answer: byFile.get(file)! };
    }),
  );
}

const same = (a: string | undefined | null, b: string | undefined | null) =>
  foldText(a ?? '') === foldText(b ?? '') && (a == null) === (b == null);

/** Whether the draft's dates fall within the event's: a range inside it, or its one day. */
function datesWithin(reading: DraftReading, answer: Answer): boolean {
  const start = earliestDay(answer.date);
  const last = latestDay(answer.end ?? answer.date);
  const from = reading.date;
  const to = reading.end ?? reading.date;
  // A month or year is vaguer than the event: not "within" it unless the event fills it.
  return earliestDay(from) >= start && latestDay(to) <= last;
}

/** Places as sets of names: "Beijing and Shanghai" is "Shanghai and Beijing". */
const placesOf = (place: string | undefined | null) =>
  (place ?? '')
    .split(/\s*(?:,|\band\b)\s*/)
    .map(foldText)
    .filter(Boolean)
    .sort()
    .join('|');

/** Marks one draft against its answer. */
export function scoreReading(file: string, reading: DraftReading, answer: Answer): ReportScore {
  const expectedPublisher = answer.via ? `${answer.publisher} (via ${answer.via})` : answer.publisher;
  const people = new Set(reading.people);
  const marks: Record<ScoredField, Mark> = {
    date: datesWithin(reading, answer) ? 'right' : 'wrong',
    direction: reading.direction === answer.direction ? 'right' : 'wrong',
    type: reading.type === answer.type ? 'right' : 'wrong',
    lead:
      reading.lead === undefined
        ? answer.lead === null
          ? 'right'
          : 'missing'
        : answer.lead !== null && same(reading.lead, answer.lead)
          ? 'right'
          : 'wrong',
    headline: same(reading.headline, answer.headline) ? 'right' : 'wrong',
    publisher: same(reading.publisher, expectedPublisher) ? 'right' : 'wrong',
    published: (reading.published ?? null) === answer.published ? 'right' : 'wrong',
    side: reading.side === answer.side ? 'right' : 'wrong',
    people:
      answer.people.every((person) => people.has(person)) && people.size === answer.people.length ? 'right' : 'wrong',
    place: placesOf(reading.place) === placesOf(answer.place) ? 'right' : 'wrong',
  };
  const said: Record<ScoredField, [unknown, unknown]> = {
    date: [
      `${reading.date}${reading.end ? ` to ${reading.end}` : ''}`,
      `${answer.date}${answer.end ? ` to ${answer.end}` : ''}`,
    ],
    direction: [reading.direction, answer.direction],
    type: [reading.type, answer.type],
    lead: [reading.lead ?? 'none', answer.lead ?? 'none'],
    headline: [reading.headline ?? 'none', answer.headline ?? 'none'],
    publisher: [reading.publisher ?? 'none', expectedPublisher],
    published: [reading.published ?? 'none', answer.published ?? 'none'],
    side: [reading.side ?? 'none', answer.side],
    people: [reading.people.join(', ') || 'none', answer.people.join(', ') || 'none'],
    place: [reading.place ?? 'none', answer.place ?? 'none'],
  };
  const misses = SCORED_FIELDS.filter((field) => marks[field] !== 'right').map(
    (field) => `${field} ${marks[field]}: draft "${String(said[field][0])}", answer "${String(said[field][1])}"`,
  );
  return { file, marks, misses };
}

/** Adds up the marks of every report. */
export function totalsOf(reports: readonly ReportScore[]): CorpusScore {
  const totals = Object.fromEntries(
    SCORED_FIELDS.map((field) => [field, { right: 0, wrong: 0, missing: 0 }]),
  ) as CorpusScore['totals'];
  for (const report of reports) for (const field of SCORED_FIELDS) totals[field][report.marks[field]]++;
  return { reports: [...reports], totals };
}

const percent = (count: number, of: number) => (of === 0 ? '–' : `${Math.round((count / of) * 1000) / 10}%`);

/** The per-field table `npm run import:score` prints. */
export function scoreTable({ reports, totals }: CorpusScore): string {
  const lines = [`Importer accuracy over ${reports.length} saved reports`, ''];
  lines.push(`${'field'.padEnd(11)}${'right'.padStart(8)}${'wrong'.padStart(8)}${'missing'.padStart(9)}`);
  for (const field of SCORED_FIELDS) {
    const { right, wrong, missing } = totals[field];
    lines.push(
      `${field.padEnd(11)}${percent(right, reports.length).padStart(8)}${percent(wrong, reports.length).padStart(8)}${(field === 'lead' ? percent(missing, reports.length) : '').padStart(9)}`,
    );
  }
  return lines.join('\n');
}
