import type { PrivacyCategory } from "./types.js";

/**
 * Reports one candidate span; `priority` breaks overlaps (higher wins, then longer). `documentedExample` marks a value
 * the reader finds documented as an example (a date after "e.g.", a test patient's record): the scanner drops it
 * before overlaps unless `privacy.testValues: sensitive` (issue #15, session 44).
 */
export type Emit = (category: PrivacyCategory, start: number, end: number, rule: string, priority?: number, documentedExample?: boolean) => void;

/** `emit` with every span marked a documented example (a test or specimen record's fields). */
export const asDocumentedExamples =
  (emit: Emit): Emit =>
  (category, start, end, rule, priority) =>
    emit(category, start, end, rule, priority, true);

/**
 * One family of rules. `run` must be linear in the text length (no catastrophic backtracking).
 * `lower` is `text.toLowerCase()`, computed once per scan: use it for cheap keyword presence tests
 * (`includes`), never for offsets (lower-casing may change the length of some characters).
 */
export interface Detector {
  name: string;
  run(text: string, emit: Emit, lower: string): void;
}

/**
 * `containsAny` answers every registered stem list from one pass over `lower` (an Aho–Corasick
 * automaton over all stems of all lists: a full transition table for the ASCII characters of the
 * stems, states numbered breadth first, rows and child lists for the rest), cached for the
 * `lower` string it last saw: a scan's 20-odd keyword pre-filters cost one table walk (~2 ns per
 * character) instead of one regex pass each (10–15 µs each on a 2,000-token prompt). Same answers
 * as `stems.some((stem) => lower.includes(stem))`. A list seen for the first time is registered
 * and answered by `includes` until the next text, where the automaton is rebuilt with it (lists
 * written inline at the call are found again by their content).
 */
const LIST_IDS = new WeakMap<readonly string[], number>();
const LISTS: Array<readonly string[]> = [];
/** Above this many lists (a caller building lists dynamically), the rest are answered by `includes`. */
const MAX_LISTS = 512;
/**
 * States with a full ASCII row in the keyword automaton (whole depths, at least the root and depth 1). Session 53:
 * 4,096 → 12,000 (15,817 rows, 2.3 MB, with the states where stems end): a step outside the table reads a record and a
 * row, and the bench prompt's walk (6,854 characters) left the table on 1,263 ASCII steps, 250 after.
 */
const TABLE_STATES = 12000;

interface StemAutomaton {
  lists: number;
  /** Class of each UTF-16 code unit (0: no stem has it); the ASCII characters of the stems come first, 1..asciiClasses. */
  classOf: Uint16Array;
  classes: number;
  asciiClasses: number;
  /**
   * The shallow states' transitions on classes 0..asciiClasses (failure links resolved), a table:
   * ascii[state * (asciiClasses + 1) + class] = next state, for the states below `tabled`. The
   * lower-cased text is mostly ASCII, so the walk rarely needs the rows and child lists below. 16-bit
   * entries while they fit (session 51: a match told by the state's number, not a flag bit).
   */
  /**
   * States 0..tabled-1 (the shallowest whole depths, up to TABLE_STATES states; session 53: the states where stems end
   * among them too) have a row in `ascii`; those of them where stems end are 0..root-1.
   */
  tabled: number;
  /** The untabled states numbered from here on are those where stems end (`outputs`). */
  outputsFrom: number;
  ascii: Int32Array | Uint16Array;
  /**
   * The root and the states one character deep (where a walk spends most of its time) have a full
   * row of transitions, failure links resolved: dense[rowOf[state] * classes + class]. Deeper states
   * (rowOf -1) keep only their children ([childStart[state], childStart[state + 1]) in childClass /
   * childState) and a failure link: the table stays small however many stems there are.
   */
  rowOf: Int32Array;
  dense: Int32Array | Uint16Array;
  childStart: Int32Array;
  childClass: Uint16Array;
  childState: Int32Array;
  fail: Int32Array;
  /** The root's number (the start of every walk). */
  root: number;
  /**
   * The states below the table (`tabled` on) on the ASCII classes, in one pass (session 53): state s's record is
   * [deepStart[s - tabled], deepStart[s - tabled + 1]) in `deep`: first the nearest state of its failure chain that has
   * a table row, then its transitions that differ from that row's (the children of s and of the untabled states of
   * its chain, the nearer first), each `next state × 256 + class`. A step is one scan of a short record and at most one
   * table read, where the child lists and failure links took a loop of dependent reads per link.
   */
  deepStart: Int32Array;
  deep: Int32Array;
  /**
   * The stems ending at each state (including by suffix), as list × 65536 + stem length:
   * [outputStart[state], outputStart[state + 1]) in `outputs`.
   */
  outputStart: Int32Array;
  outputs: Int32Array;
  /** Lists holding an empty stem: present in every text. */
  always: number[];
  /** The longest stem's length (at least 1). */
  longest: number;
}

