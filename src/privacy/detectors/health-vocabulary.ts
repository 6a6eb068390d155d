/**
 * Medicines, treatments and medical devices people name when they write about someone's care (session 44, issue #15:
 * health misses with no candidate at all). Our own lists, written from general knowledge of the most prescribed
 * medicines (brand names as sold in the US, UK and the EU; generic names without a WHO INN ending that
 * medical-terms.ts DRUG_ENDINGS already reads) and of the devices and treatments of chronic care, in the languages of
 * the guard's Latin-script users (en, de, fr, es, it, pt, nl, pl). Lower-case regex sources, matched on the lower-cased
 * text at word boundaries; every alternative starts with a literal. Left out: brands that are common words of a
 * language the guard reads (Yaz: Turkish "write", "summer"). Brand names are also names and products, so these
 * lists are read only where a particular private person is named (person-condition.ts's cue sentences, care-person.ts).
 */

/** Brand names of medicines (cardiology, diabetes, psychiatry, neurology, oncology, HIV/PrEP, contraception, fertility, ADHD, opioid substitution, biologics). */
export const MEDICINE_BRANDS = [
  // Cardiology and anticoagulation
  "entresto|crestor|lipitor|zocor|plavix|brilinta|effient|coreg|toprol|lopressor|tenormin|norvasc|diovan|cozaar|benicar|micardis|zestril|vasotec|altace|lasix|aldactone|lanoxin|multaq|cordarone|savaysa|lixiana|repatha|praluent|leqvio|zetia|vytorin|nebilet|bystolic|ranexa|imdur|coversyl|triatec|tritace|sortis|inegy|tahor|polocard|acard|prestarium|previscan|congescor|torvast|selozok|cardioaspirina|sintrom",
  // Diabetes and weight
  "farxiga|invokana|steglatro|janumet|tradjenta|trajenta|onglyza|galvus|glucotrol|amaryl|diamicron|rybelsus|byetta|bydureon|soliqua|xultophy|toujeo|basaglar|humalog|novolog|fiasp|apidra|zepbound|glifage",
  // Psychiatry, sleep, smoking cessation
  "trintellix|brintellix|cymbalta|pristiq|paxil|celexa|luvox|remeron|desyrel|trittico|buspar|latuda|rexulti|vraylar|invega|geodon|clozaril|leponex|haldol|lithobid|priadel|camcolit|ativan|klonopin|restoril|ambien|lunesta|belsomra|stesolid|relanium|afobam|temesta|seresta|imovane|trankimazin|spravato|auvelity|zyban|chantix|champix",
  // Neurology
  "aricept|namenda|exelon|reminyl|topamax|trileptal|vimpat|briviact|dilantin|neurontin|madopar|azilect|mirapex|requip|aimovig|ajovy|emgality|nurtec|imitrex|maxalt|ocrevus|tecfidera|gilenya|copaxone|tysabri|kesimpta|aubagio|tilidin|valoron|tramal",
  // Oncology
  "revlimid|pomalyst|ibrance|kisqali|verzenio|tagrisso|opdivo|imfinzi|tecentriq|avastin|erbitux|rituxan|mabthera|gleevec|glivec|imbruvica|calquence|venclexta|xtandi|zytiga|lynparza|arimidex|femara|aromasin|zoladex|xeloda|temodal|temodar|enhertu|darzalex",
  // HIV treatment and PrEP
  "descovy|genvoya|stribild|atripla|odefsey|triumeq|dovato|juluca|symtuza|prezista|isentress|tivicay|cabenuva|apretude|sunlenca",
  // Contraception and fertility
  "microgynon|cerazette|mirena|kyleena|nexplanon|implanon|nuvaring|depo-provera|ellaone|loestrin|slynd|clomid|gonal-f|menopur|ovitrelle|cetrotide|orgalutran|puregon|follistim|utrogestan|cyclogest",
  // ADHD
  "vyvanse|venvanse|strattera|ritaline|equasym|intuniv|qelbree|focalin|rubifen",
  // Opioid substitution and overdose
  "subutex|sublocade|buvidal|zubsolv|methadose|vivitrol",
  // Biologics and immunology
  "dupixent|stelara|skyrizi|tremfya|cosentyx|taltz|enbrel|remicade|inflectra|entyvio|rinvoq|xeljanz|olumiant|cimzia|simponi|actemra|roactemra|orencia|nucala|fasenra|xolair|prolia|forteo|benlysta",
  // Thyroid, stomach, lungs, urology, pain, steroids
  "synthroid|levoxyl|tirosint|letrox|nexium|inexium|prilosec|pantoloc|controloc|losec|mopral|singulair|flovent|advair|flomax|avodart|premarin|prometrium|celebrex|percocet|vicodin|oxycontin|dilaudid|duragesic|medrol|plaquenil|zyloprim|uloric|colcrys",
].join("|");

