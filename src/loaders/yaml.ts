import { boolCoreTag, FAILSAFE_SCHEMA, nullCoreTag } from 'js-yaml';

/**
 * How content files' YAML is read: YAML 1.2's core schema without its numbers, so every value but `true`,
 * `false` and an empty one stays the text written. No field of the record is a number, and the core
 * schema would read `0x7B9`, `0o3651` and `+1961` as the numbers 1977, 1961 and 1961, which a date field
 * could not tell from a year. Nor does it turn `2023-07-26` into a time-zone-dependent `Date`, or roll an
 * impossible `2023-02-30` over into March. Any other tag (`!!int`, `!!binary`, `!!js/function`) is an error.
 */
export const TEXT_SCHEMA = FAILSAFE_SCHEMA.withTags(nullCoreTag, boolCoreTag);
