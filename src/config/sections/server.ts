import { z } from "zod";

/** Settings of `routellm serve`. Owned by the server module; defaults keep it usable with none. */
export const serverSchema = z
  .object({
    host: z.string().default("127.0.0.1"),
    port: z.number().int().min(0).max(65535).default(8080),
  })
  .passthrough()
  .default({ host: "127.0.0.1", port: 8080 });

export type ServerConfig = z.infer<typeof serverSchema>;