let automaton: StemAutomaton | undefined;
let presentFor: string | undefined;
let present: Uint8Array = new Uint8Array(0);

function buildAutomaton(): StemAutomaton {
  const classOf = new Uint16Array(65536);
  let classes = 1;
  const always: number[] = [];
  for (const pass of [0, 1])
    for (const stems of LISTS)
      for (const stem of stems)
        for (let index = 0; index < stem.length; index++) {
          const code = stem.charCodeAt(index);
          if (classOf[code] === 0 && code < 0x80 === (pass === 0)) classOf[code] = classes++;
        }
  let asciiClasses = 0;
  for (let code = 0; code < 0x80; code++) asciiClasses = Math.max(asciiClasses, classOf[code]!);
  // The trie, with per-state children maps.
  const children: Array<Map<number, number>> = [new Map()];
  const depth: number[] = [0];
  const ending: number[][] = [[]];
  LISTS.forEach((stems, list) => {
    for (const stem of stems) {
      if (stem.length === 0) {
        always.push(list);
        continue;
      }
      let state = 0;
      for (let index = 0; index < stem.length; index++) {
        const symbol = classOf[stem.charCodeAt(index)]!;
        let child = children[state]!.get(symbol);
        if (child === undefined) {
          child = children.length;
          children.push(new Map());
          depth.push(index + 1);
          ending.push([]);
          children[state]!.set(symbol, child);
        }
        state = child;
      }
      ending[state]!.push(list * 65536 + stem.length);
    }
  });
  const states = children.length;
  // Failure links and output sets, breadth first (a state's suffix is shallower, so done before it).
  const fail = new Int32Array(states);
  const outputSets: number[][] = ending.map((stems) => [...new Set(stems)]);
  const queue: number[] = [...children[0]!.values()];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    if (outputSets[fail[state]!]!.length > 0) outputSets[state] = [...new Set([...outputSets[state]!, ...outputSets[fail[state]!]!])];
    for (const [symbol, child] of children[state]!) {
      let suffix = fail[state]!;
      while (suffix !== 0 && !children[suffix]!.has(symbol)) suffix = fail[suffix]!;
      fail[child] = children[suffix]!.get(symbol) ?? 0;
      queue.push(child);
    }
  }
  // States renumbered so that the table's states come first, breadth first, and the states where stems end sit at both
  // ends: [0, root) the tabled states where stems end, [root, tabled) the other tabled states (the root first), [tabled,
  // outputsFrom) the untabled states where no stem ends, [outputsFrom, states) the untabled states where stems end. A
  // walk's state has stems ending there when `(state - root) >>> 0 >= outputsFrom - root`, one comparison, and the entries
  // stay 16 bits up to 65,536 states. The table holds the shallowest whole depths (the root and depth 1 always; the others,
  // one character deep too, have dense rows below) up to TABLE_STATES states: where the walk spends its time.
  const breadthFirst = [0, ...queue];
  let tabledCount = 1;
  for (let index = 1; index < states; index++) {
    const level = depth[breadthFirst[index]!]!;
    if (level > 1 && index >= TABLE_STATES && level > depth[breadthFirst[index - 1]!]!) break;
    tabledCount = index + 1;
  }
  const ends = (state: number) => outputSets[state]!.length > 0;
  const shallowStates = breadthFirst.slice(0, tabledCount);
  const deepStates = breadthFirst.slice(tabledCount);
  const order = [
    ...shallowStates.filter(ends),
    ...shallowStates.filter((state) => !ends(state)),
    ...deepStates.filter((state) => !ends(state)),
    ...deepStates.filter(ends),
  ];
  const root = order.indexOf(0);
  const tabled = tabledCount;
  const outputsFrom = states - deepStates.filter(ends).length;
  const renumbered = new Int32Array(states);
  order.forEach((state, id) => (renumbered[state] = id));
  const newFail = new Int32Array(states);
  for (let id = 0; id < states; id++) newFail[id] = renumbered[fail[order[id]!]!]!;
  // The ASCII table, filled breadth first (a state's failure link is shallower: its row is done). An entry is the next
  // state.
  const width = asciiClasses + 1;
  const ascii = states < 65536 ? new Uint16Array(tabled * width) : new Int32Array(tabled * width);
  for (const state of shallowStates) {
    const id = renumbered[state]!;
    const row = id * width;
    if (state !== 0) ascii.copyWithin(row, newFail[id]! * width, newFail[id]! * width + width);
    else ascii.fill(root, row, row + width);
    for (const [symbol, child] of children[state]!) if (symbol <= asciiClasses) ascii[row + symbol] = renumbered[child]!;
  }
  // Dense rows for the root and depth-1 states (their failure link is the root).
  const rowOf = new Int32Array(states).fill(-1);
  const shallow = [0, ...children[0]!.values()];
  const dense = states < 65536 ? new Uint16Array(shallow.length * classes) : new Int32Array(shallow.length * classes);
  shallow.forEach((state, row) => {
    rowOf[renumbered[state]!] = row;
    if (state !== 0) dense.set(dense.subarray(0, classes), row * classes);
    else dense.fill(root, 0, classes);
    for (const [symbol, child] of children[state]!) dense[row * classes + symbol] = renumbered[child]!;
  });
  const childStart = new Int32Array(states + 1);
  const childClass: number[] = [];
  const childState: number[] = [];
  const outputStart = new Int32Array(states + 1);
  const outputs: number[] = [];
  for (let id = 0; id < states; id++) {
    const state = order[id]!;
    childStart[id] = childClass.length;
    for (const [symbol, child] of children[state]!) {
      childClass.push(symbol);
      childState.push(renumbered[child]!);
    }
    outputStart[id] = outputs.length;
    outputs.push(...outputSets[state]!);
  }
  childStart[states] = childClass.length;
  outputStart[states] = outputs.length;
  const { deepStart, deep } = resolveDeepStates(children, order, renumbered, newFail, tabled, asciiClasses);
  return {
    lists: LISTS.length,
    classOf,
    classes,
    asciiClasses,
    tabled,
    outputsFrom,
    ascii,
    rowOf,
    dense,
    childStart,
    childClass: Uint16Array.from(childClass),
    childState: Int32Array.from(childState),
    fail: newFail,
    root,
    deepStart,
    deep,
    outputStart,
    outputs: Int32Array.from(outputs),
    always,
    longest: depth.reduce((longest, level) => Math.max(longest, level), 1),
  };
}

