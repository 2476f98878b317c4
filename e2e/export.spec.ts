import { expect, test } from './fixtures.ts';

test('the data export lists every event in timeline order with every field', async ({ request, timeline }) => {
  const response = await request.get('/events.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const { events } = await response.json();
  expect(events.length).toBeGreaterThan(50);
  // The same events, in the same order, as the timeline lists them.
  await timeline.goto();
  await expect.poll(() => timeline.visibleIds()).toEqual(events.map((event: { id: string }) => event.id));
  const byId = (id: string) => events.find((event: { id: string }) => event.id === id);
  expect(byId('2023-07-26-li-hongzhong-armistice-70th')).toMatchObject({
    date: '2023-07-26',
    end: null,
    type: 'delegation',
    direction: 'china-to-dprk',
    level: 'politburo',
  });
  const liQiang = byId('2025-10-09-li-qiang-wpk-80th');
  expect(liQiang).toMatchObject({
    date: '2025-10-09',
    end: '2025-10-11',
    level: 'head-of-government',
    location: 'Pyongyang and Anju',
    url: '/events/2025-10-09-li-qiang-wpk-80th/',
  });
  expect(Object.keys(liQiang)).toEqual([
    'id',
    'title',
    'date',
    'end',
    'type',
    'direction',
    'level',
    'location',
    'places',
    'occasion',
    'participants',
    'summary',
    'sources',
    'tags',
    'accounts',
    'added',
    'corrections',
    'related',
    'url',
  ]);
  expect(liQiang.participants[0]).toEqual({
    person: 'li-qiang',
    wikidata: null,
    name: 'Li Qiang',
    side: 'china',
    role: 'Premier of the State Council; Member of the Standing Committee of the CPC Politburo',
    lead: true,
  });
  expect(liQiang.sources[0]).toMatchObject({
    publisher: "People's Daily Online (Xinhua)",
    published: '2025-10-07',
    side: 'china',
  });
});
