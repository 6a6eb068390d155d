/**
 * Check for development set 88 (shared format check: `../check-split-set.ts`). Every number is checked by stdnum
 * (another author's validators), not by the guard's code:
 * - every labelled span validates under the stdnum module its `kind` names, as a person's number (`isIndividual`, or
 *   the two overrides of numbers.ts);
 * - every generated number (entries.ts `VALUES`) is in a prompt, and stdnum says of it what the set claims: a person's,
 *   a company's (`isCompany`), or invalid (the order, reference and maths numbers of a personal number's shape);
 *   documented samples are reported with stdnum's verdict;
 * then, for information, where the guard's own checks (src/privacy/checksums.ts and the detectors' validators) disagree
 * with stdnum on a value (not a failure: README.md says which side is wrong), and the per-half table.
 * Run: npx tsx eval/privacy/dev-88/check.ts
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as sums from "../../../src/privacy/checksums.js";
import { chineseResidentIdValid, koreanRrnChecksumValid } from "../../../src/privacy/detectors/asian-ids.js";
import { curpValid } from "../../../src/privacy/detectors/document-numbers.js";
import { innValid, nipValid, peselValid } from "../../../src/privacy/detectors/east-european.js";
import { italianCfValid } from "../../../src/privacy/detectors/ids.js";
import {
  australianTfnValid,
  chileanRutValid,
  icelandicPersonalKennitalaValid,
  irishPpsnValid,
  swissAhvValid,
  uruguayanCiValid,
  yugoslavPersonalNumberValid,
} from "../../../src/privacy/detectors/national-ids.js";
import { bsnValid, cpfValid } from "../../../src/privacy/detectors/numbers.js";
import { cnpjValid, mexicanPersonRfcValid } from "../../../src/privacy/detectors/person-tax-numbers.js";
import { taiwanIdValid, thaiIdValid } from "../../../src/privacy/detectors/script-ids.js";
import { checkSplitSet, printHalfTable } from "../check-split-set.js";
import { VALUES } from "./entries.js";
import { PERSON_FLAG_OVERRIDES, stdnumModule } from "./numbers.js";

const folder = dirname(fileURLToPath(import.meta.url));
let problems = 0;
const fail = (why: string) => {
  problems++;
  process.stdout.write(`${why}\n`);
};

/**
 * stdnum's verdict on a written value; a few modules (TR.tckimlik, TR.vkn) keep inner spaces in their `compact`, so a
 * value stdnum rejects is tried once more without whitespace (a space is never part of a number).
 */
function verdict(module: string, written: string): "personal" | "company" | "invalid" | "neither" {
  let result = stdnumModule(module).validate(written);
  if (!result.isValid) result = stdnumModule(module).validate(written.replace(/\s/g, ""));
  if (!result.isValid) return "invalid";
  const override = PERSON_FLAG_OVERRIDES[module];
  if (override ? override(result.compact ?? written) : result.isIndividual) return "personal";
  return result.isCompany ? "company" : "neither";
}

