import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  activeCount,
  criteriaFromParams,
  criteriaToParams,
  emptyCriteria,
  evaluate,
  hidingRule,
  hidingSelector,
  matches,
  type Criteria,
} from '../../src/filter/rules.ts';
import type { Filterable, Vocabulary } from '../../src/filter/model.ts';
import { foldText, slugOf } from '../../src/text/fold.ts';

const criteria = (overrides: Partial<Criteria>): Criteria => ({ ...emptyCriteria(), ...overrides });

const item = (overrides: Partial<Omit<Filterable, 'searchText'>> & { text?: string }): Filterable => ({
  type: 'official-visit',
  direction: 'china-to-dprk',
  level: 'head-of-government',
  start: 2025,
  end: 2025,
  leads: [],
  people: [],
  ...overrides,
  searchText: foldText(overrides.text ?? ''),
});

const liQiang = item({
  leads: ['li-qiang'],
  people: ['li-qiang', 'kim-jong-un'],
  text: 'Premier Li Qiang visits Pyongyang 김정은 金正恩',
});
const dalian = item({
  type: 'summit',
  direction: 'dprk-to-china',
  level: 'leader',
  start: 2018,
  end: 2018,
  leads: ['kim-jong-un'],
  people: ['kim-jong-un', 'xi-jinping'],
  text: 'Kim Jong Un meets Xi Jinping in Dalian',
});
const beijing2019 = item({
  type: 'state-visit',
  direction: 'dprk-to-china',
  level: 'leader',
  start: 2019,
  end: 2019,
  leads: ['kim-jong-un'],
  people: ['kim-jong-un', 'xi-jinping'],
  text: 'Kim Jong Un fourth visit to Beijing',
});
const treaty = item({ type: 'agreement', direction: 'mutual', level: '', start: 1961, end: 1961, text: 'Treaty' });
const all = [liQiang, dalian, beijing2019, treaty];

const shownBy = (chosen: Partial<Criteria>) =>
  evaluate(all, criteria(chosen))
    .visible.map((visible, index) => (visible ? index : -1))
    .filter((index) => index >= 0);

describe('matching events', () => {
  it('shows everything when nothing is chosen', () => {
    assert.deepEqual(shownBy({}), [0, 1, 2, 3]);
  });

  it('combines options within a facet with OR and across facets with AND', () => {
    assert.deepEqual(shownBy({ type: ['summit', 'state-visit'] }), [1, 2]);
    assert.deepEqual(shownBy({ type: ['summit', 'state-visit'], direction: ['dprk-to-china'] }), [1, 2]);
    assert.deepEqual(shownBy({ type: ['summit', 'official-visit'], level: ['head-of-government'] }), [0]);
    assert.deepEqual(shownBy({ direction: ['mutual', 'china-to-dprk'] }), [0, 3]);
  });

  it('filters by person, matching any participant', () => {
    assert.deepEqual(shownBy({ person: ['xi-jinping'] }), [1, 2]);
    assert.deepEqual(shownBy({ person: ['xi-jinping', 'li-qiang'] }), [0, 1, 2]);
    assert.deepEqual(shownBy({ person: ['li-qiang'], type: ['summit'] }), []);
  });

  it('filters by travelling lead, apart from anyone merely named', () => {
    // Kim Jong Un is named in three events but led only the two that went to China.
    assert.deepEqual(shownBy({ person: ['kim-jong-un'] }), [0, 1, 2]);
    assert.deepEqual(shownBy({ lead: ['kim-jong-un'] }), [1, 2]);
    assert.deepEqual(shownBy({ lead: ['kim-jong-un', 'li-qiang'] }), [0, 1, 2]);
    assert.deepEqual(shownBy({ lead: ['kim-jong-un'], direction: ['china-to-dprk'] }), []);
    assert.deepEqual(shownBy({ lead: ['xi-jinping'] }), []);
  });

  it('keeps events that overlap the year range, bounds included', () => {
    assert.deepEqual(shownBy({ from: 2018, to: 2019 }), [1, 2]);
    assert.deepEqual(shownBy({ to: 1961 }), [3]);
    assert.deepEqual(shownBy({ from: 2020 }), [0]);
    const spanning = item({ start: 2000, end: 2002 });
    assert.equal(matches(spanning, criteria({ from: 2001, to: 2001 })), true);
    assert.equal(matches(spanning, criteria({ from: 2003 })), false);
  });

  it('finds the words as a phrase, or as whole words in any order, in any case or accent', () => {
    assert.deepEqual(shownBy({ q: 'dalian' }), [1]);
    assert.deepEqual(shownBy({ q: '  JONG   kim ' }), [1, 2]);
    assert.deepEqual(shownBy({ q: 'kim pyongyang beijing' }), []);
    assert.equal(matches(item({ text: 'Choé Ryong Hae' }), criteria({ q: 'choe' })), true);
    assert.equal(matches(item({ text: 'Choé Ryong Hae' }), criteria({ q: 'ryong ha' })), true);
  });

  it('does not let a name find a different name that shares its parts', () => {
    const kimJongIl = item({ text: 'Kim Jong Il makes an unofficial visit' });
    assert.equal(matches(kimJongIl, criteria({ q: 'kim jong un' })), false);
    assert.equal(matches(kimJongIl, criteria({ q: 'kim jong' })), true);
    assert.equal(matches(kimJongIl, criteria({ q: 'visit kim' })), true);
    assert.equal(matches(kimJongIl, criteria({ q: 'vis kim' })), false);
  });

  it('matches Chinese and Korean as typed, and full-width Latin as half-width', () => {
    assert.deepEqual(shownBy({ q: '김정은' }), [0]);
    assert.deepEqual(shownBy({ q: '김정' }), [0]);
    assert.deepEqual(shownBy({ q: '金正恩' }), [0]);
    assert.deepEqual(shownBy({ q: 'ＤＡＬＩＡＮ' }), [1]);
    assert.deepEqual(shownBy({ q: 'ｐｙｏｎｇｙａｎｇ' }), [0]);
  });

  it('folds spellings together: apostrophes, hyphens and case', () => {
    assert.equal(foldText("Ch'oe Ryong-hae"), 'choe ryong hae');
    assert.equal(foldText('Kim Jong-un'), foldText('KIM JONG UN'));
    assert.equal(slugOf('Kim Jong Un'), 'kim-jong-un');
    assert.equal(slugOf("Ch'oe Ryong-hae"), 'choe-ryong-hae');
  });
});

