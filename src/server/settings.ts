import type { RouterConfig } from "../index.js";

/** The `server` section of a validated config (schema in src/config/sections/server.ts). */
export type ServerSettings = RouterConfig["server"];
export type ServerAuthSettings = ServerSettings["auth"];
