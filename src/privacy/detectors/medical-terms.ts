/**
 * Clinical vocabulary for clinical.ts (our own lists, ordinary words of each language; regex
 * sources, matched case-insensitively): labels of clinical notes, medication names and INN stems,
 * dose units, laboratory analytes and units. `*_STEMS` are lower-case literals, one of which every
 * match contains (a cheap pre-filter before the pattern).
 */

/**
 * Labels after which a note lists diagnoses, treatments or results ("Diagnosis:", "Tto:", "Назначено:"),
 * lower-case, words separated by one space: the words right before a colon are looked up here.
 */
export const CLINICAL_LABEL_WORDS: ReadonlySet<string> = new Set(
  [
    // English
    "diagnosis|diagnoses|diagnosis code|diagnosis codes|dx|ddx|impression|meds|medication|medications|discharge medications|current medications|meds on discharge|medications on discharge|allergy|allergies|pmh|past medical history|hx|lab|labs|lab results|chief complaint|treatment|treatments|therapy|procedure|procedures|prescription|prescriptions|rx",
    // German, French, Spanish, Italian, Portuguese, Dutch
    "diagnose|diagnosen|hauptdiagnose|nebendiagnose|nebendiagnosen|medikation|medikamente|befund|vorerkrankungen|diagnostic|diagnostics|traitement|traitements|antécédents|ordonnance|diagnóstico|diagnostico|tratamiento|tto|antecedentes|medicación|diagnosi|terapia|anamnesi|tratamento|medicação|exames|medicatie|behandeling",
    // Polish, Russian, Ukrainian, Turkish, Swedish, Vietnamese, Indonesian
    "rozpoznanie|leczenie|leki|диагноз|назначено|назначения|лечение|препараты|діагноз|призначено|лікування|tanı|teşhis|tedavi|ilaçlar|diagnos|behandling|läkemedel|chẩn đoán|điều trị|pengobatan|obat",
    // Czech, Hungarian, Romanian, Indonesian/Malay, Filipino, Swahili, Greek (session 30, development set 13)
    "diagnóza|léčba|léky|diagnózis|betegség|gyógyszer|gyógyszerek|kezelés|tratament|medicamente|diagnosa|rawatan|ubat|gamot|utambuzi|dawa|matibabu|διάγνωση|φάρμακα|θεραπεία|αγωγή",
  ]
    .join("|")
    .split("|"),
);

/** The same in scripts written without spaces (the text before the colon ends with one of them). */
export const CLINICAL_LABEL_SUFFIXES: readonly string[] =
  "诊断|診斷|用药|用藥|处方|治疗|診断|処方|病名|治療|진단|처방|치료|التشخيص|العلاج|निदान|दवाइयाँ|इलाज|אבחנה|אבחון|טיפול|תרופות|تشخیص|دارو|درمان|دوا|علاج|নির্ণয়|ওষুধ|চিকিৎসা"
    .normalize("NFKC")
    .split("|");

/**
 * Endings of international non-proprietary drug names (WHO stems), with the case or gender endings
 * other languages add (metformina, metforminę, furosémide, лизиноприл). A word needs at least three
 * letters before the stem ("April" is not an ACE inhibitor).
 */
