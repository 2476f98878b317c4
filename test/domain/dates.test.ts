import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  dateProblem,
  dateRangeText,
  dayAfter,
  earliestDay,
  endsOnOrAfter,
  formatDate,
  isBefore,
  latestDay,
  precisionOf,
} from '../../src/domain/dates.ts';

describe('calendar dates', () => {
  it('takes the precision from the form written', () => {
    assert.equal(precisionOf('1961'), 'year');
    assert.equal(precisionOf('1961-07'), 'month');
    assert.equal(precisionOf('1961-07-11'), 'day');
  });

  it('accepts real days, months and years', () => {
    for (const date of ['1961', '1961-07', '1961-07-11', '2024-02-29', '2023-12-31']) {
      assert.equal(dateProblem(date), undefined, date);
    }
  });

  it('names what is wrong with an impossible or malformed date', () => {
    assert.equal(dateProblem('2023-02-30'), 'is not a real calendar day');
    assert.equal(dateProblem('2023-02-29'), 'is not a real calendar day');
    assert.equal(dateProblem('2023-04-31'), 'is not a real calendar day');
    assert.equal(dateProblem('2023-00-10'), 'has no month 00');
    assert.equal(dateProblem('2023-13'), 'has no month 13');
    for (const text of ['26 July 2023', '2023/07/26', '23-07-26', '2023-7-26', '2023-07-26T10:00', '']) {
      assert.equal(dateProblem(text), 'is not a date', text);
    }
  });

  it('formats each date to its precision', () => {
    assert.equal(formatDate('1961-07-11'), '11 July 1961');
    assert.equal(formatDate('1961-07'), 'July 1961');
    assert.equal(formatDate('1961'), '1961');
    assert.equal(formatDate('2023-07-01'), '1 July 2023');
  });

  it('formats ranges, sharing what both ends have in common', () => {
    assert.equal(dateRangeText('2023-07-26', '2023-07-28'), '26–28 July 2023');
    assert.equal(dateRangeText('2023-06-30', '2023-07-02'), '30 June – 2 July 2023');
    assert.equal(dateRangeText('2024-12-30', '2025-01-02'), '30 December 2024 – 2 January 2025');
    assert.equal(dateRangeText('2023-07', '2023-08'), 'July–August 2023');
    assert.equal(dateRangeText('2023-12', '2024-01'), 'December 2023 – January 2024');
    assert.equal(dateRangeText('1950', '1953'), '1950–1953');
    assert.equal(dateRangeText('1961-07', '1961-08-03'), 'July 1961 – 3 August 1961');
    assert.equal(dateRangeText('1961-07-11'), '11 July 1961');
    assert.equal(dateRangeText('1961-07-11', '1961-07-11'), '11 July 1961');
  });

  it('compares ends by the whole period they cover', () => {
    assert.equal(endsOnOrAfter('2023-07-26', '2023-07-28'), true);
    assert.equal(endsOnOrAfter('2023-07-26', '2023-07-26'), true);
    assert.equal(endsOnOrAfter('2023-07-26', '2023-07'), true);
    assert.equal(endsOnOrAfter('2023-07-26', '2023'), true);
    assert.equal(endsOnOrAfter('2023-07-26', '2023-07-25'), false);
    assert.equal(endsOnOrAfter('2023-07', '2023-06-30'), false);
    assert.equal(endsOnOrAfter('2023', '2022-12'), false);
  });

  it('refuses a year outside 1900–2099, naming it, and accepts both ends', () => {
    for (const date of ['0050-07-01', '0000', '1899-12-31', '2100', '9999-12-31']) {
      assert.equal(
        dateProblem(date),
        `has the year ${date.slice(0, 4)}, outside 1900–2099, the years the record holds (a typo?)`,
        date,
      );
    }
    for (const date of ['1900-01-01', '1900', '2099-12-31', '2099-12'])
      assert.equal(dateProblem(date), undefined, date);
  });

  it('shows every year as written, never as a two-digit year of the 1900s', () => {
    assert.equal(formatDate('0050-07-01'), '1 July 0050');
    assert.equal(formatDate('0099-12'), 'December 0099');
    assert.equal(formatDate('0007'), '0007');
    assert.equal(dateRangeText('0050-07-01', '0050-07-03'), '1–3 July 0050');
    assert.equal(latestDay('0004-02'), '0004-02-29');
    assert.equal(dayAfter('0099-12-31'), '0100-01-01');
  });

  it('counts days by the calendar, leap years and year ends included', () => {
    assert.equal(dayAfter('2024-02-28'), '2024-02-29');
    assert.equal(dayAfter('2024-02-29'), '2024-03-01');
    assert.equal(dayAfter('1900-02-28'), '1900-03-01');
    assert.equal(dayAfter('2000-02-28'), '2000-02-29');
    assert.equal(dayAfter('2099-12-31'), '2100-01-01');
    assert.equal(earliestDay('1982-09'), '1982-09-01');
    assert.equal(latestDay('1982-09'), '1982-09-30');
    assert.equal(latestDay('1958'), '1958-12-31');
    assert.equal(isBefore('1958-11', '1958-11-22'), false);
    assert.equal(isBefore('1958-10', '1958-11-22'), true);
    assert.equal(dateProblem('1900-02-29'), 'is not a real calendar day');
    assert.equal(dateProblem('2000-02-29'), undefined);
  });
});
