import { dump } from 'js-yaml';
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { dateRangeText, earliestDay, formatDate, latestDay } from '../../domain/dates.ts';
import { rankOn, travellerOf } from '../../domain/offices.ts';
import type { Registry } from '../../domain/registry.ts';
import { ID_PATTERN, LEVELS, MEETING_TYPES, type EventData, type Level, type Person } from '../../domain/schema.ts';
import type { Direction, EventType } from '../../domain/vocabulary.ts';
import { slugOf } from '../../text/fold.ts';
import { readArticle } from './article.ts';
import { directionOf, leadOf, locationOf, typeOf, type Guess } from './classify.ts';
import { bestDate, findDates, publicationDate } from './dates.ts';
import { publisherOf } from './outlets.ts';
import { namedAsLate, peopleNamed, unlistedOfficials } from './people-mentions.ts';
import { storySentences } from './sentences.ts';

dayjs.extend(utc);

/** What the importer needs: the saved report, what the editor knows of it, and the record as it stands. */
export interface ImportInput {
  /** The saved report: HTML, Markdown or plain text. */
  source: string;
  /** Its file name, which helps tell the format. */
  fileName?: string;
  url?: string;
  /** The report's date, `YYYY-MM-DD`, when the editor knows it. */
  published?: string;
  /** The day of the import, `YYYY-MM-DD`: the draft's `added`. */
  today: string;
  registry: Registry;
  /** The record's events, to find ones the report may already be about. */
  existing: readonly { id: string; file: string; data: EventData }[];
  /** Ids already in use (files in the events folder), so the new file takes none of them. */
  takenIds: ReadonlySet<string>;
  /** How messages name the registry file. */
  registryFile?: string;
}

/** A draft event file, with its id, and the main guesses in a line each for the command to print. */
export interface Draft {
  id: string;
  text: string;
  notes: string[];
}

const SUMMARY_PLACEHOLDER = 'TODO: summarise in your own words, at most 300 characters; copy nothing from the report.';
const NARRATIVE_PLACEHOLDER = [
  'TODO: the editor writes the narrative here, in their own words, from the sources listed above: what happened,',
  'day by day where the sources allow, saying where they disagree and leaving out what none confirms. Nothing in',
  'this draft comes from the report but its headline, as the source title; do not copy its sentences.',
].join('\n');

const sureWord = (sure: Guess<unknown>['sure']) =>
  `guess, ${sure === 'high' ? 'fairly sure' : sure === 'medium' ? 'likely' : 'unsure'}`;

