/**
 * Word lists of the care and money rules (care-person.ts), our own, hand-kept, lower-case regex sources; every
 * alternative starts with a literal (the scan's keyword pass answers the gate). They name what a paste says about
 * one person's care or money in the languages of the guard's Latin-script users (en, de, fr, es, it, pt, nl, pl, tr,
 * sv, da, no, ca) and Russian:
 * - CARE_EVENTS: a stay in hospital, an operation, a procedure or test, sick leave, a care setting ("in and out of
 *   hospital", "ingresada", "innlagt", "krankgeschrieben", "na zwolnieniu", "raporlu", "biopsia", "pose de stent");
 * - CONDITION_WORDS: conditions in the languages the older lists miss (Scandinavian, Catalan, Turkish, Portuguese,
 *   Italian, Spanish common names: "blodpropp", "kræft", "bulto en el pecho", "AVC", "lösemi"), and euphemisms;
 * - DRUG_BRANDS: brand names of medicines sold in Europe, India and Latin America that carry no INN ending;
 * - ICD_LABELS: words that introduce an ICD-10 code in a sick note (CID, CIE, CIM, kod, Tanı kodu, Diagnose).
 * The medical vocabulary, INN endings and lab analytes are in medical-terms.ts and medical-vocabulary.ts.
 */

export const CARE_EVENTS = [
  // English
  "in and out of hospital|in hospital|into hospital|in the hospital|admitted to|admitted with|admitted for|was admitted|been admitted|hospitali[sz]ed|in icu|in the icu|intensive care|in a&e|in rehab|in detox|discharged from|had his [a-z]+ (?:out|removed)|had her [a-z]+ (?:out|removed)|surgery|surgeon says|operated on|post-op|biopsy|chemo|radiotherapy|on sick leave|off sick|signed off (?:sick|work)|medical leave|sectioned|on dialysis|on the transplant list|scan results|test results",
  // German
  "im krankenhaus|ins krankenhaus|in der klinik|stationär|operiert|op am|biopsie|krankgeschrieben|krankschreibung|arbeitsunfähig|reha|entgiftung|entzug|intensivstation|dialyse|chemo",
  // French
  "hospitalisée?|à l'hôpital|aux urgences|en réanimation|opérée?|biopsie|chimio|arrêt maladie|en arrêt|pose de stent|pontage|greffe|en cure|sous dialyse",
  // Spanish, Catalan
  "ingresad[oa]|hospitalizad[oa]|en el hospital|en urgencias|en la uci|operad[oa]|operación|cirugía|biopsia|quimio|radioterapia|de baja|baja médica|baja laboral|ingressat|ingressada|operat|operada|biòpsia|de baixa",
  // Italian
  "ricoverat[oa]|in ospedale|al pronto soccorso|in terapia intensiva|operat[oa]|intervento|biopsia|chemio|in malattia|ingessat[oa]",
  // Portuguese
  "internad[oa]|na uti|no hospital|operad[oa]|cirurgia|biópsia|quimio|afastad[oa]|atestado|de baixa médica",
  // Dutch
  "opgenomen|in het ziekenhuis|geopereerd|operatie|biopsie|chemo|ziek thuis|ziekgemeld|ziekteverlof|op de ic",
  // Polish
  "w szpitalu|do szpitala|hospitalizowan\\p{L}*|operacj\\p{L}*|operowan\\p{L}*|biopsj\\p{L}*|chemi[io]\\p{L}*|na zwolnieniu|na l4|zwolnieniu lekarskim",
  // Turkish
  "hastanede|hastaneye|yoğun bakım|ameliyat\\p{L}*|biyopsi|kemoterapi\\p{L}*|raporlu|hastalık izn\\p{L}*",
  // Swedish, Danish, Norwegian
  "inlagd|inlagt|opererad|opereret|operert|operasjon|biopsi|cellgift|cellegift|kemo|sjukskriven|sjukskrivning|sygemeldt|sykmeldt|sykemeldt|på sjukhus|på sygehus|på sykehus",
  // Russian
  "госпитализирован\\p{L}*|в больнице|в реанимации|операци\\p{L}*|прооперирован\\p{L}*|биопси\\p{L}*|химиотерапи\\p{L}*|на больничном|больничный",
];

export const CONDITION_WORDS = [
  // Euphemisms and plain-language English
  "the big c|a lump|lump in (?:her|his) (?:breast|chest|neck)|bad chest|her chest|his chest|a turn|a fall|fell twice|breakdown|mini-stroke|tia|delirious|delirium|confused overnight|wheelchair|bed-bound|housebound",
  // Spanish, Catalan
  "bulto en el pecho|bulto|cáncer|tumor|ictus|infarto|epilepsia|diabetes|ansiedad|depresión|fibromiàlgia|fibromialgia|càncer|depressió",
  // Italian, Portuguese
  "tumore|linfoma|ictus|infarto|celiachia|ansia|depressione|câncer|cancro|avc|enfarte|derrame|ansiedade|depressão|insuficiência",
  // Scandinavian
  "blodpropp|blodprop|kræft|kreft|cancer|hjerneslag|stroke|hjärtinfarkt|hjerteinfarkt|demens|depression|depresjon|diabetes|utmattningssyndrom|udbrændt|utbrent|brystkræft|brystkreft|bröstcancer",
  // Turkish
  "kanser|lösemi|diyabet|şeker hastalığı|kalp krizi|felç|depresyon|astım\\p{L}*|epilepsi|tansiyon",
  // Dutch, Polish (with the genitive and locative the Polish sentence puts them in: "z powodu zapalenia płuc", "leczenie
  // czerniaka", "jest w ciąży")
  "longontsteking|burn-out|overspannen|zapaleni[ea] płuc|zapaleniu płuc|nowotw[oó]r\\p{L}*|zawał\\p{L}*|udar|udaru|czerniak\\p{L}*|w ciąży",
];

