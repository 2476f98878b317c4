/**
 * The chart of exchanges per year: the counts, and the chart and table drawn from them as markup strings.
 * Pure and DOM-free, so the build renders it into the page and `<timeline-filter>` redraws it from the
 * events still shown, with the same code.
 */
import { ticks } from 'd3-array';
import { chartText } from '../i18n/index.ts';
import { DRAFT_EXPLANATION, draftsBeside } from '../domain/draft-label.ts';

/** What the chart counts of one event: the year it starts in, its direction and its level ('' for none). */
export interface Countable {
  start: number;
  direction: string;
  level: string;
  /** Drafts (in `astro dev` only) are not counted, but shown beside each year's total. */
  draft?: boolean;
}

/** The three groups the chart splits directions into, so no event is counted twice. */
export const DIRECTION_GROUPS = [
  { id: 'china-to-dprk', label: chartText.groups['china-to-dprk'], directions: ['china-to-dprk'] },
  { id: 'dprk-to-china', label: chartText.groups['dprk-to-china'], directions: ['dprk-to-china'] },
  {
    id: 'both-ways-or-multilateral',
    label: chartText.groups['both-ways-or-multilateral'],
    directions: ['mutual', 'multilateral'],
  },
] as const;

/** The tiers bars are stacked by, highest first; each differs from the next by more than its hue. */
export const TIERS = [
  { id: 'leader', label: chartText.tiers.leader, levels: ['leader'] },
  { id: 'head-of-government', label: chartText.tiers['head-of-government'], levels: ['head-of-government'] },
  { id: 'senior-leader', label: chartText.tiers['senior-leader'], levels: ['senior-leader'] },
  {
    id: 'politburo-and-below',
    label: chartText.tiers['politburo-and-below'],
    levels: ['politburo', 'minister', 'vice-minister', 'official'],
  },
  { id: 'none', label: chartText.tiers.none, levels: [''] },
] as const;

/**
 * Each tier's colours in the light and dark schemes: every one at least 3:1 against the page and its
 * surfaces (a unit test holds them to it), told apart from its neighbours by lightness and by texture (the
 * senior-leader tier is hatched with the top tier's colour, the lowest is grey), so they survive greyscale
 * print. `none` is an outline only.
 */
export const TIER_COLOURS = {
  light: {
    leader: '#10294a',
    'head-of-government': '#2d5b94',
    'senior-leader': '#5a7fac',
    'politburo-and-below': '#6f8299',
    none: '#55575d',
  },
  dark: {
    leader: '#e6eefa',
    'head-of-government': '#9dbde6',
    'senior-leader': '#6d8fba',
    'politburo-and-below': '#8596ab',
    none: '#b1b4ba',
  },
} as const satisfies Record<'light' | 'dark', Record<(typeof TIERS)[number]['id'], string>>;

/** The custom properties the page's chart style reads, each colour for both schemes at once (`light-dark()`). */
export const tierProperties = (): string =>
  TIERS.map(({ id }) => `--tier-${id}: light-dark(${TIER_COLOURS.light[id]}, ${TIER_COLOURS.dark[id]})`).join('; ');

const GROUP_OF = new Map<string, number>(
  DIRECTION_GROUPS.flatMap((group, index) => group.directions.map((direction) => [direction, index] as const)),
);
const TIER_OF = new Map<string, number>(
  TIERS.flatMap((tier, index) => tier.levels.map((level) => [level, index] as const)),
);

/** Events per year, direction group and tier: `at(year, group, tier)`. */
export interface Counts {
  firstYear: number;
  lastYear: number;
  /** Row-major: year, then group, then tier. */
  cells: Uint32Array;
  total: number;
  /** Drafts per year, from `firstYear`: shown beside the counts, never in them. */
  drafts: Uint32Array;
}

const CELLS_PER_YEAR = DIRECTION_GROUPS.length * TIERS.length;

/** How many events started in `year` in the group and tier given. */
export const countAt = (counts: Counts, year: number, group: number, tier: number): number =>
  counts.cells[(year - counts.firstYear) * CELLS_PER_YEAR + group * TIERS.length + tier] ?? 0;

