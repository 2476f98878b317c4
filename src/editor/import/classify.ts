import type { Direction, EventType, Side } from '../../domain/vocabulary.ts';
import type { Person } from '../../domain/schema.ts';
import type { Mention } from './people-mentions.ts';
import { foldStory, quoteWords, type Sentence } from './sentences.ts';

/** A guess with what it rests on and how sure it is. */
export interface Guess<T> {
  value: T;
  because: string;
  sure: 'high' | 'medium' | 'low';
}

// Everything here reads folded text (lowercase, no accents or punctuation), as `foldText` gives it.
const DPRK_PLACES =
  'north korea|n korea|dprk|democratic peoples? republic of korea|pyongyang|secluded state|reclusive (?:country|state|nation)|isolated (?:country|state|nation)';
const CHINA_PLACES =
  'china|beijing|peoples? republic of china|prc|chinese capital|dalian|shanghai|shenyang|dandong|changchun|tianjin|guangzhou|shenzhen|harbin|yanji|hangzhou';
const TRAVEL = [
  '(?:(?:state|official|unofficial|informal|working|goodwill|friendly|two day|three day|four day|rare|first|historic|surprise) )*visit to',
  'visit(?:s|ed|ing)?',
  'trip to',
  'travel(?:s|led|ed|ling|ing)? to',
  'arriv(?:e|es|ed|ing) (?:in|at)',
  'land(?:s|ed|ing)? (?:in|at)',
  'touch(?:es|ed)? down (?:in|at)',
  'fl(?:y|ies|ew|ying) to',
  'depart(?:s|ed|ing)? for',
  'left(?: \\w+)? for',
  'head(?:s|ed|ing)? (?:for|to)',
  '(?:came|come|comes|went|go|goes|returned) to',
  '(?:delegation|mission)(?: \\w+){0,5}? to',
].join('|');
const travelTo = (places: string) => new RegExp(`\\b(?:${TRAVEL}) (?:(?:the|a|an) (?:\\w+ )??)?(?:${places})\\b`, 'g');
const TO_DPRK = travelTo(DPRK_PLACES);
const TO_CHINA = travelTo(CHINA_PLACES);
const IN_DPRK = new RegExp(`\\bin (?:the )?(?:${DPRK_PLACES})\\b`, 'g');
const IN_CHINA = new RegExp(`\\bin (?:the )?(?:${CHINA_PLACES})\\b`, 'g');
const VISITORS = '(?:delegation|envoy|special envoy|visitors?|guests?)';
const CHINESE_VISITORS = new RegExp(
  `\\b(?:chinese|chinas) (?:(?:party|and|government|high level|senior|military|friendship|art) )*${VISITORS}\\b|\\b${VISITORS} (?:of|from) (?:the )?(?:chinese|china)\\b`,
  'g',
);
const KOREAN_VISITORS = new RegExp(
  `\\b(?:north korean|north koreas|dprk|n korean) (?:(?:party|and|government|high level|senior|military|friendship|art) )*${VISITORS}\\b|\\b${VISITORS} (?:of|from) (?:the )?(?:north korean?|dprk)\\b`,
  'g',
);

/** How much a sentence counts: the headline and opening paragraphs say what the story is about. */
const weightOf = (sentence: Sentence) => (sentence.paragraph === 0 ? 2 : sentence.paragraph <= 2 ? 1.5 : 1);

