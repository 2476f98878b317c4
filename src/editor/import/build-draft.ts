/**
 * From saved reports to one draft event: each report is read (`readReport`) into guesses, each with what it
 * rests on and how sure it is; the reports of one event are then written as one draft (`composeDraft`) by
 * the editor tools' shared writer. `buildDraft` does both for a single report.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { dateRangeText, earliestDay, formatDate } from '../../domain/dates.ts';
import { rankOn, travellerOf } from '../../domain/offices.ts';
import { placeholder } from '../../domain/placeholders.ts';
import type { Registry } from '../../domain/registry.ts';
import { LEVELS, MEETING_TYPES, type EventData, type Level, type Person } from '../../domain/schema.ts';
import type { Direction, EventType, Side } from '../../domain/vocabulary.ts';
import { slugOf } from '../../text/fold.ts';
import { possibleDuplicates } from '../draft/duplicates.ts';
import { freeId } from '../draft/ids.ts';
import { eventFileText, noted } from '../draft/yaml.ts';
import { readArticle, type Article } from './article.ts';
import { directionOf, leadOf, locationOf, typeOf, type Guess } from './classify.ts';
import { bestDate, datelineDate, findDates, publicationDate, type Published } from './dates.ts';
import { publisherOf, type Publisher } from './outlets.ts';
import { namedAsLate, peopleNamed, unlistedOfficials, type Mention } from './people-mentions.ts';
import type { DraftReading } from './score.ts';
import { storySentences, type Sentence } from './sentences.ts';

dayjs.extend(utc);

/** One saved report and what the editor knows of it. */
export interface ReportInput {
  /** The saved report: HTML, Markdown or plain text, already decoded (see `read-report.ts`). */
  source: string;
  /** Its file name, which helps tell the format. */
  fileName?: string;
  url?: string;
  /** The report's date, `YYYY-MM-DD`, when the editor knows it. */
  published?: string;
}

/** The record as it stands, and the day: what every draft is written against. */
export interface DraftContext {
  /** The day of the import, `YYYY-MM-DD`: the draft's `added`. */
  today: string;
  registry: Registry;
  /** The record's events, to find ones the reports may already be about. */
  existing: readonly { id: string; file: string; data: EventData }[];
  /** Ids already in use (files and `formerIds`), so the new file takes none of them. */
  takenIds: ReadonlySet<string>;
  /** How messages name the registry file. */
  registryFile?: string;
}

export type ImportInput = ReportInput & DraftContext;

type Sure = Guess<unknown>['sure'];

/** Everything read from one report: each guess with what it rests on. */
export interface ReportReading {
  fileName: string;
  article: Article;
  url: string | undefined;
  published: Published | undefined;
  when: { date: string; end?: string | undefined; sure: Sure; because: string; others: string[] } | undefined;
  mentions: Mention[];
  late: Set<string>;
  officials: string[];
  direction: Guess<Direction>;
  type: Guess<EventType>;
  lead: Guess<Person> | undefined;
  location: Guess<string> | undefined;
  occasion: { anniversary: string; date: string } | undefined;
  publisher: Publisher | undefined;
}

/** A draft event file, with its id, what it says (for the score and the summary table), and how sure it is. */
export interface Draft {
  id: string;
  text: string;
  /** The main guesses, a line each, for the command to print. */
  notes: string[];
  reading: DraftReading;
  /** How sure the draft is of each field the summary table shows. */
  sureness: Record<'date' | 'type' | 'direction' | 'lead' | 'source', Sure | 'none'>;
}

const SUMMARY_PLACEHOLDER = placeholder(
  'summarise in your own words, at most 300 characters; copy nothing from the report.',
);
const NARRATIVE_PLACEHOLDER = [
  placeholder(
    'the editor writes the narrative here, in their own words, from the sources listed above: what happened,',
  ),
  'day by day where the sources allow, saying where they disagree and leaving out what none confirms. Nothing in',
  "this draft comes from the reports but their headlines, as the sources' titles; do not copy their sentences.",
].join('\n');

const sureWord = (sure: Sure) => `guess, ${sure === 'high' ? 'fairly sure' : sure === 'medium' ? 'likely' : 'unsure'}`;

