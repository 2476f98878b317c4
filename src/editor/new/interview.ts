import { keyOf, type Registry } from '../../domain/registry.ts';
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
const SOURCE_FIELDS: readonly SourceField[] = ['title', 'publisher', 'url', 'published', 'side'];
/** A source's question: `sources.1.url` is the second source's address. */
type SourceKey = `sources.${number}.${SourceField}`;
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
  | SourceKey
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

const field = (key: Exclude<Key, 'lead' | 'participants' | 'slug' | SourceKey>) => ({
  get: (answers: Answers) => answers[key],
  set: (answers: Answers, value: string | undefined) => {
    answers[key] = value;
  },
});

/** The first source and any further ones, in the order written. */
const sourcesOf = (answers: Answers): SourceAnswers[] => [answers.source, ...(answers.moreSources ?? [])];

/** The five questions about source `index` (0 for the first), each answer checked as the build checks it. */
function sourceQuestions(index: number): Question[] {
  const skip = 'Enter to leave out';
  const about = index === 0 ? 'Source' : `Source ${index + 1}`;
  const prompts: Record<SourceField, string> = {
    title: `${about}: its headline or title: `,
    publisher: `${about}: its publisher (Xinhua, KCNA…): `,
    url: `${about}: its address, http or https (${skip}): `,
    published: `${about}: when it was published (${DATE_FORMS.replace('use ', '')}; ${skip}): `,
    side: `${about}: whose account it is (${SIDES.join(', ')}; ${skip}): `,
  };
  return SOURCE_FIELDS.map((name) => ({
    key: `sources.${index}.${name}`,
    prompt: () => prompts[name],
    ...(name === 'side' ? { complete: completeFrom(SIDES) } : {}),
    get: (answers) => sourcesOf(answers)[index]?.[name],
    set: (answers, value) => {
      const source = sourcesOf(answers)[index];
      if (source) source[name] = value;
    },
  }));
}

/** The questions before the sources, in the order asked; the lead and other participants are asked by name. */
function eventQuestions(registry: Registry, registryFile: string): Question[] {
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
      get: (answers) =>
        answers.participants.length > 0 || (answers.oneOffs ?? []).length > 0
          ? [...answers.participants, ...(answers.oneOffs ?? []).map((oneOff) => oneOff.name)].join(', ')
          : undefined,
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
  ];
}

const SLUG: Question = {
  key: 'slug',
  prompt: (answers) => {
    const suggested = slugFromTitle(answers.title);
    return `File name: ${answers.date ?? 'date'}-<short name>.md; short name [${suggested}]: `;
  },
  get: (answers) => answers.slug,
  set: (answers, value) => {
    answers.slug = value ?? slugFromTitle(answers.title);
  },
};

/** Every question for the answers as they stand, in the order asked: one set of five for each source. */
const questions = (before: Question[], answers: Answers): Question[] => [
  ...before,
  ...sourcesOf(answers).flatMap((_, index) => sourceQuestions(index)),
  SLUG,
];

/**
 * The question a build message is about, from the field it starts with: `date "…" is not a date` is the
 * date's, `participants[0].lead: …` the lead's when a lead is named, `sources[1].url …` the second source's
 * address. One-offs are among the participants, so their problems are the participants' question.
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
    case 'sources': {
      const asked = SOURCE_FIELDS.find((candidate) => candidate === sub) ?? 'title';
      return `sources.${Number(index ?? 0)}.${asked}`;
    }
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
 * (the lead, before the summary and the sources) is checked against the registry as the build will check it.
 * Only the current question's problems are shown, so the stand-ins hide nothing; they are never written.
 */
function provisional(answers: Answers, asked: ReadonlySet<Key>): Answers {
  const standIn = (key: Key, value: string | undefined) => (asked.has(key) ? value : (value ?? 'Draft.'));
  const sources = sourcesOf(answers).map((source, index) => ({
    ...source,
    title: standIn(`sources.${index}.title`, source.title),
    publisher: standIn(`sources.${index}.publisher`, source.publisher),
  }));
  return {
    ...answers,
    title: standIn('title', answers.title),
    summary: standIn('summary', answers.summary),
    source: sources[0]!,
    moreSources: sources.slice(1),
  };
}

