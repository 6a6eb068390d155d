/**
 * Structure-aware detection: a value in a record is personal data because of the field, column or
 * segment that holds it, even when the value alone (a bare number, a date) would say nothing.
 */
import type { Detector, Emit } from "../detector.js";
import { collectKeyValueFields, emitFields } from "./key-values.js";
import { runHl7, runSqlInserts, runTables, runVcards } from "./records.js";
import { runScriptLabels } from "./script-labels.js";
import { runXmlElements } from "./xml-elements.js";
import { runX12Segments } from "./x12-segments.js";
import { runTravelRecords } from "./travel-records.js";
import { runManifestRows } from "./manifest-rows.js";
import { runAnsiNist } from "./ansi-nist.js";
import { runNachaEntries } from "./nacha.js";
import { runCda } from "./cda.js";
import { runGedcom } from "./gedcom.js";
import { runDrawnTables, runFixedWidthTables, runHtmlTables, runJsonTables, runLabelLines } from "./header-tables.js";

function runKeyValues(text: string, emit: Emit): void {
  emitFields(collectKeyValueFields(text), emit, "record-field", false, text);
}

export const structuredDetectors: Detector[] = [
  { name: "record-fields", run: runKeyValues },
  { name: "table-columns", run: runTables },
  { name: "hl7-segments", run: runHl7 },
  { name: "vcards", run: runVcards },
  { name: "sql-inserts", run: runSqlInserts },
  { name: "script-label-fields", run: runScriptLabels },
  { name: "xml-elements", run: runXmlElements },
  { name: "x12-segments", run: runX12Segments },
  { name: "travel-records", run: runTravelRecords },
  { name: "manifest-rows", run: runManifestRows },
  { name: "ansi-nist-fields", run: runAnsiNist },
  { name: "nacha-entries", run: runNachaEntries },
  { name: "cda-attributes", run: runCda },
  { name: "gedcom-births", run: runGedcom },
  { name: "json-tables", run: runJsonTables },
  { name: "html-tables", run: runHtmlTables },
  { name: "drawn-tables", run: runDrawnTables },
  { name: "fixed-width-tables", run: runFixedWidthTables },
  { name: "label-lines", run: runLabelLines },
];