/** The guard's own check of a module's compact value, where it has one. */
const GUARD: Record<string, (compact: string) => boolean> = {
  "DE.idnr": sums.germanTaxIdValid,
  "FR.nir": sums.inseeValid,
  "ES.dni": sums.spanishIdValid,
  "TR.tckimlik": sums.turkishIdValid,
  "UA.rntrc": sums.ukrainianTaxNumberValid,
  "SE.personnummer": (compact) => sums.swedishPersonalNumberValid(compact.replace(/\D/g, "").slice(-10)),
  "FI.hetu": sums.finnishPersonalIdValid,
  "NO.fodselsnummer": sums.norwegianBirthNumberValid,
  "RO.cnp": sums.romanianPersonalCodeValid,
  "CZ.rc": sums.czechBirthNumberValid,
  "SK.rc": sums.czechBirthNumberValid,
  "PT.nipc": sums.portugueseTaxNumberValid,
  "BE.nn": sums.belgianNationalNumberValid,
  "EE.ik": sums.balticPersonalCodeValid,
  "LT.asmens": sums.balticPersonalCodeValid,
  "IL.idnr": sums.israeliIdValid,
  "MY.nric": sums.malaysianIdValid,
  "IN.aadhaar": sums.verhoeffValid,
  "CA.sin": sums.luhnValid,
  "ZA.idnr": sums.luhnValid,
  "CN.ric": chineseResidentIdValid,
  "KR.rrn": koreanRrnChecksumValid,
  "MX.curp": curpValid,
  "MX.rfc": (compact) => compact.length !== 13 || mexicanPersonRfcValid(compact),
  "PL.pesel": peselValid,
  "PL.nip": nipValid,
  "RU.inn": innValid,
  "IT.codicefiscale": italianCfValid,
  "AU.tfn": australianTfnValid,
  "CL.run": (compact) => chileanRutValid(compact.slice(0, -1), compact.slice(-1)),
  "UY.cedula": (compact) => uruguayanCiValid(compact.slice(0, -1), compact.slice(-1)),
  "IE.pps": (compact) => irishPpsnValid(compact.slice(0, 7), compact[7]!, compact[8] ?? ""),
  "NL.bsn": bsnValid,
  "BR.cpf": cpfValid,
  "BR.cnpj": cnpjValid,
  "TW.natid": taiwanIdValid,
  "TH.idnr": thaiIdValid,
  "RS.jmbg": yugoslavPersonalNumberValid,
  "SI.emso": yugoslavPersonalNumberValid,
  "CH.ssn": swissAhvValid,
};
/** Checks of a person's number only: a company's kennitala (day + 40) is not one. */
const PERSONAL_ONLY: Record<string, (compact: string) => boolean> = { "IS.kennitala": icelandicPersonalKennitalaValid };

const disagreements: string[] = [];
const prompts: string[] = [];
for (const half of ["a", "b"]) {
  for (const text of readFileSync(join(folder, `${half}.jsonl`), "utf8")
    .split("\n")
    .filter(Boolean)) {
    const line = JSON.parse(text) as { id: string; prompt: string; kind: string; spans: Array<{ start: number; end: number; category: string }> };
    prompts.push(line.prompt);
    const module = line.kind.split(":")[1]!;
    for (const span of line.spans) {
      if (span.category === "date_of_birth") continue;
      const value = line.prompt.slice(span.start, span.end);
      const said = verdict(module, value);
      if (said !== "personal") fail(`${line.id}: ${module} "${value}" is ${said} for stdnum, labelled a person's`);
    }
  }
}
for (const { module, written, expect } of VALUES) {
  if (!prompts.some((prompt) => prompt.includes(written))) fail(`${module} "${written}" is in no prompt`);
  const said = verdict(module, written);
  if (expect === "documented") process.stdout.write(`documented sample ${module} "${written}": stdnum says ${said}\n`);
  else if (said !== expect) fail(`${module} "${written}": stdnum says ${said}, the set says ${expect}`);
  const guard = GUARD[module] ?? (expect === "personal" ? PERSONAL_ONLY[module] : undefined);
  if (guard && expect !== "documented") {
    const compact = stdnumModule(module).compact(written.replace(/\s/g, ""));
    const ours = guard(compact);
    const theirs = said !== "invalid";
    if (ours !== theirs) disagreements.push(`${module} ${compact}: stdnum ${theirs ? "valid" : "invalid"}, the guard's check ${ours ? "valid" : "invalid"}`);
  }
}
process.stdout.write(`${VALUES.length} generated values checked by stdnum; ${disagreements.length} disagreements with the guard's checks\n`);
for (const line of [...new Set(disagreements)]) process.stdout.write(`  disagree: ${line}\n`);

checkSplitSet(folder);
printHalfTable(folder);
if (problems > 0) {
  process.stdout.write(`${problems} stdnum problems\n`);
  process.exitCode = 1;
}
