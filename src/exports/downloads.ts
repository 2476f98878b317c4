import type { RecordEvent } from '../domain/participants.ts';
import { eventsJson } from './events-json.ts';

/** One file the /data/ page offers, measured from the very text its endpoint serves. */
export interface Download {
  id: string;
  /** Site path, without the base, e.g. `/events.csv`. */
  path: string;
  title: string;
  description: string;
  mediaType: string;
  bytes: number;
  /** Data rows (not counting a header), where the file is a table or a list. */
  rows?: number | undefined;
  /** For a table: each column and what it holds, for the codebook. */
  columns?: readonly { name: string; description: string }[];
  /** A rule of the file worth stating in the codebook. */
  note?: string;
}

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** Every download, in the order the /data/ page lists them. */
export async function downloads(events: readonly RecordEvent[], site: URL | undefined): Promise<Download[]> {
  return [
    {
      id: 'events-json',
      path: '/events.json',
      title: 'All events as JSON',
      description: 'Every event with every field, participants and sources nested, dates as written.',
      mediaType: 'application/json',
      bytes: bytesOf(eventsJson(events, site)),
      rows: events.length,
    },
  ];
}