/** Thrown for a file that is not a report the importer can read: its message says what is wrong. */
export class NotAReport extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotAReport';
  }
}

/** Step 1: the report's text, address and own date. */
function readSource(input: ReportInput) {
  const article = readArticle(input.source, input.fileName ?? '');
  if (article.paragraphs.length === 0 && !article.headline) {
    throw new NotAReport('it has no headline and no paragraph of prose: it does not read as a news report');
  }
  const urlGiven = input.url ?? article.meta.url;
  const url = urlGiven && URL.canParse(urlGiven) && /^https?:$/.test(new URL(urlGiven).protocol) ? urlGiven : undefined;
  const sentences = storySentences(article);
  const published = publicationDate(article, url, input.published) ?? datelineDate(article, sentences);
  return { article, url, sentences, published };
}

/** Step 2: when it happened: the best date the story gives, the others listed. */
function whenItHappened(sentences: readonly Sentence[], published: Published | undefined) {
  const { candidates, unplaced, anniversaries } = findDates(sentences, published);
  const best = bestDate(candidates, anniversaries);
  const others = [...candidates, ...anniversaries]
    .filter((candidate) => candidate !== best?.chosen)
    .map((candidate) => `"${candidate.words}" (${dateRangeText(candidate.date, candidate.end)}: ${candidate.how})`);
  const notes = [
    ...(others.length ? [`Other dates in the report: ${[...new Set(others)].join('; ')}.`] : []),
    ...[...new Set(unplaced.map((item) => item.why))].map(
      (why) =>
        `Not placed, since ${why}: ${unplaced
          .filter((item) => item.why === why)
          .map((item) => `"${item.words}"`)
          .join(', ')}.`,
    ),
  ];
  const occasion = anniversaries.find(
    (anniversary) => best && Math.abs(dayjs.utc(anniversary.date).diff(dayjs.utc(earliestDay(best.date)), 'day')) <= 45,
  );
  if (best) {
    return {
      when: {
        date: best.date,
        end: best.end,
        sure: best.sure,
        because: `"${best.because.replace(/^"/, '')}`.replace(/^""/, '"'),
        others: notes,
      },
      occasion: occasion && { anniversary: occasion.anniversary!, date: occasion.date },
    };
  }
  if (published) {
    return {
      when: {
        date: published.date.slice(0, 7),
        sure: 'low' as const,
        because: `the story gives no date for what happened; the month of the report (${published.basis})`,
        others: notes,
      },
      occasion: undefined,
    };
  }
  return { when: undefined, occasion: undefined };
}

/** Step 3: who took part, who travelled, and what kind of exchange it was. */
function whoTookPart(sentences: readonly Sentence[], registry: Registry) {
  const mentions = peopleNamed(sentences, registry);
  const late = namedAsLate(sentences, mentions);
  const officials = unlistedOfficials(sentences, registry, mentions);
  const direction: Guess<Direction> = directionOf(sentences) ?? {
    value: 'mutual',
    because: 'no one is reported travelling to the other country',
    sure: 'low',
  };
  const traveller = travellerOf(direction.value);
  const type = typeOf(sentences, traveller !== undefined);
  const lead = traveller ? leadOf(sentences, mentions, traveller, late) : undefined;
  return { mentions, late, officials, direction, type, lead };
}

/** Reads one report into guesses; throws `NotAReport` for a file with no report in it. */
export function readReport(input: ReportInput, registry: Registry): ReportReading {
  const { article, url, sentences, published } = readSource(input);
  const { when, occasion } = whenItHappened(sentences, published);
  const people = whoTookPart(sentences, registry);
  return {
    fileName: input.fileName ?? 'report',
    article,
    url,
    published,
    when,
    occasion,
    ...people,
    location: locationOf(sentences, people.direction.value),
    publisher: publisherOf(article, url),
  };
}

