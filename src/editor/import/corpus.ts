import type { Registry } from '../../domain/registry.ts';
import type { EventData } from '../../domain/schema.ts';
import { buildDraft, NotAReport } from './build-draft.ts';
import { readCorpus, scoreReading, totalsOf, type CorpusScore } from './score.ts';

/** What a refused report is marked as: nothing read. */
const REFUSED = {
  date: '0000',
  end: undefined,
  direction: '',
  type: '',
  lead: undefined,
  people: [],
  place: '',
  headline: '',
  publisher: undefined,
  published: '',
  side: undefined,
};

/** A fixed day for `added`, so the score never depends on the clock. */
const SCORING_DAY = '2000-01-01';

/** Imports every report of the corpus in `dir` as the command would, and marks each draft against its answer. */
export async function scoreCorpus(
  dir: string,
  record: { registry: Registry; existing: readonly { id: string; file: string; data: EventData }[] },
): Promise<CorpusScore> {
  const corpus = await readCorpus(dir);
  return totalsOf(
    corpus.map(({ report, answer }) => {
      let draft;
      try {
        draft = buildDraft({
          source: report.source,
          fileName: report.file,
          url: answer.flags?.url ?? report.url,
          ...(answer.flags?.published ? { published: answer.flags.published } : {}),
          today: SCORING_DAY,
          takenIds: new Set(),
          ...record,
        });
      } catch (error) {
        if (!(error instanceof NotAReport)) throw error;
        // A report the importer refuses counts against every field it would have filled.
        const refused = scoreReading(report.file, REFUSED, answer);
        return { ...refused, misses: [`refused: ${error.message}`, ...refused.misses] };
      }
      return scoreReading(report.file, draft.reading, answer);
    }),
  );
}
