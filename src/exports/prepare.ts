import { precisionOf } from '../domain/dates.ts';
import { officeAtTheTime } from '../domain/offices.ts';
import type { RecordEvent } from '../domain/participants.ts';
import type { PreparedEvent } from './csv.ts';

/**
 * Build side of the CSV tables: works out what needs dates and the registry (precision, each participant's
 * office at the time) so that `csv.ts` gets plain values. `url` is the event page's address.
 */
export function prepareEvent({ id, data, participants }: RecordEvent, url: string): PreparedEvent {
  return {
    id,
    title: data.title,
    date: data.date,
    datePrecision: precisionOf(data.date),
    end: data.end,
    endPrecision: data.end === undefined ? undefined : precisionOf(data.end),
    type: data.type,
    direction: data.direction,
    level: data.level,
    location: data.location,
    occasion: data.occasion,
    participants: participants.map((participant) => ({
      name: participant.name,
      personId: participant.person?.id,
      wikidata: participant.person?.wikidata,
      side: participant.side,
      office: officeAtTheTime(participant, data.date, data.end),
      lead: participant.lead,
    })),
    summary: data.summary,
    sources: data.sources,
    tags: data.tags,
    added: data.added,
    url,
  };
}
