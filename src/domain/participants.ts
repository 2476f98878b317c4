import type { Registry, ResolvedParticipant } from './registry.ts';
import type { TimelineEvent } from './ordering.ts';

/**
 * An event with its participants resolved against the registry, once, where the data is prepared: what
 * pages, exports and the filter read, so none of them needs the registry to name a participant.
 */
export interface RecordEvent extends TimelineEvent {
  participants: readonly ResolvedParticipant[];
}

/** `event` with its participants resolved; every other property (a collection entry's `rendered`…) is kept. */
export function withParticipants<T extends TimelineEvent>(event: T, registry: Registry): T & RecordEvent {
  return { ...event, participants: event.data.participants.map((written) => registry.resolve(written)) };
}

/**
 * For each registry person, the events they took part in, in timeline order, with the role the event gives
 * them and whether they led the travelling side.
 */
export function eventsByPerson<T extends RecordEvent>(
  sorted: readonly T[],
): Map<string, { event: T; role: string | undefined; lead: boolean }[]> {
  const byPerson = new Map<string, { event: T; role: string | undefined; lead: boolean }[]>();
  for (const event of sorted) {
    const seen = new Set<string>();
    for (const { person, role, lead } of event.participants) {
      if (!person || seen.has(person.id)) continue;
      seen.add(person.id);
      const events = byPerson.get(person.id) ?? [];
      events.push({ event, role, lead });
      byPerson.set(person.id, events);
    }
  }
  return byPerson;
}