/** Generic names (INN) without an ending medical-terms.ts DRUG_ENDINGS reads. */
export const MEDICINE_GENERICS =
  "donepezil|memantine?a?|rivastigmin[ea]?|galantamin[ea]?|levetiracetam|carbamazepin[ea]?|oxcarbazepin[ea]?|topiramat[eo]?|pregabalin[ea]?|sacubitril|clopidogrel|ticagrelor|prasugrel|lenalidomid[ea]?|pomalidomid[ea]?|thalidomid[ea]?|anastrozol[ea]?|letrozol[ea]?|exemestan[ea]?|capecitabin[ea]?|emtricitabin[ea]?|atomoxetin[ea]?|guanfacin[ea]?|lisdexamfetamin[ea]?|dexamfetamin[ea]?|dexmethylphenidat[ea]?|naloxon[ea]?|clomi(?:f|ph)en[ea]?|clomifeno|levonorgestrel|drospirenon[ea]?|desogestrel|acenocoumarol|fenprocoumon|phenprocoumon|spironolacton[ea]?|digoxin[ea]?|amiodaron[ea]?|allopurinol|colchicin[ea]?|hydroxyurea|mesalazin[ea]?|mesalamin[ea]?|azathioprin[ea]?|mycophenolat[ea]?|tacrolimus|ciclosporin[ea]?|cyclosporin[ea]?|ivabradin[ea]?|ranolazin[ea]?|vortioxetin[ea]?|trazodon[ea]?|buspiron[ea]?|lurasidon[ea]?|cariprazin[ea]?|brexpiprazol[ea]?|zopiclon[ea]?|pramipexol[ea]?|ropinirol[ea]?|rasagilin[ea]?|carbidopa|tilidin[ea]?|lithium carbonate|carbonate de lithium|carbonato de litio|omeprazol[ea]?|pantoprazol[ea]?|esomeprazol[ea]?|acide acétylsalicylique|kwas acetylosalicylowy";

/** Medical devices a person lives with. */
export const CARE_DEVICES = [
  "pacemaker|insulin pump|omnipod|dexcom|freestyle libre|continuous glucose monitor|cpap(?: machine| mask)?|bipap|hearing aids?|cochlear implant|colostomy bag|colostomy|ileostomy|stoma bag|wheelchair|mobility scooter|home oxygen|oxygen concentrator|feeding tube|peg tube|nebuli[sz]er|prosthetic leg|implantable defibrillator",
  "herzschrittmacher|insulinpumpe|hörgeräte?n?|rollstuhl|rollator|stomabeutel|künstlichen darmausgang|künstlicher darmausgang|cpap-gerät|sauerstoffgerät",
  "stimulateur cardiaque|pompe à insuline|appareils? auditifs?|fauteuil roulant|poche de stomie|stomie|machine à ppc",
  "marcapasos|bomba de insulina|audífonos?|silla de ruedas|bolsa de colostomía|colostomía",
  "microinfusore|apparecchio acustico|apparecchi acustici|sedia a rotelle|sacca per stomia|stomia",
  "marca-passo|marcapasso|aparelhos? auditivos?|cadeira de rodas|bolsa de colostomia|colostomia",
  "insulinepomp|hoortoestel(?:len)?|rolstoel|stomazakje|stoma",
  "rozrusznik(?:a|iem)? serca|rozrusznik(?:a|iem)?|pomp(?:a|ę|y) insulinow(?:a|ą|ej)|aparat(?:u|em)? słuchow(?:y|ego|ym)|wózk(?:a|iem|u)? inwalidzki(?:m|ego)?|wózek inwalidzki|worek stomijny|stomi[aię]",
].join("|");

/** Treatments that reveal a condition. */
export const TREATMENT_WORDS = [
  "peritoneal dialysis|folfox|folfirinox|chemo cycles?|icsi|egg retrieval|embryo transfer|methadone programme|methadone program",
  "chemotherapie|physiotherapie nach|nierenersatztherapie",
  "hémodialyse|dialyse|chimio|chimiothérapie",
  "hemodiálisis|diálisis|quimio|quimioterapia",
  "emodialisi|dialisi|chemio|chemioterapia",
  "hemodiálise|diálise|quimioterapia",
  "nierdialyse|chemokuur|fysiotherapie na",
  "dializ(?:a|y|ie|ę|ą)|dializowan(?:a|y|e)|hemodializ(?:a|y|ie)|chemioterapi(?:a|i|ę)",
].join("|");

