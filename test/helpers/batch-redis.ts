import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";

export const TEST_REDIS_URL = process.env.ROUTELLM_TEST_REDIS_URL ?? "redis://127.0.0.1:6379";

/** A queue prefix no other test uses. */
export function uniquePrefix(label: string): string {
  return `rlt-${label}-${randomBytes(4).toString("hex")}`;
}

/** Deletes every key of a test prefix (the hash-tagged `{prefix}:*`). */
export async function deletePrefix(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  try {
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `{${prefix}}:*`, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== "0");
  } finally {
    redis.disconnect();
  }
}

/** Polls until `check` returns true; fails after `timeoutMs` with `what` in the message. */
export async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 30_000, everyMs = 50): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
  throw new Error(`timed out waiting for ${what}`);
}

export function promptLines(count: number, label = "p"): string {
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1)
    lines.push(JSON.stringify({ id: `${label}-${index}`, prompt: `question number ${index} ${"x".repeat(index % 23)}` }));
  return lines.join("\n");
}
