import type { Loader } from 'astro/loaders';
import { readPeopleFile } from './people-file.ts';
import { registryLoader } from './registry-loader.ts';

/** Loads the people registry (`content/people.yaml`), failing with every problem in it. */
export const peopleLoader = ({ file }: { file: string }): Loader =>
  registryLoader({
    name: 'people-loader',
    file,
    what: 'people',
    read: async (absolute, label) => {
      const { people, problems } = await readPeopleFile(absolute, label);
      return { entries: people, problems };
    },
  });
