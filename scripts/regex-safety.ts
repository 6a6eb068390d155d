/**
 * ReDoS check of every regular expression in `src/` (issue #15: the privacy scanner runs its patterns over
 * attacker-controlled prompt text, so one pattern that backtracks super-linearly lets one short prompt stall a worker).
 * Finds every regexp literal and every `new RegExp(…)` / `RegExp(…)` whose pattern is a string literal or a template
 * without substitutions (TypeScript compiler API), and runs the `recheck` checker (native backend) on each:
 * - exponential → fails, with file:line, the pattern and recheck's attack string;
 * - polynomial, or unknown (timeout / unsupported) → fails unless the pattern's hash is in the review list
 *   `scripts/regex-safety-reviewed.json` with a reason (why the scan stays linear, or what bounds it);
 * - safe → passes.
 * A timeout (the checker's 10 s per pattern) is an unknown verdict and cached like the others: it too needs a review.
 * Verdicts are cached in `scripts/regex-safety-cache.json`, keyed by a hash of flags + source, under a header of the
 * checker's version and parameters: a new or changed pattern has a new hash and is checked; an entry is used only if
 * its stored source and flags equal the pattern's (a hand-edited or colliding entry is checked again), and the whole
 * cache is dropped when the version or parameters change. `--no-cache` checks everything; `--write-cache` stores the
 * verdicts (commit the file); `--verify N` re-checks N cached entries (a sample that changes each day) and fails if
 * one turns out exponential; recheck's fuzz checker is random, so a re-check that finds less keeps the cached verdict
 * and a newly found polynomial one is a warning. Patterns built from variables (`new RegExp(name)`) cannot be checked statically: they are
 * counted, and listed with `--list-dynamic`.
 * Run: npm run check:regex [-- --write-cache] [-- --no-cache] [-- --verify 50] [-- --json out.json]
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

/** One statically known pattern in the source tree. */
export interface FoundPattern {
  file: string;
  line: number;
  source: string;
  flags: string;
  /** How it is written: a `/…/` literal or a `RegExp("…")` call. */
  form: "literal" | "constructor";
}

/** A `RegExp(…)` call whose pattern is computed (not checkable statically). */
export interface DynamicPattern {
  file: string;
  line: number;
  text: string;
}

export type Verdict =
  { status: "safe" } | { status: "exponential" | "polynomial"; degree?: number; attack: string; summary: string } | { status: "unknown"; reason: string };

/**
 * A review-list entry. `linear`: reviewed — the reason says why the scan stays linear on the checker's attack (a
 * measured growth, a bound, a gate). `baseline`: present when the check was added and not reviewed yet (accepted so
 * that the check blocks new patterns from the first day; each is work left, counted in the summary line).
 */
export interface ReviewEntry {
  status: "linear" | "baseline";
  where: string;
  pattern: string;
  reason: string;
}

const ROOT = fileURLToPath(new URL("..", import.meta.url));
export const REVIEW_FILE = join(ROOT, "scripts/regex-safety-reviewed.json");
export const CACHE_FILE = join(ROOT, "scripts/regex-safety-cache.json");
/** recheck parameters: the native checker, 10 s at most a pattern (the slowest of src/'s took ~2 s alone). */
export const CHECK_PARAMS = { timeout: 10_000, randomSeed: 0 } as const;

/** Hash of a pattern's flags and source (16 hex characters): the key of the review list and the cache. */
export const patternHash = (source: string, flags: string): string => createHash("sha256").update(`/${source}/${flags}`).digest("hex").slice(0, 16);

