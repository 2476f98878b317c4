import { dateRangeText, earliestDay, formatDate, latestDay, precisionOf } from './dates.ts';
import type { Registry } from './registry.ts';
import { LEVELS, MEETING_TYPES, type EventData, type Level, type Office, type Person } from './schema.ts';

/** Whether an office was held during an event: certainly, certainly not, or not decidable from its dates. */
export type Held = { held: 'yes' } | { held: 'no' } | { held: 'unknown'; missing: string };

/** The days an event may cover, as `YYYY-MM-DD` strings (which compare as text). */
interface Span {
  first: string;
  last: string;
}

const spanOf = (date: string, end?: string): Span => ({ first: earliestDay(date), last: latestDay(end ?? date) });

/** `President of the PRC (leader, 1988-04-08 – 1993-03-27)`: an office as messages quote it. */
function describeOffice(office: Office): string {
  const term = `${office.from ?? 'start not recorded'} – ${office.to ?? 'end not recorded'}`;
  const dates =
    office.from || office.to ? term : office.heldOn.length ? `held on ${office.heldOn.join(', ')}` : 'no dates';
  return `"${office.title}" (${office.rank ? `${office.rank}, ` : ''}${dates})`;
}

/**
 * Whether `office` was held during an event dated `date`–`end`. "Yes" needs certainty: the term surely covers
 * every day the event may fall on, or a `heldOn` date lies within the event. "No" needs the term surely to miss
 * the event. Anything else is undecidable, and `missing` says which date would decide it.
 */
export function heldDuring(office: Office, date: string, end?: string): Held {
  const event = spanOf(date, end);
  if (office.heldOn.some((day) => earliestDay(day) >= event.first && latestDay(day) <= event.last)) {
    return { held: 'yes' };
  }
  const { from, to } = office;
  const open = to === 'present';
  // Certainly out of office: the term ends before the event may begin, or starts after it may end.
  if ((to && !open && latestDay(to) < event.first) || (from && earliestDay(from) > event.last)) return { held: 'no' };
  if (from === undefined && to === undefined) {
    return {
      held: 'unknown',
      missing: office.heldOn.length
        ? `its term (from, to) is not recorded, and no heldOn date falls within the event`
        : 'it has no dates (add from and to, or heldOn)',
    };
  }
  if (from === undefined) return { held: 'unknown', missing: 'its start (from) is not recorded' };
  if (latestDay(from) > event.first) {
    const missing =
      precisionOf(from) === 'day'
        ? `it began on ${from}, after the event's first day`
        : `its start "${from}" is not precise enough to tell (give the day)`;
    return { held: 'unknown', missing };
  }
  if (to === undefined) return { held: 'unknown', missing: 'its end (to, or present) is not recorded' };
  if (!open && earliestDay(to) < event.last) {
    const missing =
      precisionOf(to) === 'day'
        ? `it ended on ${to}, before the event's last day`
        : `its end "${to}" is not precise enough to tell (give the day)`;
    return { held: 'unknown', missing };
  }
  return { held: 'yes' };
}

/** The offices `person` certainly held during an event, in registry order. */
function officesDuring(person: Person, date: string, end?: string): Office[] {
  return person.offices.filter((office) => heldDuring(office, date, end).held === 'yes');
}

const rankIndex = (level: Level) => LEVELS.indexOf(level);

/** A person's rank during an event, with the office that gives it; or why it cannot be told. */
export type RankOn = { rank: Level; office: Office } | { rank: undefined; problem: string };

/**
 * The highest rank `person` certainly held during an event. An office whose dates cannot decide it counts
 * only if it could change the answer: then the result is a problem naming the office and the missing date.
 */
export function rankOn(person: Person, date: string, end?: string): RankOn {
  const when = dateRangeText(date, end);
  let best: Office | undefined;
  const undecided: { office: Office; missing: string }[] = [];
  for (const office of person.offices) {
    if (!office.rank) continue;
    const held = heldDuring(office, date, end);
    if (held.held === 'yes' && (!best || rankIndex(office.rank) < rankIndex(best.rank!))) best = office;
    if (held.held === 'unknown') undecided.push({ office, missing: held.missing });
  }
  const deciding = undecided.filter(({ office }) => !best || rankIndex(office.rank!) < rankIndex(best.rank!));
  if (deciding.length > 0) {
    const { office, missing } = deciding[0]!;
    return {
      rank: undefined,
      problem:
        `cannot tell whether ${person.name} held ${describeOffice(office)} on ${when}: ${missing}` +
        (best ? ` (the office certainly held then, ${describeOffice(best)}, ranks lower)` : ''),
    };
  }
  if (!best) {
    const ranked = person.offices.filter((office) => office.rank);
    return {
      rank: undefined,
      problem:
        `${person.name} held no office with a rank on ${when}` +
        (ranked.length ? ` (ranked offices: ${ranked.map(describeOffice).join('; ')})` : ' (no office has a rank)') +
        '; add the office held then, with its rank and dates',
    };
  }
  return { rank: best.rank!, office: best };
}

