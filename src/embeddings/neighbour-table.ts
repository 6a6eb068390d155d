import { packageDataUrl, readPackageData } from "./package-data.js";
import { parseNeighbourTable } from "../policies/synonym-table.js";

export const BUILTIN_NEIGHBOURS_URL = packageDataUrl("word-vectors", "neighbours.tsv");

let builtin: ((stem: string) => readonly string[] | undefined) | undefined;

/** The shipped English word-neighbour table (data/word-vectors/neighbours.tsv), read once. */
export function builtinNeighbourTable(): (stem: string) => readonly string[] | undefined {
  if (!builtin) {
    const text = readPackageData(BUILTIN_NEIGHBOURS_URL, "the built-in word-neighbour table").toString("utf8");
    builtin = parseNeighbourTable(text);
  }
  return builtin;
}
