/**
 * `array.sort(compare)` in place, for the scanner's short arrays without the garbage: V8's sort
 * (TimSort) allocates its work state on every call (~1 KB even for a handful of elements), which a
 * scan paid twice. Arrays of up to INSERTION_LIMIT elements are sorted by insertion, which is stable
 * like `Array.prototype.sort`, so both give the same order for any comparator that is a consistent
 * ordering; longer arrays use `Array.prototype.sort`.
 */
export const INSERTION_LIMIT = 24;

export function sortInPlace<T>(array: T[], compare: (left: T, right: T) => number): T[] {
  if (array.length > INSERTION_LIMIT) return array.sort(compare);
  for (let index = 1; index < array.length; index++) {
    const item = array[index]!;
    let position = index - 1;
    while (position >= 0 && compare(array[position]!, item) > 0) {
      array[position + 1] = array[position]!;
      position--;
    }
    array[position + 1] = item;
  }
  return array;
}
