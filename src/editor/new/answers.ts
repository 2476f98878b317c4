import { placeholder } from '../../domain/placeholders.ts';
import type { Registry } from '../../domain/registry.ts';
import { DIRECTIONS, EVENT_TYPES, ID_PATTERN, LEVELS, type Level } from '../../domain/schema.ts';
import { SIDES } from '../../domain/vocabulary.ts';
import { closest } from '../../text/closest.ts';
import { slugOf } from '../../text/fold.ts';
import { checkDraft } from '../draft/check.ts';
import { freeId } from '../draft/ids.ts';
import { eventFileText } from '../draft/yaml.ts';

/** The one source a new draft starts with, as typed. */
export interface SourceAnswers {
  title?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  published?: string | undefined;
  side?: string | undefined;
}

/**
 * What an editor gave `npm run new`, as typed: nothing here is trusted, since the build's own reader judges
 * the draft made from it. Text is trimmed, and an empty answer counts as none.
 */
export interface Answers {
  title?: string | undefined;
  date?: string | undefined;
  end?: string | undefined;
  type?: string | undefined;
  direction?: string | undefined;
  level?: string | undefined;
  location?: string | undefined;
  occasion?: string | undefined;
  summary?: string | undefined;
  /** The travelling lead, by any spelling in the registry. */
  lead?: string | undefined;
  /** Everyone else involved, by any spelling in the registry. */
  participants: string[];
  /** People not in the registry, named once, each with their side (`china`, `dprk` or `other`) and any role. */
  oneOffs?: { name: string; side: string; role?: string | undefined }[] | undefined;
  source: SourceAnswers;
  /** Further sources, after the first. */
  moreSources?: SourceAnswers[] | undefined;
  /** The day the event enters the record (`YYYY-MM-DD`); the command line reads the clock, nothing here does. */
  added: string;
  /** The file's short name after its date; taken from the title when left out. */
  slug?: string | undefined;
}

/** A draft as it would be written, and what the build would say of it. */
export interface Draft {
  text: string;
  /** The build's messages, each `field …: what is wrong (what is allowed)`; none when the draft is valid. */
  problems: string[];
  /** The level the lead's offices give, when a lead decides it. */
  level: Level | undefined;
}

const DRAFT_NOTE = [
  'A draft from `npm run new`: check each field against the sources, write the narrative below the',
  'closing line, then remove `draft: true` to publish. The README\'s "Adding an event" lists every field.',
];

const NARRATIVE = placeholder(
  'what happened, in your own words, from the sources listed above. Say where they disagree, and leave out what none confirms.',
);

/** Trimmed text, or `undefined` for nothing but spaces. */
const given = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());

/** An object without the keys whose value is `undefined`, in the order written. */
const defined = (entries: [string, unknown][]) =>
  Object.fromEntries(entries.filter(([, value]) => value !== undefined && value !== null));

/**
 * The participants as the file lists them: the lead first, marked `lead: true`, then everyone else, each
 * written as the registry names them when it knows them, and each person once.
 */
function participantsOf(answers: Answers, registry: Registry): object[] {
  const seen = new Set<string>();
  const list: object[] = [];
  const add = (typed: string | undefined, lead: boolean) => {
    const name = given(typed);
    if (name === undefined) return;
    const person = registry.find(name);
    const key = person?.id ?? name;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(lead ? { name: person?.name ?? name, lead: true } : { name: person?.name ?? name });
  };
  add(answers.lead, true);
  for (const name of answers.participants) add(name, false);
  for (const { name, side, role } of answers.oneOffs ?? []) {
    const typed = given(name);
    if (typed === undefined || seen.has(typed)) continue;
    seen.add(typed);
    list.push(
      defined([
        ['name', typed],
        ['side', given(side)],
        ['role', given(role)],
        ['oneOff', true],
      ]),
    );
  }
  return list;
}

/** The front matter of a draft, field by field in the template's order; missing answers are left out. */
function frontMatterOf(answers: Answers, registry: Registry): Record<string, unknown> {
  const participants = participantsOf(answers, registry);
  const sourceOf = (typed: SourceAnswers) =>
    defined([
      ['title', given(typed.title)],
      ['publisher', given(typed.publisher)],
      ['url', given(typed.url)],
      ['published', given(typed.published)],
      ['side', given(typed.side)],
    ]);
  const sources = [answers.source, ...(answers.moreSources ?? [])]
    .map(sourceOf)
    .filter((source, index) => index === 0 || Object.keys(source).length > 0);
  return defined([
    ['title', given(answers.title)],
    ['date', given(answers.date)],
    ['end', given(answers.end)],
    ['type', given(answers.type)],
    ['direction', given(answers.direction)],
    ['level', given(answers.level)],
    ['location', given(answers.location)],
    ['occasion', given(answers.occasion)],
    ['participants', participants.length > 0 ? participants : undefined],
    ['summary', given(answers.summary)],
    ['sources', Object.keys(sources[0]!).length > 0 || sources.length > 1 ? sources : undefined],
    ['added', answers.added],
    ['draft', true],
  ]);
}

