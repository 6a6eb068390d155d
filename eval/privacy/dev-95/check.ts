/**
 * Format and grid check for development set 95 (shared check: `../check-split-set.ts`). Values: phones valid US
 * numbers (libphonenumber), cards pass Luhn and are not documented test numbers, IBANs pass mod 97, SSNs outside the
 * never-issued ranges and the placeholders, numeric birth dates calendar dates, e-mails at non-documentation domains,
 * IP addresses public (not private, shared, loopback or documentation), driver's licences in a state format, street
 * addresses start with a house number. Grid: each prompt's text, with its filled values taken out, is its template's
 * text (the other authors' wording kept); every reportable kind has positives and negatives; the negatives' test
 * values are documented ones; at least 40 % negatives. Then counts per template and the per-half table.
 * Run: npx tsx eval/privacy/dev-95/check.ts
 */
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { checkSplitSet, compactValue, printHalfTable, readHalves, ssnWrong, standardValueCheck } from "../check-split-set.js";
import { TEMPLATES } from "./templates.js";
import { EXAMPLE_IBANS, PLACEHOLDER_SSNS, TEST_CARDS } from "./values.js";

const standard = standardValueCheck(["US"], () => "unexpected national_id");

function ipWrong(value: string): string | undefined {
  const octets = value.split(".").map(Number);
  if (octets.length !== 4 || octets.some((octet) => !(octet >= 0 && octet <= 255))) return "not IPv4";
  const [a, b, c] = octets as [number, number, number, number];
  const reserved =
    a === 10 ||
    a === 127 ||
    a === 0 ||
    a >= 224 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 192 && b === 0 && c === 2) ||
    (a === 198 && b === 51 && c === 100) ||
    (a === 203 && b === 0 && c === 113) ||
    (a === 169 && b === 254);
  return reserved ? "a reserved range" : undefined;
}

const folder = dirname(fileURLToPath(import.meta.url));
checkSplitSet(folder, (category, value, lang) => {
  if (category === "payment_card" && TEST_CARDS.includes(compactValue(value))) return "a documented test card";
  if (category === "us_ssn" && PLACEHOLDER_SSNS.includes(value)) return "a placeholder SSN";
  if (category === "email" && /@(example\.|domain\.com|yourcompany\.com|test\.invalid)/.test(value)) return "a documentation domain";
  if (category === "ip_address") return ipWrong(value);
  if (category === "driver_license")
    return /^([A-Z][0-9]{7}|[0-9]{3} [0-9]{3} [0-9]{3}|[A-Z][0-9]{3}-[0-9]{3}-[0-9]{2}-[0-9]{3}-[0-9]|[A-Z][0-9]{3}-[0-9]{4}-[0-9]{4}|[0-9]{8})$/.test(value)
      ? undefined
      : "no state format";
  if (category === "street_address") return /^(Apt\.? |Suite |Unit |#)?[0-9A-Z ]*[0-9]+ /.test(value) ? undefined : "no house number";
  if (category === "us_ssn") return ssnWrong(value);
  return standard(category, value, lang);
});

const records = readHalves(folder);
const problems: string[] = [];
const byId = new Map(TEMPLATES.map((template) => [template.id, template]));
const perTemplate = new Map<string, [number, number]>();
const perKind = new Map<string, [number, number]>();
for (const record of records) {
  const [kinds, id, fill] = record.kind.split(":") as [string, string, string];
  const template = byId.get(id);
  if (!template) {
    problems.push(`${record.id}: unknown template ${id}`);
    continue;
  }
  // the template's wording, with each {{slot}} matching any filled value, must be the prompt
  const pattern = new RegExp(
    `^${template.text
      .split(/\{\{\w+\}\}/)
      .map((piece) => piece.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join("[^]*?")}$`,
  );
  if (!pattern.test(record.prompt)) problems.push(`${record.id}: not the wording of template ${id}`);
  const tally = (map: Map<string, [number, number]>, key: string) => {
    const pair = map.get(key) ?? [0, 0];
    pair[record.sensitive ? 0 : 1]++;
    map.set(key, pair);
  };
  tally(perTemplate, id);
  for (const kind of kinds.replace(/^neg-/, "").split("+")) tally(perKind, kind);
  if (record.sensitive !== (fill === "filled")) problems.push(`${record.id}: fill ${fill} but sensitive ${record.sensitive}`);
  if (fill === "test" && /\b(IBAN|from)\b/.test(template.text) && kinds.includes("iban") && !EXAMPLE_IBANS.some((value) => record.prompt.includes(value)))
    problems.push(`${record.id}: a test IBAN that is not a documented example`);
}
for (const kind of ["card", "iban", "ssn", "dl", "ip", "dob", "phone", "email", "address"]) {
  const [positives, negatives] = perKind.get(kind) ?? [0, 0];
  if (positives === 0 || negatives === 0) problems.push(`kind ${kind}: ${positives} positives, ${negatives} negatives`);
}
const negativeShare = records.filter((line) => !line.sensitive).length / records.length;
if (negativeShare < 0.4) problems.push(`only ${(100 * negativeShare).toFixed(1)} % negatives`);
process.stdout.write(
  `per kind (sensitive/not): ${[...perKind].map(([kind, [s, n]]) => `${kind} ${s}/${n}`).join(", ")}\n` +
    `per template (sensitive/not): ${[...perTemplate]
      .sort()
      .map(([id, [s, n]]) => `${id} ${s}/${n}`)
      .join(" ")}\n` +
    `grid: ${perTemplate.size} of ${TEMPLATES.length} templates used, ${(100 * negativeShare).toFixed(1)} % negatives\n` +
    (problems.length === 0 ? "grid ok\n" : `${problems.join("\n")}\n${problems.length} grid problems\n`),
);
if (problems.length > 0) process.exitCode = 1;
printHalfTable(folder);
