/** The words that mark a draft wherever one is shown: import-free, so the chart's browser script can use them. */

/** The mark itself. */
export const DRAFT_LABEL = 'Draft';

/** What the mark says to a reader (its title, and the event page's line). */
export const DRAFT_EXPLANATION = 'A draft: shown only while developing the site (npm run dev), never published.';

/** "+2 drafts": drafts shown beside a count that leaves them out. */
export const draftsBeside = (count: number) => `+${count} ${count === 1 ? 'draft' : 'drafts'}`;
