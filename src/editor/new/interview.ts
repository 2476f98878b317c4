import type { Registry } from '../../domain/registry.ts';
import { DATE_FORMS } from '../../domain/dates.ts';
import { DIRECTIONS, EVENT_TYPES, LEVELS } from '../../domain/schema.ts';
import { SIDES } from '../../domain/vocabulary.ts';
import { completeFrom, completePerson, describePerson, suggestPeople } from './people-suggestions.ts';
import { prepareDraft, slugFromTitle, type Answers, type Draft, type SourceAnswers } from './answers.ts';

/** How the interview talks to the editor; the command line gives it a terminal, tests a script. */
export interface Conversation {
  /** Asks one question; the answer, or `undefined` once input has ended. `complete` offers completions. */
  ask(prompt: string, complete?: (line: string) => string[]): Promise<string | undefined>;
  /** Tells the editor something. */
  say(text: string): void;
}

/** Thrown when input ends before the draft is complete: nothing is written. */
export class InputEnded extends Error {
  constructor() {
    super('input ended before the draft was complete');
    this.name = 'InputEnded';
  }
}

type SourceField = keyof SourceAnswers;
type Key =
  | 'date'
  | 'end'
  | 'title'
  | 'type'
  | 'direction'
  | 'lead'
  | 'participants'
  | 'level'
  | 'location'
  | 'occasion'
  | 'summary'
  | `source.${SourceField}`
  | 'slug';

/** One question: what it asks, and where its answer goes. */
interface Question {
  key: Key;
  prompt: (answers: Answers) => string;
  /** Asked in the first round only when this holds (the level, when no lead decides it). */
  when?: (answers: Answers) => boolean;
  complete?: (line: string) => string[];
  get: (answers: Answers) => string | undefined;
  set: (answers: Answers, value: string | undefined) => void;
}

const field = (key: Exclude<Key, 'lead' | 'participants' | 'slug' | `source.${string}`>) => ({
  get: (answers: Answers) => answers[key],
  set: (answers: Answers, value: string | undefined) => {
    answers[key] = value;
  },
});

const sourceField = (key: SourceField) => ({
  get: (answers: Answers) => answers.source[key],
  set: (answers: Answers, value: string | undefined) => {
    answers.source[key] = value;
  },
});

/** Every question in the order asked; the lead and other participants are asked apart, by name. */
function questions(registry: Registry, registryFile: string): Question[] {
  const skip = 'Enter to leave out';
  return [
    { key: 'date', prompt: () => `Date (${DATE_FORMS.replace('use ', '')}): `, ...field('date') },
    {
      key: 'end',
      prompt: () => `Last day, month or year, if it spans time (same forms; ${skip}): `,
      ...field('end'),
    },
    { key: 'title', prompt: () => 'Title (plain text on one line, at most 160 characters): ', ...field('title') },
    {
      key: 'type',
      prompt: () => `Type (${EVENT_TYPES.join(', ')}): `,
      complete: completeFrom(EVENT_TYPES),
      ...field('type'),
    },
    {
      key: 'direction',
      prompt: () => `Direction, who travelled (${DIRECTIONS.join(', ')}): `,
      complete: completeFrom(DIRECTIONS),
      ...field('direction'),
    },
    {
      key: 'lead',
      prompt: () => `Travelling lead, a person in ${registryFile} (Tab completes; Enter for none): `,
      complete: (line) => completePerson(registry, line),
      get: (answers) => answers.lead,
      set: (answers, value) => {
        answers.lead = value;
      },
    },
    {
      key: 'participants',
      prompt: () => 'Another participant (Tab completes; Enter when done): ',
      complete: (line) => completePerson(registry, line),
      get: (answers) => (answers.participants.length > 0 ? answers.participants.join(', ') : undefined),
      set: () => {},
    },
    {
      key: 'level',
      prompt: () => `Level, the rank of the most senior person travelling (${LEVELS.join(', ')}; ${skip}): `,
      when: (answers) => answers.lead === undefined,
      complete: completeFrom(LEVELS),
      ...field('level'),
    },
    { key: 'location', prompt: () => `Location (${skip}): `, ...field('location') },
    { key: 'occasion', prompt: () => `Occasion, what it marked (${skip}): `, ...field('occasion') },
    { key: 'summary', prompt: () => 'Summary (plain text, at most 300 characters): ', ...field('summary') },
    { key: 'source.title', prompt: () => 'Source: its headline or title: ', ...sourceField('title') },
    { key: 'source.publisher', prompt: () => 'Source: its publisher (Xinhua, KCNA…): ', ...sourceField('publisher') },
    { key: 'source.url', prompt: () => `Source: its address, http or https (${skip}): `, ...sourceField('url') },
    {
      key: 'source.published',
      prompt: () => `Source: when it was published (${DATE_FORMS.replace('use ', '')}; ${skip}): `,
      ...sourceField('published'),
    },
    {
      key: 'source.side',
      prompt: () => `Source: whose account it is (${SIDES.join(', ')}; ${skip}): `,
      complete: completeFrom(SIDES),
      ...sourceField('side'),
    },
    {
      key: 'slug',
      prompt: (answers) => {
        const suggested = slugFromTitle(answers.title);
        return `File name: ${answers.date ?? 'date'}-<short name>.md; short name [${suggested}]: `;
      },
      get: (answers) => answers.slug,
      set: (answers, value) => {
        answers.slug = value ?? slugFromTitle(answers.title);
      },
    },
  ];
}

