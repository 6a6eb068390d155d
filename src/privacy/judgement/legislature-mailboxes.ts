/**
 * Mailboxes on a legislature's own domain (session 44, dev-57 half A, issue #15): parliaments publish their members'
 * office addresses ("The UK Parliament site lists keir.starmer.mp@parliament.uk as his office address"), so such an
 * address reaches a public office, not a private person. The judgement (`public-context.ts`) still keeps one with a
 * personal cue before it ("my cousin works there: …").
 */

/** Legislatures' domains: the address's domain is one of these or a subdomain of one. */
const LEGISLATURE_DOMAINS = [
  "parliament.uk",
  "parliament.scot",
  "senedd.wales",
  "oireachtas.ie",
  "house.gov",
  "senate.gov",
  "parl.gc.ca",
  "aph.gov.au",
  "parliament.nz",
  "europarl.europa.eu",
  "bundestag.de",
  "bundesrat.de",
  "parlament.gv.at",
  "parl.ch",
  "assemblee-nationale.fr",
  "senat.fr",
  "congreso.es",
  "senado.es",
  "camera.it",
  "senato.it",
  "tweedekamer.nl",
  "eerstekamer.nl",
  "riksdagen.se",
  "stortinget.no",
  "ft.dk",
  "eduskunta.fi",
  "sejm.gov.pl",
  "senat.gov.pl",
  "assembly.go.kr",
  "shugiin.go.jp",
  "sangiin.go.jp",
];

/** Each domain after a dot (a subdomain's ending), made once: a new string per domain per address was ~1.5 KB a scan. */
const DOTTED_DOMAINS = LEGISLATURE_DOMAINS.map((known) => `.${known}`);

/** True for an address whose domain is a legislature's. */
export function isLegislatureMailbox(value: string): boolean {
  const domain = value.slice(value.lastIndexOf("@") + 1).toLowerCase();
  for (let index = 0; index < LEGISLATURE_DOMAINS.length; index++)
    if (domain === LEGISLATURE_DOMAINS[index] || domain.endsWith(DOTTED_DOMAINS[index]!)) return true;
  return false;
}
