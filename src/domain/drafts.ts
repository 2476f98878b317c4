/**
 * Drafts (`draft: true`) are built only by `astro dev`, where they are shown marked as drafts; they never
 * change what a published event says. Precedent lines ("First … since") and counts come from published
 * events alone; a draft gets the line it would have if it alone were published.
 */
import { findPrecedents, type Precedent } from './precedents.ts';
import type { RecordEvent } from './participants.ts';

const isDraft = (event: { data: { draft?: boolean | undefined } }) => event.data.draft === true;

/** The published events, in the order given. */
export const publishedOnly = <T extends { data: { draft?: boolean | undefined } }>(events: readonly T[]): T[] =>
  events.filter((event) => !isDraft(event));

/**
 * The precedent of every event, as `findPrecedents` gives it, but from published events only: a draft is never
 * another event's precedent, and each draft's own line is worked out as if it alone were published.
 * `sorted` must be in timeline order.
 */
export function recordPrecedents<T extends RecordEvent>(sorted: readonly T[]): Map<string, Precedent<T>> {
  const result = findPrecedents(publishedOnly(sorted));
  for (const draft of sorted.filter(isDraft)) {
    const precedent = findPrecedents(sorted.filter((event) => event === draft || !isDraft(event))).get(draft.id);
    if (precedent) result.set(draft.id, precedent);
  }
  return result;
}
