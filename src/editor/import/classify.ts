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
  'north korea|n korea|dprk|democratic peoples? republic of korea|pyongyang|north|secluded state|reclusive (?:country|state|nation)|isolated (?:country|state|nation)';
const CHINA_PLACES =
  'china|beijing|peoples? republic of china|prc|chinese capital|dalian|shanghai|shenyang|dandong|changchun|tianjin|guangzhou|shenzhen|harbin|yanji|hangzhou';
const TRAVEL = [
  '(?:(?:state|official|unofficial|informal|working|goodwill|friendly|two day|three day|four day|rare|first|historic|surprise) )*visit (?:to|of)',
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
// Chinese (folded to simplified) and Korean: a trip to the other country, or arriving in or leaving its capital.
const TO_DPRK_CJK =
  '(?:对|到|赴|访问|访)(?:朝鲜|北韩)|北韩进行|访朝|访问朝鲜|对朝鲜进行|对朝鲜民主主义人民共和国进行|赴朝|抵达平壤|到访平壤|赴平壤|访问平壤|方北|방북|(?:북한|조선|평양|우리나라)(?:을|를|에|으로)? (?:\\S+ ){0,2}?(?:방문|국빈방문|국가방문|도착|간다|가다)';
const TO_CHINA_CJK =
  '(?:对|到|赴|访问)(?:中国|中方)|访华|访中|来华|赴华|访问中国|对中国进行|抵达北京|到访北京|赴北京|访问北京|방중|(?:중국|베이징|북경|요녕성|랴오닝|상하이|단둥|선양)(?:을|를|에|으로)? (?:\\S+ ){0,2}?(?:방문|도착|간다|가다)|평양을 (?:출발|떠나)';
const travelTo = (places: string, cjk: string, attend: string) =>
  new RegExp(
    `\\b(?:${TRAVEL}) (?:(?:the|a|an) (?:\\w+ )??)?(?:${places})\\b|\\b(?:to attend|will attend|attend|attending|take part in|participate in) (?:\\w+ ){0,6}?in (?:${attend})\\b|${cjk}`,
    'gu',
  );
const TO_DPRK = travelTo(DPRK_PLACES, TO_DPRK_CJK, 'pyongyang|north korea');
const TO_CHINA = travelTo(CHINA_PLACES, TO_CHINA_CJK, 'beijing|china');
const IN_DPRK = new RegExp(`\\bin (?:the )?(?:${DPRK_PLACES})\\b`, 'g');
const IN_CHINA = new RegExp(`\\bin (?:the )?(?:${CHINA_PLACES})\\b`, 'g');
const VISITORS = '(?:delegation|envoy|special envoy|visitors?|guests?|troupe|performers|artists)';
const CHINESE_VISITORS = new RegExp(
  `\\b(?:chinese|chinas) (?:(?:party|and|government|high level|senior|military|friendship|art|visiting) )*${VISITORS}\\b|\\b${VISITORS} (?:of|from) (?:the )?(?:\\w+ ){0,6}?(?:chinese|china|prc)\\b|중국 (?:공산당 )?(?:\\S+ )?(?:대표단|특사)|中国党政代表团|中共代表团`,
  'gu',
);
const KOREAN_VISITORS = new RegExp(
  `\\b(?:north korean|north koreas|dprk|n korean) (?:(?:party|and|government|high level|senior|military|friendship|art) )*${VISITORS}\\b|\\b${VISITORS} (?:of|from) (?:the )?(?:\\w+ ){0,6}?(?:north korean?|dprk|workers party of korea)\\b|(?:북한|조선|노동당) (?:\\S+ ){0,2}?(?:대표단|참관단|예술단)|朝鲜(?:党政)?代表团|朝鲜艺术团`,
  'gu',
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
  [
    'unofficial-visit',
    /\b(?:unofficial|informal) (?:visit|trip)|非正式 ?(?:访问|访华|访朝)|비공식 ?방문/gu,
    'an unofficial visit',
  ],
  ['working-visit', /\bworking (?:visit|trip)|工作访问|실무 ?방문/gu, 'a working visit'],
  ['state-visit', /\bstate visit|国事访问|国是访问|국빈 ?방문|국가 ?방문/gu, 'a state visit'],
  [
    'official-visit',
    /\b(?<!un)official (?:goodwill |friendly |friendship )?(?:visit|trip)|\bofficial goodwill\b|(?<!非)正式友好访问|(?<!非)正式访问|(?<!비)공식 ?(?:친선 ?)?방문/gu,
    'an official visit',
  ],
];
const OCCASION =
  /\b(?:anniversary|anniversaries|congress|celebrations?|commemorat\w*|festivities|funeral|parade|founding|birthday)\b|周年|주년|돐|纪念|기념|庆祝|경축|생일|生日|诞辰|阅兵|열병식|전승절/u;
const DELEGATION = /\b(?:delegations?|troupe|performers)\b|代表团|艺术团|대표단|참관단|예술단/u;
const MESSAGE =
  /\b(?:message|messages|letter|telegram|greetings|congratulat\w*|condolences?)\b|贺电|贺信|致电|复电|贺函|唁电|축전|답전|친서|서한|축하문/u;

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
  const headline = folded
    .filter((_, index) => sentences[index]!.paragraph === 0)
    .map(({ text }) => text)
    .join(' ');
  if (!travelled && MESSAGE.test(headline || all)) {
    return {
      value: 'message',
      because: `messages ("${MESSAGE.exec(headline || all)![0]}"), with no travel reported`,
      sure: 'medium',
    };
  }
  const delegation = DELEGATION.exec(all);
  if (delegation && OCCASION.test(all) && travelled) {
    return {
      value: 'delegation',
      because: `a delegation sent for an occasion ("${OCCASION.exec(all)![0]}"), and no protocol class named; ${host}`,
      sure: 'medium',
    };
  }
  const attending = /\b(?:to attend|will attend|attend|attending|take part in|participate in)\b|出席|参加|참석/u.exec(
    all,
  );
  if (travelled && attending && OCCASION.test(all)) {
    return {
      value: 'delegation',
      because: `travel to attend an occasion ("${attending[0]}" … "${OCCASION.exec(all)![0]}"), typed as the record types a leader at another's anniversary; ${host}`,
      sure: 'low',
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
  if (MESSAGE.test(all)) {
    return { value: 'message', because: 'messages, with no travel reported', sure: 'low' };
  }
  return { value: 'other', because: 'the report names no visit, meeting or message', sure: 'low' };
}

/** Words before a name that make its bearer the sender or the host, not the traveller. */
const NOT_TRAVELLER =
  /(?:envoy of|invitation of|behalf of|message from|letter from|met with|met|meet|greeted by|welcomed by|received by|hosted by|counterpart)(?: \w+){0,3} $/;
/** Words after a name that make its bearer the one who invited or sent, not the one who went (`应…邀请`, `…의 초청으로`). */
const INVITER_AFTER = /^(?:\s?\S{0,12}\s?)?(?:邀请|邀请下|的邀请|초청|초청으로|의 초청|특사)/u;
/** Words around a name that make its bearer the delegation's leader. */
const LEADS_BEFORE = /\b(?:led|headed) by(?: \w+){0,5} $|以 ?$/u;
const LEADS_AFTER =
  /^(?: \S+){0,3}? ?(?:leading the|率|率领|带领|为团长|을 단장으로|를 단장으로|단장으로|이 이끄는|가 이끄는|이끄는)|^[^ ]{0,16}?(?:率|率领|带领)|^[^.;]{0,120}? who (?:was |is )?leading\b/u;

/**
 * The travelling lead: the person the story leads the delegation with ("led by …", "率…代表团", "…를 단장으로"),
 * or has travelling ("… arrived in Pyongyang", "…이 방북"), on the travelling side. A bare family name ("Kim
 * arrived…") counts for the one person named that way. Several candidates with nothing to tell them apart, or
 * none the story has leading or travelling, give no lead: a report that does not say who led names no one.
 */
export function leadOf(
  sentences: readonly Sentence[],
  mentions: readonly Mention[],
  traveller: Side,
  late: ReadonlySet<string>,
): Guess<Person> | undefined {
  const travelling = mentions.filter((mention) => mention.person.side === traveller && !late.has(mention.person.id));
  if (travelling.length === 0) return undefined;
  // "Kim", "Xi", "Jiang": a family name standing alone, when only one person named has it.
  const familyNames = new Map<string, number>();
  for (const mention of mentions) {
    const family = foldStory(mention.person.name).split(' ')[0]!;
    familyNames.set(family, (familyNames.get(family) ?? 0) + 1);
  }
  const formsOf = (mention: Mention) => {
    const family = foldStory(mention.person.name).split(' ')[0]!;
    return familyNames.get(family) === 1 && /^[a-z]+$/.test(family) ? [...mention.forms, family] : mention.forms;
  };
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
      formsOf(mention).flatMap((spelling) => {
        const at: { index: number; length: number }[] = [];
        const cjk = /[\p{Script=Han}\p{Script=Hangul}]/u.test(spelling);
        for (let index = folded.indexOf(spelling); index !== -1; index = folded.indexOf(spelling, index + 1)) {
          const whole = cjk || ((folded[index - 1] ?? ' ') === ' ' && (folded[index + spelling.length] ?? ' ') === ' ');
          if (whole) at.push({ index, length: spelling.length });
        }
        return at.map(({ index, length }) => ({ mention, index, end: index + length }));
      }),
    );
    for (const { mention, index, end } of found) {
      const before = folded.slice(Math.max(0, index - 60), index);
      const after = folded.slice(end, end + 140);
      if (LEADS_BEFORE.test(before) || LEADS_AFTER.test(after)) {
        credit(mention, 3 * weightOf(sentence), `led by … ${mention.person.name}`);
      }
    }
    for (const match of folded.matchAll(pattern)) {
      const subject = found
        .filter(
          ({ index, end }) =>
            index < match.index &&
            !NOT_TRAVELLER.test(folded.slice(Math.max(0, index - 40), index)) &&
            !INVITER_AFTER.test(folded.slice(end, end + 16)),
        )
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
