import { readPlaces } from './attributes.ts';
import {
  countPlaces,
  events,
  labelBox,
  labelsToShow,
  MAJOR_LABELS,
  mapSummary,
  radiusOf,
  unlocatedSentence,
  type LabelBox,
} from './counts.ts';

/** One place as the element knows it: its position in the list, its mark, its label and its table row. */
interface Entry {
  name: string;
  circle: SVGCircleElement | undefined;
  title: Element | undefined;
  label: SVGTextElement | undefined;
  box: LabelBox | undefined;
  row: HTMLTableRowElement;
  count: HTMLElement;
}

/**
 * What `<places-map>` does on each "events shown" notice: counts the places those events name and resizes the
 * circles, names the busiest places, rewrites the description and the table. The build drew the map and
 * everything in it; nothing is projected here. Loaded on the first notice, after the list has painted.
 */
export class MapUpdater {
  #root: HTMLElement;
  #entries: Entry[] = [];
  #index = new Map<string, number>();
  /** Each event's places as positions in the list, read from its item the first time it is shown. */
  #placesOf = new Map<string, number[]>();

  constructor(root: HTMLElement) {
    this.#root = root;
    this.#read();
  }

  #read() {
    const rows = [...this.#root.querySelectorAll<HTMLTableRowElement>('tr[data-place]')];
    this.#entries = rows.map((row) => {
      const id = row.dataset.place!;
      const circle = this.#root.querySelector<SVGCircleElement>(`circle[data-place="${id}"]`) ?? undefined;
      const label = this.#root.querySelector<SVGTextElement>(`text[data-place="${id}"]`) ?? undefined;
      const name = row.querySelector('th')!.firstChild!.textContent!.trim();
      return {
        name,
        circle,
        title: circle?.querySelector('title') ?? undefined,
        label,
        // The same box the build placed the label by, from the same point and name.
        box: circle && label ? labelBox(Number(circle.getAttribute('cx')), Number(circle.getAttribute('cy')), name) : undefined,
        row,
        count: row.querySelector<HTMLElement>('[data-count]')!,
      };
    });
    this.#index = new Map(rows.map((row, index) => [row.dataset.place!, index]));
  }

  #places(id: string): number[] {
    let places = this.#placesOf.get(id);
    if (!places) {
      const item = document.getElementById(id);
      places = item ? readPlaces(item).map((place) => this.#index.get(place) ?? -1) : [];
      this.#placesOf.set(id, places);
    }
    return places;
  }

  /** Redraws the map for the events shown, by their ids. */
  update(ids: readonly string[]) {
    const started = performance.now();
    const tally = countPlaces(
      ids.map((id) => this.#places(id)),
      this.#entries.length,
    );
    const { counts } = tally;
    const max = Math.max(0, ...counts);
    const labelled = labelsToShow(
      counts,
      this.#entries.map((entry) => entry.box),
    );
    const major = new Set([...labelled].slice(0, MAJOR_LABELS));
    this.#entries.forEach((entry, index) => {
      const count = counts[index]!;
      const text = String(count);
      if (entry.count.textContent !== text) entry.count.textContent = text;
      if (entry.row.hidden !== (count === 0)) entry.row.hidden = count === 0;
      if (entry.circle) {
        const radius = String(radiusOf(count, max));
        if (entry.circle.getAttribute('r') !== radius) entry.circle.setAttribute('r', radius);
        entry.title!.textContent = `${entry.name}: ${events(count)}`;
      }
      if (entry.label && entry.label.hasAttribute('data-off') === labelled.has(index)) {
        entry.label.toggleAttribute('data-off', !labelled.has(index));
      }
      if (entry.label && entry.label.hasAttribute('data-minor') === major.has(index)) {
        entry.label.toggleAttribute('data-minor', !major.has(index));
      }
    });
    // The table lists the busiest first, as the build did for the whole record.
    const body = this.#root.querySelector('[data-map-rows]')!;
    const order = this.#entries.map((_, index) => index).sort((a, b) => counts[b]! - counts[a]! || a - b);
    if (order.some((entry, position) => body.children[position] !== this.#entries[entry]!.row)) {
      body.append(...order.map((index) => this.#entries[index]!.row));
    }
    const drawn = this.#entries.map((entry) => ({ name: entry.name, drawn: entry.circle !== undefined }));
    this.#root.querySelector('[data-map-summary]')!.textContent = mapSummary(drawn, tally);
    this.#root.querySelector('[data-map-unlocated]')!.textContent = unlocatedSentence(tally.unlocated);
    // The map's share of the work done after the list has painted, read by `npm run bench`.
    performance.measure('places-map-update', { start: started, end: performance.now() });
  }
}
