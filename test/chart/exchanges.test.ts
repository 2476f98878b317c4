import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { selectAll as cssSelectAll, selectOne as cssSelectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import {
  chartSvg,
  countAt,
  countExchanges,
  countsCsvRows,
  countsSummary,
  describeYear,
  DIRECTION_GROUPS,
  latestYear,
  tableBodyHtml,
  TIER_COLOURS,
  TIERS,
  yearAt,
  type Countable,
} from '../../src/chart/exchanges.ts';
import { countYears, stripHtml, stripYearAt } from '../../src/chart/strip.ts';

// css-select's types do not narrow to elements on their own.
const selectOne = (selector: string, node: AnyNode) => cssSelectOne(selector, node) as Element | null;
const selectAll = (selector: string, node: AnyNode) => cssSelectAll(selector, node) as Element[];

const event = (start: number, direction: string, level: string): Countable => ({ start, direction, level });
const events = [
  event(2018, 'dprk-to-china', 'leader'),
  event(2018, 'dprk-to-china', 'leader'),
  event(2018, 'china-to-dprk', 'politburo'),
  event(2018, 'china-to-dprk', 'minister'),
  event(2019, 'china-to-dprk', 'leader'),
  event(2019, 'mutual', ''),
  event(2019, 'multilateral', 'leader'),
  event(2017, 'mutual', 'senior-leader'),
];
const counts = countExchanges(events, 2017, 2020);
const group = (id: string) => DIRECTION_GROUPS.findIndex((candidate) => candidate.id === id);
const tier = (id: string) => TIERS.findIndex((candidate) => candidate.id === id);

describe('counting exchanges', () => {
  it('counts each event once, in the year it starts, by direction group and tier', () => {
    assert.equal(counts.total, events.length);
    assert.equal(countAt(counts, 2018, group('dprk-to-china'), tier('leader')), 2);
    // Politburo members, ministers, vice-ministers and officials share the lowest tier.
    assert.equal(countAt(counts, 2018, group('china-to-dprk'), tier('politburo-and-below')), 2);
    // Both ways and multilateral are one group, kept apart from the two one-way groups.
    assert.equal(countAt(counts, 2019, group('both-ways-or-multilateral'), tier('none')), 1);
    assert.equal(countAt(counts, 2019, group('both-ways-or-multilateral'), tier('leader')), 1);
    assert.equal(countAt(counts, 2020, group('china-to-dprk'), tier('leader')), 0);
  });

  it('keeps the axis it is given, whatever the events, and ignores events outside it', () => {
    const narrow = countExchanges(events, 2018, 2018);
    assert.equal(narrow.total, 4);
    assert.equal(countExchanges([], 1949, 2025).total, 0);
  });

  it('sums in its summary, naming the busiest year', () => {
    assert.equal(
      countsSummary(counts),
      '8 events from 2017 to 2020: china to north korea 3, north korea to china 2, both ways or multilateral 3. Most exchanges in one year: 2018, 4.',
    );
    assert.equal(countsSummary(countExchanges([], 2017, 2020)), 'No events are counted.');
    assert.equal(
      describeYear(counts, 2019),
      '2019: 3 events. China to North Korea 1 (top leader 1); Both ways or multilateral 2 (top leader 1, no level 1).',
    );
  });

  it('finds the year under a point of the chart', () => {
    assert.equal(yearAt(counts, 0), 2017);
    assert.equal(yearAt(counts, 0.999), 2020);
  });
});

describe('the chart and its table', () => {
  it('draws an accessible SVG with one bar segment per non-empty count and no inline style', () => {
    const document = parseDocument(chartSvg(counts), { xmlMode: true });
    const svg = selectOne('svg', document)!;
    assert.equal(svg.attribs.role, 'img');
    assert.equal(selectOne('title#chart-title', document)?.children.length, 1);
    assert.match(
      selectOne('desc', document)!
        .children.map((child) => ('data' in child ? child.data : ''))
        .join(''),
      /Most exchanges in one year: 2018, 4/,
    );
    // One segment per non-empty year, group and tier: the two 2018 leaders share one, as do the two lower-tier visits.
    const segments = selectAll('rect.tier', document);
    assert.equal(segments.length, 6);
    assert.deepEqual(
      new Set(segments.map((rect) => rect.attribs.class)),
      new Set(['tier tier-leader', 'tier tier-politburo-and-below', 'tier tier-none', 'tier tier-senior-leader']),
    );
    assert.equal(selectAll('[style]', document).length, 0);
  });

  it('stands alone as a file with its namespace, size and fills', () => {
    const svg = chartSvg(counts, { standalone: true });
    const root = selectOne('svg', parseDocument(svg, { xmlMode: true }))!;
    assert.equal(root.attribs.xmlns, 'http://www.w3.org/2000/svg');
    assert.ok(Number(root.attribs.width) > 0 && Number(root.attribs.height) > 0);
    assert.ok(selectAll('rect.tier', parseDocument(svg, { xmlMode: true })).every((rect) => rect.attribs.fill));
  });

  it('writes every count in a cell naming its year, direction and level, as the CSV does', () => {
    const document = parseDocument(`<table><tbody>${tableBodyHtml(counts)}</tbody></table>`);
    const cells = selectAll('td[data-direction]', document);
    assert.equal(cells.length, 4 * DIRECTION_GROUPS.length * TIERS.length);
    const cell = selectOne('td[data-year="2018"][data-direction="dprk-to-china"][data-level="leader"]', document)!;
    assert.equal(cell.children.map((child) => ('data' in child ? child.data : '')).join(''), '2');
    const rows = countsCsvRows(counts);
    assert.deepEqual(rows[0], ['year', 'direction', 'level', 'events']);
    assert.equal(
      rows.slice(1).reduce((sum, row) => sum + Number(row[3]), 0),
      counts.total,
    );
  });
});

/** WCAG's contrast ratio of two sRGB colours written #rrggbb. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const c = parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('the chart follows the reader', () => {
  it('draws its x-axis on the years chosen, labelled often enough to read and never crowded', () => {
    const text = (svg: string) =>
      selectAll('text.chart-tick[text-anchor="middle"]', parseDocument(svg, { xmlMode: true })).map((node) =>
        node.children.map((child) => ('data' in child ? child.data : '')).join(''),
      );
    // The whole record: decades. The 1980s chosen: the axis is those ten years, every other one labelled.
    assert.deepEqual(text(chartSvg(countExchanges(events, 1949, 2025), { width: 340 })), [
      '1950', '1960', '1970', '1980', '1990', '2000', '2010', '2020',
    ]);
    assert.deepEqual(text(chartSvg(countExchanges(events, 1980, 1989), { width: 340 })), [
      '1980', '1982', '1984', '1986', '1988',
    ]);
    // Drawn wide, a short span labels every year.
    assert.deepEqual(text(chartSvg(countExchanges(events, 2017, 2020), { width: 700 })), ['2017', '2018', '2019', '2020']);
  });

  it('opens the inspector on the latest year with events', () => {
    assert.equal(latestYear(counts), 2019);
    assert.equal(latestYear(countExchanges([], 2017, 2020)), undefined);
  });

  it('draws a strip of one bar per year with events, and finds the year under a point of it', () => {
    const years = countYears(events, 2017, 2020);
    const document = parseDocument(stripHtml(years), { xmlMode: true });
    assert.equal(selectAll('rect', document).length, 3); // 2017, 2018, 2019; none for 2020
    assert.equal(stripYearAt(years, 0), 2017);
    assert.equal(stripYearAt(years, 0.6), 2019);
    assert.equal(stripYearAt(years, 1), 2020);
  });

  it('gives every tier at least 3:1 contrast against the page and its surfaces, light and dark', () => {
    const grounds = { light: ['#fbfaf7', '#ffffff'], dark: ['#141517', '#1d1f22'] } as const;
    for (const scheme of ['light', 'dark'] as const) {
      for (const tier of TIERS) {
        for (const ground of grounds[scheme]) {
          const ratio = contrast(TIER_COLOURS[scheme][tier.id], ground);
          assert.ok(ratio >= 3, `${scheme} ${tier.id} on ${ground}: ${ratio.toFixed(2)}`);
        }
      }
    }
  });
});
