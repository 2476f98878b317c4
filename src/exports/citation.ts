import { dateRangeText, formatDate, MONTHS } from '../domain/dates.ts';
import type { EventData } from '../domain/schema.ts';
import { SITE } from '../site/config.ts';

/**
 * Suggested citations of a page of this site, as plain text (Chicago, APA) and as a BibTeX entry.
 *
 * The work cited is the site's page, not the event: its author and publisher are the site (`SITE.name`),
 * its date is the day the entry entered the record (`added`), and its address is the one given, absolute
 * when the site's address is configured. The build's clock never appears: a date of access is the reader's
 * to add (the page says so), since a build cannot know when the page will be read, and a placeholder
 * such as "accessed [date]" would too easily be pasted into a bibliography unfilled. Without an `added`
 * date APA gives "n.d." and Chicago no date, and the BibTeX entry no year.
 */
export interface Citations {
  /** Chicago (17th ed.), bibliography form. */
  chicago: string;
  /** APA (7th ed.), reference-list form. */
  apa: string;
  /** One `@misc` entry for BibTeX and biblatex. */
  bibtex: string;
}

/** What a citation of an event reads: its id (the BibTeX key), title, dates and when it entered the record. */
export interface CitedEvent {
  id: string;
  data: Pick<EventData, 'title' | 'date' | 'end' | 'added'>;
  /**
   * The entry's dates from the record's history: the day it was added (its `added`, or its file's first
   * commit) and the day it last changed. Left out where the history is not known.
   */
  history?: { added?: string | undefined; lastChanged?: string | undefined } | undefined;
}

/** The day an entry was added and the day it last changed, as far as the record knows them. */
const datesOf = ({ data, history }: CitedEvent) => ({
  added: data.added ?? history?.added,
  lastChanged: history?.lastChanged,
});

/** `November 23, 2026`, `November 2026` or `2026`: a date as Chicago and APA write it, to its precision. */
function monthDayYear(date: string): string {
  const [year, month, day] = date.split('-');
  if (month === undefined) return year!;
  const name = MONTHS[Number(month) - 1]!;
  return day === undefined ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}

/** `(2026, November 23)`, `(2026, November)`, `(2026)` or `(n.d.)`, as APA dates a reference. */
function apaDate(date: string | undefined): string {
  if (date === undefined) return '(n.d.)';
  const [year, month, day] = date.split('-');
  if (month === undefined) return `(${year})`;
  const name = MONTHS[Number(month) - 1]!;
  return `(${year}, ${day === undefined ? name : `${name} ${Number(day)}`})`;
}

/** Words Chicago leaves lowercase in a headline unless first or last: articles, conjunctions, prepositions. */
const MINOR_WORDS = new Set(
  (
    'a an the and but or nor for as at by from in into of on onto per to upon via with vs vs. versus ' +
    'over under about against among between during through toward towards within without'
  ).split(' '),
);

/**
 * A title in Chicago's headline style: every lowercase word capitalised but articles, conjunctions and
 * prepositions, which stay lowercase unless they begin or end the title or follow a colon. Words already
 * holding a capital (`DPRK`, `Kim`, `iPhone`) are left as written; so is everything but lowercase letters.
 */
export function headlineCase(title: string): string {
  const words = title.split(/(\s+)/);
  const last = words.findLastIndex((word) => /\S/.test(word));
  let opensPhrase = true;
  return words
    .map((word, index) => {
      if (!/\S/.test(word)) return word;
      const first = opensPhrase;
      opensPhrase = /[:?!—]$/.test(word);
      return word
        .split('-')
        .map((part, partIndex) => {
          const bare = part.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').toLowerCase();
          const edge = (first && partIndex === 0) || index === last;
          if (!edge && MINOR_WORDS.has(bare)) return part;
          // Only a word written wholly in lowercase and starting with a letter (not `80th`) is changed.
          if (/\p{Lu}/u.test(part)) return part;
          return part.replace(
            /^([^\p{L}\p{N}]*)(\p{Ll})/u,
            (_, before: string, letter: string) => before + letter.toUpperCase(),
          );
        })
        .join('-');
    })
    .join('');
}

/** `“Title.”`, or `“Title?”` when the title ends in its own mark; double quotes inside become single. */
function quotedTitle(title: string): string {
  const inner = title.replace(/“([^”]*)”/g, '‘$1’').replace(/"([^"]*)"/g, '‘$1’');
  return /[.?!]$/.test(inner) ? `“${inner}”` : `“${inner}.”`;
}

/** `text.`, unless it already ends in a full stop, question or exclamation mark. */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

/**
 * Escapes text for a braced BibTeX field: the characters TeX treats specially become commands that print
 * them. Braces become `\textbraceleft{}` and `\textbraceright{}` rather than `\{` and `\}`, because BibTeX
 * counts every brace, escaped or not, when it finds where a field ends.
 */
