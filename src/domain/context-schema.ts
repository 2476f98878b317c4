/**
 * The context collection's schema (`content/context/*.yaml`): the world around the relationship, kept apart
 * from the record. A context item is never an exchange between the two governments, so nothing that counts
 * or compares exchanges (the filter, the chart's counts, the precedent lines, the exports of events) reads it.
 */
import { z } from 'astro/zod';
import { DATE_FORMS, dateProblem, endsOnOrAfter } from './dates.ts';
import { calendarDate, httpUrl, text } from './schema.ts';
import { CHINA_VOTES, CONTEXT_KINDS } from './vocabulary.ts';

const contextSourceSchema = z.strictObject({
  title: text().describe('The title of the page or document.'),
  publisher: text().describe('Who published it, e.g. `United Nations`, `CTBTO`.'),
  url: httpUrl.describe('Where to read it; http or https only.'),
  published: calendarDate.optional().describe('When it was published (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).'),
});

/** One context item: what happened, when, what kind of thing it was, and where that is written. */
export const contextSchema = z
  .strictObject({
    title: text(160)
      .refine((value) => !/[\r\n]/.test(value), 'must be one line')
      .describe('Plain-text headline, at most 160 characters.'),
    date: calendarDate.describe('The day, month or year it happened (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).'),
    end: calendarDate.optional().describe('The last day, for a summit of several days; not before `date`.'),
    kind: z.enum(CONTEXT_KINDS).describe('What kind of event it was.'),
    summary: text(300).describe('What happened, in your own words; at most 300 characters.'),
    resolution: text(40)
      .optional()
      .describe('For a Security Council decision: the document, e.g. `Resolution 1718 (2006)` or `S/2022/431`.'),
    chinaVote: z
      .enum(CHINA_VOTES)
      .optional()
      .describe("For a Security Council decision: China's vote, as the meeting record gives it. Required for that kind only."),
    sources: z
      .array(contextSourceSchema)
      .min(1, 'has no entries')
      .describe('Where the facts come from; at least one, each with its address.'),
    added: calendarDate.optional().describe('When the item entered the collection (`YYYY-MM-DD`).'),
  })
  .superRefine(
    (item, ctx) => {
      const valid = (value: unknown): value is string => typeof value === 'string' && !dateProblem(value);
      if (valid(item.date) && valid(item.end) && !endsOnOrAfter(item.date, item.end)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `is before date "${item.date}"` });
      }
      const council = item.kind === 'un-security-council';
      if (council && item.chinaVote === undefined) {
        ctx.addIssue({ code: 'custom', path: ['chinaVote'], message: 'is required for kind "un-security-council"' });
      }
      if (!council && item.kind !== undefined && (item.chinaVote !== undefined || item.resolution !== undefined)) {
        ctx.addIssue({
          code: 'custom',
          path: [item.chinaVote !== undefined ? 'chinaVote' : 'resolution'],
          message: 'is only for kind "un-security-council"',
        });
      }
    },
    { when: () => true },
  );

export type ContextData = z.infer<typeof contextSchema>;

/** What each field allows, quoted after every problem with it. */
export const CONTEXT_HELP: Record<string, string> = {
  title: 'plain text on one line, at most 160 characters',
  date: DATE_FORMS,
  end: `${DATE_FORMS}; not before date`,
  kind: `one of ${CONTEXT_KINDS.join(', ')}`,
  summary: 'plain text in your own words, at most 300 characters',
  resolution: 'plain text, at most 40 characters, e.g. Resolution 1718 (2006)',
  chinaVote: `one of ${CHINA_VOTES.join(', ')}, for kind un-security-council only`,
  sources: 'a list of at least one { title, publisher, url, published }',
  'sources.title': 'plain text',
  'sources.publisher': 'plain text',
  'sources.url': 'an address starting with http:// or https://',
  'sources.published': DATE_FORMS,
  added: `the day the item entered the collection; ${DATE_FORMS}`,
};

export const CONTEXT_FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(contextSchema.shape),
  sources: Object.keys(contextSourceSchema.shape),
};