/** The level: from the lead's offices; for mutual meetings, the highest office of anyone named. */
function levelOf(
  type: EventType,
  lead: Person | undefined,
  people: readonly Person[],
  date: string,
  end: string | undefined,
  registryFile: string,
): { level?: { value: Level; because: string }; problem?: string } {
  if (lead) {
    const rank = rankOn(lead, date, end);
    if (rank.rank)
      return {
        level: {
          value: rank.rank,
          because: `from ${lead.name}'s offices in ${registryFile} ${whenText(date, end)}: ${rank.office.title}`,
        },
      };
    return { problem: `the lead's level cannot be told: ${rank.problem}` };
  }
  if (!MEETING_TYPES.includes(type)) return {};
  let best: { value: Level; because: string } | undefined;
  for (const person of people) {
    const rank = rankOn(person, date, end);
    if (rank.rank && (!best || LEVELS.indexOf(rank.rank) < LEVELS.indexOf(best.value))) {
      best = { value: rank.rank, because: `the highest office of anyone named: ${person.name}, ${rank.office.title}` };
    }
  }
  return best
    ? { level: best }
    : { problem: `no one named has a rank ${registryFile} can tell ${whenText(date, end)}` };
}

/** The most certain of several guesses (the first report's on a tie). */
const surest = <T extends { sure: Sure }>(guesses: readonly (T | undefined)[]): T | undefined =>
  guesses
    .filter((guess): guess is T => guess !== undefined)
    .reduce<T | undefined>(
      (best, guess) => (!best || SURE_RANK[guess.sure] > SURE_RANK[best.sure] ? guess : best),
      undefined,
    );
const SURE_RANK: Record<Sure, number> = { low: 0, medium: 1, high: 2 };

/**
 * Writes one draft from the reports of one event: the surest date, type, direction and lead among them, the
 * people any of them names, and each report as a source. Pure: the same input gives the same file.
 */
