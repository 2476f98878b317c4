/**
 * The notice `<timeline-filter>` sends after the list changes, so anything that follows the filter (the
 * chart, a map, a search page) learns which events are shown without knowing how the filter works.
 *
 * It is a `CustomEvent` named `SHOWN_EVENTS` (`timeline:shown`), dispatched on the `<timeline-filter>`
 * element once it is ready and after every change; it bubbles, so a follower anywhere on the page listens
 * on `document`. A follower that connects later reads the last notice from the element's `shown` property.
 *
 * ```ts
 * document.addEventListener(SHOWN_EVENTS, (event) => highlight((event as ShownEventsNotice).detail.ids));
 * ```
 */
import type { Filterable } from './model.ts';

export const SHOWN_EVENTS = 'timeline:shown';

/** What the notice carries. */
export interface ShownEvents {
  /** The ids of the events shown (each event's page is `/events/<id>/`), oldest first whatever the order shown. */
  ids: readonly string[];
  /** What the filter knows of each of them, in the same order as `ids`: type, direction, level, years, people. */
  events: readonly Filterable[];
  /** The years the reader chose, or the record's first and last where they chose none. */
  years: { from: number; to: number };
  /** The query string that opens this view of the timeline (`type=summit&from=2018`), to link back to it. */
  query: string;
  /** How many events the record holds in all. */
  total: number;
}

export type ShownEventsNotice = CustomEvent<ShownEvents>;

/** The notice for `detail`, ready to dispatch. */
export const shownEventsNotice = (detail: ShownEvents): ShownEventsNotice =>
  new CustomEvent(SHOWN_EVENTS, { detail, bubbles: true });
