/**
 * Several saved reports at once: the reports of one event (the same way, the same lead, dates a few days
 * apart at most) become one draft with each report a source; the command ends with a table of what it wrote.
 */
import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc.js';
import { earliestDay, latestDay } from '../../domain/dates.ts';
import type { Draft, ReportReading } from './build-draft.ts';

dayjs.extend(utc);

/** Whether two reports tell of the same event. */
function sameEvent(a: ReportReading, b: ReportReading): boolean {
  if (!a.when || !b.when) return false;
  if (a.direction.value !== b.direction.value) return false;
  if (a.lead && b.lead && a.lead.value.id !== b.lead.value.id) return false;
  const messages = [a, b].filter((reading) => reading.type.value === 'message').length;
  if (messages === 1) return false;
  if (!a.lead && !b.lead && a.type.value !== b.type.value) return false;
  const gap = Math.max(
    dayjs.utc(earliestDay(a.when.date)).diff(dayjs.utc(latestDay(b.when.end ?? b.when.date)), 'day'),
    dayjs.utc(earliestDay(b.when.date)).diff(dayjs.utc(latestDay(a.when.end ?? a.when.date)), 'day'),
  );
  return gap <= 3;
}

/** The reports grouped by event, each group in the order the reports were given. */
export function groupByEvent(readings: readonly ReportReading[]): ReportReading[][] {
  const groups: ReportReading[][] = [];
  for (const reading of readings) {
    const group = groups.find((members) => members.some((member) => sameEvent(member, reading)));
    if (group) group.push(reading);
    else groups.push([reading]);
  }
  return groups;
}

/** The closing table: each file written, from how many reports, and how sure it is of each field. */
export function summaryTable(
  written: readonly { file: string; draft: Draft; reports: number }[],
  refused: readonly { file: string; why: string }[],
): string {
  const header = ['draft written', 'reports', 'date', 'type', 'direction', 'lead', 'source'];
  const rows = written.map(({ file, draft, reports }) => [
    file,
    String(reports),
    draft.sureness.date,
    draft.sureness.type,
    draft.sureness.direction,
    draft.sureness.lead === 'none' ? 'none named' : draft.sureness.lead,
    draft.sureness.source,
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column]!))
      .join('  ')
      .trimEnd();
  const lines = [line(header), ...rows.map(line)];
  if (written.length)
    lines.push(
      '',
      'How sure: high (fairly sure), medium (likely), low (unsure: check first); a lead "none named" means no report said who led.',
    );
  for (const { file, why } of refused) lines.push(`not imported: ${file}: ${why}`);
  return lines.join('\n');
}
