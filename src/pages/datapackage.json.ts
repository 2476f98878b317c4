import type { APIRoute } from 'astro';
import { dataPackageFile } from '../exports/files.ts';

/** The Frictionless Data Package describing the CSV tables, which sit beside it. */
export const GET: APIRoute = ({ site }) =>
  new Response(dataPackageFile(site), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
