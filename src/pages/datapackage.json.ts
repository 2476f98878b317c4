import type { APIRoute } from 'astro';
import { dataPackage } from '../exports/datapackage.ts';
import { SITE } from '../site/config.ts';
import { pathWithBase } from '../site/paths.ts';

/** The Frictionless Data Package describing the CSV tables, which sit beside it. */
export const GET: APIRoute = ({ site }) => {
  const descriptor = dataPackage({
    title: SITE.name,
    description: `${SITE.description} Every event, its participants and its sources, as CSV tables.`,
    homepage: site ? new URL(pathWithBase('/'), site).href : undefined,
  });
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
