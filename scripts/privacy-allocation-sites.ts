/**
 * Where a privacy scan of the bench's ~2,000-token prompt allocates: V8's sampling heap profiler
 * (node:inspector, HeapProfiler.startSampling, counting the objects scavenges and full collections
 * already freed) over `--scans` scans (default 2,000) after 1,000 warm-up scans, summed by allocating
 * function and source line. Prints the top `--top` sites (default 25) in bytes per scan. Sampling: an
 * estimate (the profiler scales each sample by its interval), for finding allocation sites; the byte
 * totals per stage are scripts/privacy-allocation.ts's.
 * With `--detector NAME`, profiles that built-in detector alone on the normalised prompt (keyword pass answered once).
 * Run: npx tsx scripts/privacy-allocation-sites.ts [--scans N] [--top N] [--detector NAME]
 */
import { Session } from "node:inspector/promises";
import { buildPrompt } from "../bench/privacy-workload.js";
import { createPrivacyScanner } from "../src/privacy/index.js";
import { BUILTIN_DETECTORS } from "../src/privacy/detectors/index.js";
import { containsAny } from "../src/privacy/detector.js";
import { normalizeForScan } from "../src/privacy/normalize.js";

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
};
const scans = argument("--scans", 2000);
const top = argument("--top", 25);
const detectorIndex = process.argv.indexOf("--detector");
const detector = detectorIndex >= 0 ? BUILTIN_DETECTORS.find((candidate) => candidate.name === process.argv[detectorIndex + 1]) : undefined;
if (detectorIndex >= 0 && detector === undefined) throw new Error(`no built-in detector ${process.argv[detectorIndex + 1]}`);

interface ProfileNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: ProfileNode[];
}
interface Sample {
  size: number;
  nodeId: number;
}

const scanner = createPrivacyScanner();
const prompt = buildPrompt(2000);
for (let index = 0; index < 1000; index++) scanner.scan(prompt);
const text = normalizeForScan(prompt).text;
const lower = text.toLowerCase();
const ignore = () => undefined;
const run = detector ? (containsAny(lower, ["\u0000"]), () => detector.run(text, ignore, lower)) : () => scanner.scan(prompt);

const session = new Session();
session.connect();
await session.post("HeapProfiler.startSampling", {
  samplingInterval: 256,
  includeObjectsCollectedByMajorGC: true,
  includeObjectsCollectedByMinorGC: true,
});
for (let index = 0; index < scans; index++) run();
const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as {
  profile: { head: ProfileNode; samples: Sample[] };
};
session.disconnect();

const sites = new Map<string, number>();
/** A built-in's allocation (exec, join, slice …: no url) counts for the source function that called it, named with it. */
const visit = (node: ProfileNode, caller: string) => {
  const { functionName, url } = node.callFrame;
  const name = functionName || "(anonymous)";
  const here = url === "" ? caller : `${name} ${url.replace(/^.*\/src\//, "src/")}`;
  if (node.selfSize > 0) {
    const site = url === "" ? `${caller} → ${name}` : here;
    sites.set(site, (sites.get(site) ?? 0) + node.selfSize);
  }
  for (const child of node.children) visit(child, here);
};
visit(profile.head, "(root)");
const total = [...sites.values()].reduce((sum, bytes) => sum + bytes, 0);
const print = (line = "") => process.stdout.write(`${line}\n`);
print(
  `privacy ${detector ? `detector ${detector.name}` : "scan"} allocation sites, ${scans} runs of the ${prompt.length}-character bench prompt after 1,000 (sampled)`,
);
print(`  total ${(total / scans / 1024).toFixed(1)} KB a scan`);
for (const [site, bytes] of [...sites].sort((left, right) => right[1] - left[1]).slice(0, top))
  print(`  ${(bytes / scans / 1024).toFixed(2).padStart(7)} KB  ${site}`);
