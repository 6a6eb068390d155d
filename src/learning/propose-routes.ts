import { LexicalRouteEncoder, sparseSpace, type SparseVector } from "../policies/route-match.js";

/**
 * Proposes semantic routes from recorded outcomes: clusters of training prompts (spherical k-means
 * over the routes' built-in encoder) in which one tier reliably wins. A cluster where the best local
 * answer is as good as the best cloud answer on at least `localShare` of its prompts becomes a
 * route preferring the local tier; one where the cloud is clearly better on at least `cloudShare`
 * becomes a route preferring the cloud tier. Its utterances are the prompts nearest the cluster's
 * centre, for the user to review before they go into the config.
 */

export interface ProposeRoutesItem {
  prompt: string;
  /** Recorded score (0..1) per model id. */
  outcomes: Record<string, { score: number }>;
}

export interface ProposeRoutesOptions {
  /** Model id -> tier. */
  tiers: ReadonlyMap<string, "local" | "cloud">;
  /** Clusters tried (default: about sqrt(prompts / 2), 4..40). */
  clusters?: number;
  /** Smallest cluster that may become a route. */
  minPrompts?: number;
  /** Share of a cluster's prompts the local tier must win (tie or better) for a local route. */
  localShare?: number;
  /** Share of a cluster's prompts where the cloud must be clearly better for a cloud route. */
  cloudShare?: number;
  /** How much better (score) the cloud must be to count as clearly better. */
  cloudMargin?: number;
  /** Utterances written per route. */
  utterances?: number;
  /** Longest utterance kept (characters); longer prompts are cut at a word boundary. */
  maxUtteranceChars?: number;
  seed?: number;
}

export interface ProposedRoute {
  name: string;
  prefer: { tier: "local" | "cloud" };
  utterances: string[];
  /** Evidence on the training prompts. */
  prompts: number;
  localWins: number;
  cloudClearlyBetter: number;
}

export function proposeRoutes(items: readonly ProposeRoutesItem[], options: ProposeRoutesOptions): ProposedRoute[] {
  const minPrompts = options.minPrompts ?? 8;
  const localShare = options.localShare ?? 0.9;
  const cloudShare = options.cloudShare ?? 0.6;
  const cloudMargin = options.cloudMargin ?? 0.3;
  const utteranceCount = options.utterances ?? 6;
  const maxChars = options.maxUtteranceChars ?? 400;
  if (items.length < minPrompts) return [];
  const encoder = new LexicalRouteEncoder(items.map((item) => item.prompt));
  const vectors = items.map((item) => encoder.encode(item.prompt));
  const clusterCount = Math.max(1, Math.min(items.length, options.clusters ?? Math.min(40, Math.max(4, Math.round(Math.sqrt(items.length / 2))))));
  const assignment = sphericalKMeans(vectors, clusterCount, options.seed ?? 1);

  const proposals: ProposedRoute[] = [];
  for (let cluster = 0; cluster < clusterCount; cluster++) {
    const members = assignment.labels.flatMap((label, index) => (label === cluster ? [index] : []));
    if (members.length < minPrompts) continue;
    let localWins = 0;
    let cloudClearlyBetter = 0;
    for (const index of members) {
      const { local, cloud } = bestByTier(items[index]!, options.tiers);
      if (local === undefined || cloud === undefined) continue;
      if (local >= cloud) localWins++;
      if (cloud - local >= cloudMargin) cloudClearlyBetter++;
    }
    const tier = localWins >= localShare * members.length ? "local" : cloudClearlyBetter >= cloudShare * members.length ? "cloud" : undefined;
    if (!tier) continue;
    const centre = assignment.centroids[cluster]!;
    const nearest = [...members].sort((a, b) => sparseSpace.similarity(vectors[b]!, centre) - sparseSpace.similarity(vectors[a]!, centre));
    const utterances = [...new Set(nearest.map((index) => shorten(items[index]!.prompt, maxChars)))].slice(0, utteranceCount);
    proposals.push({
      name: `proposed-${tier}-${topTerms(centre).join("-") || cluster}`,
      prefer: { tier },
      utterances,
      prompts: members.length,
      localWins,
      cloudClearlyBetter,
    });
  }
  const seen = new Map<string, number>();
  for (const proposal of proposals) {
    const count = seen.get(proposal.name) ?? 0;
    seen.set(proposal.name, count + 1);
    if (count > 0) proposal.name = `${proposal.name}-${count + 1}`;
  }
  return proposals;
}

function bestByTier(item: ProposeRoutesItem, tiers: ReadonlyMap<string, "local" | "cloud">): { local?: number; cloud?: number } {
  let local: number | undefined;
  let cloud: number | undefined;
  for (const [modelId, outcome] of Object.entries(item.outcomes)) {
    const tier = tiers.get(modelId);
    if (tier === "local") local = Math.max(local ?? 0, outcome.score);
    else if (tier === "cloud") cloud = Math.max(cloud ?? 0, outcome.score);
  }
  return { ...(local !== undefined ? { local } : {}), ...(cloud !== undefined ? { cloud } : {}) };
}

function shorten(text: string, maxChars: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= maxChars) return flat;
  const cut = flat.slice(0, maxChars);
  const space = cut.lastIndexOf(" ");
  return space > maxChars / 2 ? cut.slice(0, space) : cut;
}

/** The two heaviest word stems of a centroid, for a readable route name. */
function topTerms(centre: SparseVector): string[] {
  return [...centre]
    .filter(([term]) => term.startsWith("w:") && /^[\p{L}]{3,}$/u.test(term.slice(2)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 2)
    .map(([term]) => term.slice(2));
}

/** Spherical k-means (cosine) with deterministic k-means++ seeding; a few iterations suffice here. */
export function sphericalKMeans(
  vectors: readonly SparseVector[],
  clusters: number,
  seed: number,
  iterations = 15,
): { labels: number[]; centroids: SparseVector[] } {
  let state = seed >>> 0 || 1;
  const random = () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 4294967296;
  };
  const centroids: SparseVector[] = [vectors[Math.floor(random() * vectors.length)]!];
  const distance = vectors.map((vector) => 1 - sparseSpace.similarity(vector, centroids[0]!));
  while (centroids.length < clusters) {
    const total = distance.reduce((sum, value) => sum + value * value, 0);
    let target = random() * total;
    let pick = 0;
    for (; pick < vectors.length - 1; pick++) {
      target -= distance[pick]! * distance[pick]!;
      if (target <= 0) break;
    }
    centroids.push(vectors[pick]!);
    vectors.forEach((vector, index) => (distance[index] = Math.min(distance[index]!, 1 - sparseSpace.similarity(vector, centroids.at(-1)!))));
  }
  let labels = new Array<number>(vectors.length).fill(0);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const next = vectors.map((vector) => {
      let best = 0;
      let bestSimilarity = -Infinity;
      centroids.forEach((centre, index) => {
        const similarity = sparseSpace.similarity(vector, centre);
        if (similarity > bestSimilarity) {
          bestSimilarity = similarity;
          best = index;
        }
      });
      return best;
    });
    const changed = next.some((label, index) => label !== labels[index]);
    labels = next;
    for (let cluster = 0; cluster < clusters; cluster++) {
      const members = vectors.filter((_, index) => labels[index] === cluster);
      if (members.length > 0) centroids[cluster] = sparseSpace.centroid(members);
    }
    if (!changed && iteration > 0) break;
  }
  return { labels, centroids };
}
