import type { RecordEvent } from '../domain/participants.ts';
import { eventPath } from '../site/paths.ts';

/** One event as `/events.json` publishes it: every field, dates as written, `null` for what is absent. */
export function exportEvent({ id, data, participants }: RecordEvent, url: string) {
  return {
    id,
    title: data.title,
    date: data.date,
    end: data.end ?? null,
    type: data.type,
    direction: data.direction,
    level: data.level ?? null,
    location: data.location ?? null,
    places: data.places,
    occasion: data.occasion ?? null,
    participants: participants.map(({ name, side, role, person, lead }) => ({
      person: person?.id ?? null,
      wikidata: person?.wikidata ?? null,
      name,
      side,
      role: role ?? null,
      lead,
    })),
    summary: data.summary,
    sources: data.sources.map(({ title, publisher, url: link, published, side, accessed, archived }) => ({
      title,
      publisher,
      url: link ?? null,
      published: published ?? null,
      side: side ?? null,
      accessed: accessed ?? null,
      archived: archived ?? null,
    })),
    tags: data.tags,
    accounts: data.accounts ?? null,
    added: data.added ?? null,
    corrections: data.corrections.map(({ date, note }) => ({ date, note })),
    related: data.related.map(({ id, note }) => ({ id, note: note ?? null })),
    url,
  };
}

/** The body of `/events.json`: the whole record in timeline order; links are absolute when `site` is known. */
export function eventsJson(events: readonly RecordEvent[], site: URL | undefined): string {
  const exported = events.map((event) => {
    const path = eventPath(event.id);
    return exportEvent(event, site ? new URL(path, site).href : path);
  });
  return `${JSON.stringify({ events: exported }, null, 2)}\n`;
}
