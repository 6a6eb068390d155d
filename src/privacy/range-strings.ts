/**
 * `text.slice(start, end)` for short words that recur (field keys: `name`, `email`, `dob` in every record), answered
 * from a small direct-mapped table of the strings made before, compared by character code: a key seen before makes no
 * new string (session 42, allocation: `keyBefore`'s key slices were ~3 KB a scan of the bench prompt). The answer is
 * always a string equal to the slice; the table only decides whether it is a new one. Only slices of at most
 * RANGE_LIMIT code units are kept: V8 copies those (a longer slice may be a view that keeps its whole text alive).
 */
const RANGE_LIMIT = 12;
const SLOTS = 512;
const TABLE: string[] = new Array<string>(SLOTS).fill("");

export function sliceOfRange(text: string, start: number, end: number): string {
  const length = end - start;
  if (length <= 0 || length > RANGE_LIMIT) return text.slice(start, end);
  let hash = length;
  for (let index = start; index < end; index++) hash = (Math.imul(hash, 31) + text.charCodeAt(index)) | 0;
  const slot = (hash ^ (hash >>> 9)) & (SLOTS - 1);
  const known = TABLE[slot]!;
  if (known.length === length) {
    let same = true;
    for (let index = 0; index < length; index++)
      if (known.charCodeAt(index) !== text.charCodeAt(start + index)) {
        same = false;
        break;
      }
    if (same) return known;
  }
  const made = text.slice(start, end);
  TABLE[slot] = made;
  return made;
}

/** Whether `lower` (`text.toLowerCase()`) lower-cases `text`'s range [start, end) code unit for code unit. */
function lowerMatchesRange(text: string, lower: string, start: number, end: number): boolean {
  // Equal lengths: no İ (the one character whose lower case is two code units) anywhere, so the offsets agree.
  if (lower.length !== text.length || start >= end) return false;
  // A range that splits a surrogate pair: its half lower-cases alone to itself.
  const first = text.charCodeAt(start);
  const last = text.charCodeAt(end - 1);
  if ((first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff)) return false;
  // Σ lower-cases to ς or σ by the letters around it, which a range may cut off; every other character alone.
  for (let index = start; index < end; index++) if (text.charCodeAt(index) === 0x03a3) return false;
  return true;
}

/**
 * `text.slice(start, end).toLowerCase()` read from `lower`, the scan's `text.toLowerCase()` (session 43, allocation:
 * no slice and lower-cased copy of each word; a short word seen before makes no string at all, sliceOfRange), and
 * computed as written when the two differ in offsets or the range holds a Σ or half a surrogate pair.
 */
export function lowerSliceOfRange(text: string, lower: string, start: number, end: number): string {
  return lowerMatchesRange(text, lower, start, end) ? sliceOfRange(lower, start, end) : text.slice(start, end).toLowerCase();
}