/** All the events of one year, or of one year and group. */
const sumAt = (counts: Counts, year: number, group?: number): number => {
  let sum = 0;
  for (let g = 0; g < DIRECTION_GROUPS.length; g++) {
    if (group !== undefined && g !== group) continue;
    for (let tier = 0; tier < TIERS.length; tier++) sum += countAt(counts, year, g, tier);
  }
  return sum;
};

/**
 * Counts each event once, in the year it starts, by direction group and tier. Years run from `firstYear`
 * to `lastYear` whatever the events, so a filtered chart keeps the record's time axis.
 */
export function countExchanges(events: Iterable<Countable>, firstYear: number, lastYear: number): Counts {
  const years = Math.max(0, lastYear - firstYear + 1);
  const cells = new Uint32Array(years * CELLS_PER_YEAR);
  let total = 0;
  const drafts = new Uint32Array(years);
  for (const { start, direction, level, draft } of events) {
    const group = GROUP_OF.get(direction);
    const tier = TIER_OF.get(level);
    if (group === undefined || tier === undefined || start < firstYear || start > lastYear) continue;
    if (draft) {
      drafts[start - firstYear]!++;
      continue;
    }
    cells[(start - firstYear) * CELLS_PER_YEAR + group * TIERS.length + tier]!++;
    total++;
  }
  return { firstYear, lastYear, cells, total, drafts };
}

const yearsOf = ({ firstYear, lastYear }: Counts) =>
  Array.from({ length: Math.max(0, lastYear - firstYear + 1) }, (_, index) => firstYear + index);

/** All the events of one year, in every group. */
export const yearTotal = (counts: Counts, year: number): number => sumAt(counts, year);

/** The year with the most events (the earliest of equals), or undefined when none is counted. */
function busiestYear(counts: Counts): number | undefined {
  if (counts.total === 0) return undefined;
  let busiest = counts.firstYear;
  for (const year of yearsOf(counts)) if (sumAt(counts, year) > sumAt(counts, busiest)) busiest = year;
  return busiest;
}

/** The latest year with any event, where the inspector opens: what a reader checking the news wants first. */
export function latestYear(counts: Counts): number | undefined {
  for (let year = counts.lastYear; year >= counts.firstYear; year--) if (sumAt(counts, year) > 0) return year;
  return undefined;
}

/** The sentence under the chart's title: how many, and the busiest year. */
export function countsSummary(counts: Counts): string {
  const busiest = busiestYear(counts);
  if (busiest === undefined) return chartText.noEvents;
  const perGroup = DIRECTION_GROUPS.map((group, index) => {
    let sum = 0;
    for (const year of yearsOf(counts)) sum += sumAt(counts, year, index);
    return `${group.label.toLowerCase()} ${sum}`;
  });
  return chartText.summary(
    counts.total,
    counts.firstYear,
    counts.lastYear,
    perGroup.join(', '),
    busiest,
    sumAt(counts, busiest),
  );
}

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * The chart's geometry, in viewBox units. The page draws it as wide as its frame in CSS pixels, so a unit is
 * a pixel and its labels are as large as the style says on any screen; files and the page without scripts
 * use `WIDTH`.
 */
export const WIDTH = 400;
const LEFT = 26;
const RIGHT = 4;
const PANEL = 78;
const GAP = 26;
const TOP = 16;
const AXIS = 18;
/** The least room, in units, a year label on the x-axis needs, so labels never crowd at 12px. */
const LABEL_ROOM = 40;

/** The step between labelled years that leaves each label room: 1, 2, 5, 10, 20 or 50 years. */
function labelStep(years: number, plot: number): number {
  const band = plot / Math.max(1, years);
  return [1, 2, 5, 10, 20, 50].find((step) => band * step >= LABEL_ROOM) ?? 50;
}

