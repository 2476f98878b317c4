import { selectAll } from 'css-select';
import type { Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { accessibilityViolations, expect, test } from './fixtures.ts';

const LI_HONGZHONG = '2023-07-26-li-hongzhong-armistice-70th';
const LI_QIANG = '2025-10-09-li-qiang-wpk-80th';

test.describe('an event page', () => {
  test('shows the title, dates, type, direction, level, location and occasion', async ({ page, eventPage }) => {
    await eventPage.goto(LI_QIANG);
    await expect(page).toHaveTitle(/^Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary · /);
    await expect(eventPage.heading).toHaveText(
      "Premier Li Qiang visits Pyongyang for the Workers' Party's 80th anniversary",
    );
    await expect(eventPage.date).toHaveText('9–11 October 2025');
    await expect(eventPage.facts).toHaveText(['Official visit', 'China to North Korea', 'Head of government']);
    await expect(eventPage.details).toHaveText([
      'Pyongyang and Anju',
      '80th anniversary of the founding of the Workers’ Party of Korea'.replace('’', "'"),
    ]);
  });

  test('lists the participants with side and role, each linked to their page', async ({ page, eventPage, record }) => {
    await eventPage.goto(LI_QIANG);
    const people = eventPage.participantItems;
    await expect(people).toHaveCount(record.find((event) => event.id === LI_QIANG)!.participants.length);
    await expect(people.nth(0)).toContainText('Li Qiang');
    await expect(people.nth(0)).toContainText('China');
    await expect(people.nth(0)).toContainText('Premier of the State Council');
    await expect(eventPage.participant('Pak Thae Song')).toContainText('North Korea');
    await eventPage.participant('Kim Jong Un').getByRole('link', { name: 'Kim Jong Un' }).click();
    await expect(page).toHaveURL('/people/kim-jong-un/');
  });

  test('says where the visit stands: the latest earlier one as high, linked', async ({ page, eventPage }) => {
    await eventPage.goto(LI_QIANG);
    await expect(eventPage.precedent).toHaveText(
      'First Chinese visit to North Korea at head-of-government level or higher since Xi Jinping’s state visit (June 2019).',
    );
    await eventPage.precedent.getByRole('link').click();
    await expect(page).toHaveURL('/events/2019-06-20-xi-jinping-state-visit/');
  });

  test('offers to correct the entry’s file and to report an error about it, in the repository', async ({
    eventPage,
    record,
  }) => {
    await eventPage.goto(LI_QIANG);
    const title = record.find((event) => event.id === LI_QIANG)!.title;
    await expect(eventPage.sources.getByRole('link', { name: 'Suggest a correction' })).toHaveAttribute(
      'href',
      new RegExp(`^https://github\\.com/[\\w.-]+/[\\w.-]+/edit/main/content/events/${LI_QIANG}\\.md$`),
    );
    const report = eventPage.sources.getByRole('link', { name: 'report an error', exact: true });
    const issue = new URL((await report.getAttribute('href'))!);
    expect(issue.pathname).toMatch(/^\/[\w.-]+\/[\w.-]+\/issues\/new$/);
    expect(issue.searchParams.get('title')).toBe(`Error in “${title}”`);
    expect(issue.searchParams.get('body')).toContain(`Event: ${LI_QIANG}`);
  });

  test("groups the sources into each side's account and other reporting", async ({ eventPage, record }) => {
    const chinese = record.find((event) => event.id === LI_QIANG)!.sources.filter((source) => source.side === 'china');
    await eventPage.goto(LI_QIANG);
    await expect(eventPage.sourceGroupHeadings).toHaveText([
      'Chinese accounts',
      'North Korean accounts',
      'Other reporting',
    ]);
    await expect(eventPage.sourceGroup('Chinese accounts').getByRole('listitem')).toHaveCount(chinese.length);
    await expect(eventPage.sourceGroup('North Korean accounts')).toContainText('KCNA Watch');
    await expect(eventPage.sources.getByText(/^Only the/)).toHaveCount(0);
  });

  test("says plainly when only one side's account is cited", async ({ page, eventPage, record }) => {
    const chinaOnly = record.find(
      (event) =>
        event.sources.some((source) => source.side === 'china') &&
        !event.sources.some((source) => source.side === 'dprk'),
    );
    expect(chinaOnly, 'an event citing only a Chinese account').toBeDefined();
    await eventPage.goto(chinaOnly!.id);
    await expect(eventPage.sources).toContainText(
      'Only the Chinese side’s account is cited here; no North Korean account is listed.',
    );
    await expect(page.getByRole('heading', { name: 'North Korean accounts' })).toHaveCount(0);
  });

  test('offers a way to cite it near the top, and says when the entry was added', async ({ page, eventPage, record }) => {
    const added = record.find((event) => event.added)!;
    await eventPage.goto(added.id);
    await expect(eventPage.citeLink).toBeInViewport();
    await expect(eventPage.added).toBeInViewport();
    const [year, month, day] = added.added!.split('-').map(Number);
    const written = new Date(Date.UTC(year!, month! - 1, day!)).toLocaleDateString('en-GB', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    await expect(eventPage.added).toHaveText(`Added to the record: ${written}`);
    await expect(eventPage.added.locator('time')).toHaveAttribute('datetime', added.added!);
    await eventPage.citeLink.click();
    await expect(page).toHaveURL(/#cite$/);
    await expect(eventPage.cite.getByRole('heading', { name: 'Cite this event' })).toBeInViewport();
    // One of the first entries, added before the day of each was kept, says so.
    const first = record.find((event) => !event.added)!;
    await eventPage.goto(first.id);
    await expect(eventPage.added).toHaveText(/^Added to the record: one of the record’s first entries/);
  });

  test('renders the narrative from Markdown', async ({ eventPage }) => {
    await eventPage.goto(LI_HONGZHONG);
    await expect(eventPage.account.getByRole('heading', { name: 'In Pyongyang' })).toBeVisible();
    await expect(eventPage.account.getByRole('strong').filter({ hasText: /^26 July\.$/ })).toBeVisible();
    await expect(eventPage.account).toContainText('No source found gives the day the delegation left Pyongyang');
  });

  test('lists its sources with publisher and date, linked safely', async ({ eventPage, record }) => {
    await eventPage.goto(LI_QIANG);
    const sources = eventPage.sourceItems;
    await expect(sources).toHaveCount(record.find((event) => event.id === LI_QIANG)!.sources.length);
    const first = sources.first();
    await expect(first).toContainText('People’s Daily Online (Xinhua), 7 October 2025'.replace('’', "'"));
    const link = first.getByRole('link').first();
    await expect(link).toHaveAttribute('href', 'http://en.people.cn/n3/2025/1007/c90000-20374256.html');
    await expect(link).toHaveAttribute('rel', /noopener/);
    await expect(link).toHaveAttribute('rel', /noreferrer/);
  });

  test('links to the previous and next events and back to itself on the timeline', async ({
    page,
    eventPage,
    timeline,
    record,
  }) => {
    const ids = record.map((event) => event.id);
    await eventPage.goto(ids[0]!);
    await expect(eventPage.neighbours.getByRole('link')).toHaveCount(1);
    await eventPage.next.click();
    await expect(page).toHaveURL(`/events/${ids[1]}/`);
    await expect(eventPage.previous).toHaveAttribute('href', `/events/${ids[0]}/`);
    await eventPage.goto(ids.at(-1)!);
    await expect(eventPage.next).toHaveCount(0);
    await eventPage.goto(LI_QIANG);

    await eventPage.backToTimeline.click();
    await expect(page).toHaveURL(`/#${LI_QIANG}`);
    await expect(timeline.event(LI_QIANG).root).toBeInViewport();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations in ${colorScheme} mode`, async ({ page, eventPage }) => {
      await page.emulateMedia({ colorScheme });
      await eventPage.goto(LI_HONGZHONG);
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.goto('/people/kim-jong-un/');
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  test.describe(() => {
    test.use({ allowedConsoleErrors: [/status of 404/] });
    test('answers an unknown address with the not-found page', async ({ page, eventPage }) => {
      const response = await eventPage.goto('no-such-event');
      expect(response?.status()).toBe(404);
      await expect(eventPage.heading).toHaveText('Page not found');
      await page.getByRole('link', { name: 'Go to the timeline' }).click();
      await expect(page).toHaveURL('/');
    });
  });
});

test('no event page gives two elements one id, and every link within a page finds its target', async ({
  request,
  record,
}) => {
  const problems: string[] = [];
  for (const { id } of record) {
    const document = parseDocument(await (await request.get(`/events/${id}/`)).text());
    const ids = (selectAll('[id]', document) as unknown as Element[]).map((element) => element.attribs.id!);
    const repeated = ids.filter((value, index) => ids.indexOf(value) !== index);
    if (repeated.length > 0) problems.push(`${id}: the id(s) ${[...new Set(repeated)].join(', ')} more than once`);
    for (const link of selectAll('a[href^="#"]', document) as unknown as Element[]) {
      const target = decodeURIComponent(link.attribs.href!.slice(1));
      if (target && !ids.includes(target)) problems.push(`${id}: a link to #${target}, which is no element's id`);
    }
  }
  expect(problems).toEqual([]);
});

test.describe('a person page', () => {
  test('gives the names in every script, the offices and their events in order', async ({ page, record }) => {
    await page.goto('/people/kim-jong-un/');
    await expect(page).toHaveTitle(/^Kim Jong Un · /);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim Jong Un 金正恩 김정은');
    await expect(page.getByRole('definition').filter({ hasText: '김정은' })).toHaveAttribute('lang', 'ko');
    await expect(page.getByRole('definition').filter({ hasText: 'Kim Jong-un' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Offices' })).toContainText('General Secretary of the Workers');
    const expected = record.filter((event) => event.participants.some((person) => person.person === 'kim-jong-un'));
    expect(expected.length).toBeGreaterThan(5);
    const events = page.getByRole('region', { name: 'Events' }).getByRole('list').first().getByRole('listitem');
    await expect(events.getByRole('link')).toHaveText(expected.map((event) => event.title));
    await page.getByRole('link', { name: 'Show Kim Jong Un’s events on the timeline' }).click();
    await expect(page).toHaveURL('/?person=kim-jong-un');
    await expect(
      page.getByRole('group', { name: 'Named', exact: true }).getByRole('checkbox', { name: /^Kim Jong Un/ }),
    ).toBeChecked();
  });

  test('is listed with everyone else on the people page', async ({ page }) => {
    await page.goto('/people/');
    await page.getByRole('region', { name: 'China' }).getByRole('link', { name: 'Li Qiang' }).click();
    await expect(page).toHaveURL('/people/li-qiang/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Li Qiang 李强 리창');
  });
});