describe('facet counts', () => {
  it('count, beside each option, what choosing it would show with the other filters applied', () => {
    const { counts, shown } = evaluate(all, criteria({ direction: ['dprk-to-china'] }));
    assert.equal(shown, 2);
    // Type counts respect the direction filter...
    assert.deepEqual(Object.fromEntries(counts.type), { summit: 1, 'state-visit': 1 });
    // ...but direction counts ignore it, so other directions show what they would add.
    assert.deepEqual(Object.fromEntries(counts.direction), {
      'china-to-dprk': 1,
      'dprk-to-china': 2,
      mutual: 1,
    });
    assert.deepEqual(Object.fromEntries(counts.person), { 'kim-jong-un': 2, 'xi-jinping': 2 });
    assert.deepEqual(Object.fromEntries(counts.lead), { 'kim-jong-un': 2 });
  });

  it('apply the words and years to every count', () => {
    const { counts } = evaluate(all, criteria({ q: 'kim', from: 2019 }));
    assert.deepEqual(Object.fromEntries(counts.type), { 'state-visit': 1 });
    assert.equal(counts.level.get('leader'), 1);
  });

  it('leave out an event that fails two facets, since no single choice would bring it back', () => {
    const { counts } = evaluate(all, criteria({ type: ['agreement'], level: ['leader'] }));
    assert.equal(counts.type.get('agreement'), undefined);
    assert.equal(counts.type.get('summit'), 1);
    assert.equal(counts.direction.get('mutual'), undefined);
  });
});

const vocabulary: Vocabulary = {
  facets: {
    type: new Set(['summit', 'state-visit']),
    direction: new Set(['dprk-to-china']),
    level: new Set(['leader']),
    lead: new Set(['kim-jong-un']),
    person: new Set(['kim-jong-un']),
  },
  firstYear: 1949,
  lastYear: 2025,
};