/** Builds a draft event file from a saved report. Pure: the same input gives the same file. */
export function buildDraft(input: ImportInput): Draft {
  const registryFile = input.registryFile ?? 'content/people.yaml';
  const article = readArticle(input.source, input.fileName ?? '');
  const urlGiven = input.url ?? article.meta.url;
  const url = urlGiven && URL.canParse(urlGiven) && /^https?:$/.test(new URL(urlGiven).protocol) ? urlGiven : undefined;
  const published = publicationDate(article, url, input.published);
  const sentences = storySentences(article);
  const notes: string[] = [];

  // When: the best date the story gives, the others listed.
  const { candidates, unplaced, anniversaries } = findDates(sentences, published);
  const best = bestDate(candidates, anniversaries);
  let date: string;
  let end: string | undefined;
  const dateComment: string[] = [];
  if (best) {
    ({ date, end } = best);
    dateComment.push(`${sureWord(best.sure)}: ${best.because}.`);
  } else if (published) {
    date = published.date.slice(0, 7);
    dateComment.push(
      `guess, unsure: the story gives no date for what happened; the month of the report (${published.basis}).`,
    );
  } else {
    date = input.today.slice(0, 4);
    dateComment.push(
      'PLACEHOLDER: the report gives no date at all; this is the year of the import. Set the real date.',
    );
  }
  const others = [...candidates, ...anniversaries]
    .filter((candidate) => candidate !== best?.chosen)
    .map((candidate) => `"${candidate.words}" (${dateRangeText(candidate.date, candidate.end)}: ${candidate.how})`);
  const otherLines = [
    ...(others.length ? [`Other dates in the report: ${[...new Set(others)].join('; ')}.`] : []),
    ...[...new Set(unplaced.map((item) => item.why))].map(
      (why) =>
        `Not placed, since ${why}: ${unplaced
          .filter((item) => item.why === why)
          .map((item) => `"${item.words}"`)
          .join(', ')}.`,
    ),
  ];
  notes.push(`date ${date}${end ? ` to ${end}` : ''} (${best?.sure ?? 'placeholder'})`);

  // Who: everyone in the registry the story names; who travelled, and where.
  const mentions = peopleNamed(sentences, input.registry);
  const late = namedAsLate(sentences, mentions);
  const officials = unlistedOfficials(sentences, input.registry, mentions);
  const direction: Guess<Direction> = directionOf(sentences) ?? {
    value: 'mutual',
    because: 'no one is reported travelling to the other country',
    sure: 'low',
  };
  const traveller = travellerOf(direction.value);
  let type = typeOf(sentences, traveller !== undefined);
  let lead = traveller ? leadOf(sentences, mentions, traveller, late) : undefined;
  let level: { value: Level; because: string } | undefined;
  const demote = (why: string) => {
    type = {
      value: 'other',
      because: `${why}; so "other", which the build accepts without one (was: ${type.value}, ${type.because})`,
      sure: 'low',
    };
    lead = undefined;
    level = undefined;
  };
  if (lead) {
    const rank = rankOn(lead.value, date, end);
    if (rank.rank) {
      level = {
        value: rank.rank,
        because: `from ${lead.value.name}'s offices in ${registryFile} ${whenText(date, end)}: ${rank.office.title}`,
      };
    } else {
      demote(`the lead's level cannot be told: ${rank.problem}`);
    }
  } else if (traveller && MEETING_TYPES.includes(type.value)) {
    demote(`no travelling lead in ${registryFile} could be told from the report (a ${type.value} needs one)`);
  } else if (!traveller && MEETING_TYPES.includes(type.value)) {
    level = highestInvolved(
      mentions.map((mention) => mention.person).filter((person) => !late.has(person.id)),
      date,
      end,
    );
    if (!level) demote(`no one named has a rank the registry can tell ${whenText(date, end)}`);
  }
  notes.push(
    `${type.value}, ${direction.value}${level ? `, ${level.value}` : ''}${lead ? `, led by ${lead.value.name}` : ''}`,
  );

  // The occasion: an anniversary the report names falling near the date.
  const occasion = anniversaries.find(
    (anniversary) => Math.abs(dayjs.utc(anniversary.date).diff(dayjs.utc(earliestDay(date)), 'day')) <= 45,
  );
  const location = locationOf(sentences, direction.value);

  // The source: the report itself.
  const publisher = publisherOf(article, url);
  const sourceTitle =
    article.headline ??
    `${publisher?.name ?? 'Untitled'} report${published ? ` of ${formatDate(published.date)}` : ''} (headline not recorded)`;

  const title = titleOf(type.value, direction.value, lead?.value, publisher?.name);
  const nearby = nearbyEvents(
    date,
    end,
    mentions.map((mention) => mention.person.id),
    lead?.value.id,
    input,
  );
  const id = uniqueId(`${date}-${slugFor(type.value, lead?.value, article.headline)}`, input.takenIds);
  notes.push(...nearby.map((event) => `possible duplicate: ${event.file}`));

  const lines: string[] = ['---'];
  const comment = (text: string, indent = '') => lines.push(...wrap(text, indent));
  comment(
    `Draft written by npm run import on ${input.today} from a saved report. Lines marked "guess" rest on that report alone: check each against the sources, add the host's own accounts, write the summary and narrative in your own words, then remove draft: true.`,
  );
  for (const event of nearby) {
    comment(
      `POSSIBLE DUPLICATE: ${event.file} (${dateRangeText(event.data.date, event.data.end)}) also names ${event.shared.join(', ')}. If the report is about that event, add it there as a source instead.`,
    );
  }
  comment(`title: written from the guesses below, not taken from the report; rewrite it.`);
  lines.push(`title: ${scalar(title)}`);
  comment(`date: ${dateComment.join(' ')}`);
  for (const line of otherLines) comment(line);
  lines.push(`date: ${date}`);
  if (end) lines.push(`end: ${end}`);
  comment(`type: ${sureWord(type.sure)}: ${type.because}.`);
  lines.push(`type: ${type.value}`);
  comment(`direction: ${sureWord(direction.sure)}: ${direction.because}.`);
  lines.push(`direction: ${direction.value}`);
  if (level) {
    comment(`level: ${level.because}.`);
    lines.push(`level: ${level.value}`);
  }
  if (location) {
    comment(`location: ${sureWord(location.sure)}: ${location.because}.`);
    lines.push(`location: ${scalar(location.value)}`);
  }
  if (occasion) {
    comment(`occasion: guess, likely: the report names the ${occasion.anniversary} (${formatDate(occasion.date)}).`);
    lines.push(`occasion: ${scalar(capitalise(occasion.anniversary!))}`);
  }
  const participants = mentions.filter((mention) => !late.has(mention.person.id));
  if (lead)
    participants.sort((a, b) => Number(b.person.id === lead!.value.id) - Number(a.person.id === lead!.value.id));
  if (participants.length) {
    comment(`participants: everyone in ${registryFile} the report names; keep those who took part.`);
    lines.push('participants:');
    for (const { person } of participants) {
      lines.push(`  - name: ${scalar(person.name)}`);
      if (lead && person.id === lead.value.id) {
        comment(`${sureWord(lead.sure)}: the travelling lead, from ${lead.because}.`, '    ');
        lines.push('    lead: true');
      }
    }
  }
  if (officials.length) {
    comment(
      `Named in the report but not in ${registryFile}: ${officials.join(', ')}. Add them there (or as one-offs) only if they took part.`,
    );
  }
  const lateNames = mentions.filter((mention) => late.has(mention.person.id)).map((mention) => mention.person.name);
  if (lateNames.length) comment(`Named only as "the late …", so left out: ${lateNames.join(', ')}.`);
  comment('summary: the editor writes it; this placeholder only keeps the draft valid.');
  lines.push(`summary: ${scalar(SUMMARY_PLACEHOLDER)}`);
  lines.push('sources:');
  lines.push(`  - title: ${scalar(sourceTitle)}`);
  if (!article.headline)
    comment("no headline found in the saved text: give the report's own, if you can find it.", '    ');
  if (publisher) {
    comment(`from ${publisher.basis}.`, '    ');
    lines.push(`    publisher: ${scalar(publisher.name)}`);
  } else {
    comment('no publisher found: name the outlet.', '    ');
    lines.push(`    publisher: ${scalar('TODO: the outlet that published the report')}`);
  }
  if (url) lines.push(`    url: ${scalar(url)}`);
  if (published) {
    comment(`from ${published.basis}.`, '    ');
    lines.push(`    published: ${published.date}`);
  }
  if (publisher) {
    comment(`${publisher.sideBasis} (the research rulings on sources' side).`, '    ');
    lines.push(`    side: ${publisher.side}`);
  }
  if (occasion) lines.push('tags: [anniversary]');
  lines.push(`added: ${input.today}`);
  lines.push('draft: true');
  lines.push('---', '', NARRATIVE_PLACEHOLDER, '');
  notes.push(`source: ${publisher?.name ?? 'publisher unknown'}${published ? `, ${published.date}` : ''}`);
  return { id, text: lines.join('\n'), notes };
}

