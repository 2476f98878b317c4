import { MEETING_TYPES } from '../src/domain/schema.ts';
import { accessibilityViolations, expect, test } from './fixtures.ts';
import { DATE_LINE } from './pages/site-page.ts';

// The claim under test: the record is complete at these levels, so only they earn "first … since".
const COMPLETE = ['leader', 'head-of-government', 'senior-leader'];
const VISITS: readonly string[] = MEETING_TYPES;

test.describe('the record page', () => {
  test('is linked from the header and the timeline, and counts what the record covers completely', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto();
    await timeline.siteNav.getByRole('link', { name: 'About the record' }).click();
    await expect(page).toHaveURL('/record/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('About the record');
    await timeline.goto();
    await timeline.main.getByRole('link', { name: 'About the record' }).click();
    await expect(page).toHaveURL('/record/');

    const complete = (direction: string) =>
      record.filter(
        (event) => event.direction === direction && VISITS.includes(event.type) && COMPLETE.includes(event.level ?? ''),
      ).length;
    const coverage = page.getByRole('region', { name: 'Coverage' });
    await expect(coverage).toContainText(
      `The record holds ${complete('china-to-dprk')} such exchanges from China to North Korea and ${complete('dprk-to-china')} from North Korea to China.`,
    );
    const secret = record.filter((event) => event.tags.includes('unannounced')).length;
    expect(secret).toBeGreaterThan(0);
    await expect(coverage).toContainText(`(${secret} so far)`);
    await expect(coverage).toContainText(`In all, the record holds ${record.length} events.`);
  });

  test('counts each level by direction from the data, and compares the record with the CSIS rule', async ({
    page,
    record,
  }) => {
    await page.goto('/record/');
    const coverage = page.getByRole('region', { name: 'Coverage' });
    const tiers = coverage.getByRole('table', { name: /by the level of the travelling lead/ });
    const oneWay = (level: string, direction: string) =>
      record.filter((event) => event.level === level && event.direction === direction && VISITS.includes(event.type))
        .length;
    for (const [label, level] of [
      ['Top leader', 'leader'],
      ['Politburo member', 'politburo'],
      ['Minister', 'minister'],
    ] as const) {
      const row = tiers.getByRole('row', { name: new RegExp(`^${label}`) });
      await expect(row.getByRole('cell')).toHaveText([
        String(oneWay(level, 'china-to-dprk')),
        String(oneWay(level, 'dprk-to-china')),
        level === 'leader' ? 'Complete' : 'Selection (CSIS tier)',
      ]);
    }
    await expect(coverage).toContainText('CSIS Beyond Parallel counts every visit at foreign-minister level or above');
    await expect(coverage.getByRole('table', { name: /Estimated share/ }).getByRole('row')).toHaveCount(7);
    await coverage.getByRole('link', { name: 'show only its tier on the timeline' }).click();
    await expect(page).toHaveURL(/level=minister/);
  });

  test('defines every level, type and direction, and says how to report an error', async ({ page }) => {
    await page.goto('/record/');
    for (const name of ['Level', 'Type', 'Direction', 'Sources', 'Secret trips', 'Reporting an error']) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
    }
    const levels = page.getByRole('region', { name: 'Level', exact: true }).getByRole('term');
    await expect(levels).toHaveText([
      'Top leader',
      'Head of government',
      'Senior leader',
      'Politburo member',
      'Minister',
      'Vice-minister',
      'Official',
    ]);
    await expect(page.getByRole('region', { name: 'Type', exact: true }).getByRole('term')).toContainText([
      'State visit',
      'Official visit',
      'Working visit',
      'Unofficial visit',
    ]);
    await expect(page.getByRole('region', { name: 'Reporting an error' })).toContainText('a source for it');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations in ${colorScheme} mode`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/record/');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }
});

test.describe('what the "first … since" lines claim', () => {
  test('at a level the record covers completely, the timeline and the page say "first … since"', async ({
    timeline,
    eventPage,
  }) => {
    await timeline.goto();
    await expect(timeline.event('1990-03-jiang-zemin-visit').precedent).toHaveText(
      /^First Chinese visit to North Korea at top-leader level since Zhao Ziyang’s .* \(April 1989\)\.$/,
    );
    await eventPage.goto('2015-10-09-liu-yunshan-wpk-70th');
    await expect(eventPage.precedent).toHaveText(
      /^First Chinese visit to North Korea at senior-leader level or higher since Li Keqiang’s .* \(October 2011\)\.$/,
    );
  });

  test('below it, the timeline says nothing and the page says only what the record shows', async ({
    page,
    timeline,
    eventPage,
    record,
  }) => {
    const below = record.find(
      (event) => event.direction === 'china-to-dprk' && VISITS.includes(event.type) && event.level === 'politburo',
    );
    expect(below, 'a Chinese visit at Politburo level').toBeDefined();
    await timeline.goto();
    const listed = timeline.event(below!.id);
    await expect(listed.precedent).toHaveCount(0);
    // Its only lines are its date and its summary.
    await expect(listed.paragraphs).toHaveText([DATE_LINE, below!.summary]);
    await eventPage.goto(below!.id);
    const note = eventPage.precedent;
    await expect(note).toContainText(
      /^(The latest earlier Chinese visit to North Korea at Politburo level or higher in this record is|This record holds no earlier)/,
    );
    await expect(note).toContainText(
      'Below senior-leader level the record is a selection, so there may have been others',
    );
    await expect(note).not.toContainText('First ');
    await note.getByRole('link', { name: 'see what the record covers' }).click();
    await expect(page).toHaveURL('/record/#coverage');
  });
});

test.describe('levels from dated offices', () => {
  test('a person page lists each office with its rank and dates', async ({ page }) => {
    await page.goto('/people/yang-shangkun/');
    const offices = page.getByRole('table');
    await expect(offices.getByRole('columnheader')).toHaveText(['Office', 'Rank it gives', 'From', 'To']);
    const president = offices.getByRole('row', { name: /President of the People's Republic of China/ });
    await expect(president.getByRole('cell')).toHaveText(['Top leader', '8 April 1988', '27 March 1993']);
    await expect(president.getByText('8 April 1988', { exact: true })).toHaveAttribute('datetime', '1988-04-08');
    // His 1988 state visit lists the office he held then.
    const visit = page
      .getByRole('region', { name: 'Events' })
      .getByRole('listitem')
      .filter({ hasText: '1988' })
      .first();
    await expect(visit).toContainText('President');
  });

  test('an event page marks the travelling lead, with their office at the time', async ({ eventPage, record }) => {
    const yang = record.find((event) => event.id === '1988-09-07-yang-shangkun-state-visit')!;
    expect(yang.level).toBe('leader');
    await eventPage.goto(yang.id);
    const lead = eventPage.participantItems.filter({ hasText: 'Travelling lead' });
    await expect(lead).toHaveCount(1);
    await expect(lead).toContainText('Yang Shangkun');
    await expect(lead).toContainText('President');
    await expect(eventPage.facts).toContainText(['Top leader']);
  });
});

test.describe('both governments’ accounts', () => {
  test('an event citing both lists each under its own heading, with no warning', async ({ eventPage, record }) => {
    const both = record.filter(
      (event) =>
        event.sources.some((source) => source.side === 'china') &&
        event.sources.some((source) => source.side === 'dprk'),
    );
    expect(both.length).toBeGreaterThan(30);
    await eventPage.goto('2019-06-20-xi-jinping-state-visit');
    await expect(eventPage.sourceGroupHeadings).toContainText(['Chinese accounts', 'North Korean accounts']);
    await expect(eventPage.sourceGroup('Chinese accounts').getByRole('listitem').first()).toBeVisible();
    await expect(eventPage.sourceGroup('North Korean accounts').getByRole('listitem').first()).toBeVisible();
    await expect(eventPage.sources.getByText(/^(Only the|Neither)/)).toHaveCount(0);
  });
});

test.describe('a renamed event', () => {
  test('its old address leads to the new one', async ({ page, eventPage }) => {
    await eventPage.goto('2012-11-30-liu-qibao-xi-letter');
    await expect(page).toHaveURL('/events/2012-11-30-li-jianguo-xi-letter/');
    await expect(eventPage.heading).toContainText('Li Jianguo');
  });
});
