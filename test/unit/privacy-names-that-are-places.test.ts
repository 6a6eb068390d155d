import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 43, dev-51 (s43-places): names that are also places and things, and public project mailboxes. Each rule with
 * its look-alike twin: a condition owned by a group or an institution, a lone name used as a place or in a compound
 * noun, an aggregate amount, a project's list or bug address.
 */
const POSITIVES: Array<[string, string]> = [
  // Person evidence keeps the person, whatever the word also means.
  ["Jordan, my flatmate, has leukaemia and can't pay the rent.", "health:leukaemia"],
  ["My sister-in-law Charlotte has ovarian cancer.", "health:ovarian cancer"],
  ["Anna Weber has cancer and is at the hospital.", "health:cancer"],
  ["Madison, my niece, has type 1 diabetes.", "health:type 1 diabetes"],
  ["Grace has diabetes.", "health:diabetes"],
  ["I live in Jordan and my friend Anna has cancer.", "health:cancer"],
  ["Jordan, Anna, and Tom have cancer.", "health:cancer"],
  // A name and its relation to the writer between commas: the relation is the person evidence, even for a word that is
  // also a place or a noun.
  ["Lourdes, mi compañera de piso, tiene lupus.", "health:lupus"],
  ["Ruby, my son's teacher, has long COVID and is off until March.", "health:long COVID"],
  ["Will, my flatmate, has £320,000 of debt from his failed restaurant.", "financial:£320,000"],
  ["Holly, my babysitter, has coeliac disease.", "health:coeliac disease"],
  // A person's own money beside the word "salary"; no aggregate word before the amount.
  ["Florence's salary is €28,000.", "financial:€28,000"],
  // A person's address with a list-like word: the name is written before it, or a personal cue, or a country's second level.
  ["contact Anna at anna-dev@weber.org", "email:anna-dev@weber.org"],
  ["my email is dev@devpatel.com", "email:dev@devpatel.com"],
  ["write to bugs@tomhill.co.uk", "email:bugs@tomhill.co.uk"],
  ["contact Dev Patel: dev@patel-family.org", "email:dev@patel-family.org"],
];

const NEGATIVES = [
  // The condition belongs to a group or an institution.
  "Madison has a new free clinic for uninsured patients with diabetes.",
  "Houston's cancer center treats over 170,000 patients a year.",
  "Nancy a un nouveau centre de lutte contre le cancer au CHRU.",
  "Sofia has the country's largest oncology hospital, treating 20,000 cancer patients a year.",
  // A lone name as a place (its state between commas) or in a compound noun.
  "Aurora, Colorado, reports asthma rates above the state average.",
  "Penny stocks for diabetes drug makers fell 40% this year.",
  "Faith-based clinics offer free depression screening.",
  // No relation word between the commas, or a greeting before them.
  "Hello, my friend, has cancer.",
  "Victoria, my old school, has a nurse for kids with asthma.",
  // An aggregate amount.
  "Lorraine : le salaire moyen y est de 2 100 € net par mois.",
  // Project list and bug addresses.
  "Bugs in glibc are discussed on libc-alpha@sourceware.org.",
  "Discuss the proposal on dev@spark.apache.org first.",
  "GNU Emacs bugs: bug-gnu-emacs@gnu.org",
  "Ask on the curl mailing list, curl-library@lists.haxx.se.",
];

describe("session 43: names that are also places and things, project mailboxes", () => {
  it.each(POSITIVES)("found: %s", (text, value) => {
    expect(found(text)).toContain(value);
  });
  it.each(NEGATIVES.map((text) => [text]))("no finding: %s", (text) => {
    expect(found(text)).toEqual([]);
  });
});