/** Every statically known pattern (and every computed `RegExp(…)` call) in one TypeScript file's text. */
export function extractPatterns(file: string, text: string): { patterns: FoundPattern[]; dynamic: DynamicPattern[] } {
  const sourceFile = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const patterns: FoundPattern[] = [];
  const dynamic: DynamicPattern[] = [];
  const lineOf = (node: ts.Node) => sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1;
  const literalText = (node: ts.Expression | undefined): string | undefined =>
    node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const written = (node as ts.RegularExpressionLiteral).text;
      const end = written.lastIndexOf("/");
      patterns.push({ file, line: lineOf(node), source: written.slice(1, end), flags: written.slice(end + 1), form: "literal" });
    } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === "RegExp") {
      const [patternArgument, flagsArgument] = node.arguments ?? [];
      const source = literalText(patternArgument);
      const flags = flagsArgument === undefined ? "" : literalText(flagsArgument);
      if (source !== undefined && flags !== undefined) patterns.push({ file, line: lineOf(node), source, flags, form: "constructor" });
      else dynamic.push({ file, line: lineOf(node), text: node.getText(sourceFile).slice(0, 120) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return { patterns, dynamic };
}

/** Every `.ts` file under `dir`, sorted. */
function typeScriptFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(".ts") && !entry.name.endsWith(".d.ts"))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** recheck's diagnostics reduced to a verdict. */
export async function checkPattern(source: string, flags: string): Promise<Verdict> {
  const { check } = await import("recheck");
  // `d` (match indices) changes nothing in how a pattern matches, and recheck does not know it.
  const diagnostics = await check(source, flags.replace("d", ""), CHECK_PARAMS);
  if (diagnostics.status === "safe") return { status: "safe" };
  if (diagnostics.status === "unknown") {
    const error = diagnostics.error;
    return { status: "unknown", reason: "message" in error ? `${error.kind}: ${error.message}` : error.kind };
  }
  const complexity = diagnostics.complexity;
  return {
    status: complexity.type,
    ...(complexity.type === "polynomial" ? { degree: complexity.degree } : {}),
    attack: diagnostics.attack.pattern,
    summary: complexity.summary,
  };
}

interface CacheFile {
  checker: string;
  params: typeof CHECK_PARAMS;
  entries: Record<string, { source: string; flags: string; verdict: Verdict }>;
}

const checkerVersion = (): string => {
  const manifest = JSON.parse(readFileSync(join(ROOT, "node_modules/recheck/package.json"), "utf8")) as { version: string };
  return `recheck@${manifest.version}`;
};

/** The committed cache, or an empty one when it was made by another checker version or with other parameters. */
export function loadCache(path: string, checker: string): CacheFile {
  const empty: CacheFile = { checker, params: CHECK_PARAMS, entries: {} };
  if (!existsSync(path)) return empty;
  const cache = JSON.parse(readFileSync(path, "utf8")) as CacheFile;
  return cache.checker === checker && JSON.stringify(cache.params) === JSON.stringify(CHECK_PARAMS) ? cache : empty;
}

/** A cached verdict, used only when the entry's own source and flags are this pattern's. */
export function cachedVerdict(cache: CacheFile, hash: string, source: string, flags: string): Verdict | undefined {
  const entry = cache.entries[hash];
  return entry && entry.source === source && entry.flags === flags ? entry.verdict : undefined;
}

export function loadReviews(path: string): Record<string, ReviewEntry> {
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as Record<string, ReviewEntry>) : {};
}

/** Whether a verdict fails the check, given the review list. */
/** Severity of a verdict: an undecided one ranks as safe (a re-check that times out proves nothing). */
const rank = (verdict: Verdict): number => ({ safe: 0, unknown: 0, polynomial: 1, exponential: 2 })[verdict.status];

export function failure(verdict: Verdict, hash: string, reviews: Record<string, ReviewEntry>): string | undefined {
  if (verdict.status === "safe") return undefined;
  if (verdict.status === "exponential") return "exponential backtracking (never accepted: rewrite the pattern)";
  const review = reviews[hash];
  if (review && review.reason.trim().length > 0) return undefined;
  return verdict.status === "unknown"
    ? `not decided by the checker (${verdict.reason}), not in the review list`
    : `polynomial backtracking (degree ${verdict.degree ?? "?"}), not in the review list`;
}

/** Runs `tasks` with at most `width` in flight. */
async function pool<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
}

