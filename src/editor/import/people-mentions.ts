import { spellingsOf, type Registry } from '../../domain/registry.ts';
import type { Person } from '../../domain/schema.ts';
import { foldText } from '../../text/fold.ts';
import { foldStory, type Sentence } from './sentences.ts';

/** A registry person the story names: the first time, and every sentence where. */
export interface Mention {
  person: Person;
  /** The spelling first found, folded. */
  spelling: string;
  /** Every spelling the registry knows for them, folded, longest first. */
  forms: string[];
  /** Positions of the sentences naming them, in order. */
  sentences: number[];
}

/** Words after a name that make it a place or a thing named after the person (`Kim Il Sung Square`). */
const NAMED_AFTER =
  /^(?:square|stadium|university|street|avenue|bridge|order|prize|palace|mausoleum|museum|school|hall|plaza|airport|medal|station|statue|statues)\b/;
const IS_CJK = /[\p{Script=Han}\p{Script=Hangul}]/u;

/** Where `spelling` (folded) occurs in `folded` as whole words; CJK names match anywhere. */
function occurrences(folded: string, spelling: string): number[] {
  const found: number[] = [];
  let from = 0;
  for (;;) {
    const at = folded.indexOf(spelling, from);
    if (at === -1) return found;
    from = at + 1;
    if (IS_CJK.test(spelling)) {
      found.push(at);
      continue;
    }
    const before = folded[at - 1];
    const after = folded[at + spelling.length];
    if ((before === undefined || before === ' ') && (after === undefined || after === ' ')) found.push(at);
  }
}

/** Registry people the story names in any spelling the registry knows, in order of first mention. */
export function peopleNamed(sentences: readonly Sentence[], registry: Registry): Mention[] {
  const spellings = registry.people.map((person) => ({
    person,
    spellings: [...new Set(spellingsOf(person).map(foldText).filter(Boolean))].sort((a, b) => b.length - a.length),
  }));
  const mentions = new Map<string, Mention & { first: number }>();
  for (const sentence of sentences) {
    const folded = foldStory(sentence.text);
    for (const { person, spellings: forms } of spellings) {
      // The earliest place any spelling is found, so the order of mention is the story's.
      let found: { at: number; spelling: string } | undefined;
      for (const spelling of forms) {
        const at = occurrences(folded, spelling).find(
          (index) => !NAMED_AFTER.test(folded.slice(index + spelling.length + 1)),
        );
        if (at !== undefined && (!found || at < found.at)) found = { at, spelling };
      }
      if (!found) continue;
      const known = mentions.get(person.id);
      const order = sentence.position * 10_000 + found.at;
      if (!known)
        mentions.set(person.id, {
          person,
          spelling: found.spelling,
          forms,
          sentences: [sentence.position],
          first: order,
        });
      else if (!known.sentences.includes(sentence.position)) known.sentences.push(sentence.position);
    }
  }
  return [...mentions.values()]
    .sort((a, b) => a.first - b.first)
    .map(({ person, spelling, forms, sentences: where }) => ({ person, spelling, forms, sentences: where }));
}

/** Registry people named only as "the late …": spoken of, not taking part. */
export function namedAsLate(sentences: readonly Sentence[], mentions: readonly Mention[]): Set<string> {
  const late = new Set<string>();
  for (const mention of mentions) {
    const texts = sentences.filter((sentence) => mention.sentences.includes(sentence.position));
    const everyTime = texts.every((sentence) => {
      const folded = foldStory(sentence.text);
      return mention.forms
        .flatMap((spelling) => occurrences(folded, spelling))
        .every(
          (at) =>
            /\blate(?: \p{L}+){0,3} $|(?:已故|故) ?$|고 $/u.test(folded.slice(Math.max(0, at - 40), at)) ||
            /^\S{0,3} ?(?:사망|서거|逝世|去世)/u.test(
              folded.slice(at, at + 16).replace(/^\S+/, (name) => name.slice(0)),
            ),
        );
    });
    if (everyTime) late.add(mention.person.id);
  }
  return late;
}

