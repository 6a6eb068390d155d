import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";

/**
 * A commit's src/ and data/ unpacked under tmp/privacy-base-<hash>/ (git-ignored; node_modules resolves from the
 * repository), once: the directory to import an old scanner from. `ref` is any git revision.
 */
export function unpackBase(root: string, ref: string): { commit: string; directory: string } {
  const commit = execFileSync("git", ["rev-parse", ref], { cwd: root, encoding: "utf8" }).trim();
  const directory = join(root, "tmp", `privacy-base-${commit.slice(0, 12)}`);
  if (!existsSync(join(directory, "src/privacy/index.ts"))) {
    mkdirSync(directory, { recursive: true });
    execFileSync("sh", ["-c", `git archive ${commit} src data | tar -x -C "${directory}"`], { cwd: root });
  }
  return { commit, directory };
}
