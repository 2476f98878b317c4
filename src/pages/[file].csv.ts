import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline } from '../data/events.ts';
import { TABLES, type TableName } from '../exports/columns.ts';
import { tableCsv } from '../exports/csv.ts';
import { csvPath } from '../exports/datapackage.ts';
import { prepareEvent } from '../exports/prepare.ts';
import { eventPath, publicUrl } from '../site/paths.ts';

/** `/events.csv`, `/participants.csv`, `/sources.csv`, and each again with a byte-order mark for Excel (`-excel`). */
export const getStaticPaths = (() =>
  (Object.keys(TABLES) as TableName[]).flatMap((table) =>
    [false, true].map((excel) => ({
      params: { file: csvPath(table, { excel }).replace(/\.csv$/, '') },
      props: { table, excel },
    })),
  )) satisfies GetStaticPaths;

interface Props {
  table: TableName;
  excel: boolean;
}

export const GET: APIRoute<Props> = async ({ props: { table, excel }, site }) => {
  const events = (await getTimeline()).map((event) => prepareEvent(event, publicUrl(eventPath(event.id), site)));
  return new Response(tableCsv(table, events, { bom: excel }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
