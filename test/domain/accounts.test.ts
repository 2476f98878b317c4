import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { compareAccounts } from '../../src/domain/accounts.ts';
import { parseEventFile } from '../../src/loaders/event-files.ts';
import { eventFile, VALID } from '../helpers.ts';

/** VALID with a KCNA source beside its Xinhua one, and the given `accounts` block. */
const withAccounts = (accounts: string) =>
  eventFile(`${VALID}
  - title: Premier arrives in Pyongyang
    publisher: KCNA
    url: https://example.org/kcna
    published: 2025-10-10
    side: dprk
${accounts}`);

const BOTH = `accounts:
  china:
    source: https://example.org/premier
    said: Xinhua stressed strategic communication.
  dprk:
    source: https://example.org/kcna
    said: KCNA stressed the leaders' comradely ties.
  differences: Only the Chinese text speaks of strategic communication.
  phrases:
    - side: china
      text: 战略沟通
      lang: zh
      gloss: strategic communication
    - side: dprk
      text: Comrade General Secretary`;

const problemsOf = (text: string) => {
  const result = parseEventFile(text);
  return 'problems' in result ? result.problems : [];
};

describe('what each side said (accounts)', () => {
  it('reads both accounts, with each phrase in English unless marked', () => {
    const result = parseEventFile(withAccounts(BOTH));
    assert.ok('data' in result, JSON.stringify(result));
    assert.equal(result.data.accounts?.china.said, 'Xinhua stressed strategic communication.');
    assert.deepEqual(
      result.data.accounts?.phrases.map(({ lang }) => lang),
      ['zh', 'en'],
    );
  });

  it('lays the accounts out Chinese first, each with the source it describes and only its own phrases', () => {
    const result = parseEventFile(withAccounts(BOTH));
    assert.ok('data' in result);
    const compared = compareAccounts(result.data);
    assert.deepEqual(
      compared?.sides.map(({ side, heading, source, phrases }) => [
        side,
        heading,
        source.publisher,
        phrases.map((p) => p.text),
      ]),
      [
        ['china', 'The Chinese account', 'Xinhua', ['战略沟通']],
        ['dprk', 'The North Korean account', 'KCNA', ['Comrade General Secretary']],
      ],
    );
    assert.equal(compared?.differences, 'Only the Chinese text speaks of strategic communication.');
    assert.equal(compareAccounts({ sources: result.data.sources }), undefined);
  });

  it("refuses an account whose source is not one of the event's sources on that side", () => {
    const wrongSide = BOTH.replace('source: https://example.org/kcna', 'source: https://example.org/premier');
    assert.deepEqual(problemsOf(withAccounts(wrongSide)), [
      `accounts.dprk.source "https://example.org/premier" is not the url of one of this event's sources with side: dprk (the url of one of this event's sources whose side is dprk)`,
    ]);
    const unknown = BOTH.replace('source: https://example.org/premier', 'source: https://example.org/elsewhere');
    assert.match(
      problemsOf(withAccounts(unknown))[0] ?? '',
      /^accounts\.china\.source "https:\/\/example\.org\/elsewhere" is not the url/,
    );
  });

  it('names a missing account, a misspelt field and an unknown language with what is allowed', () => {
    const [missing] = problemsOf(withAccounts(BOTH.replace(/ {2}dprk:\n(.*\n){2}/, '')));
    assert.equal(missing, 'accounts.dprk is missing ({ source, said })');
    const typo = problemsOf(withAccounts(BOTH.replace('said: KCNA', 'siad: KCNA')));
    assert.ok(
      typo.some((problem) => problem.startsWith('accounts.dprk.siad is not a known field (did you mean "said"?')),
      typo.join('\n'),
    );
    const [lang] = problemsOf(withAccounts(BOTH.replace('lang: zh', 'lang: fr')));
    assert.equal(lang, 'accounts.phrases[0].lang "fr" is not an allowed value (one of en, zh, ko, ja)');
  });
});
