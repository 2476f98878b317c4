import { XMLParser } from 'fast-xml-parser';
import { ChangesPage, OnThisDayPage, ThreadPage } from './pages/record-pages.ts';
import { accessibilityViolations, expect, test } from './fixtures.ts';

const ENVOY = '2012-11-30-li-jianguo-xi-letter';
const XI_2019 = '2019-06-20-xi-jinping-state-visit';

test.describe('corrections', () => {
  test('an event page says when it was corrected and what was wrong, under its account', async ({
    page,
    eventPage,
    record,
  }) => {
    const [correction] = record.find((event) => event.id === ENVOY)!.corrections;
    await eventPage.goto(ENVOY);
    await expect(eventPage.correctionItems).toHaveCount(1);
    await expect(eventPage.correctionItems).toHaveText(`Corrected on 23 November 2026. ${correction!.note}`);
    await expect(eventPage.correctionItems.first()).toContainText('Liu Qibao');
    await eventPage.corrections.getByRole('link', { name: 'Changes to the record' }).click();
    await expect(page).toHaveURL('/changes/');
  });

  test('an entry never corrected shows no corrections', async ({ eventPage }) => {
    await eventPage.goto('2023-07-26-li-hongzhong-armistice-70th');
    await expect(eventPage.account).toBeVisible();
    await expect(eventPage.corrections).toHaveCount(0);
  });

  test('/changes/ lists every correction, newest first, each linked to its place on the event page', async ({
    page,
    record,
  }) => {
    const changes = new ChangesPage(page);
    await changes.goto();
    const corrections = record.flatMap((event) => event.corrections);
    await expect(changes.itemsOfKind('Corrected')).toHaveCount(corrections.length);
    const first = changes.itemsOfKind('Corrected').filter({ hasText: 'Liu Qibao' });
    await first.getByRole('link').click();
    await expect(page).toHaveURL(`/events/${ENVOY}/#correction-2026-11-23`);
    await expect(page.locator(':target')).toContainText('Corrected on 23 November 2026');
  });

  test('/changes.xml is a feed of the same changes, newest first, each with its own address', async ({
    request,
    record,
  }) => {
    const response = await request.get('/changes.xml');
    const feed = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
    const items: { title: string; link: string; guid: { '#text': string }; pubDate: string; description: string }[] =
      feed.rss.channel.item;
    const corrections = record.flatMap((event) => event.corrections.map((correction) => ({ event, correction })));
    const corrected = items.filter((item) => item.title.startsWith('Corrected: '));
    expect(corrected).toHaveLength(corrections.length);
    expect(corrected.map((item) => item.description).sort()).toEqual(
      corrections.map(({ correction }) => correction.note).sort(),
    );
    for (const item of corrected)
      expect(item.link).toMatch(/\/events\/[a-z0-9-]+\/#correction-\d{4}-\d{2}-\d{2}(-\d+)?$/);
    expect(new Set(items.map((item) => item.guid['#text'])).size).toBe(items.length);
    const times = items.map((item) => Date.parse(item.pubDate));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });
});

test.describe('sources that survive', () => {
  test('each source links to a look-up in the Internet Archive near its publication, said to be a search', async ({
    eventPage,
    record,
  }) => {
    const event = record.find((entry) => entry.id === ENVOY)!;
    await eventPage.goto(ENVOY);
    for (const source of event.sources.filter((entry) => entry.url)) {
      const item = eventPage.sourceItems.filter({ hasText: source.title });
      const original = item.getByRole('link', { name: source.title, exact: true });
      await expect(original).toHaveAttribute('href', source.url!);
      await expect(original).toHaveAttribute('data-originalurl', source.url!);
      const lookup = item.getByRole('link', { name: /^Look for (an archived copy near|archived copies)/ });
      const near = source.published?.replaceAll('-', '') ?? '*';
      await expect(lookup).toHaveAttribute('href', `https://web.archive.org/web/${near}/${source.url}`);
      await expect(lookup).toHaveAttribute('data-originalurl', source.url!);
      await expect(item).toContainText('in the Internet Archive: a search, which may find none');
      if (source.published) await expect(original).toHaveAttribute('data-versiondate', source.published);
    }
  });
});

test.describe('connections', () => {
  test('an event page links the exchanges the other way, its thread and its lead’s other trips, marked as computed', async ({
    page,
    eventPage,
  }) => {
    await eventPage.goto(XI_2019);
    const otherWay = eventPage.connectionGroup(/^Exchanges the other way, North Korea to China/);
    await expect(otherWay.getByRole('listitem')).toHaveText([
      /^Latest before: Kim Jong Un travels by train to Beijing for his fourth visit to China \(7–10 January 2019\)$/,
      /^First after: Kim Jong Un joins Xi Jinping and Putin at Beijing's Victory Day parade/,
    ]);
    await expect(otherWay.getByRole('heading')).toContainText('computed');
    const thread = eventPage.connectionGroup(/^In the thread The Kim–Xi summits/);
    await expect(thread).toContainText('Event 5 of 6.');
    const lead = eventPage.connectionGroup(/^Xi Jinping’s other trip as travelling lead/);
    await expect(lead.getByRole('link')).toHaveText([
      'Vice President Xi Jinping makes North Korea the first stop of his first trip abroad in that office',
    ]);
    await thread.getByRole('link', { name: 'The Kim–Xi summits' }).click();
    await expect(page).toHaveURL('/threads/kim-xi-summits/');
  });

  test('events at the same time are linked both ways', async ({ eventPage }) => {
    await eventPage.goto('1961-07-11-friendship-treaty');
    const same = eventPage.connectionGroup(/^At the same time or for the same occasion/);
    await expect(same.getByRole('link')).toContainText([/Kim Il Sung/]);
  });
});

test.describe('threads', () => {
  test('the thread index lists each thread with its count, and each thread is a small timeline', async ({
    page,
    record,
  }) => {
    const threads = new ThreadPage(page);
    await threads.gotoIndex();
    await expect(threads.threadLinks).toHaveText([
      'The 1961 treaty and its anniversaries',
      'The Korean War and its anniversaries',
      'The Kim–Xi summits',
      'The friendship years',
    ]);
    const treaty = record.filter((event) => event.tags.includes('treaty'));
    await threads.threadLinks.first().click();
    await expect(threads.heading).toHaveText('The 1961 treaty and its anniversaries');
    await expect(threads.events).toHaveCount(treaty.length);
    await expect(threads.events.getByRole('heading', { level: 2 })).toHaveText(treaty.map((event) => event.title));
    await expect(threads.counts).toContainText(`${treaty.length} events from 1961 to 2021`);
    await expect(threads.events.nth(2)).toContainText('50 years later');
  });

  test('the record page links every thread', async ({ page }) => {
    await page.goto('/record/');
    const section = page.getByRole('region', { name: 'Threads' });
    await expect(section.getByRole('link', { name: 'The Korean War and its anniversaries' })).toHaveAttribute(
      'href',
      '/threads/korean-war/',
    );
  });
});

test.describe('On this day', () => {
  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('lists the events dated to the day by month and day, and no chooser', async ({ page, record }) => {
      const onThisDay = new OnThisDayPage(page);
      await onThisDay.goto();
      await expect(onThisDay.months).toHaveText([
        'January',
        'February',
        'March',
        'April',
        'May',
        'June',
        'July',
        'August',
        'September',
        'October',
        'November',
        'December',
      ]);
      await expect(onThisDay.chooser).toBeHidden();
      await expect(onThisDay.chosen).toBeHidden();
      const july11 = record.filter((event) => /^\d{4}-07-11$/.test(event.date)).map((event) => event.title);
      await expect(onThisDay.dayNamed('11 July').getByRole('link')).toHaveText(july11);
      const dated = record.filter((event) => /^\d{4}-\d{2}-\d{2}$/.test(event.date));
      await expect(
        onThisDay.main.getByRole('region', { name: /^\d{1,2} [A-Z][a-z]+$/ }).getByRole('listitem'),
      ).toHaveCount(dated.length);
    });
  });

  test('shows the reader’s own day first, and any day chosen', async ({ page, record }) => {
    await page.clock.setFixedTime(new Date(2031, 6, 11, 9, 0));
    const onThisDay = new OnThisDayPage(page);
    await onThisDay.goto();
    await expect(onThisDay.chosen.getByRole('heading')).toHaveText('Today, 11 July');
    const july11 = record.filter((event) => /^\d{4}-07-11$/.test(event.date)).map((event) => event.title);
    await expect(onThisDay.chosen.getByRole('link')).toHaveText(july11);
    await expect(onThisDay.dayNamed('11 July')).toHaveAttribute('aria-current', 'date');

    await onThisDay.month.selectOption('12');
    await onThisDay.day.selectOption('31');
    await expect(onThisDay.chosen.getByRole('heading')).toHaveText('31 December');
    const december31 = record.some((event) => /^\d{4}-12-31$/.test(event.date));
    if (!december31) await expect(onThisDay.chosen).toContainText('No event in the record began on 31 December.');
    await expect(onThisDay.day.getByRole('option')).toHaveCount(31);
    await onThisDay.month.selectOption('2');
    await expect(onThisDay.day.getByRole('option')).toHaveCount(29);
    await expect(onThisDay.day).toHaveValue('29');
  });
});

test.describe('linking out', () => {
  test('a person’s page names their Wikidata item, and their JSON-LD gives it as sameAs', async ({ page }) => {
    await page.goto('/people/kim-jong-un/');
    await expect(page.getByRole('link', { name: 'Q56226' })).toHaveAttribute(
      'href',
      'https://www.wikidata.org/wiki/Q56226',
    );
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(data).toMatchObject({
      '@type': 'Person',
      name: 'Kim Jong Un',
      sameAs: 'https://www.wikidata.org/wiki/Q56226',
    });
  });

  test('an event’s JSON-LD names its attendees’ Wikidata items', async ({ eventPage }) => {
    await eventPage.goto(XI_2019);
    const data = await eventPage.structuredData();
    expect(data['attendee']).toContainEqual(
      expect.objectContaining({ name: 'Xi Jinping', sameAs: 'https://www.wikidata.org/wiki/Q15031' }),
    );
  });
});

for (const path of ['/changes/', '/threads/', '/threads/korean-war/', '/on-this-day/', `/events/${XI_2019}/`]) {
  test(`${path} has no accessibility violations`, async ({ page }) => {
    // axe reads every node of a long page; on a busy machine that alone can take half a minute.
    test.setTimeout(90_000);
    await page.goto(path);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
}
