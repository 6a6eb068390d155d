import { z } from "zod";

/** Settings of the BullMQ batch queue and workers. */
export const batchSchema = z
  .object({
    redisUrl: z.string().default("redis://127.0.0.1:6379"),
    queuePrefix: z.string().default("routellm"),
    concurrency: z.number().int().positive().default(8),
  })
  .passthrough()
  .default({ redisUrl: "redis://127.0.0.1:6379", queuePrefix: "routellm", concurrency: 8 });

export type BatchConfig = z.infer<typeof batchSchema>;
