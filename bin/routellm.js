#!/usr/bin/env node
// Thin launcher: runs the compiled CLI (built by `npm ci` through the prepare script).
import("../dist/src/cli/main.js").catch((error) => {
  console.error(`routellm: could not start (${error?.message ?? error}). Run \`npm run build\` first.`);
  process.exit(1);
});
