import { expect, test } from './fixtures.ts';

test('the data export lists every event in timeline order with every field', async ({ request }) => {
  const response = await request.get('/events.json');
  expect(response.ok()).toBe(true);
  expect(response.headers()['content-type']).toContain('application/json');
  const { events } = await response.json();
  expect(events.map((event: { id: string }) => event.id)).toEqual([
    '2023-07-26-li-hongzhong-armistice-70th',
    '2025-10-09-li-qiang-wpk-80th',
  ]);
  expect(events[0]).toMatchObject({
    date: '2023-07-26',
    end: null,
    type: 'delegation',
    direction: 'china-to-dprk',
    level: 'politburo',
  });
  expect(events[1]).toMatchObject({
    date: '2025-10-09',
    end: '2025-10-11',
    level: 'head-of-government',
    location: 'Pyongyang and Anju',
    url: '/events/2025-10-09-li-qiang-wpk-80th/',
  });
  expect(Object.keys(events[1])).toEqual([
    'id',
    'title',
    'date',
    'end',
    'type',
    'direction',
    'level',
    'location',
    'occasion',
    'participants',
    'summary',
    'sources',
    'tags',
    'url',
  ]);
  expect(events[1].participants[0]).toEqual({
    name: 'Li Qiang',
    side: 'china',
    role: 'Premier of the State Council; Member of the Standing Committee of the CPC Politburo',
  });
  expect(events[1].sources[0]).toMatchObject({
    publisher: "People's Daily Online (Xinhua)",
    published: '2025-10-07',
    side: 'china',
  });
});
