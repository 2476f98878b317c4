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
    const status = page.getByRole('status');
    await expect(status).toHaveText(`Showing all ${record.length} events.`);

    await page.getByRole('checkbox', { name: /^Summit/ }).check();
    const summits = record.filter((event) => event.type === 'summit');
    expect(summits.length).toBeGreaterThan(0);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(summits));
    await expect(status).toHaveText(`Showing ${summits.length} of ${record.length} events.`);
    await expect(page).toHaveURL('/?type=summit');

    await page.getByRole('checkbox', { name: /^State visit/ }).check();
    const either = record.filter((event) => event.type === 'summit' || event.type === 'state-visit');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(either));
    await expect(page).toHaveURL('/?type=state-visit&type=summit');

    // Years with nothing left to show lose their heading and their link in the years menu.
    const emptyYear = record
      .map((event) => yearOf(event.date))
      .find((year) => !either.some((e) => yearOf(e.date) === year))!;
    await expect(page.getByRole('heading', { name: String(emptyYear), level: 2 })).toBeHidden();
    await expect(
      page.getByRole('navigation', { name: 'Years' }).getByRole('link', { name: String(emptyYear) }),
    ).toBeHidden();
  });

  test('across facets: AND, with every count saying what its option would give', async ({ page, timeline, record }) => {
    await page.goto('/?direction=dprk-to-china&level=leader');
    const expected = record.filter((event) => event.direction === 'dprk-to-china' && event.level === 'leader');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(expected));
    expect(expected.length).toBeGreaterThan(0);

    const filters = page.getByRole('search', { name: 'Filter the timeline' });
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
      const boxes = filters.getByRole('group', { name: group }).getByRole('checkbox');
      for (const box of await boxes.all()) {
        const value = await box.getAttribute('value');
        const label = box.locator('xpath=..');
        await expect(label.locator('.count'), `${group} ${value}`).toHaveText(String(count(value!)));
        if (count(value!) === 0) await expect(label.locator('xpath=..')).toHaveAttribute('data-none', '');
      }
    }
  });

  test('by person: the finder narrows the choices, and choosing one shows their events', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto();
    const people = page.getByRole('group', { name: 'Person' });
    await people.getByRole('searchbox', { name: 'Find a person' }).fill('wang y');
    await expect(people.getByRole('checkbox', { name: /^Wang Yi/ })).toBeVisible();
    await expect(people.getByRole('checkbox', { name: /^Kim Jong Un/ })).toBeHidden();
    await people.getByRole('checkbox', { name: /^Wang Yi/ }).check();
    const expected = record.filter(withPerson('wang-yi'));
    expect(expected.length).toBeGreaterThan(0);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(expected));
    await expect(page).toHaveURL('/?person=wang-yi');
    await expect(page.getByRole('button', { name: 'Remove filter Person: Wang Yi' })).toBeVisible();
  });

  test('by years: events overlapping the range, bounds included', async ({ page, timeline, record }) => {
    await timeline.goto();
    await page.getByRole('combobox', { name: 'From' }).selectOption('2018');
    await page.getByRole('combobox', { name: 'To' }).selectOption('2019');
    const expected = record.filter((event) => yearOf(event.end ?? event.date) >= 2018 && yearOf(event.date) <= 2019);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(expected));
    await expect(page).toHaveURL('/?from=2018&to=2019');
  });

  test('by words, as typed: case, accents, full-width letters, Chinese and Korean', async ({
    page,
    timeline,
    record,
  }) => {
    await timeline.goto();
    const search = page.getByRole('searchbox', { name: 'Search' });
    // Search reads the title, summary, place and occasion, as well as people's names.
    const dalian = record.filter((event) =>
      /dalian/i.test([event.title, event.summary, event.location, event.occasion].join(' ')),
    );
    expect(dalian.length).toBeGreaterThan(0);
    for (const typed of ['dalian', 'DALIAN', 'Ｄａｌｉａｎ']) {
      await search.fill(typed);
      await expect.poll(() => timeline.visibleIds(), typed).toEqual(ids(dalian));
    }
    // Names in their own scripts find every event the person took part in; other spellings find the same
    // as the usual one, which also finds events whose text merely mentions the person.
    const took = ids(record.filter(withPerson('kim-jong-un')));
    for (const typed of ['金正恩', '김정은', 'Kim Jong-eun']) {
      await search.fill(typed);
      await expect.poll(() => timeline.visibleIds(), typed).toEqual(took);
    }
    await search.fill('kim jong un');
    const named = await timeline.visibleIds();
    expect(named).toEqual(expect.arrayContaining(took));
    for (const typed of ['Kim Jong-un', 'KIM JONG UN']) {
      await search.fill(typed);
      await expect.poll(() => timeline.visibleIds(), typed).toEqual(named);
    }
  });

  test('updates as the reader types, but announces the result once typing pauses', async ({ page }) => {
    await page.goto('/');
    const status = page.getByRole('status');
    await expect(status).toHaveText(/^Showing all/);
    await status.evaluate((element) => {
      (window as unknown as { changes: number }).changes = 0;
      new MutationObserver(() => (window as unknown as { changes: number }).changes++).observe(element, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('pyongyang', { delay: 40 });
    await expect(status).toHaveText(/^Showing \d+ of \d+ events\.$/);
    expect(await page.evaluate(() => (window as unknown as { changes: number }).changes)).toBe(1);
  });
});

test.describe('the URL holds the view', () => {
  test('opening a shared link shows that view, and a change survives a reload', async ({ page, timeline, record }) => {
    await page.goto(
      '/?type=summit&type=official-visit&direction=dprk-to-china&level=leader&person=kim-jong-un&from=2018&to=2019&q=beijing',
    );
    await expect(page.getByRole('checkbox', { name: /^Summit/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Official visit/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^North Korea to China/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Top leader/ })).toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Kim Jong Un/ })).toBeChecked();
    await expect(page.getByRole('combobox', { name: 'From' })).toHaveValue('2018');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('beijing');
    const visible = await timeline.visibleIds();
    expect(visible.length).toBeGreaterThan(0);
    for (const id of visible) {
      const event = record.find((candidate) => candidate.id === id)!;
      expect(['summit', 'official-visit']).toContain(event.type);
      expect(withPerson('kim-jong-un')(event)).toBe(true);
    }

    await page.getByRole('checkbox', { name: /^Summit/ }).uncheck();
    await expect(page).toHaveURL(
      '/?type=official-visit&direction=dprk-to-china&level=leader&person=kim-jong-un&from=2018&to=2019&q=beijing',
    );
    await page.reload();
    await expect(page.getByRole('checkbox', { name: /^Summit/ })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: /^Official visit/ })).toBeChecked();
  });

  test('ignores unknown and malformed parameters', async ({ page, timeline, record }) => {
    await page.goto('/?type=parade&type=summit&level=&from=19x9&to=1800&person=nobody&order=sideways&utm_source=x');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record.filter((event) => event.type === 'summit')));
    await expect(page).toHaveURL('/?type=summit');
  });

  test('Back and Forward step through changes, one step for a whole word typed', async ({ page, timeline }) => {
    await timeline.goto();
    await page.getByRole('checkbox', { name: /^Summit/ }).check();
    await page.getByRole('checkbox', { name: /^Top leader/ }).check();
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('kim');
    await expect(page).toHaveURL('/?type=summit&level=leader&q=kim');
    await page.goBack();
    await expect(page).toHaveURL('/?type=summit&level=leader');
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    await page.goBack();
    await expect(page).toHaveURL('/?type=summit');
    await expect(page.getByRole('checkbox', { name: /^Top leader/ })).not.toBeChecked();
    await page.goForward();
    await expect(page.getByRole('checkbox', { name: /^Top leader/ })).toBeChecked();
    await page.goForward();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('kim');
  });
});