export function composeDraft(readings: readonly ReportReading[], context: DraftContext): Draft {
  const registryFile = context.registryFile ?? 'content/people.yaml';
  const when = surest(readings.map((reading) => reading.when));
  if (!when) {
    throw new NotAReport(
      "neither the report nor its page gives a date for what happened or for itself (pass --published YYYY-MM-DD, the report's own date)",
    );
  }
  const end = readings.reduce<string | undefined>((latest, reading) => {
    const candidate = reading.when?.end;
    return candidate &&
      candidate > (latest ?? when.end ?? when.date) &&
      candidate.length === 10 &&
      when.date.length === 10
      ? candidate
      : latest;
  }, when.end);
  const direction = surest(readings.map((reading) => reading.direction))!;
  const sameWay = readings.filter((reading) => reading.direction.value === direction.value);
  const type = surest(sameWay.map((reading) => reading.type))!;
  const lead = surest(sameWay.map((reading) => reading.lead));
  const mentions = dedupe(
    readings.flatMap((reading) => reading.mentions.filter((mention) => !reading.late.has(mention.person.id))),
  );
  const people = mentions.map((mention) => mention.person);
  const { level, problem } = levelOf(
    type.value,
    lead?.value,
    people.filter(
      (person) =>
        !lead || person.id === lead.value.id || !MEETING_TYPES.includes(type.value) || !travellerOf(direction.value),
    ),
    when.date,
    end,
    registryFile,
  );
  // The build needs a lead whose offices give a level for a visit one way: without one the draft says what it read, and waits.
  const needsLead = MEETING_TYPES.includes(type.value) && travellerOf(direction.value) !== undefined;
  const writable = !needsLead || (lead !== undefined && level !== undefined);
  const writtenType: EventType = writable && (level || !MEETING_TYPES.includes(type.value)) ? type.value : 'other';
  const location = surest(sameWay.map((reading) => reading.location));
  const occasion = readings.find((reading) => reading.occasion)?.occasion;
  const duplicates = possibleDuplicates(
    { date: when.date, end, people: people.map((person) => person.id), lead: lead?.value.id },
    context.existing,
    context.registry,
  );
  const id = freeId(
    `${when.date}-${slugFor(type.value, lead?.value, readings[0]!.article.headline)}`,
    context.takenIds,
  );
  const sources = readings.map((reading) => sourceOf(reading));

  const typeNote =
    writtenType === type.value
      ? `type: ${sureWord(type.sure)}: ${type.because}.`
      : `type: the report${readings.length > 1 ? 's' : ''} read as ${type.value} (${type.because}), but the build needs ${needsLead && !lead ? `a travelling lead in ${registryFile}, and none the report names could be told` : (problem ?? 'a level')} for that; so "other" for now. Mark the lead (adding them to ${registryFile} if need be) and set type: ${type.value}.`;
  const leadNote = lead ? `${sureWord(lead.sure)}: the travelling lead, from ${lead.because}.` : undefined;
  const participants = mentions
    .sort((a, b) => Number(b.person.id === lead?.value.id) - Number(a.person.id === lead?.value.id))
    .map(({ person }) =>
      person.id === lead?.value.id && writable
        ? { name: person.name, lead: noted(leadNote, true) }
        : { name: person.name },
    );
  const officials = [...new Set(readings.flatMap((reading) => reading.officials))];
  const lateNames = [
    ...new Set(
      readings.flatMap((reading) =>
        reading.mentions.filter((mention) => reading.late.has(mention.person.id)).map((mention) => mention.person.name),
      ),
    ),
  ].filter((name) => !people.some((person) => person.name === name));
  const header = [
    `Draft written by npm run import on ${context.today} from ${readings.length === 1 ? 'a saved report' : `${readings.length} saved reports of the same event`}. Lines marked "guess" rest on ${readings.length === 1 ? 'that report' : 'those reports'} alone: check each against the sources, add the host's own accounts, write the summary and narrative in your own words, then remove draft: true.`,
    ...duplicates.map(
      (event) =>
        `POSSIBLE DUPLICATE: ${event.file} (${dateRangeText(event.data.date, event.data.end)}) also names ${event.shared.join(', ')}. If the report is about that event, add it there as a source instead.`,
    ),
    ...(lead && !writable
      ? [
          `The travelling lead read from the report: ${lead.value.name} (${lead.because}); not marked, since ${problem}.`,
        ]
      : []),
    ...(!lead && needsLead
      ? [
          'The report does not say who led the travelling side: no lead is named. Mark one only from a source that says so.',
        ]
      : []),
    ...(officials.length
      ? [
          `Named in the report but not in ${registryFile}: ${officials.join(', ')}. Add them there (or as one-offs) only if they took part.`,
        ]
      : []),
    ...(lateNames.length
      ? [`Named only as "the late …" (or as having died), so left out: ${lateNames.join(', ')}.`]
      : []),
  ];
  const fields: Record<string, unknown> = {
    title: noted(
      'title: written from the guesses below, not taken from the report; rewrite it.',
      titleOf(type.value, direction.value, lead?.value),
    ),
    date: noted(`date: ${sureWord(when.sure)}: ${when.because}. ${when.others.join(' ')}`, when.date),
    end,
    type: noted(typeNote, writtenType),
    direction: noted(`direction: ${sureWord(direction.sure)}: ${direction.because}.`, direction.value),
    level: writable && level ? noted(`level: ${level.because}.`, level.value) : undefined,
    location: location
      ? noted(`location: ${sureWord(location.sure)}: ${location.because}.`, location.value)
      : undefined,
    occasion: occasion
      ? noted(
          `occasion: guess, likely: the report names the ${occasion.anniversary} (${formatDate(occasion.date)}).`,
          capitalise(occasion.anniversary),
        )
      : undefined,
    participants: participants.length
      ? noted(
          `participants: everyone in ${registryFile} the report${readings.length > 1 ? 's name' : ' names'}; keep those who took part.`,
          participants,
        )
      : undefined,
    summary: noted('summary: the editor writes it; this placeholder only keeps the draft valid.', SUMMARY_PLACEHOLDER),
    sources,
    tags: occasion ? ['anniversary'] : undefined,
    added: context.today,
    draft: true,
  };
  const text = eventFileText(header, fields, NARRATIVE_PLACEHOLDER);
  const first = readings[0]!;
  return {
    id,
    text,
    notes: [
      `date ${when.date}${end ? ` to ${end}` : ''} (${when.sure})`,
      `${type.value}, ${direction.value}${level ? `, ${level.value}` : ''}${lead ? `, led by ${lead.value.name}` : ''}`,
      ...duplicates.map((event) => `possible duplicate: ${event.file}`),
      ...readings.map(
        (reading) =>
          `source: ${reading.publisher?.name ?? 'publisher unknown'}${reading.published ? `, ${reading.published.date}` : ''}`,
      ),
    ],
    reading: {
      date: when.date,
      end,
      direction: direction.value,
      type: type.value,
      lead: lead?.value.name,
      people: people.map((person) => person.name),
      place: location?.value,
      headline: first.article.headline,
      publisher: first.publisher?.name,
      published: first.published?.date,
      side: first.publisher?.side,
    },
    sureness: {
      date: when.sure,
      type: type.sure,
      direction: direction.sure,
      lead: lead?.sure ?? 'none',
      source: first.publisher && first.article.headline ? (first.published ? 'high' : 'medium') : 'low',
    },
  };
}

