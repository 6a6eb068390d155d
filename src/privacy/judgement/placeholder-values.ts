/**
 * Values whose shape says they stand for nobody, whatever the text around them:
 *  - identifiers filled with zeros or one repeated digit (+34 600 000 000, 910 00 00 00, (11) 3000-0000,
 *    the DNI 99999999R, the sort code 00-00-00): forms, shop listings and fixtures use them as "a number
 *    goes here"; a subscriber number or an account does not end in six zeros. (Counting runs such as
 *    0151 23456789 are NOT fillers: people type them as their own number, and the labelled sets count them.)
 *  - North American numbers whose exchange starts with 0 or 1, which none does (+1 (555) 010-0123, (212) 123-4567);
 *  - street names made of an example word (1 Example Street, Calle Falsa 123, Beispielweg 1, Rue de
 *    l'Exemple, Voorbeeldstraat 1, Via Esempio 3, Rua Exemplo 10);
 *  - role mailboxes (info@, kontakt@, hola@, support@, sales@, security@, payments-team@, customer.relations@ …):
 *    they reach a function of an organisation, not a person;
 *  - machine mailboxes (session 42, dev-46): a mailing list's own addresses (a host under `lists.`, Google Groups, a
 *    list robot's `-unsubscribe@`, `-leave@`, `-request@` …), bounce, reply and DMARC-report addresses of mail
 *    systems (`bounce-mc…@`, `bounces@`, `reply+<token>@`, `dmarc-reports@`) unless they carry a recipient's address
 *    (VERP's `user=domain`), and GitHub's and GitLab's noreply addresses, which exist to hide a person's address.
 * Each check reads the value alone (no window), so it costs a few comparisons per finding.
 */
import type { PrivacyCategory } from "../types.js";

const NON_DIGIT = /\D/g;
/** Six or more zeros at the end of the digits, or the last seven digits all the same (…9999999). */
const FILLER_DIGITS = /(?:0{6}|(\d)\1{6})$/;
/** An all-same-digit identifier of six or more digits (00-00-00, 99999999 with its check letter). */
const ONE_DIGIT = /^(\d)\1{5,}$/;
const HUNGARIAN_PADDED = /^\d{8}-\d{8}-0{8}$/;

/** Identifier categories whose value is a number someone could fill with zeros. */
const FILLABLE = new Set<PrivacyCategory>(["phone", "bank_account", "national_id", "us_ssn", "passport", "medical_record", "driver_license", "payment_card"]);

/**
 * A North American number whose exchange code starts with 0 or 1, which no exchange does (session 46, dev-69: API docs
 * print `+1 (555) 010-0123`): written with the country code or the area code in parentheses only, so that another
 * country's number is not read as one. The NANP's 555-0100…0199 range is contact.ts's.
 */
const NANP_NO_EXCHANGE = /^(?:(?:\+1|1)[\s.-]?\(?[2-9]\d{2}\)?|\([2-9]\d{2}\))[\s.-]?[01]\d{2}[\s.-]?\d{4}$/;

/** True when an identifier's digits are filler: zeros to the end or one repeated digit; or a NANP phone with no exchange. */
export function isFillerNumber(category: PrivacyCategory, value: string): boolean {
  if (!FILLABLE.has(category)) return false;
  if (category === "phone" && NANP_NO_EXCHANGE.test(value)) return true;
  // A Hungarian account of 16 digits is written with a third block of eight zeros (`11773016-50218738-00000000`).
  const digits = (category === "bank_account" && HUNGARIAN_PADDED.test(value) ? value.slice(0, 17) : value).replace(NON_DIGIT, "");
  if (digits.length < 6) return false;
  return ONE_DIGIT.test(digits) || (digits.length >= 8 && FILLER_DIGITS.test(digits));
}

