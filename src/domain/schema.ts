import { z } from 'astro/zod';
import { FORBIDDEN_CHARACTER_HELP, forbiddenCharacter } from '../text/characters.ts';
import { DATE_FORMS, dateProblem, endsOnOrAfter, isBefore } from './dates.ts';
import { COUNTRIES, DIRECTIONS, EVENT_TYPES, LEVELS, MEETING_TYPES, PHRASE_LANGS, SIDES } from './vocabulary.ts';

export { DIRECTIONS, EVENT_TYPES, LEVELS, MEETING_TYPES } from './vocabulary.ts';
export type { Direction, EventType, Level, Side } from './vocabulary.ts';

const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A Wikidata item id: `Q` and a number without leading zeros. */
const WIKIDATA_PATTERN = /^Q[1-9][0-9]*$/;
/** An event's id and address: its file name, lowercase words joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Refuses a control character, lone surrogate or noncharacter, naming it and where it is. */
function printable(value: string, ctx: z.core.$RefinementCtx<string>) {
  const found = forbiddenCharacter(value);
  if (found) {
    ctx.addIssue({
      code: 'custom',
      message: `contains ${found.description} at character ${found.position}; ${FORBIDDEN_CHARACTER_HELP}`,
    });
  }
}

/** Non-empty text, trimmed, holding only characters pages and feeds can show, optionally capped in length. */
export const text = (max?: number) => {
  const trimmed = z.string().trim().min(1, 'is empty').superRefine(printable);
  return max === undefined ? trimmed : trimmed.max(max, `is longer than ${max} characters`);
};

/**
 * A calendar date as written. It is text: content files are read with a YAML schema that keeps `1961` as
 * text, and a number (which YAML's core schema would make of `0x7B9` or `+1961`) is refused.
 */
