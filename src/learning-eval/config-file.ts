import { readFile, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { parseDocument, stringify } from "yaml";
import { RouterError } from "../errors.js";

/**
 * Sets values in a YAML config file in place, keeping everything else (comments, order, other
 * sections) as it was. `path` is the key path, e.g. ["bandit", "costWeight"]; an undefined value
 * removes the key.
 */
export async function updateConfigFile(file: string, updates: ReadonlyArray<{ path: readonly string[]; value: unknown }>): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new RouterError("CONFIG_NOT_FOUND", `config file not found: ${file}`, { cause, details: { path: file } });
  }
  const document = parseDocument(text);
  if (document.errors.length > 0) throw new RouterError("CONFIG_INVALID", `config file ${file} is not valid YAML: ${document.errors[0]!.message}`);
  for (const update of updates) {
    if (update.value !== undefined) document.setIn(update.path, update.value);
    else if (document.hasIn(update.path)) document.deleteIn(update.path);
  }
  await writeFile(file, document.toString(), "utf8");
}

/**
 * Writes a new config file holding `config` (e.g. the embedded default), for commands that record a
 * setting when no config file exists yet. Refuses to overwrite an existing file. Returns its path.
 */
export async function createConfigFile(file: string, config: unknown): Promise<string> {
  if (existsSync(file)) throw new RouterError("INVALID_REQUEST", `${file} already exists; pass it with --config to update it`);
  const header = "# RouteLLM config, created from the embedded default by routellm. Reference: docs/configuration.md in the RouteLLM repository.\n";
  await writeFile(file, header + stringify(config), "utf8");
  return file;
}