/** `StemAutomaton.deep`: the untabled states' ASCII transitions, resolved down to a tabled state of their failure chain. */
function resolveDeepStates(
  children: ReadonlyArray<ReadonlyMap<number, number>>,
  order: readonly number[],
  renumbered: Int32Array,
  fail: Int32Array,
  tabled: number,
  asciiClasses: number,
): { deepStart: Int32Array; deep: Int32Array } {
  const states = order.length;
  if (states >= 1 << 23) throw new RangeError(`keyword automaton: ${states} states, more than a deep record can number`);
  const deepStart = new Int32Array(states - tabled + 1);
  const deep: number[] = [];
  // Which classes the record being built has (a stamp per record: no clearing).
  const seen = new Int32Array(asciiClasses + 1).fill(-1);
  // A state's failure link is shallower and numbered before it among the untabled states (those where no stem ends
  // first): its record is built. The record is the state's children, then the link's record (or its row when it has
  // one) less the classes they take: the transitions of the whole failure chain down to the table, nearer first.
  for (let id = tabled; id < states; id++) {
    deepStart[id - tabled] = deep.length;
    const link = fail[id]!;
    deep.push(link < tabled ? link : deep[deepStart[link - tabled]!]!);
    for (const [symbol, child] of children[order[id]!]!)
      if (symbol <= asciiClasses) {
        seen[symbol] = id;
        deep.push(renumbered[child]! * 256 + symbol);
      }
    if (link >= tabled)
      for (let entry = deepStart[link - tabled]! + 1, last = deepStart[link - tabled + 1]!; entry < last; entry++)
        if (seen[deep[entry]! & 0xff] !== id) deep.push(deep[entry]!);
  }
  deepStart[states - tabled] = deep.length;
  return { deepStart, deep: Int32Array.from(deep) };
}

