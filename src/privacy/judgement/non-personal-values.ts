/**
 * Session-32 judgements of values that look like credentials or birth dates but belong to no one (issue #15's hard
 * negatives): credential references (credential-references.ts), example passwords in talk about passwords
 * (example-passwords.ts), and the writer's own unnamed or bounding birth dates (unattributed-birth-dates.ts).
 * The scanner drops a finding for which this returns true.
 */
import type { PrivacyFinding } from "../types.js";
import { isCredentialReference } from "./credential-references.js";
import { isExamplePassword } from "./example-passwords.js";
import { isUnattributedBirthDate } from "./unattributed-birth-dates.js";

export function isNonPersonalValue(text: string, finding: PrivacyFinding): boolean {
  return isCredentialReference(text, finding) || isExamplePassword(text, finding) || isUnattributedBirthDate(text, finding);
}