/** Whether a source has any answer: an empty one is not written, so it would shift the later ones' numbers. */
const hasAnswer = (source: SourceAnswers) => SOURCE_FIELDS.some((name) => (source[name] ?? '').trim() !== '');

/**
 * Asks for whatever the answers lack or get wrong, checking each answer as the build would, and offering
 * the registry's people by any spelling; someone not in the registry can be added as a one-off, and after
 * the first source, further ones. Ends when the whole draft is valid. Answers already given (from flags) are
 * kept when valid and asked again with the build's message when not.
 */
export async function interview(
  start: Answers,
  registry: Registry,
  registryFile: string,
  talk: Conversation,
): Promise<Draft & { answers: Answers }> {
  const answers: Answers = {
    ...start,
    participants: [...start.participants],
    oneOffs: (start.oneOffs ?? []).map((oneOff) => ({ ...oneOff })),
    source: { ...start.source },
    moreSources: (start.moreSources ?? []).filter(hasAnswer).map((source) => ({ ...source })),
  };
  const before = eventQuestions(registry, registryFile);
  const all = () => questions(before, answers);
  const problemsOf = (key: Key, draft: Draft) =>
    draft.problems.filter((problem) => questionOf(problem, answers) === key);
  const asked = new Set<Key>();
  const check = () => prepareDraft(provisional(answers, asked), registry, registryFile);

  const ask = async (question: Pick<Question, 'prompt' | 'complete'>) => {
    const line = await talk.ask(question.prompt(answers), question.complete);
    if (line === undefined) throw new InputEnded();
    return line.trim() === '' ? undefined : line.trim();
  };

  /** A yes or no; Enter is no. */
  const askYes = async (prompt: string): Promise<boolean> => {
    for (;;) {
      const typed = (await ask({ prompt: () => prompt }))?.toLowerCase();
      if (typed === undefined || typed === 'n' || typed === 'no') return false;
      if (typed === 'y' || typed === 'yes') return true;
      talk.say('  Type y for yes, or press Enter for no.');
    }
  };

  /** Says who the registry may mean by a name it does not know. */
  const notFound = (typed: string) => {
    const guesses = suggestPeople(registry, typed);
    return (
      `  No one in ${registryFile} is written "${typed}".` +
      (guesses.length > 0 ? ` Did you mean: ${guesses.map(describePerson).join('; ')}?` : '')
    );
  };

  /** The lead: asked until it is someone in the registry or nothing, since a lead cannot be a one-off. */
  const askLead = async (question: Question): Promise<string | undefined> => {
    for (;;) {
      const typed = await ask(question);
      if (typed === undefined) return undefined;
      const person = registry.find(typed);
      if (person) {
        talk.say(`  ${describePerson(person)}`);
        return person.name;
      }
      talk.say(`${notFound(typed)} Add the person to ${registryFile} first if they are not there.`);
    }
  };

  /**
   * Someone not in the registry, added as the `--one-off` flag adds them: their side and any role, each
   * checked as the build checks the participant it writes (a mistyped side gets the closest one suggested).
   */
  const askOneOff = async (name: string) => {
    const oneOffs = (answers.oneOffs ??= []);
    if (oneOffs.some((oneOff) => keyOf(oneOff.name) === keyOf(name))) {
      talk.say(`  "${name}" is already listed.`);
      return;
    }
    // One-offs are written last, so the problems this one brings are those the draft did not have before.
    const earlier = new Set(check().problems);
    const oneOff: NonNullable<Answers['oneOffs']>[number] = { name, side: '' };
    oneOffs.push(oneOff);
    const fresh = (field?: string) =>
      check().problems.filter(
        (problem) => !earlier.has(problem) && (field === undefined || problem.includes(`].${field} `)),
      );
    const fields = [
      {
        field: 'side',
        prompt: () => `Their side (${SIDES.join(', ')}): `,
        complete: completeFrom(SIDES),
        set: (value: string | undefined) => (oneOff.side = value ?? ''),
      },
      {
        field: 'role',
        prompt: () => 'Their role, the office held then (Enter to leave out): ',
        set: (value: string | undefined) => (oneOff.role = value),
      },
    ];
    for (const { field: part, set, ...question } of fields) {
      for (;;) {
        set(await ask(question));
        const problems = fresh(part);
        if (problems.length === 0) break;
        for (const problem of problems) talk.say(`  ${problem}`);
      }
    }
    // Anything else wrong is in the name as typed (a line break, say): not added, so it can be typed again.
    const rest = fresh();
    if (rest.length > 0) {
      oneOffs.pop();
      for (const problem of rest) talk.say(`  ${problem}`);
      talk.say(`  "${name}" was not added.`);
      return;
    }
    talk.say(`  ${name} (one-off, ${oneOff.side})`);
  };

  /** Everyone else: people in the registry, or someone not in it added as a one-off, until Enter. */
  const askParticipants = async (question: Question) => {
    answers.participants = [];
    answers.oneOffs = [];
    for (;;) {
      const typed = await ask(question);
      if (typed === undefined) return;
      const person = registry.find(typed);
      if (person) {
        talk.say(`  ${describePerson(person)}`);
        answers.participants.push(person.name);
        continue;
      }
      talk.say(notFound(typed));
      const offer = `Add "${typed}" as a one-off, named once and not in ${registryFile}? (y, or Enter to type the name again): `;
      if (await askYes(offer)) await askOneOff(typed);
    }
  };

  const askQuestion = async (question: Question) => {
    asked.add(question.key);
    if (question.key === 'participants') return askParticipants(question);
    for (;;) {
      question.set(answers, question.key === 'lead' ? await askLead(question) : await ask(question));
      const problems = problemsOf(question.key, check());
      if (problems.length === 0) break;
      for (const problem of problems) talk.say(`  ${problem}`);
    }
    if (question.key === 'lead' && answers.lead !== undefined) {
      const { level } = check();
      if (level) talk.say(`  Level: ${level}, from ${answers.lead}'s offices on these dates.`);
    }
  };

  /** A question in the first round: asked when not answered yet, or answered wrongly. */
  const firstAsk = async (question: Question) => {
    if (question.get(answers) === undefined) {
      if (question.when?.(answers) ?? true) await askQuestion(question);
      return;
    }
    const problems = problemsOf(question.key, check());
    for (const problem of problems) talk.say(`  ${problem}`);
    if (problems.length > 0) await askQuestion(question);
  };

  // First round: every question not answered yet, or answered wrongly; then the sources. When the flags
  // gave none, the editor is giving them here, so after each one they are offered another.
  const offerMore = !hasAnswer(answers.source) && answers.moreSources!.length === 0;
  for (const question of before) await firstAsk(question);
  for (let index = 0; ; index++) {
    for (const question of sourceQuestions(index)) await firstAsk(question);
    if (index + 1 < sourcesOf(answers).length) continue;
    if (!offerMore || !(await askYes('Another source? (y, or Enter when done): '))) break;
    answers.moreSources = [...(answers.moreSources ?? []), {}];
  }
  await firstAsk(SLUG);

  // Then the whole draft, as the build reads it: ask again wherever it is still wrong.
  for (;;) {
    const draft = prepareDraft(answers, registry, registryFile);
    if (draft.problems.length === 0) return { ...draft, answers };
    const keys = new Set(draft.problems.map((problem) => questionOf(problem, answers)));
    if (keys.has(undefined)) {
      // Not something a question can fix (it would be a fault in this command): say so and stop.
      throw new Error(`the draft is invalid:\n${draft.problems.map((problem) => `  - ${problem}`).join('\n')}`);
    }
    for (const question of all().filter((candidate) => keys.has(candidate.key))) {
      for (const problem of problemsOf(question.key, draft)) talk.say(`  ${problem}`);
      await askQuestion(question);
    }
  }
}