const quote = (text: string, most = 160) => JSON.stringify(text.length > most ? `${text.slice(0, most)}…` : text);

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const option = (name: string) => args.indexOf(name);
  const useCache = option("--no-cache") < 0;
  const writeCache = option("--write-cache") >= 0;
  const verifyCount = option("--verify") >= 0 ? Number(args[option("--verify") + 1]) : 0;
  const jsonOut = option("--json") >= 0 ? args[option("--json") + 1] : undefined;
  const started = performance.now();
  process.env.RECHECK_BACKEND ??= "native";

  const found: FoundPattern[] = [];
  const dynamic: DynamicPattern[] = [];
  for (const path of typeScriptFiles(join(ROOT, "src"))) {
    const extracted = extractPatterns(relative(ROOT, path), readFileSync(path, "utf8"));
    found.push(...extracted.patterns);
    dynamic.push(...extracted.dynamic);
  }
  const unique = new Map<string, FoundPattern[]>();
  for (const pattern of found) {
    const hash = patternHash(pattern.source, pattern.flags);
    unique.set(hash, [...(unique.get(hash) ?? []), pattern]);
  }

  const checker = checkerVersion();
  const cache = useCache ? loadCache(CACHE_FILE, checker) : { checker, params: CHECK_PARAMS, entries: {} };
  const reviews = loadReviews(REVIEW_FILE);
  const verdicts = new Map<string, Verdict>();
  const toCheck: string[] = [];
  for (const [hash, [first]] of unique) {
    const verdict = cachedVerdict(cache, hash, first!.source, first!.flags);
    if (verdict) verdicts.set(hash, verdict);
    else toCheck.push(hash);
  }
  // A sample of cached entries checked again (the day of the year picks it, so CI covers the cache over time).
  const cachedHashes = [...verdicts]
    .filter(([, verdict]) => verdict.status !== "unknown")
    .map(([hash]) => hash)
    .sort();
  const day = Math.floor(Date.now() / 86_400_000);
  const verifyHashes = Array.from(
    { length: Math.min(verifyCount, cachedHashes.length) },
    (_, index) => cachedHashes[(day * 7919 + index * 104_729) % cachedHashes.length]!,
  );
  const stale: string[] = [];
  let done = 0;
  await pool([...toCheck, ...new Set(verifyHashes)], 2, async (hash) => {
    const { source, flags } = unique.get(hash)![0]!;
    const verdict = await checkPattern(source, flags);
    const previous = verdicts.get(hash);
    // recheck's fuzz checker is random: a re-check may miss an attack the cached verdict holds (the attack is the proof,
    // so the cached verdict stays), or find one the cache missed. Only a worse verdict counts: exponential where the
    // cache said otherwise fails (the cache is stale or was edited); a newly found polynomial one is reported.
    if (!previous) verdicts.set(hash, verdict);
    else if (rank(verdict) > rank(previous)) {
      if (verdict.status !== "exponential")
        console.error(`regex safety: warning: a re-check found ${verdict.status} backtracking in cached entry ${hash} (cached: ${previous.status}); review it`);
      else {
        stale.push(hash);
        verdicts.set(hash, verdict);
      }
    }
    if (++done % 100 === 0) console.error(`regex safety: ${done} checked`);
  });

  const problems: string[] = [];
  const counts = { safe: 0, polynomial: 0, exponential: 0, unknown: 0, reviewed: 0, baseline: 0 };
  for (const [hash, places] of unique) {
    const verdict = verdicts.get(hash)!;
    counts[verdict.status]++;
    if (verdict.status !== "safe" && verdict.status !== "exponential" && reviews[hash]?.reason)
      counts[reviews[hash].status === "linear" ? "reviewed" : "baseline"]++;
    const why = failure(verdict, hash, reviews);
    if (!why) continue;
    const { source, flags } = places[0]!;
    const lines = [`${places.map((place) => `${place.file}:${place.line}`).join(", ")}: ${why}`, `  pattern /${source}/${flags}  (hash ${hash})`];
    if (verdict.status === "exponential" || verdict.status === "polynomial") lines.push(`  attack  ${quote(verdict.attack)}  (${verdict.summary})`);
    problems.push(lines.join("\n"));
  }
  const unusedReviews = Object.keys(reviews).filter((hash) => !unique.has(hash));
  for (const hash of stale) problems.push(`cache entry ${hash} no longer matches the checker's verdict (run with --write-cache)`);

  if (writeCache) {
    const entries: CacheFile["entries"] = {};
    for (const hash of [...unique.keys()].sort()) {
      const verdict = verdicts.get(hash)!;
      const { source, flags } = unique.get(hash)![0]!;
      entries[hash] = { source, flags, verdict };
    }
    writeFileSync(CACHE_FILE, `${JSON.stringify({ checker, params: CHECK_PARAMS, entries }, null, 2)}\n`);
  }
  if (jsonOut) {
    const rows = [...unique].map(([hash, places]) => ({
      hash,
      places: places.map((place) => `${place.file}:${place.line}`),
      source: places[0]!.source,
      flags: places[0]!.flags,
      verdict: verdicts.get(hash),
    }));
    writeFileSync(jsonOut, `${JSON.stringify(rows, null, 2)}\n`);
  }
  if (option("--list-dynamic") >= 0) for (const call of dynamic) console.log(`dynamic ${call.file}:${call.line}: ${call.text}`);

  for (const problem of problems) console.error(problem);
  if (unusedReviews.length > 0) console.log(`review entries for patterns no longer in src/ (remove them): ${unusedReviews.join(", ")}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `regex safety: ${found.length} patterns (${unique.size} distinct) in src/, ${toCheck.length} checked by ${checker} (${verifyHashes.length} cached re-checked), ` +
      `${counts.safe} safe, ${counts.polynomial} polynomial, ${counts.exponential} exponential, ${counts.unknown} unknown, of these ${counts.reviewed} reviewed and ${counts.baseline} in the unreviewed baseline; ` +
      `${dynamic.length} computed RegExp(…) calls not checkable; ${seconds} s`,
  );
  if (problems.length > 0) console.error(`regex safety: ${problems.length} failing (see docs/security.md, "ReDoS check")`);
  return problems.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = await main();