test.describe('feedback', () => {
  test('chips remove one filter each, and Clear all resets', async ({ page, timeline, record }) => {
    await page.goto('/?type=summit&level=leader&from=2018');
    const chips = page.getByRole('list', { name: 'Active filters' }).getByRole('button');
    await expect(chips).toHaveText(['Type: Summit ×', 'Level: Top leader ×', 'From 2018 ×']);
    await page.getByRole('button', { name: 'Remove filter Level: Top leader' }).click();
    await expect(chips).toHaveText(['Type: Summit ×', 'From 2018 ×']);
    // Focus moves to the chip that took the removed one's place.
    await expect(page.getByRole('button', { name: 'Remove filter From 2018' })).toBeFocused();
    await expect(page).toHaveURL('/?type=summit&from=2018');
    await page.getByRole('button', { name: 'Clear all', exact: true }).click();
    await expect(page).toHaveURL('/');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record));
    await expect(page.getByRole('list', { name: 'Active filters' })).toBeHidden();
    await expect(page.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  });

  test('an empty result says so and offers to clear', async ({ page, timeline, record }) => {
    await page.goto('/?q=no+such+thing+anywhere');
    await expect(page.getByText('No events match these filters.', { exact: true })).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(`No events match these filters. ${record.length} in all.`);
    expect(await timeline.visibleIds()).toEqual([]);
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record));
    await expect(page.getByText('No events match these filters.', { exact: true })).toBeHidden();
  });

  test('the order control puts the newest first, and back', async ({ page, timeline, record }) => {
    await timeline.goto();
    const order = page.getByRole('combobox', { name: 'Order' });
    await order.selectOption({ label: 'Newest first' });
    await expect(page).toHaveURL('/?order=newest');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record).reverse());
    const headings = page.locator('section[data-year] h2');
    await expect(headings.first()).toHaveText(record.at(-1)!.date.slice(0, 4));
    await page.reload();
    await expect(order).toHaveValue('newest');
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record).reverse());
    await order.selectOption({ label: 'Oldest first' });
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(record));
    await expect(page).toHaveURL('/');
  });
});

