#!/usr/bin/env node
// `npm run test:examples`: runs the shipped examples against the packed npm package, as a user
// would get them: `npm pack`, the tarball unpacked as node_modules/routellm of a temporary app
// (its dependencies linked from this checkout's node_modules, so no registry is needed), the
// examples copied next to it, and scripts/examples-check.ts run there: it imports each example
// (which imports "routellm" by name) and checks its result with instant fake models.
// Builds dist/ first when it is missing. Exit code non-zero on any failure.
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const run = (command, args, cwd = root) =>
  execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"] })
    .toString()
    .trim();

if (!existsSync(join(root, "dist/src/index.js"))) run("npm", ["run", "build"]);
const app = mkdtempSync(join(tmpdir(), "routellm-examples-"));
try {
  const tarball = run("npm", ["pack", "--ignore-scripts", "--silent", "--pack-destination", app]).split("\n").at(-1);
  const modules = join(app, "node_modules");
  const packageDir = join(modules, "routellm");
  mkdirSync(packageDir, { recursive: true });
  run("tar", ["-xzf", join(app, tarball), "-C", packageDir, "--strip-components=1"]);
  for (const entry of readdirSync(join(root, "node_modules"))) {
    if (entry === "routellm" || entry.startsWith(".")) continue;
    symlinkSync(join(root, "node_modules", entry), join(modules, entry));
  }
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "routellm-examples-app", private: true, type: "module" }));
  cpSync(join(root, "examples"), join(app, "examples"), { recursive: true });
  cpSync(join(root, "scripts/examples-check.ts"), join(app, "scripts/examples-check.ts"));
  const tsx = join(root, "node_modules/tsx/dist/loader.mjs");
  execFileSync(process.execPath, ["--import", tsx, "scripts/examples-check.ts"], { cwd: app, stdio: "inherit" });
  console.log(`examples ran against ${tarball}`);
} finally {
  rmSync(app, { recursive: true, force: true });
}