export const DRUG_ENDINGS =
  "(?:(?:[ln]a|no|to|mi|do|ze|si)pril|(?:но|ла|ми|то|до|зе)прил|sartan|сартан|olol|олол|vastatin|статин|tformin|тформин|[cz]illin|mycin|micin|floxacin|prazol|idazol|conazol|tidin|xaban|ксабан|[ea]parin|парин|gatran|oxetin|azepam|zolam|triptan|lukast|gliptin|gliflozin|glutid|dronat|dipin|дипин|s[eé]mid|thiazid|tiazid|tinib|[uix]mab|[aeiou]vir|profen|[yao]cyclin|(?:xi|ra|no)ciclin|afil|nisolon|dnison|cortison|methason|oquin|peridon|peridol|trigin|thromycin|dopa|тиазид|" +
  // Session 43 (s43-health2): more stems of the WHO INN stem book ("The use of stems in the selection of International
  // Nonproprietary Names (INN) for pharmaceutical substances", WHO/EMP/RHT/TSN/2018.1; the `-setron`, `-platin`,
  // `-rubicin`, `-taxel`, `-apine`, `-pramine`, `-triptyline`, `-tropium`, `-terol`, `-sonide`, `-osin`, `-relin`,
  // `-imod`, `-zomib`, `-parib`, `-ciclib`, `-lisib`, `-glitazone`, `-glinide` entries), each with the letters before
  // it that keep ordinary words out ("Platin", "Berlin", "cholesterol", "alpine"); their Polish spellings (y for i,
  // k for x, w for v: tamsulosyna, amitryptylina, ksaban, atorwastatyna) and Russian ones (омепразол, ривароксабан).
  "setron|(?:[bs]o|is|li)platin|rubicin|taxel|trexat|(?:za|tia)pin|ipramin|tr[iy]ptylin|tropium|(?:me|mo|ca|da|n)terol|[ue]sonid|[lz]os[iy]n|(?:se|ro|to)relin|[lnr]imod|zomib|parib|ciclib|lisib|glitazon|glinid|" +
  "(?:[ln]a|no|to|mi|do|ze|si)pryl|wastatyn|ksaban|floksacyn|cylin|mycyn|oksetyn|tryptan|" +
  "празол|флоксацин|мицин|циллин|оксетин|азепам|золам|триптан|лукаст|глиптин|глифлозин|глутид|дронат|семид|тиниб|[уик]маб|[аеиоу]вир|профен|циклин|сетрон|(?:бо|цис|ли)платин|рубицин|таксел|трексат|запин|тиапин|ипрамин|триптилин|отропи[йяю]|сонид|[лз]озин)" +
  "(?:e|a|o|um|u|ę|ą|y|i|ie|em|ом|а|у|ы|е|ой|ем)?";

/** Medicines named by brand or without an INN ending, in several languages and scripts. */
export const DRUG_NAMES = [
  // Session 43 (dev-47): Polish and Russian brands of bisoprolol, atorvastatin and levothyroxine.
  "concor|конкор\\p{L}{0,3}|atoris|аторис\\p{L}{0,3}|эутирокс\\p{L}{0,3}|bisocard|glucophage|глюкофаж\\p{L}{0,3}",
  "warfarin[ea]?|marcumar|coumadin[e]?|sintrom|falithrom|waran|xarelto|eliquis|pradaxa|insulin[ea]?|insülin|инсулин\\p{L}*|інсулін\\p{L}*|lithium|lítio|litio|литий|thyronorm|euthyrox|l-thyroxin|levothyrox|eltroxin|aspirin[ae]?|methotrexat[e]?|tamoxifen[eo]?|lantus|ozempic|mounjaro|paxlovid|truvada|biktarvy|keytruda|herceptin|humira|clexane|lovenox",
].join("|");

/** The same in scripts without word spaces: matched anywhere. */
export const DRUG_SCRIPT_NAMES =
  "胰岛素|二甲双胍|阿司匹林|他莫昔芬|氨氯地平|华法林|阿托伐他汀|インスリン|メトホルミン|ワーファリン|ワルファリン|アスピリン|タモキシフェン|アムロジピン|인슐린|메트포르민|아스피린|와파린|타목시펜|الأنسولين|الإنسولين|انسولين|الميتفورمين|ميتفورمين|الأسبرين|أسبرين|وارفارين|इंसुलिन|इन्सुलिन|एस्पिरिन|मेटफॉर्मिन|อินซูลิน";

export const DOSE_UNITS = "mg|mcg|µg|μg|ml|mL|IU|UI|IE|units?|Einheiten|unités|мг|мкг|мл|ЕД|毫克|ミリグラム|밀리그램";