/**
 * Which registered lists occur in `lower` (bit 1), and occur at a word start, i.e. not right after
 * an ASCII letter (bit 2). Four walks of the automaton, interleaved (session 45: two; session 51: four, ~25% less
 * time on the bench's 2,000-token prompt), on a text of `4 × longest + 64` characters or more: walk k starts at the root `longest - 1` characters before its k-th share of the text and
 * reports only the stems ending inside its share. Each walk's next state waits on its last table read, so independent
 * walks in one loop overlap their reads (the walk is bound by the reads' latency, not by the work per character). A
 * walk started at the root finds every stem that starts at or after its first character, and a stem ending in a share
 * (at most `longest` characters long) starts at or after the first character of that share's walk.
 */
function findPresentLists(lower: string, table: StemAutomaton): Uint8Array {
  // The last text's answer is overwritten (it is dropped anyway: `presentFor` moves on). A new array each text gave every
  // scan an ArrayBuffer the young generation's collector must sweep (~0.3 ms of each scavenge's ~0.9 ms; session 47).
  const found = present.length === table.lists ? present.fill(0) : new Uint8Array(table.lists);
  for (const list of table.always) found[list] = 3;
  const length = lower.length;
  const longest = table.longest;
  // A short text is one walk (the others would start near the first).
  if (length < 4 * longest + 64) {
    walkFrom(lower, table, found, table.root, 0, 0, length);
    return found;
  }
  // Share k is [bk, bk+1) (b0 = 0, b4 = length); its walk starts at sk = bk - longest + 1 (s0 = 0).
  const share = Math.ceil(length / 4);
  const b1 = share;
  const b2 = 2 * share;
  const b3 = 3 * share;
  const s1 = b1 - longest + 1;
  const s2 = b2 - longest + 1;
  const s3 = b3 - longest + 1;
  // The steps every walk still has (walk 0 has b1; the last share may be shorter than the others).
  const together = Math.min(b1, length - s3);
  const { classOf, asciiClasses, tabled, ascii, outputsFrom, root } = table;
  const plain = outputsFrom - root;
  const width = asciiClasses + 1;
  let state0 = root;
  let state1 = root;
  let state2 = root;
  let state3 = root;
  for (let step = 0; step < together; step++) {
    // Four steps, one per walk, written out (a step function called four times cost more than the two walks before).
    const symbol0 = classOf[lower.charCodeAt(step)]!;
    const symbol1 = classOf[lower.charCodeAt(s1 + step)]!;
    const symbol2 = classOf[lower.charCodeAt(s2 + step)]!;
    const symbol3 = classOf[lower.charCodeAt(s3 + step)]!;
    if (symbol0 <= asciiClasses && state0 < tabled) {
      state0 = ascii[state0 * width + symbol0]!;
      if ((state0 - root) >>> 0 >= plain) recordStems(lower, table, found, step, state0);
    } else {
      state0 = slowStep(table, state0, symbol0);
      if ((state0 - root) >>> 0 >= plain) recordStems(lower, table, found, step, state0);
    }
    if (symbol1 <= asciiClasses && state1 < tabled) {
      state1 = ascii[state1 * width + symbol1]!;
      if ((state1 - root) >>> 0 >= plain && s1 + step >= b1) recordStems(lower, table, found, s1 + step, state1);
    } else {
      state1 = slowStep(table, state1, symbol1);
      if (s1 + step >= b1 && (state1 - root) >>> 0 >= plain) recordStems(lower, table, found, s1 + step, state1);
    }
    if (symbol2 <= asciiClasses && state2 < tabled) {
      state2 = ascii[state2 * width + symbol2]!;
      if ((state2 - root) >>> 0 >= plain && s2 + step >= b2) recordStems(lower, table, found, s2 + step, state2);
    } else {
      state2 = slowStep(table, state2, symbol2);
      if (s2 + step >= b2 && (state2 - root) >>> 0 >= plain) recordStems(lower, table, found, s2 + step, state2);
    }
    if (symbol3 <= asciiClasses && state3 < tabled) {
      state3 = ascii[state3 * width + symbol3]!;
      if ((state3 - root) >>> 0 >= plain && s3 + step >= b3) recordStems(lower, table, found, s3 + step, state3);
    } else {
      state3 = slowStep(table, state3, symbol3);
      if (s3 + step >= b3 && (state3 - root) >>> 0 >= plain) recordStems(lower, table, found, s3 + step, state3);
    }
  }
  // The rest of each walk, alone.
  walkFrom(lower, table, found, state0, together, 0, b1);
  walkFrom(lower, table, found, state1, s1 + together, b1, b2);
  walkFrom(lower, table, found, state2, s2 + together, b2, b3);
  walkFrom(lower, table, found, state3, s3 + together, b3, length);
  return found;
}

