/**
 * Characters no text of the record may hold: C0 controls but tab and line feed, DEL, C1 controls, lone
 * surrogates and Unicode's noncharacters (U+FDD0–U+FDEF, and the last two code points of every plane).
 * XML 1.0 forbids most of them outright (a single one makes `feed.xml` unreadable), spreadsheets and
 * terminals act on the rest, and none is ever meant as text.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\u{1FFFE}\u{1FFFF}\u{2FFFE}\u{2FFFF}\u{3FFFE}\u{3FFFF}\u{4FFFE}\u{4FFFF}\u{5FFFE}\u{5FFFF}\u{6FFFE}\u{6FFFF}\u{7FFFE}\u{7FFFF}\u{8FFFE}\u{8FFFF}\u{9FFFE}\u{9FFFF}\u{AFFFE}\u{AFFFF}\u{BFFFE}\u{BFFFF}\u{CFFFE}\u{CFFFF}\u{DFFFE}\u{DFFFF}\u{EFFFE}\u{EFFFF}\u{FFFFE}\u{FFFFF}\u{10FFFE}\u{10FFFF}]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;

/** Names for the controls an editor is most likely to meet, so a message says more than a code point. */
const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x07: 'BEL',
  0x08: 'backspace',
  0x0b: 'vertical tab',
  0x0c: 'form feed',
  0x0d: 'carriage return',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x85: 'next line',
};

/** `U+0007`, `U+1FFFE`. */
const codePoint = (code: number) => `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;

/** What kind of character `code` is, in a few words. */
function kindOf(code: number): string {
  if (code >= 0xd800 && code <= 0xdfff) return 'half of a surrogate pair, alone';
  if (code <= 0x9f) return `${NAMES[code] ? `${NAMES[code]}, ` : ''}a control character`;
  return 'a Unicode noncharacter';
}

/** The first forbidden character in `text`, with its position (1-based, in characters), or undefined. */
export function forbiddenCharacter(text: string): { description: string; position: number } | undefined {
  const match = FORBIDDEN.exec(text);
  if (!match) return undefined;
  const code = match[0].codePointAt(0)!;
  return {
    description: `${codePoint(code)} (${kindOf(code)})`,
    position: [...text.slice(0, match.index)].length + 1,
  };
}

/** The rule, as messages end it: what to do about such a character. */
export const FORBIDDEN_CHARACTER_HELP = 'remove it: no page, feed or spreadsheet can hold it';

/** `text` with each forbidden character written as `\uXXXX`, so a message can show where it is. */
export const showForbidden = (text: string) =>
  text.replace(new RegExp(FORBIDDEN.source, 'gu'), (character) =>
    [...character].map((unit) => `\\u{${unit.codePointAt(0)!.toString(16).toUpperCase()}}`).join(''),
  );

/** Each line of `text` (numbered from 1) holding a forbidden character, with the first one in it. */
export function forbiddenByLine(text: string): { line: number; description: string; position: number }[] {
  if (!FORBIDDEN.test(text)) return [];
  return text.split('\n').flatMap((content, index) => {
    const found = forbiddenCharacter(content);
    return found ? [{ line: index + 1, ...found }] : [];
  });
}
