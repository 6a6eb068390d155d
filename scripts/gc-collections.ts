/**
 * The garbage collections of this process as PerformanceObserver "gc" entries (start and end in performance.now()
 * milliseconds, kind by name), for the privacy timing scripts (privacy-p99-anatomy.ts, privacy-tail.ts). The observer
 * is returned unstarted: call `observer.observe({ entryTypes: ["gc"] })`; it reports asynchronously, so let a timer
 * run before reading `collections`.
 */
import { PerformanceObserver, constants } from "node:perf_hooks";

export interface Collection {
  start: number;
  end: number;
  kind: string;
}

const KIND_NAMES: Record<number, string> = {
  [constants.NODE_PERFORMANCE_GC_MINOR]: "scavenge",
  [constants.NODE_PERFORMANCE_GC_MAJOR]: "mark-compact",
  [constants.NODE_PERFORMANCE_GC_INCREMENTAL]: "incremental marking",
  [constants.NODE_PERFORMANCE_GC_WEAKCB]: "weak callbacks",
};

export function collectionObserver(): { collections: Collection[]; observer: PerformanceObserver } {
  const collections: Collection[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      const kind = (entry as { detail?: { kind?: number } }).detail?.kind ?? -1;
      collections.push({ start: entry.startTime, end: entry.startTime + entry.duration, kind: KIND_NAMES[kind] ?? `kind ${kind}` });
    }
  });
  return { collections, observer };
}