/** One report as a source: its headline, publisher, address, date and side, each with what it rests on. */
function sourceOf(reading: ReportReading): Record<string, unknown> {
  const { article, publisher, published, url } = reading;
  const title =
    article.headline ??
    `${publisher?.name ?? 'Untitled'} report${published ? ` of ${formatDate(published.date)}` : ''} (headline not recorded)`;
  return {
    title: noted(
      article.headline ? undefined : "no headline found in the saved text: give the report's own, if you can find it.",
      title,
    ),
    publisher: publisher
      ? noted(`from ${publisher.basis}.`, publisher.name)
      : noted('no publisher found: name the outlet.', placeholder('the outlet that published the report')),
    url,
    published: published ? noted(`from ${published.basis}.`, published.date) : undefined,
    side: publisher
      ? noted(`${publisher.sideBasis} (the research rulings on sources' side).`, publisher.side satisfies Side)
      : undefined,
  };
}

/** Each person once, in the order first named. */
function dedupe(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((mention) => !seen.has(mention.person.id) && seen.add(mention.person.id));
}

/** Builds a draft event file from one saved report. Pure: the same input gives the same file. */
export function buildDraft(input: ImportInput): Draft {
  return composeDraft([readReport(input, input.registry)], input);
}

const DESTINATION: Record<Direction, string> = {
  'china-to-dprk': 'North Korea',
  'dprk-to-china': 'China',
  mutual: '',
  multilateral: '',
};
const VISITS: Partial<Record<EventType, string>> = {
  'state-visit': 'pays a state visit to',
  'official-visit': 'pays an official visit to',
  'working-visit': 'pays a working visit to',
  'unofficial-visit': 'pays an unofficial visit to',
  visit: 'visits',
  delegation: 'leads a delegation to',
  talks: 'holds talks in',
  summit: 'holds a summit in',
};

/** A plain title from the guesses (never a sentence of the report): `Li Qiang visits North Korea`. */
function titleOf(type: EventType, direction: Direction, lead: Person | undefined): string {
  const verb = VISITS[type];
  const where = DESTINATION[direction];
  if (lead && verb && where) return `${lead.name} ${verb} ${where}`;
  if (verb && where) return `${direction === 'china-to-dprk' ? 'Chinese' : 'North Korean'} visit to ${where}`;
  if (type === 'message') return 'Messages between the Chinese and North Korean leaders';
  return placeholder('what happened, in one line');
}

/** The file name's words: the lead and the kind of event, else the headline's first words. */
function slugFor(type: EventType, lead: Person | undefined, headline: string | undefined): string {
  const kind = type === 'other' || type === 'visit' ? (type === 'visit' ? 'visit' : '') : type;
  const words = lead ? `${lead.id} ${kind}` : (headline ?? 'imported report');
  const slug = slugOf(words.normalize('NFKD').replace(/[^\x20-\x7E]/g, ''))
    .split('-')
    .filter(Boolean)
    .slice(0, lead ? 6 : 5)
    .join('-');
  return slug || (type === 'message' ? 'messages' : 'imported-report');
}

/** `on 9 October 2025`, `in October 2025`. */
const whenText = (date: string, end: string | undefined) =>
  `${date.length === 10 ? 'on' : 'in'} ${dateRangeText(date, end)}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