/**
 * The question a build message is about, from the field it starts with: `date "…" is not a date` is the
 * date's, `participants[0].lead: …` the lead's when a lead is named, `sources[0].url …` the source's address.
 */
export function questionOf(problem: string, answers: Answers): Key | undefined {
  const match = /^([A-Za-z]+)(?:\[(\d+)\])?(?:\.([A-Za-z]+))?/.exec(problem);
  if (!match) return undefined;
  const [, name, index, sub] = match;
  switch (name) {
    case 'participants':
      // The lead is written first; "no travelling lead is marked" is the lead's question too.
      if (index === undefined || (index === '0' && answers.lead !== undefined)) return 'lead';
      return 'participants';
    case 'sources':
      return sub === 'url' || sub === 'published' || sub === 'side' || sub === 'publisher'
        ? `source.${sub}`
        : 'source.title';
    case 'file':
      return 'slug';
    case 'date':
    case 'end':
    case 'title':
    case 'type':
    case 'direction':
    case 'level':
    case 'location':
    case 'occasion':
    case 'summary':
      return name;
    default:
      return undefined;
  }
}

/**
 * The answers with harmless stand-ins for the required fields not asked yet, so that a question asked early
 * (the lead, before the summary and the source) is checked against the registry as the build will check it.
 * Only the current question's problems are shown, so the stand-ins hide nothing; they are never written.
 */
function provisional(answers: Answers, asked: ReadonlySet<Key>): Answers {
  const standIn = (key: Key, value: string | undefined) => (asked.has(key) ? value : (value ?? 'Draft.'));
  return {
    ...answers,
    title: standIn('title', answers.title),
    summary: standIn('summary', answers.summary),
    source: {
      ...answers.source,
      title: standIn('source.title', answers.source.title),
      publisher: standIn('source.publisher', answers.source.publisher),
    },
  };
}

/**
 * Asks for whatever the answers lack or get wrong, checking each answer as the build would, and offering
 * the registry's people by any spelling; ends when the whole draft is valid. Answers already given (from
 * flags) are kept when valid and asked again with the build's message when not.
 */
export async function interview(
  start: Answers,
  registry: Registry,
  registryFile: string,
  talk: Conversation,
): Promise<Draft & { answers: Answers }> {
  const answers: Answers = { ...start, participants: [...start.participants], source: { ...start.source } };
  const all = questions(registry, registryFile);
  const problemsOf = (key: Key, draft: Draft) =>
    draft.problems.filter((problem) => questionOf(problem, answers) === key);
  const asked = new Set<Key>();
  const check = () => prepareDraft(provisional(answers, asked), registry, registryFile);

  const ask = async (question: Question) => {
    const line = await talk.ask(question.prompt(answers), question.complete);
    if (line === undefined) throw new InputEnded();
    return line.trim() === '' ? undefined : line.trim();
  };

  /** A registry name, asked until it is someone in the registry or nothing; suggestions when it is neither. */
  const askPerson = async (question: Question): Promise<string | undefined> => {
    for (;;) {
      const typed = await ask(question);
      if (typed === undefined) return undefined;
      const person = registry.find(typed);
      if (person) {
        talk.say(`  ${describePerson(person)}`);
        return person.name;
      }
      const guesses = suggestPeople(registry, typed);
      talk.say(
        `  No one in ${registryFile} is written "${typed}".` +
          (guesses.length > 0 ? ` Did you mean: ${guesses.map(describePerson).join('; ')}?` : '') +
          ` Add the person to ${registryFile} first if they are not there.`,
      );
    }
  };

  const askQuestion = async (question: Question) => {
    asked.add(question.key);
    if (question.key === 'participants') {
      answers.participants = [];
      for (;;) {
        const name = await askPerson(question);
        if (name === undefined) return;
        answers.participants.push(name);
      }
    }
    for (;;) {
      question.set(answers, question.key === 'lead' ? await askPerson(question) : await ask(question));
      const problems = problemsOf(question.key, check());
      if (problems.length === 0) break;
      for (const problem of problems) talk.say(`  ${problem}`);
    }
    if (question.key === 'lead' && answers.lead !== undefined) {
      const { level } = check();
      if (level) talk.say(`  Level: ${level}, from ${answers.lead}'s offices on these dates.`);
    }
  };

  // First round: every question not answered yet, or answered wrongly.
  for (const question of all) {
    if (question.get(answers) === undefined) {
      if (question.when?.(answers) ?? true) await askQuestion(question);
      continue;
    }
    const problems = problemsOf(question.key, check());
    for (const problem of problems) talk.say(`  ${problem}`);
    if (problems.length > 0) await askQuestion(question);
  }

  // Then the whole draft, as the build reads it: ask again wherever it is still wrong.
  for (;;) {
    const draft = prepareDraft(answers, registry, registryFile);
    if (draft.problems.length === 0) return { ...draft, answers };
    const keys = new Set(draft.problems.map((problem) => questionOf(problem, answers)));
    if (keys.has(undefined)) {
      // Not something a question can fix (it would be a fault in this command): say so and stop.
      throw new Error(`the draft is invalid:\n${draft.problems.map((problem) => `  - ${problem}`).join('\n')}`);
    }
    for (const question of all.filter((candidate) => keys.has(candidate.key))) {
      for (const problem of problemsOf(question.key, draft)) talk.say(`  ${problem}`);
      await askQuestion(question);
    }
  }
}
