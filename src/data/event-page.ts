/**
 * Everything an event's page shows besides its rendered narrative, prepared here so the page only lays it
 * out: participants with the office held, sources by side, the comparison of accounts, the citations and
 * metadata, where to suggest a correction, corrections made, and the entry's history.
 */
import { compareAccounts } from '../domain/accounts.ts';
import { shownCorrections } from '../domain/corrections.ts';
import { officeAtTheTime } from '../domain/offices.ts';
import type { RecordEvent } from '../domain/participants.ts';
import { accountsNote, groupSources } from '../domain/sources.ts';
import { citeEvent } from '../exports/citation.ts';
import { citationMeta, eventJsonLd, jsonForScript, type MetadataUrls } from '../exports/event-metadata.ts';
import { eventPath, personPath } from '../site/paths.ts';
import { correctionLinks, repositoryUrl } from '../site/repository.ts';
import { historyView } from '../history/page.ts';
import type { EventHistory } from './history.ts';

/**
 * What an event page needs beyond the event: its history as git tells it (where known), and the site's
 * address (absolute links exist only with it).
 */
export function eventPageData(
  event: RecordEvent & { filePath?: string | undefined },
  history: EventHistory | undefined,
  site: URL | undefined,
) {
  const { data } = event;
  const absolute = (path: string) => (site ? new URL(path, site).href : undefined);
  const urls: MetadataUrls = { page: absolute(eventPath(event.id)), person: (id) => absolute(personPath(id)) };
  const sourceGroups = groupSources(data.sources);
  const repository = repositoryUrl();
  // Offered only for files inside the project, which are the ones its repository holds.
  const correction =
    repository && event.filePath && !event.filePath.startsWith('..')
      ? correctionLinks(repository, { id: event.id, title: data.title, filePath: event.filePath })
      : undefined;
  const dates = history?.dates ?? {};
  return {
    participants: event.participants.map((participant) => ({
      ...participant,
      office: officeAtTheTime(participant, data.date, data.end),
    })),
    sourceGroups,
    accountsNote: accountsNote(sourceGroups),
    accounts: compareAccounts(data),
    /** The day the entry entered the record (its `added`, or its file's first commit) and last changed. */
    dates,
    citations: citeEvent({ ...event, history: dates }, urls.page ?? eventPath(event.id)),
    meta: citationMeta(event, urls, dates),
    jsonLd: jsonForScript(eventJsonLd(event, urls)),
    correction,
    corrections: shownCorrections(data.corrections),
    history: historyView(
      history?.history,
      dates,
      correction && repository && event.filePath ? { repository, filePath: event.filePath } : undefined,
    ),
  };
}
