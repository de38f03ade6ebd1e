/**
 * At most this many unknown fields are reported for one object, and the rest are not read: a record
 * with a million stray keys gets a short report in linear time. The compiled validator
 * (scripts/compile-validators.mjs) and the browser interpreter apply the same bound.
 */
export const MAX_UNKNOWN_FIELDS = 50;