/** Which side travels in a one-way event, or `undefined` for mutual and multilateral ones. */
export const travellerOf = (direction: EventData['direction']) =>
  direction === 'china-to-dprk' ? 'china' : direction === 'dprk-to-china' ? 'dprk' : undefined;

/** What the registry says of an event's level: the derived level, and every problem found on the way. */
export interface DerivedLevel {
  /** The level the leads' offices give, when they decide it. */
  level: Level | undefined;
  /** The leads, each with the office that gives their rank. */
  leads: { person: Person; office: Office }[];
  problems: string[];
}

/**
 * Derives an event's level from the participants marked `lead`: the highest rank any of them held on the
 * event's dates. A visit or meeting going one way must name its lead(s), on the travelling side; a written
 * `level` must agree with the derived one. Problems read as `field: what is wrong (what to do)`.
 */
export function deriveLevel(data: EventData, registry: Registry, registryFile: string): DerivedLevel {
  const problems: string[] = [];
  const leads: DerivedLevel['leads'] = [];
  const traveller = travellerOf(data.direction);
  let level: Level | undefined;
  data.participants.forEach((participant, index) => {
    if (!participant.lead) return;
    const person = registry.find(participant.name);
    if (!person) return; // Reported already as an unknown name.
    if (traveller && person.side !== traveller) {
      problems.push(
        `participants[${index}].lead: ${person.name} is on the ${person.side} side, but the event goes ${data.direction}` +
          ' (a lead is on the travelling side; mark the visitor instead)',
      );
      return;
    }
    const found = rankOn(person, data.date, data.end);
    if (found.rank === undefined) {
      problems.push(`participants[${index}].lead: ${found.problem} in ${registryFile}`);
      return;
    }
    leads.push({ person, office: found.office });
    if (!level || rankIndex(found.rank) < rankIndex(level)) level = found.rank;
  });
  const marked = data.participants.some((participant) => participant.lead);
  if (!marked && traveller && MEETING_TYPES.includes(data.type)) {
    problems.push(
      `participants: no travelling lead is marked, and type "${data.type}" going ${data.direction} needs one` +
        ` (give the ${traveller === 'china' ? 'Chinese' : 'North Korean'} lead, a person in ${registryFile},` +
        ' lead: true; co-leads each get lead: true)',
    );
  }
  if (level && data.level && data.level !== level && problems.length === 0) {
    const deciding = leads.find(({ office }) => office.rank === level)!;
    problems.push(
      `level "${data.level}" disagrees with the registry: ${deciding.person.name} held` +
        ` ${describeOffice(deciding.office)} on ${formatDate(data.date)}, which gives "${level}"` +
        ` (write level: ${level}, leave level out, or correct the offices in ${registryFile})`,
    );
  }
  return { level: problems.length === 0 ? level : undefined, leads, problems };
}

/**
 * A participant's office at the time of an event, as pages show it: the role the event file gives, or
 * else the registry's offices certainly held on the event's dates.
 */
export function officeAtTheTime(
  participant: { role?: string | undefined; person?: Person | undefined },
  date: string,
  end?: string,
): string | undefined {
  if (participant.role) return participant.role;
  if (!participant.person) return undefined;
  const offices = officesDuring(participant.person, date, end).map((office) => office.title);
  return offices.length > 0 ? offices.join('; ') : undefined;
}

/** The days an office was certainly held: the inside of its term (from the latest start to the earliest end), and each `heldOn` day. */
function certainDays(office: Office): Span[] {
  const spans: Span[] = [];
  if (office.from !== undefined && office.to !== undefined) {
    const span = {
      first: latestDay(office.from),
      last: office.to === 'present' ? '9999-12-31' : earliestDay(office.to),
    };
    if (span.first <= span.last) spans.push(span);
  }
  for (const day of office.heldOn) if (precisionOf(day) === 'day') spans.push({ first: day, last: day });
  return spans;
}

/** The first day two offices were both certainly held, if there is one. */
function sharedDay(a: Office, b: Office): string | undefined {
  const days = certainDays(a).flatMap((one) =>
    certainDays(b).flatMap((other) => {
      const first = one.first > other.first ? one.first : other.first;
      return first <= (one.last < other.last ? one.last : other.last) ? [first] : [];
    }),
  );
  return days.sort()[0];
}

/**
 * The same office listed twice for one person, held at the same time with different ranks: the registry
 * contradicts itself, and the higher rank would quietly decide levels. Different offices held at once with
 * different ranks are normal (a General Secretary also sits on the Standing Committee): the highest counts.
 */
export function officeContradictions(person: Person): string[] {
  const problems: string[] = [];
  const titleKey = (office: Office) => office.title.toLowerCase().replace(/\s+/g, ' ');
  person.offices.forEach((office, index) => {
    person.offices.slice(0, index).forEach((earlier, earlierIndex) => {
      if (titleKey(earlier) !== titleKey(office) || earlier.rank === office.rank) return;
      const day = sharedDay(earlier, office);
      if (day === undefined) return;
      problems.push(
        `offices[${earlierIndex}] ${describeOffice(earlier)} and offices[${index}] ${describeOffice(office)} are the same office held at the same time (on ${formatDate(day)} at least) with different ranks (give the office one rank, or correct the dates)`,
      );
    });
  });
  return problems;
}
