import { foldText } from './fold.ts';

/**
 * Spellings that differ between British and American English, each folded to one form. Both the text
 * searched and the query pass through the same rules, so a rule that also joins two unrelated words
 * ("prise" and "prize") only widens a search a little; rules stay narrow enough that it is rare. Each rule
 * matches a whole folded word (lowercase, words separated by single spaces).
 */
const VARIANTS: readonly [RegExp, string][] = [
  // denuclearisation, organised, analyse → -iz-, -yz- (also while typing: "denuclearisat…"). Two letters at
  // least before the i or y keep "rise", "wise" and "lyse" apart from anything.
  [/(?<=\p{L}{2}[iy])s(?=at)/gu, 'z'],
  [/(?<=\p{L}{2}[iy])s(?=(?:e|ed|es|er|ers|ing)(?: |$))/gu, 'z'],
  // colour, honour, labour, neighbour, favourite → -or- (three letters before, so not four, hour, your).
  [/(?<=\p{L}{3})our(?=(?:s|ed|ing|able|ite|ites|ful)?(?: |$))/gu, 'or'],
  // travelled, cancelling, counsellor → one l (after three letters and a vowel, so not called or filled).
  [/(?<=\p{L}{3}[aeiou])ll(?=(?:ed|ing|er|ers|or|ors)(?: |$))/gu, 'l'],
  // dialogue, catalogue → -og.
  [/(?<=\p{L}{3})ogue(?=s?(?: |$))/gu, 'og'],
  // centre, theatre, metre → -er; defence, offence, licence → -ense; programme → program.
  [/(?<=^| )(cent|theat|met|kilomet|lit|fib|calib|spect|somb|meag)re(?=s?(?: |$))/gu, '$1er'],
  [/(?<=^| )(def|off|lic|pret)ence(?=s?(?: |$))/gu, '$1ense'],
  [/(?<=^| )programme(?=s?(?: |$))/gu, 'program'],
];

/**
 * Text folded for full-text search: `foldText` (case, accents, width, apostrophes and punctuation, so
 * P'yŏngyang is pyongyang and Kim Jong-un is kim jong un), then British and American spellings made one
 * (denuclearisation is denuclearization). Chinese and Korean keep their characters and match as typed.
 */
export function foldForSearch(text: string): string {
  let folded = foldText(text);
  for (const [pattern, replacement] of VARIANTS) folded = folded.replace(pattern, replacement);
  return folded;
}