/** Laboratory analytes and vital signs; `LAB_UNITS` the units that follow their values. */
export const LAB_ANALYTES = [
  "hba1c|a1c|glycated ha?emoglobin|psa|tsh|ft4|ldl(?:-c| cholesterol)?|hdl|total cholesterol|cholesterol|triglycerides|creatinine|kreatinin|créatinine|creatinina|креатинин|e?gfr|inr|ferritin[ea]?|ферритин|ha?emoglobin|hämoglobin|hémoglobine|hemoglobina|гемоглобин|hgb|hb|glucose|blood sugar|blutzucker|glukose|glycémie|glucemia|glicemia|glucosa|сахар крови|sodium|natrium|potassium|kalium|crp|bilirubin[ea]?|bilirrubina|билирубин|troponin|bnp|vitamin d|platelets?|platelet count|thrombozyten|plaquettes|plaquetas|piastrine|wbc|cd4(?: count)?|viral load|β?-?hcg|beta-hcg|blood pressure|bp|blutdruck|tension artérielle|tensión arterial|pressione arteriosa|pressão arterial|tekanan darah(?:nya)?|давление|артериальное давление|spo2|血压|血圧|혈압|血糖|空腹血糖",
  // Session 43 (dev-47): oxygen saturation, Turkish blood pressure and sugar with their suffixes, Korean and Chinese
  // fasting glucose, HbA1c and creatinine, Polish creatinine and pressure.
  "emoglobina|saturati[eo]n?|saturação|saturazione|saturación|сатурация|tansiyon\\p{L}{0,3}|şeker\\p{L}{0,3}|kreatynina|ciśnienie|공복혈당|당화혈색소|혈당|糖化血红蛋白|肌酐|血肌酐|resting (?:hr|heart rate)|heart rate|ruhepuls|fc en reposo|frecuencia cardíaca|fréquence cardiaque|frequenza cardiaca|frequência cardíaca|hartslag|tętno|пульс|心率|心拍数|심박수",
].join("|");

export const LAB_UNITS =
  "mmol\\/l|mg\\/dl|ng\\/ml|mIU\\/l|µIU\\/ml|μIU\\/ml|mIU\\/ml|µmol\\/l|μmol\\/l|umol\\/l|g\\/dl|g\\/l|u\\/l|iu\\/l|pg\\/ml|nmol\\/l|pmol\\/l|copies\\/ml|cells\\/µl|\\/µl|\\/mm3|mmhg|мм рт\\.? ст\\.?|ммоль\\/л|мг\\/дл|мкмоль\\/л|г\\/л|%";

/** Words after a week number that state a pregnancy, per language. */
export const PREGNANCY_WEEK_WORDS =
  "ssw|schwangerschaftswoche|weeks? pregnant|weeks? of pregnancy|weeks? gestation|semaines? de grossesse|semanas? de (?:embarazo|gestación|gestação|gravidez)|settiman[ae] di gravidanza|weken zwanger|tydz(?:ień|ień) ciąży|тиждень вагітності|тижні вагітності|недел\\p{L}* беременност\\p{L}*";

export const PREGNANCY_STEMS = [
  "ssw",
  "schwangerschaftswoche",
  "pregnan",
  "gestation",
  "grossesse",
  "embarazo",
  "gestación",
  "gestação",
  "gravidez",
  "gravidanza",
  "zwanger",
  "ciąży",
  "вагітност",
  "беременност",
  "hamil",
  "mang thai",
];

/** Texts that name ICD codes (ICD-10, CIM-10, CIE-10, МКБ-10). */
/**
 * The ICD's names as code labels: ICD, CIM-10 (fr), CIE-10 (es), МКБ/МКХ, and (session 37) the Portuguese CID-10 and the
 * bare "CID:", "CIE:", "CIM:" of sick notes ("CID" is looked for only with a colon, space or "-10" after it: "cidade").
 */
export const ICD_STEMS = ["icd", "cim-10", "cie-10", "мкб", "мкх"];
/** The bare local labels, looked for at a word's start only ("acid reflux", "lucid ", "& Cie:" hold no ICD label). */
export const ICD_WORD_START_STEMS = ["cid-10", "cid10", "cid:", "cid ", "cie:", "cim:"];

/** Labels that also name other things (an experiment's treatment arm, a lab environment): their value must read as medical. */
export const AMBIGUOUS_LABELS: ReadonlySet<string> = new Set("treatment treatments therapy procedure procedures lab labs rx".split(" "));
export const MEDICAL_VALUE_HINT =
  /(?:itis|osis|oma|ectomy|otomy|plasty|pathy|emia|algia)(?![\p{L}])|therap|physio|surg|chemo|radio|dialys|transplant|fracture|tear|injur|cancer|tumou?r|diabet|infect|syndrome|disorder|disease|insulin|\d\s?(?:mg|mcg|ml|iu)\b|mmol|mg\/dl|ng\/ml|g\/dl/iu;
