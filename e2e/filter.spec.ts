import { accessibilityViolations, expect, test, type ExportedEvent } from './fixtures.ts';

// Expectations come from the site's own export, so the tests follow the record as editors extend it.
const yearOf = (date: string) => Number(date.slice(0, 4));
const ids = (events: ExportedEvent[]) => events.map((event) => event.id);
const withPerson = (id: string) => (event: ExportedEvent) => event.participants.some((person) => person.person === id);

test.describe('filtering the timeline', () => {
  test('by type: options combine with OR, and the status, URL and headings follow', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto();
    await expect(timeline.status).toHaveText(`Showing all ${record.length} events.`);

    await timeline.checkbox('Summit').check();
    const summits = record.filter((event) => event.type === 'summit');
    expect(summits.length).toBeGreaterThan(0);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(summits));
    await expect(timeline.status).toHaveText(`Showing ${summits.length} of ${record.length} events.`);
    await expect(page).toHaveURL('/?type=summit');

    await timeline.checkbox('State visit').check();
    const either = record.filter((event) => event.type === 'summit' || event.type === 'state-visit');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(either));
    await expect(page).toHaveURL('/?type=state-visit&type=summit');

    // Years with nothing left to show lose their heading and their link in the years menu.
    const emptyYear = record
      .map((event) => yearOf(event.date))
      .find((year) => !either.some((e) => yearOf(e.date) === year))!;
    await expect(timeline.yearHeading(emptyYear)).toBeHidden();
    await expect(timeline.yearLink(emptyYear)).toBeHidden();
  });

  test('across facets: AND, with every count saying what its option would give', async ({ timeline, record }) => {
    test.slow(); // every option of three groups, each count and colour
    await timeline.goto('direction=dprk-to-china&level=leader');
    const expected = record.filter((event) => event.direction === 'dprk-to-china' && event.level === 'leader');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(expected));
    expect(expected.length).toBeGreaterThan(0);

    // Type counts apply both filters; direction counts apply only the level filter, and level counts only the direction.
    for (const [group, count] of [
      ['Type', (value: string) => expected.filter((event) => event.type === value).length],
      [
        'Direction',
        (value: string) => record.filter((event) => event.level === 'leader' && event.direction === value).length,
      ],
      [
        'Level',
        (value: string) =>
          record.filter((event) => event.direction === 'dprk-to-china' && event.level === value).length,
      ],
    ] as const) {
      const options = await timeline.options(group);
      expect(options.length, `${group} options`).toBeGreaterThan(1);
      for (const option of options) {
        const value = await option.value();
        await expect(option.count, `${group} ${value}`).toHaveText(String(count(value)));
        // An option that would show nothing stays in its place, so the list does not jump, but steps back:
        // its name takes the muted colour of the counts.
        const muted = await option.count.evaluate((element) => getComputedStyle(element).color);
        if (count(value) === 0) await expect(option.label, `${group} ${value} steps back`).toHaveCSS('color', muted);
        else await expect(option.label, `${group} ${value} stands out`).not.toHaveCSS('color', muted);
      }
    }
  });

  test('by person: the finder narrows the choices, and choosing one shows their events', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto();
    await timeline.personFinder.fill('wang y');
    await expect(timeline.checkbox('Wang Yi', 'Named')).toBeVisible();
    await expect(timeline.checkbox('Kim Jong Un', 'Named')).toBeHidden();
    // The finder narrows the travelling leads too.
    await expect(timeline.checkbox('Kim Jong Un', 'Travelling lead')).toBeHidden();
    await timeline.checkbox('Wang Yi', 'Named').check();
    const expected = record.filter(withPerson('wang-yi'));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(expected));
    await expect(page).toHaveURL('/?person=wang-yi');
    await expect(timeline.removeFilter('Named: Wang Yi')).toBeVisible();
  });

  test('by years: events overlapping the range, bounds included', async ({ page, timeline, record }) => {
    await timeline.goto();
    await timeline.from.selectOption('2018');
    await timeline.to.selectOption('2019');
    const expected = record.filter((event) => yearOf(event.end ?? event.date) >= 2018 && yearOf(event.date) <= 2019);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(expected));
    await expect(page).toHaveURL('/?from=2018&to=2019');
  });

  test('by words, as typed: case, accents, full-width letters, Chinese and Korean', async ({ timeline, record }) => {
    await timeline.goto();
    // Search reads the title, summary, place and occasion, as well as people's names (and the accounts,
    // once they have loaded: see search.spec.ts).
    const dalian = record.filter((event) =>
      /dalian/i.test([event.title, event.summary, event.location, event.occasion].join(' ')),
    );
    expect(dalian.length).toBeGreaterThan(0);
    await timeline.search.fill('dalian');
    await expect(timeline.status).not.toContainText('loading');
    await expect.poll(() => timeline.visibleIds()).toEqual(expect.arrayContaining(ids(dalian)));
    const found = await timeline.visibleIds();
    for (const typed of ['DALIAN', 'Ｄａｌｉａｎ']) {
      await timeline.search.fill(typed);
      await expect.poll(() => timeline.visibleIds(), typed).toEqual(found);
    }
    // Names in their own scripts find every event the person took part in; other spellings find the same
    // as the usual one, which also finds events whose text merely mentions the person.
    const took = ids(record.filter(withPerson('kim-jong-un')));
    for (const typed of ['金正恩', '김정은', 'Kim Jong-eun']) {
      await timeline.search.fill(typed);
      await expect.poll(() => timeline.visibleIds(), typed).toEqual(took);
    }
    await timeline.search.fill('kim jong un');
    await expect.poll(() => timeline.visibleIds()).toEqual(expect.arrayContaining(took));
    const named = await timeline.visibleIds();
    for (const typed of ['Kim Jong-un', 'KIM JONG UN']) {
      await timeline.search.fill(typed);
      await expect.poll(() => timeline.visibleIds(), typed).toEqual(named);
    }
  });

  test('updates as the reader types, but announces the result once typing pauses', async ({ page, timeline }) => {
    await timeline.goto();
    await expect(timeline.status).toHaveText(/^Showing all/);
    // The reader clicks into the box (which fetches the entries' full text), then types.
    const fullText = page.waitForResponse('**/full-text.json');
    await timeline.search.click();
    await fullText;
    const statusChanges = await timeline.countStatusChanges();
    await timeline.search.pressSequentially('pyongyang', { delay: 40 });
    await expect(timeline.status).toHaveText(/^Showing \d+ of \d+ events\.$/);
    await expect.poll(statusChanges, 'one announcement for the whole word').toBe(1);
  });
});