/** A walk in `state` at `at`, on to `end`, recording the stems that end at or after `from`. */
function walkFrom(lower: string, table: StemAutomaton, found: Uint8Array, state: number, at: number, from: number, end: number): void {
  const { classOf, asciiClasses, tabled, ascii, outputsFrom, root } = table;
  const plain = outputsFrom - root;
  const width = asciiClasses + 1;
  for (let index = at; index < end; index++) {
    const symbol = classOf[lower.charCodeAt(index)]!;
    if (symbol <= asciiClasses && state < tabled) {
      state = ascii[state * width + symbol]!;
      if ((state - root) >>> 0 >= plain && index >= from) recordStems(lower, table, found, index, state);
    } else {
      state = slowStep(table, state, symbol);
      if (index >= from && (state - root) >>> 0 >= plain) recordStems(lower, table, found, index, state);
    }
  }
}

/** The automaton's next state from `state` on class `symbol` (failure links followed), outside the ASCII table. */
function slowStep(table: StemAutomaton, state: number, symbol: number): number {
  const { classes, asciiClasses, tabled, ascii, rowOf, dense, childStart, childClass, childState, fail } = table;
  const width = asciiClasses + 1;
  if (symbol <= asciiClasses && state >= tabled) {
    const { deepStart, deep } = table;
    let entry = deepStart[state - tabled]!;
    const last = deepStart[state - tabled + 1]!;
    const below = deep[entry]!;
    for (entry++; entry < last; entry++) {
      const transition = deep[entry]!;
      if ((transition & 0xff) === symbol) return transition >>> 8;
    }
    return ascii[below * width + symbol]!;
  }
  for (;;) {
    if (symbol <= asciiClasses && state < tabled) return ascii[state * width + symbol]!;
    const row = rowOf[state]!;
    if (row >= 0) return dense[row * classes + symbol]!;
    for (let entry = childStart[state]!, last = childStart[state + 1]!; entry < last; entry++) if (childClass[entry] === symbol) return childState[entry]!;
    state = fail[state]!;
  }
}

