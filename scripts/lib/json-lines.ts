import { readFileSync } from "node:fs";

/** The non-empty strings that `read` picks from each JSON line of a file (a string or a list of them per line). */
export function jsonLines(path: string, read: (record: Record<string, unknown>) => unknown): string[] {
  const texts: string[] = [];
  for (const line of readFileSync(path, "utf8").split("\n")) {
    if (!line.trim()) continue;
    const value = read(JSON.parse(line) as Record<string, unknown>);
    for (const text of Array.isArray(value) ? value : [value]) if (typeof text === "string" && text.length > 0) texts.push(text);
  }
  return texts;
}