export const DRUG_BRANDS =
  "brilique|kardégic|kardegic|enantyum|lyrica|sinemet|rilatine|medikinet|concerta|levotiron|cipralex|eutirox|euthyrox|fragmin|clexane|ventolin|symbicort|seretide|trelegy|spiriva|augmentin|toradol|voltaren|nolotil|orfidal|lexatin|tranxilium|sintrom|adiro|dafalgan|doliprane|efferalgan|lexomil|xanax|stilnox|zolpidem|tavor|lorans|dapagliflozin|jardiance|forxiga|januvia|trulicity|victoza|saxenda|ozempic|mounjaro|wegovy|thyronorm|glycomet|telma|ecosprin|dolo|pantocid|rivotril|frontal|zoloft|lustral|seroxat|deroxat|valdoxan|abilify|zyprexa|risperdal|depakine|tegretol|keppra|lamictal|epipen|humulin|novorapid|lantus|levemir|tresiba|ritalin|elvanse|strattera";

export const ICD_LABELS =
  "icd|icd-10|cid|cie|cie-10|cim-10|cim|kod|tanı kodu|diagnose|diagnosis|dx|f-kod|mkb|" +
  // Session 48: the code's own label in sick notes and claims ("diagnosis code F32.1", "Befund: F43.2", "kod choroby J18.9")
  "diagnosis code|diagnostic code|diagnosecode|diagnoseschlüssel|befund|kod choroby|kod icd|kod icd-10|icd code|icd-10 code|codice diagnosi|código cie|código diagnóstico|code cim";

/**
 * Money facts tied to a person: arrears, amounts owed, salary and pay words, insolvency and credit registers, in the
 * same languages (lower-case regex sources; each alternative starts with a literal).
 */
export const MONEY_FACTS = [
  "outstanding|overdue|in arrears|arrears|behind on|weeks behind|months behind|owes|owed|owing|debt|in debt|overdraft|salary|pay rise|bonus|on £|on \\$|earns|take-home|in-hand|ctc|lpa|garnish\\p{L}*|bankrupt\\p{L}*|chapter (?:7|13)|insolven\\p{L}*|ccj|collections|credit score|fico|gross pay|net pay|pension|universal credit|jobseeker\\p{L}*|benefit payments?|will receive|entitled to",
  "schuldet|schulden|rückstand|rückstände|mahnung|gehalt|lohn|brutto|netto|verdient|insolvenz\\p{L}*|schufa|pfändung|kaution|miete|nachzahlung",
  "doit|dette|dettes|retard|impayé\\p{L}*|loyer|loyers|salaire|brut|prime de|touche|gagne|surendettement|découvert|fichage|fiché\\p{L}*|banque de france",
  "debe|deuda|deudas|adeudo|moros[oa]|impag\\p{L}*|atrasad[oa]|mensualidad\\p{L}*|alquiler|nómina|sueldo|salario|bruto|neto|gana|embargo|asnef|buró|concurso de acreedores|deus|deute|quotes|lloguer",
  "deve|debito|debiti|morosità|moros[oa]|arretrat\\p{L}*|affitto|stipendio|lordo|netti|guadagna|crif|cattivo pagatore|pignoramento",
  "dívida|dívidas|devendo|atraso|atrasad[oa]|inadimpl\\p{L}*|negativad[oa]|serasa|renda|rendas|aluguel|salário|ganha|penhora",
  "schuld|achterstand|huur|salaris|loon|bruto|netto|verdient|bkr|loonbeslag|beslag|schuldsanering",
  "dług\\p{L}*|zadłużeni\\p{L}*|zaległ\\p{L}*|czynsz\\p{L}*|pensj\\p{L}*|wynagrodzeni\\p{L}*|brutto|netto|zarabia|komornik\\p{L}*|bik|upadłoś\\p{L}*",
  "borç\\p{L}*|borc\\p{L}*|gecikmiş|kira|aidat|maaş\\p{L}*|icra|findeks|haciz",
  "skylder|skyldig|skuld\\p{L}*|gæld|gjeld|husleje|husleie|hyra|hyran|lön\\p{L}*|løn|lønn|kronofogden|inkasso\\p{L}*|betalingsanmerkning|betalningsanmärkning|rykker\\p{L}*|utmätning|löneutmätning",
  "долг\\p{L}*|задолженност\\p{L}*|просроч\\p{L}*|зарплат\\p{L}*|оклад\\p{L}*|коллектор\\p{L}*|банкрот\\p{L}*",
];