/** Marks the lists of the stems ending at `index` (the walk is in `state` there) in `found`. */
function recordStems(lower: string, table: StemAutomaton, found: Uint8Array, index: number, state: number): void {
  const { outputStart, outputs } = table;
  for (let output = outputStart[state]!, to = outputStart[state + 1]!; output < to; output++) {
    const stem = outputs[output]!;
    const before = lower.charCodeAt(index - (stem & 0xffff)); // NaN before the text's start
    const list = stem >>> 16;
    found[list] = found[list]! | (before >= 97 && before <= 122 ? 1 : 3);
  }
}

/** Lists by their first stem, to find a list written inline at the call (a new array each time) by its content. */
const LISTS_BY_FIRST_STEM = new Map<string, number[]>();

function sameStems(left: readonly string[], right: readonly string[]): boolean {
  if (left.length !== right.length) return false;
  for (let index = 0; index < left.length; index++) if (left[index] !== right[index]) return false;
  return true;
}

function listId(stems: readonly string[]): number {
  const id = LIST_IDS.get(stems);
  return id !== undefined ? id : registerList(stems);
}

/**
 * A list not seen as this array before: found again by its content, or registered. Apart from listId, which runs for
 * every keyword question: a closure over `stems` here would make V8 allocate a context object on every call of a
 * function that holds it, even where the closure is never made (session 41: ~40 bytes per question, ~7 KB a scan).
 */
function registerList(stems: readonly string[]): number {
  const sameFirst = LISTS_BY_FIRST_STEM.get(stems[0]!) ?? [];
  let id = sameFirst.find((candidate) => sameStems(LISTS[candidate]!, stems));
  if (id === undefined) {
    if (LISTS.length >= MAX_LISTS) return -1;
    id = LISTS.length;
    LISTS.push([...stems]);
    sameFirst.push(id);
    LISTS_BY_FIRST_STEM.set(stems[0]!, sameFirst);
  }
  LIST_IDS.set(stems, id);
  return id;
}

/**
 * Called by the scanner after each scan: the next scan walks its text again even when it is the same
 * text (no answer carried from one request to the next), and the last text is not kept alive.
 */
export function forgetKeywordPresence(): void {
  presentFor = undefined;
}

/** True when `lower` contains any of the (lower-case) stems; a fast pre-filter before a costly pattern. */
export function containsAny(lower: string, stems: readonly string[]): boolean {
  return (presence(lower, stems) & 1) === 1;
}

/**
 * True when one of the (lower-case) stems occurs in `lower` at a word start: at the text's start or
 * after a character other than an ASCII letter. A pre-filter for a pattern that needs its literal
 * right after a boundary such as `(?<![a-z])` or `(?<![\p{L}\p{N}])` on the lower-cased text.
 */
export function containsAnyAtWordStart(lower: string, stems: readonly string[]): boolean {
  return (presence(lower, stems) & 2) === 2;
}

const startsAfterNonLetter = (lower: string, stem: string): boolean => {
  for (let index = lower.indexOf(stem); index >= 0; index = lower.indexOf(stem, index + 1)) {
    const before = lower.charCodeAt(index - 1);
    if (!(before >= 97 && before <= 122)) return true;
  }
  return false;
};

/** Bit 1: a stem occurs in `lower`; bit 2: one occurs at a word start. */
function presence(lower: string, stems: readonly string[]): number {
  if (stems.length === 0) return 0;
  const id = listId(stems);
  // A list new to the automaton is answered directly; the automaton takes it in at the next text
  // (one rebuild for all the lists a scan meets first, not one per list), whichever list that text
  // asks for first.
  if (id >= 0 && presentFor !== lower) {
    if (automaton === undefined || automaton.lists < LISTS.length) automaton = buildAutomaton();
    present = findPresentLists(lower, automaton);
    presentFor = lower;
  }
  if (id < 0 || id >= automaton!.lists) return presenceByIncludes(lower, stems);
  return present[id]!;
}