export function escapeBibtex(text: string): string {
  const replacements: Record<string, string> = {
    '\\': '\\textbackslash{}',
    '{': '\\textbraceleft{}',
    '}': '\\textbraceright{}',
    '&': '\\&',
    '%': '\\%',
    $: '\\$',
    '#': '\\#',
    _: '\\_',
    '~': '\\textasciitilde{}',
    '^': '\\textasciicircum{}',
  };
  return text.replace(/[\\{}&%$#_~^]/g, (character) => replacements[character]!);
}

/** An address as a BibTeX `url` field holds it: verbatim, with any brace (never in a parsed URL) encoded. */
const bibtexUrl = (url: string) => url.replace(/\{/g, '%7B').replace(/\}/g, '%7D');

/** The address inside `\url{}` in `howpublished`, where `%` and `#` would otherwise start a comment or a parameter. */
const howpublishedUrl = (url: string) => bibtexUrl(url).replace(/[%#]/g, (character) => `\\${character}`);

/** A citation key from any text: ASCII letters, digits and hyphens (`china-north-korea-diplomacy-timeline`). */
function citationKey(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'entry'
  );
}

interface BibtexEntry {
  key: string;
  title: string;
  url: string;
  /** When the cited page or data entered the record (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`). */
  date: string | undefined;
  note: string;
}

/**
 * An `@misc` entry: the title and the author (the site, a corporate name: braced so it is never split into
 * first and last names) in double braces, so no style changes their case; `howpublished` for BibTeX's
 * classic styles, which know no `url` field, and `url` for biblatex and natbib's. No `urldate`: the date of
 * access is the reader's.
 */
function bibtexEntry({ key, title, url, date, note }: BibtexEntry): string {
  const fields: [string, string][] = [
    ['title', `{${escapeBibtex(title)}}`],
    ['author', `{${escapeBibtex(SITE.name)}}`],
    ['howpublished', `\\url{${howpublishedUrl(url)}}`],
    ['url', bibtexUrl(url)],
  ];
  if (date !== undefined) fields.push(['year', date.slice(0, 4)]);
  fields.push(['note', escapeBibtex(note)]);
  return `@misc{${key},\n${fields.map(([name, value]) => `  ${name} = {${value}},`).join('\n')}\n}`;
}

/**
 * Suggested citations of one event's page at `url`, dated by the version cited: Chicago's "Last modified"
 * and APA's date of the latest update are the day the entry last changed; where its history is not known,
 * the day it was added stands as the date of publication.
 */
export function citeEvent(event: CitedEvent, url: string): Citations {
  const { title, date, end } = event.data;
  const { added, lastChanged } = datesOf(event);
  const version = lastChanged ?? added;
  const chicagoDate =
    lastChanged !== undefined
      ? ` Last modified ${monthDayYear(lastChanged)}.`
      : added === undefined
        ? ''
        : ` ${monthDayYear(added)}.`;
  const when = dateRangeText(date, end);
  const notes = [
    `Timeline entry on an event of ${when}`,
    ...(added === undefined ? [] : [`added ${formatDate(added)}`]),
    ...(lastChanged === undefined ? [] : [`last changed ${formatDate(lastChanged)}`]),
  ];
  return {
    chicago: `${SITE.name}. ${quotedTitle(headlineCase(title))}${chicagoDate} ${url}.`,
    apa: `${SITE.name}. ${apaDate(version)}. ${sentence(title)} ${url}`,
    bibtex: bibtexEntry({ key: citationKey(event.id), title, url, date: version, note: notes.join('; ') }),
  };
}

/**
 * Suggested citations of the whole record, published at `url`: the site as a data set, dated by the last
 * day an entry was added or changed, and described by how many events it holds and the years they span,
 * so a citation names the version it read.
 */
export function citeRecord(events: readonly CitedEvent[], url: string): Citations {
  const days = events.flatMap((event) => {
    const { added, lastChanged } = datesOf(event);
    return [added, lastChanged].filter((day): day is string => day !== undefined);
  });
  // Dates as written compare as text: `2026-11-23` after `2026-11`, and the latest is the last in order.
  const updated = days.length > 0 ? days.reduce((latest, date) => (date > latest ? date : latest)) : undefined;
  const years = events.map(({ data }) => Number((data.end ?? data.date).slice(0, 4)));
  const starts = events.map(({ data }) => Number(data.date.slice(0, 4)));
  const span =
    events.length === 0
      ? ''
      : Math.min(...starts) === Math.max(...years)
        ? `, ${Math.min(...starts)}`
        : `, ${Math.min(...starts)}–${Math.max(...years)}`;
  const contents = `${events.length} ${events.length === 1 ? 'event' : 'events'}${span}`;
  const chicagoDate = updated === undefined ? '' : ` Last updated ${monthDayYear(updated)}.`;
  return {
    chicago: `${SITE.name}. Dataset of ${contents}.${chicagoDate} ${url}.`,
    apa: `${SITE.name}. ${apaDate(updated)}. ${SITE.name}: ${contents} [Data set]. ${url}`,
    bibtex: bibtexEntry({
      key: citationKey(SITE.name),
      title: SITE.name,
      url,
      date: updated,
      note: `Data set of ${contents}${updated === undefined ? '' : `; last updated ${formatDate(updated)}`}`,
    }),
  };
}