export const calendarDate = z
  .string()
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  // Named for the codebook and the data package, which describe fields from this schema.
  .meta({ format: 'calendar-date', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' });

/** A calendar day, `YYYY-MM-DD`: for what happened on one known day (a correction, a reading). */
const calendarDay = z
  .string()
  .superRefine((value, ctx) => {
    const problem = /^\d{4}-\d{2}-\d{2}$/.test(value) ? dateProblem(value) : 'is not a day';
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ format: 'calendar-day', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

/**
 * An http or https address, written as browsers and every export will read it. A space, tab, line break or
 * control character would be dropped or encoded by a browser but written raw into pages, JSON and CSV, and a
 * backslash is read by browsers as a slash: each is refused rather than quietly changed.
 */
export const httpUrl = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const odd = /[\s\u0000-\u001F\u007F-\u009F\\]/u.exec(value);
    if (odd) {
      const what = odd[0] === '\\' ? 'a backslash' : /\s/u.test(odd[0]) ? 'white space' : 'a control character';
      ctx.addIssue({
        code: 'custom',
        message: `contains ${what} at character ${[...value.slice(0, odd.index)].length + 1} (write a space as %20, and no line breaks or backslashes)`,
      });
    } else if (!URL.canParse(value) || !/^https?:$/.test(new URL(value).protocol)) {
      ctx.addIssue({ code: 'custom', message: 'is not an http or https address' });
    }
  });

const participantSchema = z
  .strictObject({
    name: text().describe(
      'A person in `content/people.yaml`, by id (`kim-jong-un`) or any spelling listed there (`Kim Jong-un`).',
    ),
    side: z
      .enum(SIDES)
      .optional()
      .describe('Which side the person belongs to; taken from the registry, so needed only for a one-off.'),
    role: text().optional().describe('Office held at the time, e.g. `Premier of the State Council`.'),
    oneOff: z
      .boolean()
      .optional()
      .describe('`true` for someone named once and not in the registry; `side` is then required.'),
    lead: z
      .boolean()
      .optional()
      .describe("`true` for the travelling side's lead (co-leads each); their offices in the registry decide `level`."),
  })
  .superRefine((participant, ctx) => {
    if (participant.oneOff && participant.side === undefined) {
      ctx.addIssue({ code: 'custom', path: ['side'], message: 'is required for a one-off participant' });
    }
    if (participant.oneOff && participant.lead) {
      ctx.addIssue({
        code: 'custom',
        path: ['lead'],
        message: 'cannot mark a one-off: a lead must be in the registry, whose offices decide the level',
      });
    }
  });

/** One government's account of an event: which source it is, and what it stressed, in the editor's words. */
const accountSchema = z.strictObject({
  source: httpUrl.describe("The `url` of one of this event's sources on this side: the account described."),
  said: text(400).describe(
    'What this account stressed, in one or two sentences of your own words; at most 400 characters.',
  ),
});

/** A short phrase as one side published it, set against the other side's wording. */
const phraseSchema = z.strictObject({
  side: z.enum(['china', 'dprk']).describe('Whose account uses the phrase.'),
  text: text(120).describe('The phrase exactly as published, in its own language; at most 120 characters.'),
  lang: z.enum(PHRASE_LANGS).default('en').describe('The language of the phrase, for its `lang` mark on the page.'),
  gloss: text(160).optional().describe('An English rendering of a phrase in Chinese, Korean or Japanese.'),
});

/** "What each side said": the two governments' accounts compared, for events citing both. */
const accountsSchema = z.strictObject({
  china: accountSchema.describe('The Chinese account.'),
  dprk: accountSchema.describe('The North Korean account.'),
  differences: text(600)
    .optional()
    .describe('How the two differ in wording, in your words: titles used, phrases one side has and the other lacks.'),
  phrases: z
    .array(phraseSchema)
    .default([])
    .describe('Short phrases quoted as published that show the difference, each marked with its side and language.'),
});

const sourceSchema = z
  .strictObject({
    title: text().describe('The headline or title of the source.'),
    publisher: text().describe('Who published it, e.g. `Xinhua`, `KCNA`, `Yonhap`.'),
    url: httpUrl.optional().describe('Where to read it; http or https only.'),
    published: calendarDate.optional().describe('When it was published (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`).'),
    side: z.enum(SIDES).optional().describe('Whose account it is.'),
    accessed: calendarDay
      .optional()
      .describe('The day the editor read it (`YYYY-MM-DD`), as a citation gives it; not before `published`.'),
    archived: httpUrl
      .optional()
      .describe(
        'An archived copy of it, e.g. in the Internet Archive (`https://web.archive.org/web/…`), which `npm run archive` can look up.',
      ),
  })
  .superRefine(
    (source, ctx) => {
      const valid = (value: unknown): value is string => typeof value === 'string' && !dateProblem(value);
      if (valid(source.published) && valid(source.accessed) && isBefore(source.accessed, source.published)) {
        ctx.addIssue({
          code: 'custom',
          path: ['accessed'],
          message: `is before published "${source.published}" (a source cannot be read before it appeared)`,
        });
      }
      if (source.archived !== undefined && source.archived === source.url) {
        ctx.addIssue({
          code: 'custom',
          path: ['archived'],
          message: 'is the source’s own address (give the address of the archived copy)',
        });
      }
    },
    { when: () => true },
  );

/** A correction of a published entry: the day it was made and what was wrong. */
const correctionSchema = z.strictObject({
  date: calendarDay.describe('The day the error was fixed (`YYYY-MM-DD`): the day of the change that fixed it.'),
  note: text(300)
    .refine((value) => !/[\r\n]/.test(value), 'must be one line')
    .describe(
      'What was wrong, in one plain sentence, e.g. `The entry first named the envoy as Liu Qibao; both governments’ accounts name Li Jianguo.`',
    ),
});

/** A link an editor adds from one event to another. */
const relatedSchema = z.strictObject({
  id: z
    .string()
    .regex(ID_PATTERN, 'is not an event id (lowercase words joined by hyphens)')
    .describe('The id of another event in the record (its file name without `.md`).'),
  note: text(200)
    .refine((value) => !/[\r\n]/.test(value), 'must be one line')
    .optional()
    .describe('Why a reader should see it, in a few words, e.g. `the return visit`.'),
});

/** The front matter of one event file: the single contract for editors, the loader and the pages. */
export const eventSchema = z
  .strictObject({
    title: text(160)
      .refine((value) => !/[\r\n]/.test(value), 'must be one line')
      .describe('Plain-text headline, at most 160 characters.'),
    date: calendarDate.describe(
      'First day, month or year (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`); the form written is the precision.',
    ),
    end: calendarDate.optional().describe('Last day, month or year, for events that span time; not before `date`.'),
    type: z.enum(EVENT_TYPES).describe('Kind of exchange.'),
    direction: z.enum(DIRECTIONS).describe('Who went to, or acted toward, whom; `mutual` for both at once.'),
    level: z
      .enum(LEVELS)
      .optional()
      .describe(
        "Rank of the highest official on the travelling side (of anyone involved, for mutual and multilateral events); required for visits, summits, delegations and talks unless a participant marked `lead` decides it. The build checks it against the leads' offices and fills it in when left out.",
      ),
    location: text()
      .optional()
      .describe(
        'Where it happened, as a caption, e.g. `Pyongyang`; left out, it is written from `places` (`Dalian, Tianjin and Beijing`).',
      ),
    places: z
      .array(z.string().regex(ID_PATTERN, 'is not a place id (lowercase words joined by hyphens)'))
      .default([])
      .describe(
        'Where it happened, as ids of places in `content/places.yaml`; for a journey, every stop in the order travelled. The maps draw these.',
      ),
    occasion: text().optional().describe("What it marked, e.g. `80th anniversary of the Workers' Party of Korea`."),
    participants: z.array(participantSchema).default([]).describe('The people involved, with their side and office.'),
    summary: text(300).describe('Plain-text summary for lists, feeds and meta descriptions; at most 300 characters.'),
    sources: z.array(sourceSchema).min(1, 'has no entries').describe('Where the facts come from; at least one.'),
    tags: z
      .array(z.string().regex(TAG_PATTERN, 'is not a lowercase word'))
      .default([])
      .describe('Lowercase keywords, e.g. `anniversary`.'),
    draft: z.boolean().default(false).describe('`true` keeps the event out of builds; `astro dev` still shows it.'),
    added: calendarDate
      .optional()
      .describe('When the event entered the record (`YYYY-MM-DD`), for feeds of new entries.'),
    precedentNote: text(400)
      .optional()
      .describe(
        'A caveat shown beside the computed "first … since" line: a reported but unconfirmed trip that could break it, in your own words.',
      ),
    accounts: accountsSchema
      .optional()
      .describe(
        "What each side said: the Chinese and North Korean accounts' emphasis, each linked to a source of this event on that side.",
      ),
    formerIds: z
      .array(z.string().regex(ID_PATTERN, 'is not lowercase words joined by hyphens'))
      .default([])
      .describe('Ids this event had before it was renamed; their addresses redirect to it.'),
    corrections: z
      .array(correctionSchema)
      .default([])
      .describe(
        'Errors fixed in the entry after it was published, each with the day of the fix and what was wrong; shown on its page and at /changes/. Not for additions or rewording.',
      ),
    related: z
      .array(relatedSchema)
      .default([])
      .describe("Other events a reader should see with this one, chosen by the editors; shown as the editors' links."),
  })
  .superRefine(
    (event, ctx) => {
      const validDate = (value: unknown): value is string => typeof value === 'string' && !dateProblem(value);
      if (validDate(event.date) && validDate(event.end) && !endsOnOrAfter(event.date, event.end)) {
        ctx.addIssue({ code: 'custom', path: ['end'], message: `is before date "${event.date}"` });
      }
      const leads = Array.isArray(event.participants) && event.participants.some((participant) => participant?.lead);
      if (MEETING_TYPES.includes(event.type) && event.level === undefined && !leads) {
        ctx.addIssue({
          code: 'custom',
          path: ['level'],
          message: `is required for type "${event.type}" (or mark the travelling lead with lead: true to derive it)`,
        });
      }
      if (Array.isArray(event.corrections)) {
        const seen = new Set<string>();
        event.corrections.forEach((correction, index) => {
          if (validDate(event.added) && validDate(correction?.date) && isBefore(correction.date, event.added)) {
            ctx.addIssue({
              code: 'custom',
              path: ['corrections', index, 'date'],
              message: `is before added "${event.added}" (an entry can only be corrected after it entered the record)`,
            });
          }
          const key = `${correction?.date} ${correction?.note}`;
          if (seen.has(key)) {
            ctx.addIssue({ code: 'custom', path: ['corrections', index], message: 'repeats an earlier correction' });
          }
          seen.add(key);
        });
      }
      for (const side of ['china', 'dprk'] as const) {
        const account = event.accounts?.[side];
        if (!account || !Array.isArray(event.sources)) continue;
        const cited = event.sources.some((source) => source?.url === account.source && source?.side === side);
        if (!cited) {
          ctx.addIssue({
            code: 'custom',
            path: ['accounts', side, 'source'],
            message: `is not the url of one of this event's sources with side: ${side}`,
          });
        }
      }
    },
    // Check across fields even when another field is wrong, so one build reports every problem.
    { when: () => true },
  );

export type EventData = z.infer<typeof eventSchema>;
export type Participant = z.infer<typeof participantSchema>;

/** The end of an office: a calendar date, or `present` for one still held. */
const officeEnd = z.union([z.literal('present'), calendarDate]);

/** An office a person held, with the rank it gives and when it was held, as far as the sources say. */
const officeSchema = z
  .strictObject({
    /** The office, e.g. `Premier of the State Council`. */
    title: text(),
    /** The `level` this office gives its holder; left out for offices that decide no rank (a military command). */
    rank: z.enum(LEVELS).optional(),
    /** First day, month or year in office; left out when the sources do not give it. */
    from: calendarDate.optional(),
    /** Last day, month or year in office, or `present`; left out when the sources do not give it. */
    to: officeEnd.optional(),
    /** Where the term is not known: dates on which a source shows the office held. */
    heldOn: z.array(calendarDate).default([]),
  })
  .superRefine(
    (office, ctx) => {
      const valid = (value: unknown): value is string => typeof value === 'string' && !dateProblem(value);
      if (valid(office.from) && valid(office.to) && !endsOnOrAfter(office.from, office.to)) {
        ctx.addIssue({ code: 'custom', path: ['to'], message: `is before from "${office.from}"` });
      }
    },
    { when: () => true },
  );

export type Office = z.infer<typeof officeSchema>;

/** One person in `content/people.yaml`: who they are in every script, and the offices they held. */
export const personSchema = z.strictObject({
  /** Stable id used in links and filters: the English name in lowercase with hyphens, e.g. `kim-jong-un`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'is not lowercase words joined by hyphens'),
  /** The English name as the site shows it. */
  name: text(),
  /**
   * The person's Wikidata item (`Q56226`), only where the research or a stored page identifies them
   * beyond doubt; unique in the registry. Pages and exports link to it as the same person.
   */
  wikidata: z
    .string()
    .regex(WIKIDATA_PATTERN, 'is not a Wikidata item id (Q followed by digits, e.g. Q56226)')
    .optional(),
  /** The name in Chinese characters, where it is certain. */
  zh: text().optional(),
  /**
   * The name in Korean hangul, where it is certain: as South Korean papers write it (시진핑), and for North
   * Koreans their own form (최룡해).
   */
  ko: text().optional(),
  /**
   * How North Korean media write the name in hangul, only where it differs from `ko`: Rodong Sinmun writes
   * Xi Jinping 습근평, reading the characters the Korean way.
   */
  koDprk: text().optional(),
  /** Other spellings in use, e.g. `Kim Jong-un`, `Ch'oe Ryong-hae`. */
  aliases: z.array(text()).default([]),
  side: z.enum(SIDES),
  /** Offices held, earliest first, with their rank and dates where the sources give them. */
  offices: z.array(officeSchema).default([]),
});

export type Person = z.infer<typeof personSchema>;

/** Where a place's coordinates come from: Natural Earth's populated places, or a page that gives them. */
const coordinatesSourceSchema = z
  .strictObject({
    naturalEarth: text()
      .optional()
      .describe(
        "The place's `NAME` in Natural Earth's 1:10m populated places (version 4.0.0), whose point the coordinates round.",
      ),
    url: httpUrl.optional().describe('A page that gives the coordinates, where Natural Earth lacks the place.'),
  })
  .refine((source) => (source.naturalEarth === undefined) !== (source.url === undefined), {
    message: 'must give either naturalEarth or url, not both',
  });

/** A degree of latitude or longitude: a number within its range, rounded to 1/1000° (about 100 m), as the maps need no more. */
const degrees = (limit: number) =>
  z
    .number({ error: 'must be a number of degrees' })
    .min(-limit, `must be between -${limit} and ${limit}`)
    .max(limit, `must be between -${limit} and ${limit}`)
    .refine((value) => Math.abs(value * 1000 - Math.round(value * 1000)) < 1e-6, 'has more than 3 decimals');

/** One place in `content/places.yaml`: its names, where it is, and where that comes from. */
export const placeSchema = z.strictObject({
  id: z
    .string()
    .regex(ID_PATTERN, 'is not lowercase words joined by hyphens')
    .describe('Stable id events use in `places`: the English name in lowercase with hyphens, e.g. `dandong`.'),
  name: text().describe('The English name as the site shows it.'),
  zh: text().optional().describe('The name in Chinese characters (simplified, as Chinese media write it).'),
  ko: text().optional().describe('The name in hangul, as South Korean papers write it.'),
  aliases: z.array(text()).default([]).describe("Other spellings in use, e.g. `P'yŏngyang`, `Antung`."),
  country: z.enum(COUNTRIES).describe('The country it is in today, as an ISO 3166-1 alpha-2 code.'),
  lat: degrees(90).describe('Latitude in decimal degrees, north positive, at most 3 decimals.'),
  lon: degrees(180).describe('Longitude in decimal degrees, east positive, at most 3 decimals.'),
  source: coordinatesSourceSchema.describe(
    "Where the coordinates come from: the place's name in Natural Earth's populated places, or a page's address.",
  ),
  note: text(300).optional().describe('What a reader of the map should know, e.g. which point stands for a county.'),
});

export type Place = z.infer<typeof placeSchema>;

/** What each field allows, quoted at the end of every error about it. */
export const FIELD_HELP: Record<string, string> = {
  title: 'plain text on one line, at most 160 characters',
  date: DATE_FORMS,
  end: `${DATE_FORMS}; not before date`,
  type: `one of ${EVENT_TYPES.join(', ')}`,
  direction: `one of ${DIRECTIONS.join(', ')}`,
  level: `one of ${LEVELS.join(', ')}`,
  location: 'plain text',
  places: 'a list of place ids from content/places.yaml, e.g. [dandong, dalian, beijing]',
  occasion: 'plain text',
  participants: 'a list of { name, role }, or { name, side, role, oneOff: true } for someone not in the registry',
  'participants.name': "a person's id or any spelling listed in content/people.yaml",
  'participants.oneOff': 'true or false',
  'participants.side': `one of ${SIDES.join(', ')}`,
  'participants.role': 'plain text',
  'participants.lead': 'true for the travelling lead, whose offices decide the level',
  summary: 'plain text, at most 300 characters',
  sources: 'a list of at least one { title, publisher, url, published, side }',
  'sources.title': 'plain text',
  'sources.publisher': 'plain text',
  'sources.url': 'an address starting with http:// or https://',
  'sources.published': DATE_FORMS,
  'sources.side': `one of ${SIDES.join(', ')}`,
  'sources.accessed': 'the day you read the source, YYYY-MM-DD',
  'sources.archived': 'the address of an archived copy, starting with http:// or https://',
  tags: 'a list of lowercase words, e.g. anniversary or party-to-party',
  draft: 'true or false',
  added: `the day the event entered the record; ${DATE_FORMS}`,
  precedentNote: 'plain text, at most 400 characters',
  accounts: 'china and dprk, each { source, said }, then optional differences and phrases',
  'accounts.china': '{ source, said }',
  'accounts.dprk': '{ source, said }',
  'accounts.china.source': "the url of one of this event's sources whose side is china",
  'accounts.dprk.source': "the url of one of this event's sources whose side is dprk",
  'accounts.china.said': 'plain text, one or two sentences in your own words, at most 400 characters',
  'accounts.dprk.said': 'plain text, one or two sentences in your own words, at most 400 characters',
  'accounts.differences': 'plain text, at most 600 characters',
  'accounts.phrases': 'a list of { side, text, lang, gloss }',
  'accounts.phrases.side': 'china or dprk',
  'accounts.phrases.text': 'the phrase as published, at most 120 characters',
  'accounts.phrases.lang': `one of ${PHRASE_LANGS.join(', ')}`,
  'accounts.phrases.gloss': 'plain text, at most 160 characters',
  formerIds: 'a list of former ids (lowercase words joined by hyphens) whose addresses redirect here',
  corrections: 'a list of { date, note }: the day an error was fixed and what was wrong, in one sentence',
  'corrections.date': 'the day the error was fixed, YYYY-MM-DD',
  'corrections.note': 'one plain sentence on what was wrong, at most 300 characters',
  related: 'a list of { id, note }: other events in the record, by id, with an optional note',
  'related.id': "another event's id: its file name without .md",
  'related.note': 'a few plain words on why, at most 200 characters',
};

/** Field names allowed at the top level and inside each list item, for "did you mean" hints. */
export const KNOWN_FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(eventSchema.shape),
  participants: Object.keys(participantSchema.shape),
  sources: Object.keys(sourceSchema.shape),
  corrections: Object.keys(correctionSchema.shape),
  related: Object.keys(relatedSchema.shape),
  accounts: Object.keys(accountsSchema.shape),
  'accounts.china': Object.keys(accountSchema.shape),
  'accounts.dprk': Object.keys(accountSchema.shape),
  'accounts.phrases': Object.keys(phraseSchema.shape),
};

/** What each field of an entry in `content/people.yaml` allows, quoted at the end of every error about it. */
export const PERSON_FIELD_HELP: Record<string, string> = {
  id: 'the English name in lowercase, hyphens between words, e.g. kim-jong-un',
  name: 'plain text',
  zh: 'plain text',
  ko: 'plain text',
  aliases: 'a list of other spellings',
  side: `one of ${SIDES.join(', ')}`,
  offices: 'a list of { title, rank, from, to, heldOn }',
  'offices.title': 'plain text',
  'offices.rank': `one of ${LEVELS.join(', ')}; leave it out for an office that gives none`,
  'offices.from': DATE_FORMS,
  'offices.to': `${DATE_FORMS}, or present; not before from`,
  'offices.heldOn': `a list of dates; ${DATE_FORMS}`,
};

/** Field names allowed in a person's entry and in each of their offices, for "did you mean" hints. */
export const KNOWN_PERSON_FIELDS: Record<string, readonly string[]> = {
  '': Object.keys(personSchema.shape),
  offices: Object.keys(officeSchema.shape),
};