/** A street named after an example word, in the languages of the address detectors, or the textbook `123 Main St` (lower-cased value). */
const EXAMPLE_STREET =
  /(?<![\p{L}])(?:example|sample|fake|dummy|test|calle falsa|calle ejemplo|calle de ejemplo|beispiel\p{L}*|rue de l'exemple|rue exemple|via esempio|via dell'esempio|rua exemplo|rua de exemplo|123 main st(?:reet)?|anytown|voorbeeld\p{L}*|exempelgatan|örnek|примерн\p{L}*|testowa)(?![\p{L}])/u;

export function isExampleStreet(value: string): boolean {
  return EXAMPLE_STREET.test(value.toLowerCase());
}

/** The counting house numbers of format examples and regex tests ("1234 Elm St Apt 5", "12345 Oak Road"). */
const ASCENDING_HOUSE_NUMBER = /^1234(?:5)?(?!\d)/;

/**
 * A street line whose house number counts up from 1 (1234, 12345): a format example unless a personal cue precedes it
 * (the caller checks: "ship to 1234 Maple Avenue" is an order's).
 */
export function hasAscendingHouseNumber(value: string): boolean {
  return ASCENDING_HOUSE_NUMBER.test(value);
}

/**
 * The stock towns of address examples (session 38, dev-33: `usaddress.tag("1234 Oak Street, Springfield, IL 62704")`):
 * with a counting house number, the ZIP code after them is the example's too.
 */
const EXAMPLE_TOWN = /(?<![\p{L}])(?:Springfield|Anytown|Anycity|Smallville|Centerville|Musterstadt)(?![\p{L}])/u;

export function hasExampleTown(value: string): boolean {
  return EXAMPLE_TOWN.test(value);
}

/**
 * A postal code after the start of an address span (UK, US ZIP, 5- and 6-digit, Dutch, Portuguese, Brazilian, Polish,
 * Swedish, Japanese forms): an invented setting or a format example rarely has one, a real home does.
 */
const POSTCODE_AFTER_START =
  /(?<=.)(?<![\p{L}\p{N}])(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|\d{5,6}(?:-\d{3,4})?|\d{4}(?:-\d{3}|\s?[A-Z]{2})|\d{3}[\s-]\d{2,4}|\d{2}-\d{3})(?![\p{L}\p{N}])/u;

export function hasPostcode(value: string): boolean {
  return POSTCODE_AFTER_START.test(value);
}

/** Mailboxes of a function (the local part alone), in the languages of the set. */
const ROLE_MAILBOX =
  /^(?:info|information|contact|contacto|contato|contatti|kontakt|kontakte|hello|hola|olá|support|help|helpdesk|service|servicio|kundenservice|klantenservice|customerservice|customercare|sales|vertrieb|ventas|vendas|vendite|ventes|office|büro|buero|bureau|oficina|ufficio|escritorio|admin|administration|verwaltung|reception|rezeption|recepcion|booking|bookings|reservations|reservierung|reservas|prenotazioni|orders|bestellung|bestellungen|pedidos|billing|invoices|rechnung|facturacion|accounts|press|presse|prensa|media|jobs|careers|karriere|empleo|hr|team|shop|store|webmaster|postmaster|mail|newsletter|marketing|privacy|datenschutz|dpo|legal|compliance|security|abuse|noc|feedback|enquiries|inquiries|complaints|payments|finance|relations|customer|customers|desk|dept|group|noreply|no-reply|donotreply|notifications|alerts|recruit|recruiting|recruitment|recrutement|reclutamento|rekrutacja|recrutamento|reclutamiento|talent|talents|hallo|hrd|rh|rrhh|leasing|lettings|kundtjanst|iletisim|lienhe|tuyendung|lavora|bewerbung|candidature|candidatures|pressestelle|pressoffice|investor|investors|ir|secretariat|sekretariat|secretaria|segreteria|amministrazione|administracion|protocollo|registro|anagrafe|tributi|urp|buergeramt|bürgeramt|rathaus|events|tickets|boxoffice|visitors|groups|news|docs|documentation|reports|jira|confluence|jenkins)$/;