/** For mutual meetings: the highest rank anyone named held on the dates, where the registry can tell. */
function highestInvolved(people: readonly Person[], date: string, end: string | undefined) {
  let best: { value: Level; because: string } | undefined;
  for (const person of people) {
    const rank = rankOn(person, date, end);
    if (rank.rank && (!best || LEVELS.indexOf(rank.rank) < LEVELS.indexOf(best.value))) {
      best = { value: rank.rank, because: `the highest office of anyone named: ${person.name}, ${rank.office.title}` };
    }
  }
  return best;
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
function titleOf(
  type: EventType,
  direction: Direction,
  lead: Person | undefined,
  publisher: string | undefined,
): string {
  const verb = VISITS[type];
  const where = DESTINATION[direction];
  if (lead && verb && where) return `${lead.name} ${verb} ${where}`;
  if (verb && where) return `${direction === 'china-to-dprk' ? 'Chinese' : 'North Korean'} visit to ${where}`;
  return `TODO: what happened, in one line (from a ${publisher ?? 'news'} report)`;
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
  return slug || 'imported-report';
}

/** `id`, or `id-2`, `id-3`… : the first not taken. */
function uniqueId(id: string, taken: ReadonlySet<string>): string {
  const base = ID_PATTERN.test(id) ? id : id.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

/**
 * Events already in the record that the report may be about: within a week of the draft's dates, and naming
 * its lead, or two of the people it names.
 */
function nearbyEvents(
  date: string,
  end: string | undefined,
  people: readonly string[],
  lead: string | undefined,
  input: Pick<ImportInput, 'existing' | 'registry'>,
): { file: string; id: string; data: EventData; shared: string[] }[] {
  const first = dayjs.utc(earliestDay(date));
  const last = dayjs.utc(latestDay(end ?? date));
  const found: { file: string; id: string; data: EventData; shared: string[] }[] = [];
  for (const event of input.existing) {
    const otherFirst = dayjs.utc(earliestDay(event.data.date));
    const otherLast = dayjs.utc(latestDay(event.data.end ?? event.data.date));
    const gap = Math.max(0, otherFirst.diff(last, 'day'), first.diff(otherLast, 'day'));
    if (gap > 7) continue;
    const ids = new Set(
      event.data.participants
        .filter((participant) => !participant.oneOff)
        .map((participant) => input.registry.find(participant.name)?.id)
        .filter((id): id is string => id !== undefined),
    );
    const shared = people.filter((id) => ids.has(id));
    if ((lead && shared.includes(lead)) || shared.length >= 2) {
      found.push({
        file: event.file,
        id: event.id,
        data: event.data,
        shared: shared.map((id) => input.registry.get(id)?.name ?? id),
      });
    }
  }
  return found;
}

/** A YAML scalar on one line, quoted where YAML needs it. */
const scalar = (value: string) => dump(value, { lineWidth: -1 }).trimEnd();

/** `on 9 October 2025`, `in October 2025`. */
const whenText = (date: string, end: string | undefined) =>
  `${date.length === 10 ? 'on' : 'in'} ${dateRangeText(date, end)}`;

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A comment as `#` lines of at most about 110 characters; later lines indented under the first. */
function wrap(text: string, indent: string): string[] {
  const lines: string[] = [];
  let words: string[] = [];
  const prefix = () => `${indent}#${lines.length ? '   ' : ' '}`;
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (words.length && prefix().length + [...words, word].join(' ').length > 110) {
      lines.push(prefix() + words.join(' '));
      words = [];
    }
    words.push(word);
  }
  lines.push(prefix() + words.join(' '));
  return lines;
}