/** `presence` of a list the automaton does not hold yet (kept out of `presence`: see registerList on closures). */
function presenceByIncludes(lower: string, stems: readonly string[]): number {
  if (!stems.some((stem) => lower.includes(stem))) return 0;
  return stems.some((stem) => startsAfterNonLetter(lower, stem)) ? 3 : 1;
}

/** The top-level `|` alternatives of a regex source (escapes, classes and groups kept whole). */
export function splitAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") index++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")") depth--;
    else if (char === "|" && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** Index of the `)` closing the group opened at `open`, or -1. */
function closingParenthesis(source: string, open: number): number {
  let depth = 0;
  let inClass = false;
  for (let index = open; index < source.length; index++) {
    const char = source[index];
    if (char === "\\") index++;
    else if (inClass) inClass = char !== "]";
    else if (char === "[") inClass = true;
    else if (char === "(") depth++;
    else if (char === ")" && --depth === 0) return index;
  }
  return -1;
}

const MAX_PREFIXES = 256;
const cross = (heads: readonly string[], tails: readonly string[]) => heads.flatMap((head) => tails.map((tail) => head + tail));

/** The literal prefixes of one alternative; `complete` when they are its whole matches. */
function expandSequence(sequence: string): { prefixes: string[]; complete: boolean } {
  let prefixes = [""];
  let index = 0;
  while (index < sequence.length) {
    const char = sequence[index]!;
    const code = char.charCodeAt(0);
    let options: string[];
    let end: number;
    if (char === "(") {
      const close = sequence.startsWith("(?:", index) ? closingParenthesis(sequence, index) : -1;
      if (close < 0) break;
      const inner = splitAlternatives(sequence.slice(index + 3, close)).map(expandSequence);
      options = inner.flatMap((expansion) => expansion.prefixes);
      end = close + 1;
      if (inner.some((expansion) => !expansion.complete)) {
        // Its alternatives' prefixes end the prefix (unless the group may be skipped).
        // (At the end of the sequence there is no quantifier: `"?*+{".includes("")` would say there is.)
        if ((end < sequence.length && "?*+{".includes(sequence[end]!)) || prefixes.length * options.length > MAX_PREFIXES) break;
        return { prefixes: cross(prefixes, options), complete: false };
      }
    } else if (char === "[") {
      const close = sequence.indexOf("]", index + 1);
      const body = close > index + 1 ? sequence.slice(index + 1, close) : "";
      // Literal characters only: no negation, escape or range.
      if (body === "" || body.startsWith("^") || body.includes("\\") || /.-./.test(body)) break;
      options = [...new Set(body)];
      end = close + 1;
    } else if (char === "\\" && /^[!-/:-@[-`{-~]$/.test(sequence[index + 1] ?? "")) {
      // An escaped ASCII punctuation character (`\$`, `\.`, `\-`) is that character.
      options = [sequence[index + 1]!];
      end = index + 2;
    } else if ("\\.^$|)*+?{}]".includes(char) || (code >= 0xd800 && code <= 0xdfff)) break;
    else {
      options = [char];
      end = index + 1;
    }
    const quantifier = sequence[end];
    let next: string[];
    if (quantifier === "?" && sequence[end + 1] !== "?") {
      next = [...prefixes, ...cross(prefixes, options)];
      end++;
    } else if (quantifier === "+") {
      if (prefixes.length * options.length > MAX_PREFIXES) break;
      return { prefixes: cross(prefixes, options), complete: false };
    } else if (quantifier === "*" || quantifier === "{" || quantifier === "?") break;
    else next = cross(prefixes, options);
    if (next.length > MAX_PREFIXES) break;
    prefixes = [...new Set(next)];
    index = end;
  }
  return { prefixes, complete: index >= sequence.length };
}

/**
 * Literal strings one of which starts every match of the regex source `source` (flags aside), or
 * undefined when some alternative can start with something else (no literal pre-filter possible).
 * Reads literal characters, `?`, small classes of literal characters and non-capturing groups; any
 * other construct ends the prefix where it stands (a shorter prefix is still a necessary one).
 * For a lexicon pattern such as `(?:diabetes|cancer|an(?:a)?emia|…)`: pass the prefixes to
 * `containsAny`/`containsAnyAtWordStart` before running it.
 */
export function literalPrefixes(source: string): string[] | undefined {
  const prefixes = new Set<string>();
  for (const alternative of splitAlternatives(source)) {
    for (const prefix of expandSequence(alternative).prefixes) {
      if (prefix === "") return undefined;
      prefixes.add(prefix);
    }
  }
  return [...prefixes];
}

/**
 * A cheap test of the scanned text (or, mostly, its lower-cased form: the keyword pass answers those
 * for free) that is true whenever `pattern` can match (`lowerCased`: the pattern runs on the
 * lower-cased text itself): detectors run it first and skip the pattern when it is false. Exported by the detectors so that `test/unit/privacy-keyword-filter.test.ts` can check
 * every gate against every match of its pattern.
 */
export interface PatternGate {
  name: string;
  pattern: RegExp;
  lowerCased?: boolean;
  mayMatch(text: string, lower: string): boolean;
}

/**
 * `literalPrefixes` of a pattern whose alternatives may hold lookarounds and `\b`: those are dropped
 * first (an assertion only narrows a match, so a literal every match of the wider pattern starts
 * with still starts every match of the pattern). Undefined when some alternative has no literal start.
 */
export function requiredPrefixes(source: string): string[] | undefined {
  return literalPrefixes(source.replace(/\(\?<?[!=](?:[^()\\[]|\\.|\[(?:[^\]\\]|\\.)*\])*\)|\\b/g, ""));
}

/**
 * Stems for the pre-filter of a case-insensitive (`/iu`) pattern, from its literal prefixes: lower-cased,
 * and each cut to its longest part without the Cyrillic letters в, д, о, с, т, ъ, ѣ, ꙋ, whose archaic
 * forms (U+1C80–U+1C88) match them case-insensitively yet survive NFKC and lower-casing (so
 * "кредитн" is looked for as "кре"). Undefined when there are no prefixes or a stem would be empty.
 */
export function caseInsensitiveStems(prefixes: readonly string[] | undefined): string[] | undefined {
  if (prefixes === undefined) return undefined;
  const stems = new Set<string>();
  for (const prefix of prefixes) {
    const longest = prefix
      .toLowerCase()
      .split(/[вдостъѣꙋ]/)
      .reduce((best, part) => (part.length > best.length ? part : best), "");
    if (longest === "") return undefined;
    stems.add(longest);
  }
  return [...stems];
}

/**
 * Keyword-pass stems of a case-insensitive pattern's literal prefixes (caseInsensitiveStems), for a pattern whose every
 * match starts after no letter: a stem that is its prefix's start is looked for at a word start (`atWordStart`), one cut
 * from inside its prefix (a Cyrillic letter cut away) anywhere. Undefined when a prefix has no stem.
 */
export function wordStartStems(prefixes: readonly string[] | undefined): { atWordStart: string[]; anywhere: string[] } | undefined {
  const stems = prefixes?.map((prefix) => ({ prefix: prefix.toLowerCase(), stem: caseInsensitiveStems([prefix])?.[0] }));
  if (stems === undefined || stems.some(({ stem }) => stem === undefined)) return undefined;
  return {
    atWordStart: stems.filter(({ prefix, stem }) => prefix.startsWith(stem!)).map(({ stem }) => stem!),
    anywhere: stems.filter(({ prefix, stem }) => !prefix.startsWith(stem!)).map(({ stem }) => stem!),
  };
}

/** Default priorities: structured secrets beat generic numbers, which beat context-only rules. */
export const PRIORITY = {
  secret: 90,
  checksum: 70,
  structured: 60,
  contextual: 40,
  weak: 20,
} as const;
