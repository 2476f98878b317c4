/**
 * "Download the events shown": the published `/events.json`, cut down to the events the filter shows, in
 * the order shown, as JSON in the same shape or as `events.csv` rows written by the build's own CSV code.
 * Loaded only when a reader asks, so the timeline's first load does not carry the CSV writer.
 */
import { precisionOf } from '../domain/vocabulary.ts';
import { tableCsv, type PreparedEvent } from '../exports/csv.ts';
import type { exportEvent } from '../exports/events-json.ts';

/** One event as `/events.json` publishes it. */
type PublishedEvent = ReturnType<typeof exportEvent>;

const given = <T>(value: T | null) => value ?? undefined;

/** What the CSV rows need, from the published event; the events table needs no office, so none is looked up. */
function prepared(event: PublishedEvent): PreparedEvent {
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    datePrecision: precisionOf(event.date),
    end: given(event.end),
    endPrecision: event.end === null ? undefined : precisionOf(event.end),
    type: event.type,
    direction: event.direction,
    level: given(event.level),
    location: given(event.location),
    occasion: given(event.occasion),
    participants: event.participants.map((participant) => ({
      name: participant.name,
      personId: given(participant.person),
      wikidata: given(participant.wikidata),
      side: participant.side,
      office: given(participant.role),
      lead: participant.lead,
    })),
    summary: event.summary,
    sources: event.sources.map((source) => ({
      title: source.title,
      publisher: source.publisher,
      url: given(source.url),
      published: given(source.published),
      side: given(source.side),
      accessed: given(source.accessed),
      archived: given(source.archived),
    })),
    tags: event.tags,
    added: given(event.added),
    url: event.url,
  };
}

/** The file for the events `ids`, in that order, read from the published record at `source`. */
export async function shownEventsFile(source: string, ids: readonly string[], format: 'csv' | 'json'): Promise<Blob> {
  const response = await fetch(source);
  if (!response.ok) throw new Error(`${source} answered ${response.status}`);
  const { events } = (await response.json()) as { events: PublishedEvent[] };
  const byId = new Map(events.map((event) => [event.id, event]));
  const shown = ids.map((id) => byId.get(id)).filter((event): event is PublishedEvent => event !== undefined);
  return format === 'csv'
    ? new Blob([tableCsv('events', shown.map(prepared))], { type: 'text/csv;charset=utf-8' })
    : new Blob([`${JSON.stringify({ events: shown }, null, 2)}\n`], { type: 'application/json' });
}
