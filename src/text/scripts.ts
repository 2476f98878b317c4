/** A stretch of text in one script, with the language to mark it with (`undefined`: the page's own). */
export interface ScriptRun {
  text: string;
  lang?: 'zh' | 'ko' | undefined;
}

const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;
/** Han or Hangul characters, with the spaces and punctuation between them, as one run. */
const RUNS = /((?:\p{Script=Han}[\p{Script=Han}\s,、，]*)*\p{Script=Han}|(?:\p{Script=Hangul}[\p{Script=Hangul}\s]*)*\p{Script=Hangul})/u;

/**
 * Splits English text at its Chinese and Korean runs, so a page can mark each with its `lang` (screen
 * readers switch voice, browsers pick the right font): "state visit (国事访问)" gives three runs.
 */
export function scriptRuns(text: string): ScriptRun[] {
  return text
    .split(RUNS)
    .filter(Boolean)
    .map((part) => ({ text: part, lang: HAN.test(part) ? 'zh' : HANGUL.test(part) ? 'ko' : undefined }));
}
