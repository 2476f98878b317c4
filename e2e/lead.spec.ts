import { expect, test, type ExportedEvent } from './fixtures.ts';

// Expectations are computed from /events.json, where each participant says whether they led.
const ledBy = (id: string) => (event: ExportedEvent) =>
  event.participants.some((participant) => participant.person === id && participant.lead);
const names = (id: string) => (event: ExportedEvent) =>
  event.participants.some((participant) => participant.person === id);
const ids = (events: readonly ExportedEvent[]) => events.map((event) => event.id);

test.describe('who travelled: the travelling-lead facet', () => {
  test('gives Kim Jong Un’s own trips to China, not every event that names him', async ({ page, timeline, record }) => {
    await timeline.goto('lead=kim-jong-un&direction=dprk-to-china');
    const trips = record.filter((event) => event.direction === 'dprk-to-china' && ledBy('kim-jong-un')(event));
    expect(trips).toHaveLength(5);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(trips));
    await expect(timeline.status).toHaveText(`Showing 5 of ${record.length} events.`);
    await expect(timeline.checkbox('Kim Jong Un', 'Travelling lead')).toBeChecked();
    await expect(timeline.checkbox('Kim Jong Un', 'Named')).not.toBeChecked();
    await expect(timeline.removeFilter('Travelling lead: Kim Jong Un')).toBeVisible();

    // "Named" answers a different question: every event he was part of, his trips among them.
    await timeline.checkbox('Kim Jong Un', 'Travelling lead').uncheck();
    await timeline.checkbox('Kim Jong Un', 'Named').check();
    await expect(page).toHaveURL('/?direction=dprk-to-china&person=kim-jong-un');
    const named = record.filter((event) => event.direction === 'dprk-to-china' && names('kim-jong-un')(event));
    expect(named.length).toBeGreaterThan(trips.length);
    await expect.poll(() => timeline.visibleIds()).toEqual(ids(named));
  });

  test('counts beside each lead what choosing them would show, as /events.json has it', async ({ timeline, record }) => {
    test.slow(); // one count per lead
    await timeline.goto('direction=dprk-to-china');
    const options = await timeline.options('Travelling lead');
    expect(options.length).toBeGreaterThan(5);
    for (const option of options) {
      const id = await option.value();
      const count = record.filter((event) => event.direction === 'dprk-to-china' && ledBy(id)(event)).length;
      await expect(option.count, id).toHaveText(String(count));
    }
    // Everyone listed led at least one event of the record.
    for (const option of options) {
      const id = await option.value();
      expect(record.some(ledBy(id)), id).toBe(true);
    }
  });

  test('a person’s page marks the events they led and links to just those', async ({ page, record }) => {
    await page.goto('/people/kim-jong-un/');
    const led = record.filter(ledBy('kim-jong-un'));
    const events = page.getByRole('region', { name: 'Events' }).getByRole('list').first().getByRole('listitem');
    const marked = events.filter({ hasText: 'Led the travelling side' });
    await expect(marked).toHaveCount(led.length);
    await expect(marked.getByRole('link')).toHaveText(led.map((event) => event.title));
    await expect(page.getByText(`Led the travelling side in ${led.length} of these`)).toBeVisible();
    await page.getByRole('link', { name: 'Show only the trips Kim Jong Un led' }).click();
    await expect(page).toHaveURL('/?lead=kim-jong-un');
  });
});
