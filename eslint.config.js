// ESLint (flat config): typescript-eslint's recommended rules for the whole tree. Formatting is
// Prettier's job (npm run format / format:check), so no stylistic rules here.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import regexp from "eslint-plugin-regexp";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "reports/", "**/*.d.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: {
        process: "readonly",
        console: "readonly",
        URL: "readonly",
        setTimeout: "readonly",
        clearTimeout: "readonly",
        setInterval: "readonly",
        clearInterval: "readonly",
        Buffer: "readonly",
        performance: "readonly",
        AbortController: "readonly",
        AbortSignal: "readonly",
        fetch: "readonly",
        TextEncoder: "readonly",
        TextDecoder: "readonly",
        structuredClone: "readonly",
        queueMicrotask: "readonly",
        setImmediate: "readonly",
        globalThis: "readonly",
      },
    },
    rules: {
      // Unused names are dead code; a leading underscore marks a parameter kept for a signature.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none", ignoreRestSiblings: true }],
      // `void promise` marks a deliberately unawaited call.
      "no-void": "off",
      // Type-only imports are written as such (they vanish at runtime and keep layering visible).
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports", disallowTypeAnnotations: false }],
      "no-empty": ["error", { allowEmptyCatch: true }],
      // Escapes that change nothing in a regular expression are harmless (and often clearer).
      "no-useless-escape": "off",
      // Test data spells out unusual spaces on purpose (the privacy scanner must see through them).
      "no-irregular-whitespace": ["error", { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
    },
  },
  // Super-linear backtracking in src/'s regular expressions (docs/security.md, "ReDoS check"): beside
  // `npm run check:regex` (recheck), these rules also read patterns built from constants (`new RegExp(\`…${WORDS}…\`)`)
  // and starts that each walk to the end of a run (`no-super-linear-move`). The findings present when they were enabled
  // are in eslint-suppressions.json (a baseline, not a review): a new one fails `npm run lint`.
  {
    files: ["src/**/*.ts"],
    plugins: { regexp },
    rules: { "regexp/no-super-linear-backtracking": "error", "regexp/no-super-linear-move": "error" },
  },
  {
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly", __dirname: "readonly" } },
  },
  {
    files: ["test/**", "bench/**", "eval/**"],
    rules: { "@typescript-eslint/no-non-null-assertion": "off", "@typescript-eslint/no-explicit-any": "off" },
  },
);