test.describe('the URL holds the view', () => {
  test('opening a shared link shows that view, and a change survives a reload', async ({ page, timeline, record }) => {
    await timeline.goto(
      'type=summit&type=visit&direction=dprk-to-china&level=leader&person=kim-jong-un&from=2018&to=2019&q=beijing',
    );
    await expect(timeline.checkbox('Summit')).toBeChecked();
    await expect(timeline.checkbox('Visit')).toBeChecked();
    await expect(timeline.checkbox('North Korea to China')).toBeChecked();
    await expect(timeline.checkbox('Top leader')).toBeChecked();
    await expect(timeline.checkbox('Kim Jong Un', 'Named')).toBeChecked();
    await expect(timeline.from).toHaveValue('2018');
    await expect(timeline.search).toHaveValue('beijing');
    await expect(async () => {
      const visible = await timeline.visibleIds();
      expect(visible.length).toBeGreaterThan(0);
      for (const id of visible) {
        const event = record.find((candidate) => candidate.id === id)!;
        expect(['summit', 'visit']).toContain(event.type);
        expect(withPerson('kim-jong-un')(event)).toBe(true);
      }
    }).toPass();

    await timeline.checkbox('Summit').uncheck();
    await expect(page).toHaveURL(
      '/?type=visit&direction=dprk-to-china&level=leader&person=kim-jong-un&from=2018&to=2019&q=beijing',
    );
    await page.reload();
    await expect(timeline.checkbox('Summit')).not.toBeChecked();
    await expect(timeline.checkbox('Visit')).toBeChecked();
  });

  test('ignores unknown and malformed parameters', async ({ page, timeline, record }) => {
    await timeline.goto('type=parade&type=summit&level=&from=19x9&to=1800&person=nobody&order=sideways&utm_source=x');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record.filter((event) => event.type === 'summit')));
    await expect(page).toHaveURL('/?type=summit');
  });

  test('Back and Forward step through changes, one step for a whole word typed', async ({ page, timeline }) => {
    await timeline.goto();
    await timeline.checkbox('Summit').check();
    await timeline.checkbox('Top leader').check();
    await timeline.search.pressSequentially('kim');
    await expect(page).toHaveURL('/?type=summit&level=leader&q=kim');
    await page.goBack();
    await expect(page).toHaveURL('/?type=summit&level=leader');
    await expect(timeline.search).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL('/?type=summit');
    await expect(timeline.checkbox('Top leader')).not.toBeChecked();
    await page.goForward();
    await expect(timeline.checkbox('Top leader')).toBeChecked();
    await page.goForward();
    await expect(timeline.search).toHaveValue('kim');
  });
});

