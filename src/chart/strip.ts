/**
 * The strip above the timeline's list: one bar per year for the events shown, on the years chosen, and the
 * year under a point of it. Small and DOM-free, so the build draws it and `<exchanges-chart>` redraws it on
 * every change without loading the full chart (`exchanges.ts`), which waits until the reader opens it.
 */

/** Events per year, from `first` to `last`. */
export interface YearCounts {
  first: number;
  last: number;
  counts: Uint32Array;
}

/**
 * Counts each event once, in the year it starts; events outside the years are left out, and so are drafts
 * (listed by `astro dev`, never counted), as in the full chart.
 */
export function countYears(events: Iterable<{ start: number; draft?: boolean | undefined }>, first: number, last: number): YearCounts {
  const counts = new Uint32Array(Math.max(0, last - first + 1));
  for (const { start, draft } of events) if (!draft && start >= first && start <= last) counts[start - first]!++;
  return { first, last, counts };
}

/** All the events counted. */
export const totalOf = ({ counts }: YearCounts) => counts.reduce((sum, count) => sum + count, 0);

/**
 * The strip as markup: an SVG of bars stretched to its box (no text, hidden from screen readers: its box is
 * labelled instead) and the years labelled below it in HTML, so they keep their size however wide it is.
 */
export function stripHtml({ first, counts }: YearCounts): string {
  const years = counts.length;
  const max = Math.max(1, ...counts);
  let bars = '';
  counts.forEach((total, index) => {
    if (total === 0) return;
    const height = Math.max(4, Math.round((total / max) * 100));
    bars += `<rect x="${index + 0.12}" y="${100 - height}" width="0.76" height="${height}"/>`;
  });
  // About one label per 60 px of a phone's strip: a decade for the whole record, every year for a few.
  const step = [1, 2, 5, 10, 20, 50].find((candidate) => years / candidate <= 8) ?? 50;
  let labels = '';
  for (let index = 0; index < years; index++) {
    const year = first + index;
    if (year % step !== 0 && years > 1) continue;
    const at = Math.round(((index + 0.5) / years) * 10000) / 100;
    labels += `<span style="inset-inline-start: ${at}%">${year}</span>`;
  }
  return (
    `<svg class="strip-bars" viewBox="0 0 ${Math.max(1, years)} 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">${bars}</svg>` +
    `<div class="strip-axis" aria-hidden="true">${labels}</div>`
  );
}

/** The year under a point of the strip, given as a fraction of its width (0 to 1). */
export function stripYearAt({ first, counts }: YearCounts, fraction: number): number {
  return first + Math.min(counts.length - 1, Math.max(0, Math.floor(fraction * counts.length)));
}