/**
 * Whether every part (`every` true) or some part (`every` false) of an e-mail's local part, between its separators `.`,
 * `_` and `-` (`payments-team`, `customer.relations`, `customer_care`), passes `test` — as `local.split(/[._-]/)`'s
 * parts, with no array (session 41, allocation).
 */
export function localParts(local: string, every: boolean, test: (part: string) => boolean): boolean {
  let from = 0;
  for (let index = 0; index <= local.length; index++) {
    const code = index < local.length ? local.charCodeAt(index) : 46;
    if (code !== 46 && code !== 95 && code !== 45) continue;
    if (test(local.slice(from, index)) !== every) return !every;
    from = index + 1;
  }
  return every;
}

const isRoleLocal = (local: string) => ROLE_MAILBOX.test(local);

/** One part of a local part (no separator in it) is a role word, in any case: `isRoleMailbox(part + "@")`. */
export const isRoleWord = (part: string): boolean => part.length > 0 && ROLE_MAILBOX.test(part.toLowerCase());

export function isRoleMailbox(value: string): boolean {
  const at = value.lastIndexOf("@");
  if (at <= 0) return false;
  const local = value.slice(0, at).toLowerCase();
  // Every part a role word: `payments-team@`, `customer.relations@` (a person's `jane.doe@` has a name part).
  return ROLE_MAILBOX.test(local) || localParts(local, true, isRoleLocal) || municipalRoleMailbox(local);
}

/** A municipality's word as one part of a local part (`protocollo.comune.lecce@`, `registro.ayuntamiento.soria@`). */
const MUNICIPALITY_PART = /^(?:comune|ayuntamiento|ayto|municipio|concello|ajuntament|gemeinde|stadt|council|mairie|gemeente)$/;
const isMunicipalityPart = (part: string) => MUNICIPALITY_PART.test(part);

/**
 * A municipality's office mailbox (session 45, dev-63): the first part a role word and another part a municipality's
 * word, the place's name beside them (`protocollo.comune.lecce@`); a person's `anna.comune@` has no role part first.
 */
function municipalRoleMailbox(local: string): boolean {
  const separator = local.search(/[._-]/);
  return separator > 0 && isRoleLocal(local.slice(0, separator)) && localParts(local, false, isMunicipalityPart);
}

/** A mailing list's host (`lists.debian.org`, `lists.fedoraproject.org`) or Google Groups; `list.ru` is free mail. */
const LIST_HOST = /^lists\.|(?:^|\.)googlegroups\.com$/;
/** A list robot's address (`pgsql-hackers-unsubscribe@`, `dev-leave@`, `foo-request@`, `infra-team-bounces@`). */
const LIST_ROBOT = /-(?:unsubscribe|subscribe|leave|join|request|owner|bounces|help)$/;
/** The first word of a mail system's bounce, reply or report address (`bounce-mc.us5_…`, `reply+ABC…`, `dmarc-…`). */
const MACHINE_FIRST = /^(?:bounces?|bnc|reply|replies|dmarc|mailer-daemon)(?:$|[.+_-])/;
/**
 * A project's list or bug address (session 43, dev-51). Its local part is a topic word: `bugs@`, `devel@`, `patches@`,
 * GNU's `bug-…@`/`help-…@`/`info-…@`, or a project name and a topic after a hyphen (`linux-kernel@`, `libc-alpha@`,
 * `curl-library@`, `debian-user-german@`) on an .org host or a project's subdomain; the words that are also first names or
 * tools (`dev@`, `git@`, `users@`, `general@`) only on a subdomain (`spark.apache.org`, `vger.kernel.org`; not
 * `tomhill.co.uk`). Never on free mail (the caller).
 */
