/**
 * The context band under the chart of exchanges: one thin row per family of context events, a mark in every
 * year that had one, on the chart's own time axis. Pure; the build draws it once, and the filter never
 * touches it, since context is not counted.
 */
import { WIDTH, yearBand } from '../chart/exchanges.ts';
import { yearOf } from '../domain/dates.ts';
import type { ContextKind } from '../domain/vocabulary.ts';

/** The band's rows: what each holds and the mark it draws, so shape, not colour alone, tells them apart. */
export const BAND_ROWS = [
  { id: 'tests', label: 'Nuclear and missile tests', kinds: ['nuclear-test', 'missile-test'], mark: 'triangle' },
  { id: 'council', label: 'Security Council decisions', kinds: ['un-security-council'], mark: 'square' },
  { id: 'summits', label: 'Summits with the US or South Korea', kinds: ['us-dprk-summit', 'inter-korean-summit'], mark: 'circle' },
  { id: 'china-rok', label: 'China–South Korea', kinds: ['china-south-korea'], mark: 'diamond' },
] as const satisfies readonly { id: string; label: string; kinds: readonly ContextKind[]; mark: string }[];

const ROW = 9;
const TOP = 2;

/** The shape of a mark centred on (x, y), as SVG path data. */
export function markPath(mark: (typeof BAND_ROWS)[number]['mark'], x: number, y: number, r = 3.4): string {
  const f = (value: number) => Math.round(value * 100) / 100;
  switch (mark) {
    case 'triangle':
      return `M${f(x)},${f(y - r)}L${f(x + r)},${f(y + r)}L${f(x - r)},${f(y + r)}Z`;
    case 'square':
      return `M${f(x - r * 0.8)},${f(y - r * 0.8)}h${f(r * 1.6)}v${f(r * 1.6)}h${f(-r * 1.6)}Z`;
    case 'diamond':
      return `M${f(x)},${f(y - r)}L${f(x + r)},${f(y)}L${f(x)},${f(y + r)}L${f(x - r)},${f(y)}Z`;
    default:
      return `M${f(x - r)},${f(y)}a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0`;
  }
}

/** A context item as the band needs it. */
export interface BandItem {
  date: string;
  kind: ContextKind;
  title: string;
}

/** Which years each row marks, and the titles of the items in each, oldest first. */
export function bandMarks(items: readonly BandItem[], firstYear: number, lastYear: number) {
  return BAND_ROWS.map((row) => {
    const years = new Map<number, string[]>();
    for (const item of items) {
      const year = yearOf(item.date);
      if (!(row.kinds as readonly string[]).includes(item.kind) || year < firstYear || year > lastYear) continue;
      years.set(year, [...(years.get(year) ?? []), item.title]);
    }
    return { row, years: [...years].sort(([a], [b]) => a - b) };
  });
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The band as an SVG string, as wide as the chart (`width`, in the chart's units), its marks under the years
 * the chart's bars stand on.
 */
export function bandSvg(items: readonly BandItem[], firstYear: number, lastYear: number, width = WIDTH): string {
  const rows = bandMarks(items, firstYear, lastYear);
  const height = TOP * 2 + BAND_ROWS.length * ROW;
  const parts = rows.flatMap(({ row, years }, index) => {
    const y = TOP + index * ROW + ROW / 2;
    return [
      `<line class="band-rule" x1="0" x2="${width}" y1="${y}" y2="${y}"/>`,
      ...years.map(([year, titles]) => {
        const band = yearBand({ firstYear, lastYear }, year, width);
        return (
          `<path class="band-mark band-${row.mark}" d="${markPath(row.mark, band.x + band.width / 2, y)}">` +
          `<title>${year}: ${escape(titles.join('; '))}</title></path>`
        );
      }),
    ];
  });
  const counted = rows.map(({ row, years }) => `${row.label} in ${years.length} ${years.length === 1 ? 'year' : 'years'}`);
  return (
    `<svg class="context-band" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="band-title" aria-describedby="band-summary">` +
    `<title id="band-title">World events over the same years, not counted above</title>` +
    `<desc id="band-summary">${escape(`${items.length} context events: ${counted.join(', ')}.`)}</desc>` +
    parts.join('') +
    `</svg>`
  );
}
