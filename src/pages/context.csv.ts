import type { APIRoute } from 'astro';
import { getContext } from '../data/events.ts';
import { contextCsv } from '../exports/context.ts';

/** The context collection as one CSV table, oldest first. */
export const GET: APIRoute = async () =>
  new Response(contextCsv(await getContext()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
