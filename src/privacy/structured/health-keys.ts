/**
 * Session 53 (issue #15): record keys that name a care step in some records and a job, a project step or a setting in
 * others (`"intervention"`, `"procedure"`, `"treatment"`, `"soins"`): a health field only when the value reads as
 * medical (a health term of the lexicon, a medicine or a clinical word ending), and, as for every health field, only
 * beside a person or an identifier in the same record (`emitFields`). A plumber's `"intervention": "remplacement
 * chaudière"` or an A/B test's `"treatment": "variant B"` stays unread.
 */
import { healthTermSearch } from "../detectors/health-term-match.js";
import { MEDICAL_VALUE_HINT } from "../detectors/medical-terms.js";
import { findMedicalTerms } from "../detectors/medical-vocabulary.js";

/** Normalised keys (field-names.ts normalizeFieldName) that the field-name table leaves out for being ambiguous. */
export const AMBIGUOUS_HEALTH_KEYS: ReadonlySet<string> = new Set(
  "intervention interventions interventie procedure procedures treatment treatments therapy therapie therapies soin soins acte actes actemedical operation operations operacion operacao operazione behandlung behandeling leczenie tratamento trattamento".split(
    " ",
  ),
);

/** True when a short value names a condition, a procedure or a medicine. */
export function readsMedical(value: string): boolean {
  if (value.length < 3 || value.length > 120) return false;
  if (MEDICAL_VALUE_HINT.test(value) || findMedicalTerms(value).length > 0) return true;
  const [pattern, haystack] = healthTermSearch(value, value.toLowerCase());
  pattern.lastIndex = 0;
  return pattern.exec(haystack) !== null;
}
