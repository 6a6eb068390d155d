/**
 * An address under an organisation's name or in a work signature (issue #15, session 54, dev-95: Presidio's templates
 * "{{organization}}\n\n{{address}}", "Name: {{name}}\nAddress: {{address}}" with a company, "{{person}}\n{{job}}\n
 * {{organization}}\n{{address}}"): the address is the organisation's office, as a letterhead's or an imprint's is.
 *
 * Read on the (at most three) non-empty lines right above the address's line, each at most 80 characters, after an
 * optional field label ("Name:", "Company:"): the line right above names an organisation — capitalised words ending in
 * a legal form (LLP, LLC, Inc.), or, when its first word is no known given name, in a word that names a kind of
 * business ("… Logistics", "… Credit Union") or under a job title ("Software Engineer", "Head of Sales": the layout of
 * a work signature). A personal word on those lines or on the address's own line before the address (home, my, private) keeps
 * the address reported; so does a line naming a residence ("Residence", "Home address").
 */
import { isPersonName } from "../detectors/people-names.js";

/** The legal forms that end a company's name in English (the imprint rule reads the European ones). */
const LEGAL_FORM_END = /(?:^|[ \t])(?:LLP|L\.L\.P\.|LP|L\.P\.|LLC|Inc\.?|Ltd\.?|Co\.|Corp\.?|Corporation|PLC|GmbH|AG|S\.A\.|B\.V\.)$/u;
/**
 * The kind-of-business words that end a company's name; a line whose first word is a known given name is a person's
 * ("Thomas Bank", "Anna Church").
 */
const ORGANISATION_END =
  /(?:^|[ \t])(?:Company|Logistics|Software|Insurance|Assurance|Traders|Trading|Supply|Supplies|Systems|Solutions|Technologies|Technology|Labs|Laboratories|Partners|Associates|Consulting|Consultants|Holdings|Industries|Enterprises|Services|Credit Union|Bank|Bancorp|Clinic|Hospital|Practice|Surgery|Pharmacy|Bakery|Foundation|Motors|Foods|Networks|Ventures|Capital|Realty|Properties|Construction|Builders|Plumbing|Electric|Engineering|Manufacturing|Media|Publishing|Studios?|Agency|Institute|University|College|Academy|School|Council|Authority|Department|Ministry|Trust|Society|Association|Federation|Union|Church|Hotel|Restaurant|Café|Cafe|Brewery|Outfitters|Apparel|Pharmaceuticals|Healthcare|Dental|Veterinary|Law Firm|Attorneys|Solicitors|Accountants)$/u;
/** Two to six capitalised words (& and joined words allowed), the whole line. */
const NAME_LINE = /^(?:[\p{Lu}&][\p{L}&'’.-]*[ \t]){1,5}[\p{Lu}][\p{L}'’.-]*$/u;
/** A job title ending a short capitalised line ("Senior Accountant", "Lead Engineer", "VP"); "Head of Sales" below. */
const JOB_TITLE_WORDS = new Set(
  "Engineer Developer Manager Director Officer Accountant Analyst Consultant Specialist Coordinator Supervisor Administrator Representative Associate Assistant Secretary Clerk Advisor Adviser Executive Architect Designer Hygienist Paralegal Attorney Lawyer Counsel Nurse Technician Scientist Researcher Professor Lecturer Librarian Recruiter Buyer Controller Auditor Planner Producer Editor Founder Co-founder President Partner Principal Lead CEO CFO CTO COO VP".split(
    " ",
  ),
);
const HEAD_OF = /^Head of \p{Lu}/u;
const jobTitle = (line: string) => HEAD_OF.test(line) || JOB_TITLE_WORDS.has(line.slice(line.lastIndexOf(" ") + 1));
/** One to five words, the first capitalised (a job title's line). */
const SHORT_LINE = /^[\p{Lu}][\p{L}'’.,-]*(?:[ \t][\p{L}&'’.,-]+){0,4}$/u;
/** A field label before the value on a line ("Name:    ", "Company: ", "Address:     "). */
const LABEL = /^[ \t>]*(?:[\p{L}][\p{L} ]{0,20}):[ \t]*/u;
const PERSONAL_WORD = /(?<![\p{L}])(?:my|our|home|private|residence|residential|personal|mine|lives?|living)(?![\p{L}])/iu;
const MAX_LINE = 80;
const LINES_ABOVE = 3;

/** True when the address at `start` stands under an organisation's name or in a work signature. */
export function isOfficeAddress(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - (MAX_LINE + 1) * (LINES_ABOVE + 3)), start);
  const lineBreak = before.lastIndexOf("\n");
  if (lineBreak < 0) return false;
  // The address's own line before the address: nothing but a label.
  const head = before.slice(lineBreak + 1);
  if (head.length > 24 || head.replace(LABEL, "").trim() !== "" || PERSONAL_WORD.test(head)) return false;
  const lines = before
    .slice(0, lineBreak)
    .split("\n")
    .map((line) => line.replace(LABEL, "").trim())
    .filter((line) => line !== "")
    .slice(-LINES_ABOVE);
  if (lines.length === 0 || lines.some((line) => line.length > MAX_LINE || PERSONAL_WORD.test(line))) return false;
  const right = lines[lines.length - 1]!;
  if (!NAME_LINE.test(right)) return false;
  if (LEGAL_FORM_END.test(right)) return true;
  if (isPersonName(right.slice(0, right.search(/[ \t]/)))) return false;
  // A kind of business ends the name, or a job title above it makes the block a work signature ("Software Engineer\nNorthwind").
  return ORGANISATION_END.test(right) || lines.slice(0, -1).some((line) => SHORT_LINE.test(line) && jobTitle(line));
}
