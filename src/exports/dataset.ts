import type { RecordEvent } from '../domain/participants.ts';
import { SITE } from '../site/config.ts';
import { pathWithBase } from '../site/paths.ts';
import type { Download } from './downloads.ts';
import { jsonForScript } from './event-metadata.ts';

/**
 * The data page's schema.org `Dataset`, for search engines' dataset listings: the record, its years, and
 * each file as a `DataDownload`. Addresses absolute when the site's is configured, else paths. Returned as
 * the text of a `<script type="application/ld+json">`, escaped so nothing in it can end the element.
 */
export function datasetJsonLd(events: readonly RecordEvent[], files: readonly Download[], site: URL | undefined): string {
  const link = (path: string) => (site ? new URL(pathWithBase(path), site).href : pathWithBase(path));
  const first = events.at(0)?.data.date.slice(0, 4);
  const last = events.at(-1)?.data.date.slice(0, 4);
  return jsonForScript({
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: SITE.name,
    description: SITE.description,
    ...(site ? { url: link('/data/') } : {}),
    ...(first && last ? { temporalCoverage: `${first}/${last}` } : {}),
    keywords: ['China', 'North Korea', 'DPRK', 'diplomacy', 'state visits', 'summits'],
    distribution: files.map((file) => ({
      '@type': 'DataDownload',
      name: file.title,
      encodingFormat: file.mediaType,
      contentUrl: link(file.path),
    })),
  });
}
