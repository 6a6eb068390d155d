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