const PROJECT_LIST_LOCAL =
  /^(?:bugs?|devel|patches|announce|discuss|hackers)$|^(?:bug|help|info)-[a-z0-9]|^[a-z0-9]+(?:-[a-z0-9]+)*-(?:bugs?|devel|dev|users?|patches|announce|discuss|general|hackers|library|kernel|alpha|beta|commits?|questions|security)(?:-[a-z]+)?$/;
const PROJECT_LIST_WEAK = /^(?:dev|git|users?|general|commits?|questions)$/;
/** A subdomain of an organisation's domain (three labels or more), a country's second level (`co.uk`, `com.au`) aside. */
const PROJECT_SUBDOMAIN = /^(?:[a-z0-9-]+\.){2,}[a-z]{2,}$/;
const COUNTRY_SECOND_LEVEL = /^[a-z0-9-]+\.(?:co|com|org|net|ac|gov|edu|or|ne)\.[a-z]{2}$/;

function projectListMailbox(local: string, domain: string): boolean {
  const subdomain = PROJECT_SUBDOMAIN.test(domain) && !COUNTRY_SECOND_LEVEL.test(domain);
  if (PROJECT_LIST_WEAK.test(local)) return subdomain;
  return PROJECT_LIST_LOCAL.test(local) && (subdomain || domain.endsWith(".org"));
}

/** GitHub's and GitLab's noreply hosts (`583231+octocat@users.noreply.github.com`). */
const NOREPLY_HOST = /(?:^|\.)noreply\.(?:github|gitlab)\.com$/;
/**
 * A bot's or a no-reply mailbox by its local part (session 55, git trailers: `Author: Renovate Bot <bot@renovateapp.com>`,
 * `dependabot[bot]@…`, `ci-bot@`, `no-reply@`, `donotreply@`): "bot" as a whole segment, not inside a surname (`talbot@`).
 */
const BOT_LOCAL = /(?:^|[-_.+])bot(?:\[bot\])?$|\[bot\]$|^(?:no-?reply|do-?not-?reply|noreply-[\w.-]*)$/;

/**
 * A mailbox no person reads (see the module comment): a list's robot or a forge's noreply address (`"robot"`), a list's
 * host (`"list"`) or a mail system's bounce or reply address without a recipient's address encoded in it (`=`, VERP;
 * `"shape"`). For the last two the caller still reads a personal cue (and for a shape a person's name), as
 * `reply.anna@schmidt-familie.de` after "write to me at" is a person's (session 42 review). Free-mail hosts never count.
 */
export function machineMailbox(value: string, freeMail: boolean): "robot" | "list" | "shape" | undefined {
  const at = value.lastIndexOf("@");
  if (at <= 0 || freeMail) return undefined;
  const local = value.slice(0, at).toLowerCase();
  const domain = value.slice(at + 1).toLowerCase();
  if (NOREPLY_HOST.test(domain) || LIST_ROBOT.test(local) || BOT_LOCAL.test(local)) return "robot";
  if (LIST_HOST.test(domain) || projectListMailbox(local, domain)) return "list";
  return MACHINE_FIRST.test(local) && !local.includes("=") ? "shape" : undefined;
}

/**
 * A list robot's suffix after a person's name (session 43 review): "tom-owner@tomsbikes.co.uk", "anna-request@…" are
 * Tom's and Anna's; the caller asks whether the rest names a person ("pgsql-hackers-unsubscribe@" names nobody).
 */
export function listRobotStem(value: string): string | undefined {
  const at = value.lastIndexOf("@");
  const robot = at > 0 ? LIST_ROBOT.exec(value.slice(0, at).toLowerCase()) : null;
  return robot === null ? undefined : value.slice(0, robot.index) + value.slice(at);
}

/** Role words added in session 42 (dev-46): a person's free-mail address may use them (`jenkins@sky.com`, a surname). */
const DEVELOPER_ROLE = /^(?:news|docs|documentation|reports|jira|confluence|jenkins)$/;

export function isDeveloperRole(local: string): boolean {
  return DEVELOPER_ROLE.test(local.toLowerCase());
}