test.describe('feedback', () => {
  test('chips remove one filter each, and Clear all resets', async ({ page, timeline, record }) => {
    await timeline.goto('type=summit&level=leader&from=2018');
    await expect(timeline.chips).toHaveText(['Type: Summit ×', 'Level: Top leader ×', 'From 2018 ×']);
    await timeline.removeFilter('Level: Top leader').click();
    await expect(timeline.chips).toHaveText(['Type: Summit ×', 'From 2018 ×']);
    // Focus moves to the chip that took the removed one's place.
    await expect(timeline.removeFilter('From 2018')).toBeFocused();
    await expect(page).toHaveURL('/?type=summit&from=2018');
    await timeline.clearAll.click();
    await expect(page).toHaveURL('/');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record));
    await expect(timeline.activeFilters).toBeHidden();
    await expect(timeline.search).toBeFocused();
  });

  test('an empty result says so and offers to clear', async ({ timeline, record }) => {
    await timeline.goto('q=no+such+thing+anywhere');
    await expect(timeline.noMatches).toBeVisible();
    await expect(timeline.status).toHaveText(`No events match these filters. ${record.length} in all.`);
    await expect.poll(() => timeline.visibleIds()).toEqual([]);
    await timeline.clearAllFilters.click();
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record));
    await expect(timeline.noMatches).toBeHidden();
  });

  test('the order control puts the newest first, and back', async ({ page, timeline, record }) => {
    await timeline.goto();
    await timeline.order.selectOption({ label: 'Newest first' });
    await expect(page).toHaveURL('/?order=newest');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record).reverse());
    await expect(timeline.yearHeadings.first()).toHaveText(record.at(-1)!.date.slice(0, 4));
    await page.reload();
    await expect(timeline.order).toHaveValue('newest');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record).reverse());
    await timeline.order.selectOption({ label: 'Oldest first' });
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record));
    await expect(page).toHaveURL('/');
  });
});

