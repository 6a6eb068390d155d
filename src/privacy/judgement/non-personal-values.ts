/**
 * Session-32 judgements of values that look like credentials or birth dates but belong to no one (issue #15's hard
 * negatives): credential references (credential-references.ts), example passwords in talk about passwords
 * (example-passwords.ts), and the writer's own unnamed or bounding birth dates (unattributed-birth-dates.ts); session 35's
 * look-alike dates, phones, masked values and places' addresses (look-alike-values.ts); session 42's conditions of the
 * sender's unnamed relative in a chat-export message (chat-relative-health.ts); session 43's passwords of a work of
 * fiction's characters (fiction-passwords.ts).
 * The scanner drops a finding for which the judge of its text returns true.
 */
import type { PrivacyFinding } from "../types.js";
import { isCredentialReference } from "./credential-references.js";
import { isExamplePassword, type PasswordTalk } from "./example-passwords.js";
import { isUnattributedBirthDate, type NamesInText } from "./unattributed-birth-dates.js";
import { isLookAlikeValue } from "./look-alike-values.js";
import { isChatRelativeHealth, type ChatMessages } from "./chat-relative-health.js";
import { isFictionPassword } from "./fiction-passwords.js";

/**
 * The judge for the findings of one text: what it reads about the whole text is read once (linear in the text). With
 * `unnamedRelatives` (`privacy.unnamedRelatives: sensitive`) a chat message's unnamed relative's condition is kept (a
 * programme offered to all staff is still dropped).
 */
export function nonPersonalValueJudge(options: { unnamedRelatives?: boolean } = {}): (text: string, finding: PrivacyFinding) => boolean {
  const talk: PasswordTalk = {};
  const names: NamesInText = {};
  const chat: ChatMessages = {};
  return (text, finding) =>
    isCredentialReference(text, finding) ||
    isExamplePassword(text, finding, talk) ||
    isUnattributedBirthDate(text, finding, names) ||
    isLookAlikeValue(text, finding) ||
    isChatRelativeHealth(text, finding, chat, options.unnamedRelatives) ||
    isFictionPassword(text, finding);
}