describe('the URL', () => {
  it('reads repeated parameters as a GET form sends them', () => {
    const read = criteriaFromParams(
      new URLSearchParams(
        '?type=summit&type=state-visit&direction=dprk-to-china&level=leader&lead=kim-jong-un&person=kim-jong-un&from=2018&to=2019&q=dalian&order=newest',
      ),
      vocabulary,
    );
    assert.deepEqual(read, {
      q: 'dalian',
      type: ['summit', 'state-visit'],
      direction: ['dprk-to-china'],
      level: ['leader'],
      lead: ['kim-jong-un'],
      person: ['kim-jong-un'],
      from: 2018,
      to: 2019,
      order: 'newest',
    });
  });

  it('writes them back in a fixed order, so equal views have equal links', () => {
    const read = criteriaFromParams(
      new URLSearchParams(
        'q=dalian&to=2019&person=kim-jong-un&lead=kim-jong-un&type=state-visit&type=summit&order=newest',
      ),
      vocabulary,
    );
    assert.equal(
      criteriaToParams(read).toString(),
      'type=state-visit&type=summit&lead=kim-jong-un&person=kim-jong-un&to=2019&q=dalian&order=newest',
    );
    assert.equal(criteriaToParams(emptyCriteria()).toString(), '');
  });

  it('ignores unknown, empty, repeated and malformed parameters', () => {
    const read = criteriaFromParams(
      new URLSearchParams(
        'type=summit&type=summit&type=parade&level=&person=nobody&from=20x8&to=1800&order=sideways&utm=1&q=%20',
      ),
      vocabulary,
    );
    assert.deepEqual(read, criteria({ type: ['summit'] }));
    assert.equal(criteriaFromParams(new URLSearchParams('from=3000'), vocabulary).from, undefined);
  });

  it('counts the active filters for the Filters button', () => {
    assert.equal(activeCount(emptyCriteria()), 0);
    assert.equal(activeCount(criteria({ type: ['summit', 'talks'], q: 'kim', from: 2018, order: 'newest' })), 4);
    // One year, as a bar of the chart chooses it, is one filter, as its one chip shows.
    assert.equal(activeCount(criteria({ from: 1958, to: 1958 })), 1);
    assert.equal(activeCount(criteria({ from: 1958, to: 1959 })), 2);
  });
});

describe('the hiding rule the browser applies', () => {
  it('is empty when nothing is chosen', () => {
    assert.equal(hidingRule(emptyCriteria(), vocabulary), '');
  });

  it('hides items failing any chosen criterion, with the same meaning as the matching above', () => {
    const rule = hidingSelector(
      criteria({ type: ['summit', 'state-visit'], person: ['kim-jong-un'], from: 2023, q: 'Kim Jong-un dalian' }),
      vocabulary,
    );
    assert.equal(
      rule,
      [
        'li[data-type]:not(:is([data-type="summit"], [data-type="state-visit"])),',
        'li[data-type]:not(:is([data-people~="kim-jong-un"])),',
        'li[data-type]:not(:is(:is([data-end="2023"], [data-end="2024"], [data-end="2025"]), :not([data-end]):is([data-start="2023"], [data-start="2024"], [data-start="2025"]))),',
        'li[data-type]:not(:is([data-search-text*="kim jong un dalian"], [data-search-text~="kim"][data-search-text~="jong"][data-search-text~="un"][data-search-text~="dalian"]))',
      ].join('\n'),
    );
  });

  it('turns a year range into the years an event may start or end in', () => {
    assert.equal(
      hidingSelector(criteria({ to: 1950 }), vocabulary),
      'li[data-type]:not(:is([data-start="1949"], [data-start="1950"]))',
    );
  });

  it('tests a long range of years by decade and century, not year by year', () => {
    const wide = { ...vocabulary, firstYear: 1949, lastYear: 2025 };
    assert.equal(
      hidingSelector(criteria({ to: 1978 }), wide),
      'li[data-type]:not(:is([data-start="1949"], [data-start^="195"], [data-start^="196"], [data-start="1970"], [data-start="1971"], [data-start="1972"], [data-start="1973"], [data-start="1974"], [data-start="1975"], [data-start="1976"], [data-start="1977"], [data-start="1978"]))',
    );
    assert.match(
      hidingSelector(criteria({ from: 1963 }), wide),
      /\[data-start="1969"\], \[data-start\^="197"\], \[data-start\^="198"\], \[data-start\^="199"\], \[data-start\^="20"\]\)/,
    );
  });

  it('hides what it selects from sight, from assistive technology and from the layout', () => {
    const rule = hidingRule(criteria({ to: 1950 }), vocabulary);
    const [selector, declarations] = rule.split(' { ');
    assert.equal(selector, hidingSelector(criteria({ to: 1950 }), vocabulary));
    assert.match(declarations!, /visibility: hidden;/);
    assert.match(declarations!, /block-size: 0;/);
    assert.match(declarations!, /content-visibility: hidden;/);
  });
});
