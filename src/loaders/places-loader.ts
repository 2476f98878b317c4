import type { Loader } from 'astro/loaders';
import { readPlacesFile } from './places-file.ts';
import { registryLoader } from './registry-loader.ts';

/** Loads the places registry (`content/places.yaml`), failing with every problem in it. */
export const placesLoader = ({ file }: { file: string }): Loader =>
  registryLoader({
    name: 'places-loader',
    file,
    what: 'places',
    read: async (absolute, label) => {
      const { places, problems } = await readPlacesFile(absolute, label);
      return { entries: places, problems };
    },
  });
