import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { EventData } from '../src/domain/schema.ts';
import type { TimelineEvent } from '../src/domain/ordering.ts';
import { withParticipants, type RecordEvent } from '../src/domain/participants.ts';
import { Registry } from '../src/domain/registry.ts';

/** Front matter of a valid event; tests change one thing at a time. */
export const VALID = `title: Premier visits Pyongyang
date: 2025-10-09
end: 2025-10-11
type: official-visit
direction: china-to-dprk
level: head-of-government
summary: The premier attended the anniversary.
sources:
  - title: Premier arrives
    publisher: Xinhua
    url: https://example.org/premier
    published: 2025-10-09
    side: china`;

/** A whole event file from front matter text and a body. */
export const eventFile = (frontMatter: string, body = 'The premier arrived.\n') =>
  `---\n${frontMatter}\n---\n\n${body}`;

/** `VALID` with one field's line replaced (or removed when `line` is empty). */
export function withField(field: string, line: string): string {
  const lines = VALID.split('\n');
  const index = lines.findIndex((text) => text.startsWith(`${field}:`));
  if (index === -1) return `${VALID}\n${line}`;
  lines.splice(index, 1, ...(line ? [line] : []));
  return lines.join('\n');
}

/** A fresh folder holding the given files (name → text). */
export async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'events-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, name)), { recursive: true });
    await writeFile(path.join(dir, name), text);
  }
  return dir;
}

/** An event as the loader stores it, with every field valid; tests override what they check. */
export const event = (data: Partial<EventData>, id = 'event'): TimelineEvent => ({
  id,
  data: {
    title: id,
    date: '2025-10-09',
    type: 'message',
    direction: 'mutual',
    participants: [],
    places: [],
    summary: 'Summary.',
    sources: [{ title: 'Report', publisher: 'Xinhua' }],
    tags: [],
    draft: false,
    formerIds: [],
    corrections: [],
    related: [],
    ...data,
  },
});

/** `event`, with its participants resolved against `registry` as the site prepares every event. */
export const recordEvent = (data: Partial<EventData>, id = 'event', registry = new Registry([])): RecordEvent =>
  withParticipants(event(data, id), registry);