/** The evidence for each direction: travel to a place, "in" a place, and visitors named by nationality. */
export function directionOf(sentences: readonly Sentence[]): Guess<Direction> | undefined {
  const score = { 'china-to-dprk': 0, 'dprk-to-china': 0 };
  const evidence: Record<keyof typeof score, string[]> = { 'china-to-dprk': [], 'dprk-to-china': [] };
  for (const sentence of sentences) {
    const folded = foldStory(sentence.text);
    const weight = weightOf(sentence);
    const add = (direction: keyof typeof score, pattern: RegExp, points: number) => {
      for (const match of folded.matchAll(pattern)) {
        score[direction] += points * weight;
        evidence[direction].push(match[0]);
      }
    };
    add('china-to-dprk', TO_DPRK, 3);
    add('dprk-to-china', TO_CHINA, 3);
    add('china-to-dprk', CHINESE_VISITORS, 2);
    add('dprk-to-china', KOREAN_VISITORS, 2);
    add('china-to-dprk', IN_DPRK, 0.5);
    add('dprk-to-china', IN_CHINA, 0.5);
  }
  const [to, from] =
    score['china-to-dprk'] >= score['dprk-to-china']
      ? (['china-to-dprk', 'dprk-to-china'] as const)
      : (['dprk-to-china', 'china-to-dprk'] as const);
  if (score[to] === 0) return undefined;
  const margin = score[to] - score[from];
  const words = [...new Set(evidence[to])].slice(0, 2).map((text) => `"${quoteWords(text, 6)}"`);
  return {
    value: to,
    because: `${words.join(', ')}${score[from] > 0 ? ` outweigh "${quoteWords(evidence[from][0]!, 6)}"` : ''}`,
    sure: margin >= 6 ? 'high' : margin >= 3 ? 'medium' : 'low',
  };
}

const CLASSES: [EventType, RegExp, string][] = [
  ['unofficial-visit', /\b(?:unofficial|informal) (?:visit|trip)/g, 'an unofficial visit'],
  ['working-visit', /\bworking (?:visit|trip)/g, 'a working visit'],
  ['state-visit', /\bstate visit/g, 'a state visit'],
  [
    'official-visit',
    /\b(?<!un)official (?:goodwill |friendly |friendship )?(?:visit|trip)|\bofficial goodwill\b/g,
    'an official visit',
  ],
];
const OCCASION =
  /\b(?:anniversary|anniversaries|congress|celebrations?|commemorat\w*|festivities|funeral|parade|founding)\b/;

/**
 * The protocol class the report gives, where it gives one (weighed by where it says it); else a delegation
 * sent for an occasion, a summit, a visit of no stated class, talks, or a message. The record takes the class
 * the host announced, so a class found here is for the editor to check against the host's statement.
 */
export function typeOf(sentences: readonly Sentence[], travelled: boolean): Guess<EventType> {
  const folded = sentences.map((sentence) => ({ text: foldStory(sentence.text), weight: weightOf(sentence) }));
  const all = folded.map(({ text }) => text).join(' ');
  let best: { type: EventType; score: number; words: string; label: string } | undefined;
  for (const [type, pattern, label] of CLASSES) {
    let score = 0;
    let words = '';
    for (const { text, weight } of folded) {
      for (const match of text.matchAll(pattern)) {
        score += weight;
        words ||= match[0];
      }
    }
    if (score > 0 && (!best || score > best.score)) best = { type, score, words, label };
  }
  const host = 'the record takes the class the host announced: check its statement';
  if (best) {
    return {
      value: best.type,
      because: `the report calls it ${best.label} ("${best.words}"); ${host}`,
      sure: 'medium',
    };
  }
  const delegation = /\bdelegations?\b/.exec(all);
  if (delegation && OCCASION.test(all)) {
    return {
      value: 'delegation',
      because: `a delegation sent for an occasion ("${OCCASION.exec(all)![0]}"), and no protocol class named; ${host}`,
      sure: 'medium',
    };
  }
  if (/\bsummit\b/.test(all) && !travelled) {
    return { value: 'summit', because: 'a summit, not reported as a visit by one side to the other', sure: 'low' };
  }
  if (travelled) {
    return {
      value: delegation ? 'delegation' : 'visit',
      because: `${delegation ? 'a delegation' : 'a visit'}, and the report names no protocol class (state, official, working or unofficial visit); ${host}`,
      sure: 'low',
    };
  }
  if (/\b(?:talks|met|meeting)\b/.test(all)) {
    return { value: 'talks', because: 'a meeting, with no travel reported', sure: 'low' };
  }
  if (/\b(?:message|letter|telegram|greetings|congratulat\w*|condolences?)\b/.test(all)) {
    return { value: 'message', because: 'messages, with no travel reported', sure: 'low' };
  }
  return { value: 'other', because: 'the report names no visit, meeting or message', sure: 'low' };
}