/** The fill each tier has when the SVG stands alone (downloaded), where the page's style sheet does not reach. */
const standaloneFill = (tier: (typeof TIERS)[number]['id']) =>
  tier === 'senior-leader' ? 'url(#tier-hatch)' : tier === 'none' ? '#ffffff' : TIER_COLOURS.light[tier];

/**
 * The chart as an SVG string: one panel per direction group, sharing one scale, each bar a year stacked by
 * tier, its x-axis the years counted. `width` in viewBox units (the page passes its frame's width);
 * `standalone` adds what a file needs outside the page (the XML namespace, fills, a white ground).
 */
export function chartSvg(
  counts: Counts,
  { standalone = false, width = WIDTH }: { standalone?: boolean; width?: number } = {},
): string {
  const years = yearsOf(counts);
  const plot = width - LEFT - RIGHT;
  const band = years.length ? plot / years.length : plot;
  const barWidth = Math.max(1, band - (band > 3 ? Math.min(2, band / 6) : 0));
  let max = 1;
  for (const year of years) {
    for (let group = 0; group < DIRECTION_GROUPS.length; group++) max = Math.max(max, sumAt(counts, year, group));
  }
  const scaleTicks = ticks(0, max, 3).filter((tick) => Number.isInteger(tick));
  const top = Math.max(max, scaleTicks.at(-1) ?? max);
  const height = TOP + DIRECTION_GROUPS.length * (PANEL + GAP) - GAP + AXIS;
  const y = (value: number) => (value / top) * PANEL;
  const round = (value: number) => Math.round(value * 100) / 100;
  const attribute = (name: string, value: string) => (standalone ? ` ${name}="${value}"` : '');
  const parts: string[] = [];
  DIRECTION_GROUPS.forEach((group, groupIndex) => {
    const base = TOP + groupIndex * (PANEL + GAP) + PANEL;
    parts.push(
      `<text class="chart-panel-label" x="${LEFT}" y="${base - PANEL - 5}"${attribute('fill', '#222')}>${escape(group.label)}</text>`,
    );
    for (const tick of scaleTicks) {
      const at = round(base - y(tick));
      parts.push(
        `<line class="chart-grid" x1="${LEFT}" x2="${width - RIGHT}" y1="${at}" y2="${at}"${attribute('stroke', '#ccc')}/>`,
        `<text class="chart-tick" x="${LEFT - 4}" y="${at + 4}" text-anchor="end"${attribute('fill', '#444')}>${tick}</text>`,
      );
    }
    years.forEach((year, index) => {
      let stacked = 0;
      const x = round(LEFT + index * band);
      TIERS.forEach((tier, tierIndex) => {
        const count = countAt(counts, year, groupIndex, tierIndex);
        if (count === 0) return;
        const top = round(base - y(stacked + count));
        const height = round(y(count));
        stacked += count;
        parts.push(
          `<rect class="tier tier-${tier.id}" x="${x}" y="${top}" width="${round(barWidth)}" height="${height}"${attribute('fill', standaloneFill(tier.id))}>` +
            `<title>${escape(chartText.bar(year, group.label, tier.label, count))}</title></rect>`,
        );
      });
    });
  });
  const axisY = TOP + DIRECTION_GROUPS.length * (PANEL + GAP) - GAP + 14;
  const step = labelStep(years.length, plot);
  for (const [index, year] of years.entries()) {
    if (year % step !== 0) continue;
    parts.push(
      `<text class="chart-tick" x="${round(LEFT + index * band + band / 2)}" y="${axisY}" text-anchor="middle"${attribute('fill', '#444')}>${year}</text>`,
    );
  }
  const ground = standalone ? `<rect width="${width}" height="${height}" fill="#ffffff"/>` : '';
  const namespace = standalone ? ` xmlns="http://www.w3.org/2000/svg" width="${width * 2}" height="${height * 2}"` : '';
  return (
    `<svg${namespace} class="chart" viewBox="0 0 ${round(width)} ${height}" role="img" aria-labelledby="chart-title" aria-describedby="chart-summary">` +
    `<title id="chart-title">${escape(chartText.imageTitle)}</title>` +
    `<desc id="chart-summary">${escape(countsSummary(counts))}</desc>` +
    `<defs><pattern id="tier-hatch" width="4" height="4" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
    `<rect class="hatch-ground" width="4" height="4"${attribute('fill', TIER_COLOURS.light['senior-leader'])}/>` +
    `<rect class="hatch-line" width="1.6" height="4"${attribute('fill', TIER_COLOURS.light.leader)}/></pattern></defs>` +
    ground +
    parts.join('') +
    `</svg>`
  );
}

/** The counts table's rows: one per year, a cell per group and tier, as the page and its CSV show them. */
function tableRows(counts: Counts): { year: number; cells: { group: string; tier: string; count: number }[] }[] {
  return yearsOf(counts).map((year) => ({
    year,
    cells: DIRECTION_GROUPS.flatMap((group, groupIndex) =>
      TIERS.map((tier, tierIndex) => ({
        group: group.id,
        tier: tier.id,
        count: countAt(counts, year, groupIndex, tierIndex),
      })),
    ),
  }));
}

/** The table body as markup, each count in `<td data-year data-direction data-level>`. */
export function tableBodyHtml(counts: Counts): string {
  return tableRows(counts)
    .map(
      ({ year, cells }) =>
        `<tr><th scope="row">${year}</th>` +
        cells
          .map(
            ({ group, tier, count }) =>
              `<td data-year="${year}" data-direction="${group}" data-level="${tier}">${count}</td>`,
          )
          .join('') +
        `<td data-year="${year}" data-total>${cells.reduce((sum, { count }) => sum + count, 0)}${draftMark(counts, year)}</td></tr>`,
    )
    .join('');
}

/** Beside a year's total, the drafts of that year, marked: they are shown, never counted. */
function draftMark(counts: Counts, year: number): string {
  const drafts = counts.drafts[year - counts.firstYear] ?? 0;
  return drafts
    ? ` <strong class="draft-badge" data-draft title="${escape(DRAFT_EXPLANATION)}">${escape(draftsBeside(drafts))}</strong>`
    : '';
}

/** The counts as CSV rows, header first: one row per year, group and tier, the long form analysts load. */
export function countsCsvRows(counts: Counts): string[][] {
  return [
    ['year', 'direction', 'level', 'events'],
    ...tableRows(counts).flatMap(({ year, cells }) =>
      cells.map(({ group, tier, count }) => [String(year), group, tier, String(count)]),
    ),
  ];
}

/** Where a year's bars stand, in viewBox units, for the highlight the inspector draws. */
export function yearBand(
  counts: Pick<Counts, 'firstYear' | 'lastYear'>,
  year: number,
  width = WIDTH,
): { x: number; width: number } {
  const years = Math.max(1, counts.lastYear - counts.firstYear + 1);
  const band = (width - LEFT - RIGHT) / years;
  return { x: Math.round((LEFT + (year - counts.firstYear) * band) * 100) / 100, width: Math.round(band * 100) / 100 };
}

/** The year under a point of the chart, given as a fraction of its width (0 to 1). */
export function yearAt(counts: Counts, fraction: number, width = WIDTH): number {
  const years = counts.lastYear - counts.firstYear + 1;
  const x = fraction * width;
  const index = Math.floor(((x - LEFT) / (width - LEFT - RIGHT)) * years);
  return counts.firstYear + Math.min(years - 1, Math.max(0, index));
}

/** What the inspector says of one year: its total and each non-empty group and tier. */
export function describeYear(counts: Counts, year: number): string {
  const groups = DIRECTION_GROUPS.map((group, groupIndex) => {
    const tiers = TIERS.map(
      (tier, tierIndex) => [tier.label.toLowerCase(), countAt(counts, year, groupIndex, tierIndex)] as const,
    )
      .filter(([, count]) => count > 0)
      .map(([label, count]) => `${label} ${count}`);
    const sum = sumAt(counts, year, groupIndex);
    return sum ? chartText.groupCount(group.label, sum, tiers) : '';
  }).filter(Boolean);
  return chartText.year(year, sumAt(counts, year), groups);
}
