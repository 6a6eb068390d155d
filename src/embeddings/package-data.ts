import { readFileSync } from "node:fs";
import { RouterError } from "../errors.js";

/** A file of the package's data/ folder (compiled code lives one folder deeper, in dist/src/embeddings). */
export function packageDataUrl(folder: string, file: string): URL {
  const root = import.meta.url.includes("/dist/") ? "../../../" : "../../";
  return new URL(`${root}data/${folder}/${file}`, import.meta.url);
}

/** Reads a shipped data file; a missing or unreadable one is a DATASET_INVALID error naming `what` and the path. */
export function readPackageData(url: URL, what: string): Buffer {
  try {
    return readFileSync(url);
  } catch (cause) {
    throw new RouterError("DATASET_INVALID", `cannot read ${what} at ${url.pathname}`, { cause });
  }
}