/** Words before a name that make its bearer the sender or the host, not the traveller. */
const NOT_TRAVELLER =
  /(?:envoy of|invitation of|behalf of|message from|letter from|met with|met|meet|greeted by|welcomed by|received by|hosted by|counterpart)(?: \w+){0,3} $/;

/**
 * The travelling lead: the person the story leads the delegation with ("led by …"), or has travelling
 * ("… arrived in Pyongyang"), on the travelling side; else the only such person named. Several candidates
 * with nothing to tell them apart give no lead.
 */
export function leadOf(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  traveller: Side,
  late: ReadonlySet<string>,
): Guess<Person> | undefined {
  const travelling = mentions.filter((mention) => mention.person.side === traveller && !late.has(mention.person.id));
  if (travelling.length === 0) return undefined;
  const scores = new Map<string, { points: number; words: string }>();
  const credit = (mention: Mention, points: number, words: string) => {
    const known = scores.get(mention.person.id);
    if (known) known.points += points;
    else scores.set(mention.person.id, { points, words });
  };
  const pattern = traveller === 'china' ? TO_DPRK : TO_CHINA;
  for (const sentence of sentences) {
    const folded = foldStory(sentence.text);
    const found = travelling.flatMap((mention) =>
      mention.forms.flatMap((spelling) => {
        const at: number[] = [];
        for (let index = folded.indexOf(spelling); index !== -1; index = folded.indexOf(spelling, index + 1))
          at.push(index);
        return at.map((index) => ({ mention, index }));
      }),
    );
    for (const { mention, index } of found) {
      const before = folded.slice(Math.max(0, index - 60), index);
      if (/\b(?:led|headed) by(?: \w+){0,5} $/.test(before)) {
        credit(mention, 3 * weightOf(sentence), `led by … ${mention.person.name}`);
      }
    }
    for (const match of folded.matchAll(pattern)) {
      const subject = found
        .filter(({ index }) => index < match.index && !NOT_TRAVELLER.test(folded.slice(Math.max(0, index - 40), index)))
        .sort((a, b) => b.index - a.index)[0];
      if (subject) credit(subject.mention, 2 * weightOf(sentence), `${subject.mention.person.name} … ${match[0]}`);
    }
  }
  const ranked = [...scores.entries()].sort((a, b) => b[1].points - a[1].points);
  const [top, next] = ranked;
  if (top && (!next || top[1].points > next[1].points)) {
    const mention = travelling.find((item) => item.person.id === top[0])!;
    return {
      value: mention.person,
      because: `"${quoteWords(top[1].words, 7)}"`,
      sure: top[1].points >= 4 && (!next || top[1].points >= 2 * next[1].points) ? 'high' : 'medium',
    };
  }
  if (travelling.length === 1 && !top) {
    return {
      value: travelling[0]!.person,
      because: `the only person on the travelling side the report names`,
      sure: 'low',
    };
  }
  return undefined;
}

const DPRK_CITIES = ['Pyongyang', 'Kaesong', 'Wonsan', 'Sinuiju', 'Anju', 'Hoechang', 'Rason', 'Hamhung', 'Chongjin'];
const CHINA_CITIES = ['Beijing', 'Dalian', 'Shanghai', 'Shenyang', 'Dandong', 'Changchun', 'Tianjin', 'Guangzhou'];
['Shenzhen', 'Harbin', 'Yanji', 'Hangzhou', 'Wuhan', 'Nanjing', 'Xian'].forEach((city) => CHINA_CITIES.push(city));

/** The cities on the host's side the story names, in order of mention (at most two). */
export function locationOf(sentences: readonly Sentence[], direction: Direction): Guess<string> | undefined {
  const cities = direction === 'china-to-dprk' ? DPRK_CITIES : direction === 'dprk-to-china' ? CHINA_CITIES : [];
  const text = foldStory(sentences.map((sentence) => sentence.text).join(' '));
  const named = cities
    .map((city) => ({ city, at: text.search(new RegExp(`\\b${city.toLowerCase()}\\b`)) }))
    .filter(({ at }) => at !== -1)
    .sort((a, b) => a.at - b.at)
    .slice(0, 2)
    .map(({ city }) => city);
  if (named.length === 0) return undefined;
  return { value: named.join(' and '), because: `the host's cities the report names`, sure: 'low' };
}