/**
 * Health told in ordinary words (session 45): symptoms and their course, referrals, tests and results, a stay in
 * hospital or rehab, being sectioned or in detox, pregnancy and its loss, leave, care levels and operations, in
 * en, Hinglish, pl, pt, es, de, fr, tr and id. Each phrase is health by itself once a particular person is its subject;
 * words with an everyday sense are left out or held in a phrase ("sectioned" not before "off", "chakkar" only with
 * "aaya", "atestado" only as a doctor's note, Turkish "ateş" only with "yüksek" or its possessive).
 */
export const PLAIN_HEALTH_WORDS = [
  // English: symptoms, mental health, tests and referrals, hospital, pregnancy, operations, care
  "throwing up|threw up|been vomiting|vomiting blood|coughing up blood|chest pains?|shortness of breath|short of breath|blurred vision|blurry vision|night sweats|hearing voices|hears voices|sectioned(?! off)|self-harm(?:ing|ed|s)?|self harm(?:ing)?|suicidal|suicide attempt|overdosed|eating disorder|in detox|into detox|alcohol detox",
  "referred to (?:oncology|an oncologist|cardiology|a cardiologist|psychiatry|a psychiatrist|neurology|a neurologist|urology|a urologist|rheumatology|haematology|hematology|gastroenterology|a gastroenterologist|the memory clinic|the breast clinic|the fertility clinic|a fertility clinic)|fertility clinic|colonoscopy|endoscopy|gastroscopy|mammogram|smear test|hiv test|sperm count|biopsy came back|scan results|blood test results|autism assessment|adhd assessment",
  "admitted to hospital|in intensive care|on the ward|waters broke|went into labou?r|miscarriage|miscarried|lost the baby|stillborn|maternity leave|gallbladder removed|appendix removed|tonsils removed|womb removed|knee replacement|hip replacement|hip operation|knee operation|bypass surgery|registered blind|guide dog|walking frame|zimmer frame|care home|nursing home",
  // Hinglish
  "tez bukhar|bukhar|ulti|chakkar aa(?:ya|ta|te|ti|ye)|bp low|bp high|sugar badh\\p{L}*|hospital mein admit|icu mein|tabiyat kharab|tabiyat theek nahi",
  // Polish
  "w szpitalu|do szpitala|po zawale|po udarze|wysok\\p{L}* gorączk\\p{L}*|gorączk\\p{L}*|wymiotuje|wymioty|kaszel|duszności|ból w klatce|zwolnienie lekarskie|na odwyku|odwyk\\p{L}*|raka (?:prostaty|piersi|płuc|jelita|trzustki)|demencj\\p{L}*|orzeczenie o niepełnosprawności|poronieni\\p{L}*|poroniła|wypadają jej włosy|wypadają mu włosy",
  // Portuguese
  "dor no peito|dores no peito|falta de ar|febre|vômitos?|vomitando|atestado (?:médico|de \\d{1,3} dias)|crises? de ansiedade|ataques? de pânico|síndrome do pânico|cirurgia bariátrica|perdeu o bebê|perdeu o bebe|aborto espontâneo|grávida|encaminhad[oa] (?:ao|à|para o|para a) (?:oncologista|oncologia|cardiologista|cardiologia|psiquiatra|psiquiatria|neurologista)|infecção urinária",
  // Spanish
  "mareos|vómitos|vomitando|fiebre|ataques? de pánico|embarazada|perdió el bebé|aborto espontáneo|cita con el (?:psiquiatra|oncólogo|cardiólogo|neurólogo)|grado de dependencia|neumonía|dolor (?:de|en el) pecho",
  // German
  "pflegegrad \\d|pflegegrad|pflegestufe \\d|psychiatrie eingewiesen|in die psychiatrie|in der psychiatrie|in der reha|zur reha|notaufnahme|atemnot|herz-op|herzoperation|brustkrebs|schwanger|fehlgeburt|übelkeit|erbrechen|geschwollene beine",
  // French
  "vertiges|nausées|vomissements|fièvre|arrêt maladie|arrêt de travail|fausse couche|enceinte|embolie pulmonaire|opération du (?:genou|cœur|coeur|dos|cerveau)|crises? d'angoisse|crises? de panique",
  // Turkish
  "yüksek ateş\\p{L}*|ateşi var|ateşi çıktı|kusuyor|kusma|bulantı|hastaneye kaldırıldı|hamile|düşük yaptı|psikiyatrist\\p{L}*|tansiyonu",
  // Indonesian
  "demam tinggi|demam berdarah|muntah\\p{L}*|dirawat di rumah sakit|dirawat inap|rawat inap|hamil|keguguran|bengkak|depresi|lumpuh|cuci darah|sesak napas|pingsan",
].join("|");

/** All of them, one regex source. */
export const HEALTH_VOCABULARY = [MEDICINE_BRANDS, MEDICINE_GENERICS, CARE_DEVICES, TREATMENT_WORDS, PLAIN_HEALTH_WORDS].join("|");