test.describe('keyboard and screens', () => {
  test('an event filtered out is gone for every reader: not seen, not announced, never focused', async ({
    page,
    timeline,
    record,
  }) => {
    const other = record.find((event) => event.type !== 'summit')!;
    await timeline.goto('type=summit');
    await expect.poll(() => timeline.visibleIds()).not.toContain(other.id);
    // Found by its address, since a reader's ways of finding it (its title, its role) no longer reach it.
    const link = page.locator(`main h3 a[href$="/events/${other.id}/"]`);
    await expect(link).toHaveCount(1);
    await expect(link).toBeHidden();
    await expect(page.getByRole('main').getByRole('link', { name: other.title, exact: true })).toHaveCount(0);
    expect(await link.evaluate((element) => (element as HTMLElement).offsetHeight)).toBe(0);
    // Focus cannot land on it: it is out of the Tab order.
    expect(await link.evaluate((element) => ((element as HTMLElement).focus(), document.activeElement === element))).toBe(
      false,
    );
    // Cleared, it is back, in its place.
    await timeline.goto();
    await expect(page.getByRole('main').getByRole('link', { name: other.title, exact: true })).toBeVisible();
  });

  test('every control is reached with Tab and used with the keyboard; focus stays put', async ({ page, timeline }) => {
    test.slow(); // a few hundred key presses, through both lists of people
    await timeline.goto();
    await timeline.search.focus();
    await page.keyboard.type('visit');
    await page.keyboard.press('Tab'); // past the search box to the first type option
    const first = timeline.group('Type').getByRole('checkbox').first();
    await expect(first).toBeFocused();
    await expect(first, 'a visible focus outline').not.toHaveCSS('outline-style', 'none');
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(first).toBeFocused();
    await expect(page).toHaveURL(/type=/);
    // Its definition's button comes next.
    await page.keyboard.press('Tab');
    await expect(
      timeline
        .group('Type')
        .getByRole('button', { name: /^What “/ })
        .first(),
    ).toBeFocused();
    // Onwards through every option (two lists of people) to the year fields and the order control.
    await timeline.tabUntilFocused(timeline.from, 500);
    await expect(timeline.from).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/from=\d{4}/);
    // Then "to", the context toggle and the button that shows the results, and on to the order control.
    await timeline.tabUntilFocused(timeline.order, 10);
    await expect(timeline.order).toBeFocused();
  });

  test('on a phone, and at 200% zoom, the filters fold behind a button', async ({ page, timeline, record }) => {
    test.slow(); // two screens
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 640, height: 400 },
    ]) {
      await page.setViewportSize(viewport);
      await timeline.goto();
      await expect(timeline.filtersToggle).toHaveAttribute('aria-expanded', 'false');
      await expect(timeline.group('Type')).toBeHidden();
      await expect(timeline.search).toBeVisible();
      await timeline.filtersToggle.click();
      await expect(timeline.filtersToggle).toHaveAttribute('aria-expanded', 'true');
      await timeline.checkbox('Summit').check();
      await expect(timeline.filtersToggle).toHaveText('Filters (1)');
      await expect.poll(() => timeline.visibleIds()).toEqual(ids(record.filter((event) => event.type === 'summit')));
      await expect.poll(() => timeline.sidewaysOverflow(), 'no sideways scrolling').toBeLessThanOrEqual(0);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations with filters, chips and empty options (${colorScheme})`, async ({
      page,
      timeline,
    }) => {
      test.slow(); // a full scan of the whole timeline
      await page.emulateMedia({ colorScheme });
      await timeline.goto('direction=dprk-to-china&level=leader&q=kim');
      await expect(timeline.activeFilters).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  test('has no accessibility violations on a phone with the filters open', async ({ page, timeline }) => {
    test.slow(); // a full scan of the whole timeline
    await page.setViewportSize({ width: 390, height: 844 });
    await timeline.goto('q=no+such+thing+anywhere');
    await timeline.filtersToggle.click();
    await expect(timeline.filtersToggle).toHaveAttribute('aria-expanded', 'true');
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every event is listed in order and no control that cannot work is shown', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto('type=summit&order=newest');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record));
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(timeline.status).toBeHidden();
  });
});

test.describe('the filters panel on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('“Show N events” closes the panel and takes the reader to the results', async ({ timeline, record }) => {
    await timeline.goto();
    await timeline.filtersToggle.click();
    await timeline.checkbox('Summit').check();
    const summits = record.filter((event) => event.type === 'summit');
    await expect(timeline.showResults).toHaveText(`Show ${summits.length} events`);
    await expect(timeline.showResults).toBeInViewport({ ratio: 1 });
    await timeline.showResults.click();
    await expect(timeline.filtersToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(timeline.group('Type')).toBeHidden();
    // Focus lands on the results' first line, which says how many there are; Tab goes on into the list.
    await expect(timeline.status).toBeFocused();
    await expect(timeline.status).toBeInViewport();
    await expect(timeline.status).toHaveText(`Showing ${summits.length} of ${record.length} events.`);
    await expect(timeline.event(summits[0]!.id).heading).toBeInViewport();
  });

  test('from the keyboard: the button is the panel’s last stop, and Escape closes the panel', async ({
    page,
    timeline,
  }) => {
    test.slow(); // Tab passes every person in both people lists (over 200 stops) before the button
    await timeline.goto();
    await timeline.filtersToggle.focus();
    await page.keyboard.press('Enter');
    await expect(timeline.filtersToggle).toHaveAttribute('aria-expanded', 'true');
    await timeline.tabUntilFocused(timeline.showResults, 500);
    await expect(timeline.showResults).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(timeline.status).toBeFocused();
    // Reopened, Escape from inside the panel closes it and returns to the button that opened it.
    await timeline.filtersToggle.click();
    await timeline.checkbox('Summit').focus();
    await page.keyboard.press('Escape');
    await expect(timeline.filtersToggle).toHaveAttribute('aria-expanded', 'false');
    await expect(timeline.filtersToggle).toBeFocused();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations with the panel open (${colorScheme})`, async ({ page, timeline }) => {
      test.slow(); // a full scan of the whole timeline
      await page.emulateMedia({ colorScheme });
      await timeline.goto('type=summit');
      await timeline.filtersToggle.click();
      await expect(timeline.showResults).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: test.info().outputPath(`panel-phone-${colorScheme}.png`) });
    });
  }
});

test.describe('the shown-events notice', () => {
  test('carries the ids of the events shown after every change, for followers such as the chart or a map', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto();
    await page.evaluate(() => {
      const seen: string[][] = [];
      (window as unknown as { notices: string[][] }).notices = seen;
      document.addEventListener('timeline:shown', (event) => seen.push([...(event as CustomEvent).detail.ids]));
    });
    await timeline.checkbox('Summit').check();
    const last = () => page.evaluate(() => (window as unknown as { notices: string[][] }).notices.at(-1));
    await expect.poll(last).toEqual(ids(record.filter((event) => event.type === 'summit')));
    await timeline.checkbox('Summit').uncheck();
    await expect.poll(last).toEqual(ids(record));
  });
});