/** Capitalised words that are never part of a person's name here. */
const NOT_NAMES = new Set(
  (
    'The A An Of And In On At For To By With From North South East West Korea Korean Koreas China Chinese ' +
    'Party Central Committee Foreign Ministry Minister State Council Political Politburo Bureau People Peoples ' +
    'Republic Premier President General Secretary Director Department Army News Agency Affairs International ' +
    'Supreme Assembly Standing Member Members United States Democratic Workers Communist Vice Chairman ' +
    'Deputy Defense Defence Commission National Congress Government Cabinet Presidium Russian Russia ' +
    'Vietnam Laos Japan Japanese US Beijing Pyongyang Seoul Washington Moscow Kremlin Xinhua KCNA Yonhap ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July ' +
    'August September October November December It He She They His Her This That Then Meanwhile But ' +
    'Olympics Winter Summer Peninsula Palace Hall Square Airport Guesthouse CPC WPK DPRK PRC SPA KPA'
  ).split(' '),
);

const TITLES = [
  'premier',
  'prime minister',
  'president',
  'vice[- ]president',
  'chairman',
  'chairwoman',
  'vice[- ]chairman',
  'general secretary',
  'secretary',
  'secretary of state',
  'foreign minister',
  'vice foreign minister',
  'defen[cs]e minister',
  'minister',
  'vice minister',
  'vice premier',
  'ambassador',
  'politburo member',
  'politburo standing committee member',
  'state councill?or',
  'director',
  'deputy director',
  'spokes(?:man|woman|person)',
  'envoy',
  'special envoy',
  'marshal',
  'vice marshal',
  'senator',
  'top diplomat',
  'leader',
  'counterpart',
  'uncle',
  'sister',
  'wife',
  'mr\\.?',
  'mrs\\.?',
  'ms\\.?',
  'madame',
];
/** `Premier`, `premier`, `Secretary of State`: each word's first letter in either case. */
const either = (title: string) =>
  title.replace(/(?<![\p{L}\\[])\p{Ll}/gu, (letter) => `[${letter.toUpperCase()}${letter}]`);
const TITLE = `(?:${TITLES.sort((a, b) => b.length - a.length)
  .map(either)
  .join('|')})`;
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’]*(?:-\\p{Ll}+)?";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){1,2}`;
const PATTERNS = [
  new RegExp(`(?<![\\p{L}])${TITLE}\\s+(${NAME})`, 'gu'),
  new RegExp(`\\p{Lu}\\p{Ll}+['’]s?\\s+(?:${TITLE}\\s+)?(${NAME})`, 'gu'),
  new RegExp(`(?:led|headed) by\\s+(?:[\\p{L}'’-]+\\s+){0,4}?(${NAME})`, 'gu'),
  new RegExp(
    `(${NAME}),\\s+(?:the\\s+|a\\s+)?(?:director|head|chairman|member|premier|minister|president|secretary|spokes\\w+|vice[- ]\\w+|deputy\\s+\\w+|chief|senior|top|working-level)\\b`,
    'gu',
  ),
];

/** The leading words of a capitalised run that could be a name, or undefined. */
function nameIn(words: string): string | undefined {
  const parts = words.split(/\s+/);
  const kept: string[] = [];
  for (const part of parts) {
    if (NOT_NAMES.has(part.replace(/['’]s$/, ''))) break;
    kept.push(part.replace(/['’]s$/, ''));
  }
  return kept.length >= 2 ? kept.join(' ') : undefined;
}

/**
 * Names the story gives with an official's title or role ("Foreign Minister Ri Yong-ho", "Yang Jiechi, the
 * head of…", "Laos's president Thongloun Sisoulith") that are not in the registry: for the editor to look up,
 * never added to it.
 */
export function unlistedOfficials(
  sentences: readonly Sentence[],
  registry: Registry,
  mentions: readonly Mention[],
): string[] {
  const found: string[] = [];
  const named = mentions.flatMap((mention) => mention.forms);
  // Headlines capitalise every word, so only the story is searched.
  for (const sentence of sentences.filter((item) => item.position > 0 || item.paragraph > 0)) {
    for (const pattern of PATTERNS) {
      for (const match of sentence.text.matchAll(pattern)) {
        const name = nameIn(match[1]!);
        if (!name || registry.find(name)) continue;
        const folded = foldText(name);
        if (named.some((spelling) => spelling.includes(folded) || folded.includes(spelling))) continue;
        if (!found.some((other) => foldText(other) === folded)) found.push(name);
      }
    }
  }
  return found;
}
