import { selectOne } from 'css-select';
import type { AnyNode } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import type { APIRequestContext } from '@playwright/test';
import { accessibilityViolations, expect, test, type ExportedEvent } from './fixtures.ts';

/** The text of a parsed node and everything in it. */
const textOf = (node: AnyNode): string =>
  'data' in node && node.type === 'text' ? node.data : 'children' in node ? node.children.map(textOf).join(' ') : '';

/**
 * Each event's whole text as a reader can read it: its page's account (the narrative), with its title,
 * summary, place, occasion and people from /events.json. Read from the built pages, with a real HTML parser.
 */
async function wholeText(request: APIRequestContext, record: readonly ExportedEvent[]) {
  const texts = new Map<string, string>();
  for (const event of record) {
    const html = await (await request.get(event.url)).text();
    const account = selectOne('section[aria-labelledby="account"]', parseDocument(html));
    const fields = [
      event.title,
      event.summary,
      event.location,
      event.occasion,
      ...event.participants.map((p) => p.name),
    ];
    texts.set(event.id, `${fields.join(' ')} ${account ? textOf(account) : ''}`.replace(/\s+/g, ' '));
  }
  return texts;
}

const containing = (texts: Map<string, string>, pattern: RegExp) =>
  [...texts].filter(([, text]) => pattern.test(text)).map(([id]) => id);

test.describe('full-text search', () => {
  test('finds what only the accounts say: Mao Anying, Kumsusan, denuclearization', async ({
    request,
    timeline,
    record,
  }) => {
    test.slow(); // reads every event page
    const texts = await wholeText(request, record);
    await timeline.goto();
    // Mao Anying and Kumsusan are in some account but in no title or summary: only the full text finds them.
    // Denuclearization now also sits in some summaries; the search must still find every event that says it.
    for (const [typed, pattern, onlyInAccounts] of [
      ['Mao Anying', /mao anying/i, true],
      ['Kumsusan', /k[uŭ]msusan/i, true],
      ['denuclearization', /denucleari[sz]ation/i, false],
    ] as const) {
      const expected = containing(texts, pattern);
      expect(expected.length, typed).toBeGreaterThan(0);
      const shown = record.filter((event) => pattern.test(`${event.title} ${event.summary}`)).map((event) => event.id);
      if (onlyInAccounts) expect(expected.filter((id) => !shown.includes(id)).length, typed).toBeGreaterThan(0);
      await timeline.search.fill(typed);
      await expect(timeline.status).not.toContainText('loading');
      await expect
        .poll(() => timeline.visibleIds(), typed)
        .toEqual(record.map((e) => e.id).filter((id) => expected.includes(id)));
      await expect(timeline.status).toHaveText(`Showing ${expected.length} of ${record.length} events.`);
    }
  });

  test('folds spelling variants: British and American, hyphens, apostrophes and breves', async ({ timeline }) => {
    await timeline.goto();
    for (const [one, other] of [
      ['denuclearisation', 'denuclearization'],
      ['Kim Jong-un', 'Kim Jong Un'],
      ['P’yŏngyang', 'Pyongyang'],
      ['Kŭmsusan', 'Kumsusan'],
    ]) {
      await timeline.search.fill(other!);
      await expect(timeline.status).not.toContainText('loading');
      await expect.poll(() => timeline.visibleIds(), other).not.toEqual([]);
      const found = await timeline.visibleIds();
      await timeline.search.fill(one!);
      await expect.poll(() => timeline.visibleIds(), one).toEqual(found);
    }
  });

  test('finds a person by any script: hanzi, and the hangul of either Korea', async ({ timeline, record }) => {
    await timeline.goto();
    const xi = record.filter((event) => event.participants.some((p) => p.person === 'xi-jinping')).map((e) => e.id);
    expect(xi.length).toBeGreaterThan(3);
    for (const typed of ['习近平', '시진핑', '습근평']) {
      await timeline.search.fill(typed);
      await expect(timeline.status).not.toContainText('loading');
      await expect.poll(() => timeline.visibleIds(), typed).toEqual(xi);
    }
  });

  test('fetches the full text from the site itself, only once a reader searches', async ({ page, timeline }) => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('full-text')) fetched.push(new URL(request.url()).pathname);
    });
    await timeline.goto();
    await expect(timeline.status).toHaveText(/^Showing all/);
    expect(fetched).toEqual([]);
    await timeline.search.fill('kumsusan');
    await expect(timeline.status).toHaveText(/^Showing \d+ of \d+ events\.$/);
    expect(fetched).toEqual(['/full-text.json']);
  });

  test('a search opened from a link says what it found as soon as the list shows it', async ({
    page,
    timeline,
    record,
  }) => {
    // Kumsusan is only in accounts: the list fills when the full text arrives, and the status line must not
    // still say that nothing matches. Watched frame by frame, in the page.
    await timeline.goto('q=kumsusan');
    const firstShown = await page.evaluate(
      () =>
        new Promise<{ shown: number; status: string }>((resolve) => {
          const look = () => {
            const shown = [...document.querySelectorAll('main h3 a')].filter((link) =>
              link.checkVisibility({ visibilityProperty: true }),
            ).length;
            const status = document.querySelector('[role="status"]')?.textContent ?? '';
            if (shown > 0) resolve({ shown, status });
            else requestAnimationFrame(look);
          };
          look();
        }),
    );
    expect(firstShown.status).toBe(`Showing ${firstShown.shown} of ${record.length} events.`);
  });

  test('has no accessibility violations with results from the accounts', async ({ page, timeline }) => {
    await timeline.goto('q=mao+anying');
    await expect(timeline.status).toHaveText(/^Showing \d+ of \d+ events\.$/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});
