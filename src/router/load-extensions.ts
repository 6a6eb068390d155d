import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { RouterConfig } from "../config/schema.js";
import { RouterError } from "../errors.js";
import type { RouterGraphExtension } from "./create-router.js";

/**
 * Imports the graph extensions a config lists (`extensions`): each module's default export (or its
 * `extend` export) must be a RouterGraphExtension. Paths were resolved against the config file
 * when it was loaded; a relative path left here resolves against the working folder.
 */
export async function loadExtensions(config: Pick<RouterConfig, "extensions">): Promise<RouterGraphExtension[]> {
  const extensions: RouterGraphExtension[] = [];
  for (const [index, specifier] of config.extensions.entries()) {
    const target = isAbsolute(specifier) ? pathToFileURL(specifier).href : specifier.startsWith(".") ? pathToFileURL(specifier).href : specifier;
    let module: { default?: unknown; extend?: unknown };
    try {
      module = (await import(target)) as typeof module;
    } catch (cause) {
      throw new RouterError("CONFIG_INVALID", `extensions[${index}]: cannot import "${specifier}": ${(cause as Error).message}`, {
        cause,
        details: { path: ["extensions", index] },
      });
    }
    const extension = typeof module.default === "function" ? module.default : module.extend;
    if (typeof extension !== "function")
      throw new RouterError("CONFIG_INVALID", `extensions[${index}]: "${specifier}" exports no graph extension (a default export or \`extend\` function)`, {
        details: { path: ["extensions", index] },
      });
    extensions.push(extension as RouterGraphExtension);
  }
  return extensions;
}
