import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { routerConfigSchema } from "../../src/config/schema.js";

/** The part of a zod 4 schema's definition the walk reads. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      shape?: Record<string, SchemaNode>;
      element?: SchemaNode;
      valueType?: SchemaNode;
      catchall?: SchemaNode;
      defaultValue?: unknown;
    };
  };
}
interface KeyPath {
  path: string;
  leaf: boolean;
  /** Objects only: unknown keys are refused. */
  strict?: boolean;
  /** The schema's `.default(…)`, when the key has one. */
  schemaDefault?: unknown;
}

const WRAPPERS = new Set(["optional", "default", "prefault", "nullable"]);
const unwrap = (node: SchemaNode): SchemaNode => (WRAPPERS.has(node._zod.def.type) ? unwrap(node._zod.def.innerType!) : node);
const isObject = (node: SchemaNode | undefined) => node !== undefined && unwrap(node)._zod.def.type === "object";

/** Every key path of the schema as the reference writes it: `models[].pricing.inputPer1M`, `profiles.<name>.tiers`. */
function keyPaths(node: SchemaNode, path = ""): KeyPath[] {
  const def = unwrap(node)._zod.def;
  if (def.type === "object")
    return [
      { path, leaf: false, strict: def.catchall?._zod.def.type === "never" },
      ...Object.entries(def.shape!).flatMap(([key, child]) => keyPaths(child, path ? `${path}.${key}` : key)),
    ];
  if (def.type === "array" && isObject(def.element)) return [{ path, leaf: false }, ...keyPaths(def.element!, `${path}[]`)];
  if (def.type === "record" && isObject(def.valueType)) return [{ path, leaf: false }, ...keyPaths(def.valueType!, `${path}.<name>`)];
  return [{ path, leaf: true, ...(node._zod.def.type === "default" ? { schemaDefault: node._zod.def.defaultValue } : {}) }];
}

const paths = keyPaths(routerConfigSchema as unknown as SchemaNode).filter((entry) => entry.path !== "");
const reference = readFileSync(new URL("../../docs/configuration.md", import.meta.url), "utf8");
/** The first cell of every table row naming a key (lower-case first letter: environment variables are not keys). */
const rowKeys = [...reference.matchAll(/^\| `([a-z][^`]*)` \|/gm)].map((match) => match[1]!);
/** Each key row's default cell (the third; a type's union is written with escaped bars, `a` \| `b`), backticks dropped. */
const defaultCells = new Map(
  reference
    .split("\n")
    .filter((line) => /^\| `[a-z]/.test(line))
    .map((line) => line.split(/(?<!\\)\|/).map((cell) => cell.trim().replaceAll("`", "")))
    .map((cells) => [cells[1]!, cells[3]!] as const),
);

describe("docs/configuration.md: the configuration reference", () => {
  it("has a table row for every key of the zod schema", () => {
    expect(paths.length).toBeGreaterThan(250);
    const documented = new Set(rowKeys);
    expect(paths.filter((entry) => entry.leaf && !documented.has(entry.path)).map((entry) => entry.path)).toEqual([]);
  });

  it("names no key the schema lacks", () => {
    const known = new Set(paths.map((entry) => entry.path));
    expect(rowKeys.filter((key) => !known.has(key))).toEqual([]);
  });

  it("gives every key with a schema default that default (a note may follow it: 604800 (7 days))", () => {
    const written = (value: unknown) => (typeof value === "string" ? value : JSON.stringify(value).replaceAll(",", ", "));
    const withDefault = paths.filter((entry) => entry.leaf && "schemaDefault" in entry);
    expect(withDefault.length).toBeGreaterThan(150);
    const wrong = withDefault.filter((entry) => !defaultCells.get(entry.path)?.startsWith(written(entry.schemaDefault)));
    expect(wrong.map((entry) => `${entry.path}: ${written(entry.schemaDefault)} / ${defaultCells.get(entry.path)}`)).toEqual([]);
  });

  it("every object of the schema refuses unknown keys, as the reference says", () => {
    expect(paths.filter((entry) => entry.strict === false).map((entry) => entry.path)).toEqual([]);
  });
});
