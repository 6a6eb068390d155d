import { readFileSync } from "node:fs";
import type { Command } from "commander";
import { z } from "zod";
import { DEFAULT_CONFIG, RouterError, createPrivacyScanner, privacyScannerOptions, resolveConfig, type PrivacyFinding } from "../../index.js";
import { readPromptArgument } from "../read-input.js";

interface PrivacyScanOptions {
  json?: boolean;
  jsonl?: string;
  config?: string;
}

const jsonlRecordSchema = z.object({ id: z.union([z.string(), z.number()]).optional(), prompt: z.string() }).passthrough();

interface ScanItem {
  id: string;
  prompt: string;
}

/** Reads `{"id","prompt"}` lines; a bad line stops the run before anything is printed. */
function readJsonl(path: string): ScanItem[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (cause) {
    throw new RouterError("INVALID_REQUEST", `cannot read ${path}: ${(cause as Error).message}`, { cause });
  }
  const items: ScanItem[] = [];
  content.split("\n").forEach((line, index) => {
    if (line.trim().length === 0) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch {
      throw new RouterError("INVALID_REQUEST", `${path}:${index + 1}: not valid JSON`, { details: { line: index + 1 } });
    }
    const record = jsonlRecordSchema.safeParse(parsed);
    if (!record.success) {
      const issue = record.error.issues[0];
      const field = issue?.path.join(".") || "(line)";
      throw new RouterError("INVALID_REQUEST", `${path}:${index + 1}: ${field}: ${issue?.message ?? 'expected {"id", "prompt"}'}`, {
        details: { line: index + 1, field },
      });
    }
    items.push({ id: record.data.id === undefined ? String(index + 1) : String(record.data.id), prompt: record.data.prompt });
  });
  return items;
}

function result(id: string, findings: PrivacyFinding[]) {
  return {
    id,
    sensitive: findings.length > 0,
    categories: [...new Set(findings.map((finding) => String(finding.category)))],
    spans: findings.map(({ start, end, category }) => ({ start, end, category })),
  };
}

export function registerPrivacyCommand(program: Command): void {
  const privacy = program.command("privacy").description("Privacy guard tools");
  privacy
    .command("scan")
    .description('Scan text (argument or stdin) or a JSONL file of {"id","prompt"} for sensitive data; prints spans, never values')
    .argument("[text]", "text to scan (read from stdin when absent and --jsonl is not given)")
    .option("--json", "print one JSON object per item")
    .option("--jsonl <file>", 'scan every {"id","prompt"} line of a JSONL file')
    .option("-c, --config <file>", "config file whose privacy.custom detectors are added (default: ./routellm.config.yaml if present)")
    .action(async (textArgument: string | undefined, options: PrivacyScanOptions) => {
      const loaded = resolveConfig(options.config, DEFAULT_CONFIG);
      const scanner = createPrivacyScanner(privacyScannerOptions(loaded.config.privacy));
      const items = options.jsonl ? readJsonl(options.jsonl) : [{ id: "input", prompt: await readPromptArgument(textArgument) }];
      const lines: string[] = [];
      for (const item of items) {
        const scanned = result(item.id, scanner.scan(item.prompt));
        if (options.json) lines.push(JSON.stringify(scanned));
        else {
          const summary = scanned.sensitive ? `sensitive: ${scanned.categories.join(", ")}` : "not sensitive";
          const spans = scanned.spans.map((span) => `  ${span.category} [${span.start}, ${span.end})`);
          lines.push([`${item.id}: ${summary}`, ...spans].join("\n"));
        }
      }
      process.stdout.write(lines.length > 0 ? `${lines.join("\n")}\n` : "");
    });
}