test.describe('keyboard and screens', () => {
  test('every control is reached with Tab and used with the keyboard; focus stays put', async ({ page, timeline }) => {
    await timeline.goto();
    await page.getByRole('searchbox', { name: 'Search' }).focus();
    await page.keyboard.type('visit');
    await page.keyboard.press('Tab'); // past the search box to the first type option
    const first = page.getByRole('group', { name: 'Type' }).getByRole('checkbox').first();
    await expect(first).toBeFocused();
    const outline = await first.evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Space');
    await expect(first).toBeChecked();
    await expect(first).toBeFocused();
    await expect(page).toHaveURL(/type=/);
    // Onwards through every option to the year fields and the order control.
    const from = page.getByRole('combobox', { name: 'From' });
    for (
      let presses = 0;
      presses < 200 && !(await from.evaluate((element) => element === document.activeElement));
      presses++
    ) {
      await page.keyboard.press('Tab');
    }
    await expect(from).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(page).toHaveURL(/from=\d{4}/);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Order' })).toBeFocused();
  });

  test('on a phone, and at 200% zoom, the filters fold behind a button', async ({ page, timeline, record }) => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 640, height: 400 },
    ]) {
      await page.setViewportSize(viewport);
      await timeline.goto();
      const toggle = page.getByRole('button', { name: /^Filters/ });
      await expect(toggle).toHaveAttribute('aria-expanded', 'false');
      await expect(page.getByRole('group', { name: 'Type' })).toBeHidden();
      await expect(page.getByRole('searchbox', { name: 'Search' })).toBeVisible();
      await toggle.click();
      await expect(toggle).toHaveAttribute('aria-expanded', 'true');
      await page.getByRole('checkbox', { name: /^Summit/ }).check();
      await expect(toggle).toHaveText('Filters (1)');
      await expect.poll(() => timeline.visibleIds()).toEqual(ids(record.filter((event) => event.type === 'summit')));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no sideways scrolling').toBeLessThanOrEqual(0);
    }
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`has no accessibility violations with filters, chips and empty options (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto('/?direction=dprk-to-china&level=leader&q=kim');
      await expect(page.getByRole('list', { name: 'Active filters' })).toBeVisible();
      expect(await accessibilityViolations(page)).toEqual([]);
    });
  }

  test('has no accessibility violations on a phone with the filters open', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/?q=no+such+thing+anywhere');
    await page.getByRole('button', { name: /^Filters/ }).click();
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
    await page.goto('/?type=summit&order=newest');
    expect(await timeline.visibleIds()).toEqual(ids(record));
    await expect(page.getByRole('search')).toBeHidden();
    await expect(page.getByRole('combobox')).toHaveCount(0);
    await expect(page.getByRole('button')).toHaveCount(0);
    await expect(page.getByRole('status')).toBeHidden();
  });
});
