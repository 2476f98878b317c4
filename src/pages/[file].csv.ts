import type { APIRoute, GetStaticPaths } from 'astro';
import { getTimeline } from '../data/events.ts';
import { TABLES, type TableName } from '../exports/columns.ts';
import { csvPath } from '../exports/datapackage.ts';
import { csvFile } from '../exports/files.ts';

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

export const GET: APIRoute<Props> = async ({ props: { table, excel }, site }) =>
  new Response(csvFile(table, await getTimeline(), site, { excel }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
