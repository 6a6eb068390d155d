import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { isMap, isScalar, parseDocument, stringify, type Document } from "yaml";
import { RouterError } from "../../errors.js";

type Range = [number, number, number];

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf("\n", offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const end = text.indexOf("\n", offset);
  return end < 0 ? text.length : end;
}

/** A scalar as YAML writes it inline (plain when safe, quoted otherwise). */
function inlineScalar(value: unknown): string {
  return stringify(value).trimEnd();
}

/**
 * One key set or removed by editing the text itself: only the characters of that value (or that
 * line) change, so comments, flow maps, quoting and blank lines elsewhere stay as written. Returns
 * undefined when the edit cannot be made in place (the caller falls back to the Document API).
 */
function editInPlace(text: string, document: Document, path: readonly string[], value: unknown): string | undefined {
  const node = document.getIn(path, true);
  const parentPath = path.slice(0, -1);
  const parent = parentPath.length === 0 ? document.contents : document.getIn(parentPath, true);
  const key = path[path.length - 1]!;
  if (value === undefined) {
    if (node === undefined || !isMap(parent) || parent.flow) return node === undefined ? text : undefined;
    const pair = parent.items.find((item) => isScalar(item.key) && item.key.value === key);
    const keyRange = (pair?.key as { range?: Range } | undefined)?.range;
    const valueRange = (pair?.value as { range?: Range } | undefined)?.range;
    if (!keyRange || !valueRange) return undefined;
    return text.slice(0, lineStart(text, keyRange[0])) + text.slice(Math.min(text.length, lineEnd(text, valueRange[1]) + 1));
  }
  if (node !== undefined) {
    if (!isScalar(node) || !node.range) return undefined;
    return text.slice(0, node.range[0]) + inlineScalar(value) + text.slice(node.range[1]);
  }
  if (parent === undefined || parent === null) {
    // A missing top-level section: append it (block style) at the end of the file.
    if (parentPath.length !== 1 || !isMap(document.contents)) return undefined;
    const separator = text.length === 0 || text.endsWith("\n") ? "" : "\n";
    return `${text}${separator}${parentPath[0]}:\n  ${key}: ${inlineScalar(value)}\n`;
  }
  if (!isMap(parent) || parent.flow || parent.items.length === 0) return undefined;
  const first = parent.items[0]!.key as { range?: Range };
  const last = parent.items[parent.items.length - 1]!;
  const lastEnd = ((last.value ?? last.key) as { range?: Range }).range;
  if (!first.range || !lastEnd) return undefined;
  const indent = text.slice(lineStart(text, first.range[0]), first.range[0]);
  if (indent.trim() !== "") return undefined;
  const at = lineEnd(text, lastEnd[1]);
  return `${text.slice(0, at)}\n${indent}${key}: ${inlineScalar(value)}${text.slice(at)}`;
}

/**
 * Sets values in a YAML config file in place, keeping everything else (comments, layout, order,
 * other sections) byte for byte: only the edited value or line changes. `path` is the key path,
 * e.g. ["bandit", "costWeight"]; an undefined value removes the key.
 */
export async function updateConfigFile(file: string, updates: ReadonlyArray<{ path: readonly string[]; value: unknown }>): Promise<void> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (cause) {
    throw new RouterError("CONFIG_NOT_FOUND", `config file not found: ${file}`, { cause, details: { path: file } });
  }
  for (const update of updates) {
    const document = parseDocument(text);
    if (document.errors.length > 0) throw new RouterError("CONFIG_INVALID", `config file ${file} is not valid YAML: ${document.errors[0]!.message}`);
    const edited = editInPlace(text, document, update.path, update.value);
    const check = edited === undefined ? undefined : parseDocument(edited);
    if (edited !== undefined && check!.errors.length === 0 && check!.getIn(update.path) === update.value) {
      text = edited;
      continue;
    }
    // Not editable in place (e.g. inside a flow map): the Document API keeps comments, not layout.
    if (update.value !== undefined) document.setIn(update.path, update.value);
    else if (document.hasIn(update.path)) document.deleteIn(update.path);
    text = document.toString();
  }
  await writeFile(file, text, "utf8");
}

/**
 * Writes a new config file holding `config` (e.g. the embedded default), for commands that record a
 * setting when no config file exists yet. Refuses to overwrite an existing file. Returns its path.
 */
export async function createConfigFile(file: string, config: unknown): Promise<string> {
  if (existsSync(file)) throw new RouterError("INVALID_REQUEST", `${file} already exists; pass it with --config to update it`);
  const header = "# RouteLLM config, created from the embedded default by routellm (see README.md: Configuration).\n";
  await writeFile(file, header + stringify(config), "utf8");
  return file;
}
