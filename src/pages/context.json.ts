import type { APIRoute } from 'astro';
import { getContext } from '../data/events.ts';
import { contextJson } from '../exports/context.ts';

/** The context collection, oldest first: not part of the record, and never counted with it. */
export const GET: APIRoute = async () =>
  new Response(contextJson(await getContext()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
