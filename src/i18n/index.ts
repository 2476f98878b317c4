/**
 * The interface language: every module takes the words it shows from here, never from a language file, so
 * adding a language is a new file beside `en.ts` and a change to this one line.
 */
export * from './en.ts';
