import { createRouter } from "../index.js";
import type { RouterFactory } from "./replay.js";

/** The production router factory (`createRouter` of the core API). */
export async function loadRouterFactory(): Promise<RouterFactory> {
  return (config, dependencies) => createRouter(config, dependencies);
}
