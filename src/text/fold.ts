/**
 * Text folded for searching: compatibility forms unified (full-width `Ｐ` is `p`), accents and case dropped,
 * apostrophes removed and other punctuation turned into spaces, so `Ch'oe Ryong-hae` finds `choe ryong hae`.
 * Chinese and Korean text keeps its composed characters, so `김정은` matches as typed.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’ʼ‘`´]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** A stable id for a name: folded, words joined by hyphens (`Kim Jong Un` → `kim-jong-un`). */
export function slugOf(name: string): string {
  return foldText(name).replaceAll(' ', '-');
}
