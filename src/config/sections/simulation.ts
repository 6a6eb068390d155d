import { z } from "zod";

/** Settings of `routellm simulate`: which dataset model stands for each configured model, and latency profiles. */
export const simulationSchema = z
  .object({
    /** Configured model id -> model name as spelled in the outcomes file. */
    models: z.record(z.string(), z.string()).default({}),
  })
  .passthrough()
  .default({ models: {} });

export type SimulationConfig = z.infer<typeof simulationSchema>;