/**
 * The whole file, written by the editor tools' one writer (each value quoted where YAML would read it back as
 * anything but the text typed: `yes`, `1961`, `# not a comment`), after the draft note and any `notes` (such as
 * possible duplicates); a placeholder narrative follows, which the build refuses once the draft is published.
 */
export function draftText(answers: Answers, registry: Registry, notes: readonly string[] = []): string {
  return eventFileText([DRAFT_NOTE.join(' '), ...notes], frontMatterOf(answers, registry), NARRATIVE);
}

/**
 * Vocabularies whose mistyped values get a suggestion ("delegaton" is likely "delegation"), by field with its
 * list indexes left out, so that every source's side and every one-off's side get one.
 */
const VOCABULARIES: Record<string, readonly string[]> = {
  type: EVENT_TYPES,
  direction: DIRECTIONS,
  level: LEVELS,
  'sources.side': SIDES,
  'participants.side': SIDES,
};

/** The build's message for a value not allowed, with the closest allowed value suggested when one is near. */
function withSuggestion(problem: string): string {
  // `sources[1].side "chna" is not an allowed value (one of …)`: the value is quoted as JSON.
  const match = /^([\w.[\]]+) ("(?:[^"\\]|\\.)*") is not an allowed value/.exec(problem);
  const values = match ? VOCABULARIES[match[1]!.replace(/\[\d+\]/g, '')] : undefined;
  if (!match || !values) return problem;
  let typed: unknown;
  try {
    typed = JSON.parse(match[2]!);
  } catch {
    return problem; // shown shortened or with a forbidden character marked: no longer the value typed
  }
  const guess = typeof typed === 'string' ? closest(typed, values) : undefined;
  return guess
    ? problem.replace('is not an allowed value', `is not an allowed value (did you mean "${guess}"?)`)
    : problem;
}

/** Why a short name cannot be part of a file name, if it cannot. */
function slugProblem(slug: string | undefined): string | undefined {
  const value = given(slug);
  if (value === undefined || ID_PATTERN.test(value)) return undefined;
  return `file name "${value}" is not allowed (use lowercase letters, digits and hyphens, e.g. li-qiang-wpk-80th)`;
}

/**
 * The draft the answers make, checked exactly as the build checks a file: `parseEventFile` for the front
 * matter, then the registry for the participants and the level. When a lead is named and no level given,
 * the level the lead's offices give is written in.
 */
export function prepareDraft(answers: Answers, registry: Registry, registryFile: string): Draft {
  const check = (text: string) => checkDraft(text, registry, registryFile);
  let text = draftText(answers, registry);
  let checked = check(text);
  if (given(answers.level) === undefined && given(answers.lead) !== undefined && checked.level) {
    text = draftText({ ...answers, level: checked.level }, registry);
    checked = check(text);
  }
  const slug = slugProblem(answers.slug);
  return {
    text,
    level: checked.level,
    problems: [...checked.problems.map(withSuggestion), ...(slug ? [slug] : [])],
  };
}

/** Words a short name leaves out: they make it longer and say nothing. */
const FILLER = new Set(['a', 'an', 'and', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'the', 'to', 'with']);

/** A short name takes at most this many words of the title, and this many characters. */
const SLUG_WORDS = 5;
const SLUG_LENGTH = 48;

/**
 * A short name from the title: its first few words that say something, folded to plain lowercase letters
 * and digits (`Zhōu Ēnlái` gives `zhou-enlai`); `event` when none is left (a title in Chinese characters).
 */
export function slugFromTitle(title: string | undefined): string {
  const words = slugOf(title ?? '')
    .split('-')
    .map((word) => word.replace(/[^a-z0-9]/g, ''))
    .filter((word) => word !== '' && !FILLER.has(word));
  let slug = '';
  for (const word of words.slice(0, SLUG_WORDS)) {
    const longer = slug ? `${slug}-${word}` : word;
    if (longer.length > SLUG_LENGTH) break;
    slug = longer;
  }
  return slug || 'event';
}

/**
 * The new event's id (its file name without `.md`): `date-slug`, with `-2`, `-3`… added while that id is
 * taken, by a file anywhere in the events folder or as an old id that redirects (`formerIds`).
 */
export const uniqueId = (date: string, slug: string, taken: ReadonlySet<string>): string =>
  freeId(`${date}-${slug}`, taken);
