import * as OpenCC from 'opencc-js/t2cn';
import { foldText } from '../../text/fold.ts';
import type { Article } from './article.ts';

/** One sentence of a story, with where it stands. */
export interface Sentence {
  text: string;
  /** 0 for the headline and standfirst, then 1, 2… for the story's paragraphs. */
  paragraph: number;
  /** Its place among all the sentences, in reading order. */
  position: number;
}

/** A wire dateline or credit at the start of a story, up to its dash: `BEIJING, June 17 (Xinhua) --`. */
export const DATELINE =
  /^(?:[^()]{0,60}?\([^()]{2,60}\)\s*(?:--|–|—|-)\s*|[A-Z][A-Z .'-]{2,30}\s*\([^()]{2,60}\)\s*|\s*[【\[][^】\]]{1,40}[】\]]\s*|\s*(?:中新网|中新網|新华社|新華社|人民网|人民網|央视网|央視網)[^\d]{0,8}\d{1,2}月\d{1,2}日[电電]\s*)/;

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|St|Gen|Col|Lt|Maj|Capt|Sen|Rep|Gov|Vice|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|U\.S|U\.N|a\.m|p\.m|N|S|[A-Z])$/;

/** Splits a paragraph into sentences. */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  let start = 0;
  // Full stops before a capital or digit; and in Chinese and Korean, where no capital follows, any full stop.
  for (const match of paragraph.matchAll(
    /[.!?]["”’)]*\s+(?=["“‘(]?[\p{Lu}\d])|[。！？]["”’」』）)]*\s*(?=\S)|(?<=[\p{Script=Hangul}])[.!?]["”’)]*\s+(?=\S)/gu,
  )) {
    const end = match.index + match[0].trimEnd().length;
    const before = paragraph.slice(start, match.index);
    if (ABBREVIATIONS.test(before)) continue;
    sentences.push(paragraph.slice(start, end).trim());
    start = match.index + match[0].length;
  }
  const rest = paragraph.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences;
}

/** The story's sentences in reading order: headline, standfirst, then the paragraphs, datelines left out. */
export function storySentences(article: Article): Sentence[] {
  const sentences: Sentence[] = [];
  const add = (text: string, paragraph: number) => {
    for (const sentence of splitSentences(text))
      sentences.push({ text: sentence, paragraph, position: sentences.length });
  };
  if (article.headline) add(article.headline, 0);
  for (const text of article.standfirst) add(text, 0);
  article.paragraphs.forEach((text, index) => add(index === 0 ? text.replace(DATELINE, '') : text, index + 1));
  return sentences;
}

/** At most `count` words of `text`, with an ellipsis when cut: short enough to quote as evidence, never a sentence. */
export function quoteWords(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= count ? words.join(' ') : `${words.slice(0, count).join(' ')}…`;
}

/** Text folded for matching (`foldText`), with possessives dropped first, so `Xi Jinping's` still reads `xi jinping`. */
export const foldStory = (text: string) => foldText(simplified(text).replace(/(?<=\p{L})['’]s\b/gu, ''));

/** Traditional characters as simplified (OpenCC), so `習近平` matches the registry's `习近平`. */
const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
const simplified = (text: string) => (/\p{Script=Han}/u.test(text) ? toSimplified(text) : text);