/** Column headers and record labels naming a private person (a table row or record holds one person). */
export const PERSON_LABELS =
  "name|full name|employee|emp name|tenant|debtor|borrower|applicant|claimant|customer|client|member|insured|patient|student|pupil|account holder|holder|payee|mieter|mieterin|schuldner|mitarbeiter|mitarbeiterin|arbeitnehmer|kontoinhaber|name des|locataire|titulaire|débiteur|salarié|employé|élève|inquilino|inquilina|deudor|deudora|trabajador|trabajadora|empleado|empleada|titular|alumno|alumna|cliente|inquilino|debitore|dipendente|intestatario|condomino|alunno|aluno|aluna|responsável|devedor|funcionário|funcionária|huurder|werknemer|medewerker|rekeninghouder|debiteur|leerling|najemca|dłużnik|pracownik|imię i nazwisko|posiadacz|uczeń|kiracı|borçlu|çalışan|öğrenci|hesap sahibi|hyresgäst|anställd|lejer|leietaker|ansatt|medarbejder|kontohavare|kontohaver|жилец|должник|сотрудник|фио";

/** Column headers and record labels holding an amount of that person's money. */
export const MONEY_LABELS =
  "salary|base|bonus|gross|net|net pay|balance|owed|owes|amount owed|arrears|outstanding|debt|overdue|rent due|garnishment|deduction|income|gehalt|lohn|brutto|netto|rückstand|saldo|schulden|offen|miete|pfändung|salaire|brut|net à payer|solde|dette|impayé|loyer|retenue|salario|sueldo|bruto|neto|deuda|importe|adeudo|saldo en mora|en mora|embargo|stipendio|lordo|netto|morosità|debito|importo|arretrato|salário|valor|dívida|em atraso|mensalidades em atraso|loonbeslag|bruto|netto|salaris|achterstand|schuld|wynagrodzenie|brutto|netto|zaległość|dług|zajęcie komornicze|kwota|maaş|borç|gecikmiş aidat|tutar|lön|skuld|belopp|løn|gæld|beløb|lønn|gjeld|зарплата|долг|задолженность|сумма";

/** "According to the press / media / reports" in the languages the guard reads: what follows is published. */
export const PRESS_REPORT_CUES =
  "according to (?:the )?(?:press|media|newspapers|(?:media|press|news) reports)|according to reports(?! (?:from|in|of|by|on) )|press reports|volgens de (?:media|rvd|krant)|volgens berichten|według mediów|według prasy|laut medien\\p{L}*|laut (?:der )?presse|medienberichten|selon (?:la presse|les médias|l'élysée)|según (?:la prensa|los medios|la casa real)|secondo (?:i giornali|la stampa|i media)|segundo (?:a imprensa|boletim|a mídia)|enligt (?:medier|tidningar)|ifølge (?:medierne|pressen|nrk)|basına göre|basında (?:geniş )?yer aldı|basına yansıdı|medyaya göre|segons la premsa|по данным сми|по сообщениям сми";

/**
 * Public-life cues person-near.ts does not read: titles of heads of state and government, and "according to the
 * press / media / the palace" in the same languages. A window with one is about a public figure's published facts.
 */
export const PUBLIC_LIFE_CUES =
  "king|queen|prince|princess|koning|koningin|prins|prinses|kung|drottning|konge|kongen|dronning|kral|kraliçe|regina|rainha|rey|reina|roi|reine|król|królowa|könig|königin|président|presidente|president|prezydent|cumhurbaşkanı|başbakan|premier|prime minister|primer ministro|primeiro-ministro|bundeskanzler|kanzler|ministre|ministro|minister|statsminister|" +
  PRESS_REPORT_CUES +
  "|the palace|buckingham palace|the white house|casa real|élysée|kremlin|" +
  // performers and players, and the same cues in the other languages the guard reads
  "actor|actress|singer|footballer|striker|coach|presenter|futbolista|cantante|actriz|attore|attrice|calciatore|ator|atriz|cantor|cantora|jogador|acteur|actrice|chanteur|chanteuse|footballeur|schauspieler\\p{L}*|sänger\\p{L}*|fußballer|voetballer|zanger|zangeres|piłkarz|aktor|aktorka|piosenkar\\p{L}*|oyuncu|şarkıcı|futbolcu|skådespelare|sångare|skuespiller|sanger|prezident|premiér|herec|zpěvák|podle médií|președinte\\p{L}*|fotbalist|actor|potrivit presei|elnök|miniszterelnök|színész|a sajtó szerint|presiden|perdana menteri|menteri|menurut media|penyanyi|pangulo|dating pangulo|ayon sa ulat|rais|waziri|kwa mujibu wa|πρόεδρος|πρωθυπουργός|ηθοποιός|σύμφωνα με|נשיא|ראש הממשלה|השחקן|השחקנית|הזמר|לפי הדיווחים|الرئيس|الفنان|الفنانة|حسب الصحف|رئیس جمهور|طبق گزارش|президент\\p{L}*|актёр|актер|актриса|певец|певица|футболист";
