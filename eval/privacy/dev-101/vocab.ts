/**
 * dev-101 vocabulary: clinical cases (a condition named in each language, an ICD-10 code, a drug with its dose),
 * appointment and treatment words, lab results and invented people's names per language. All written for this set by
 * the session-56 health helper; every private person is invented by the seeded generator (`entries.ts`).
 */
export const LANGS = ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv", "ja", "tr", "hi"] as const;
export type Lang = (typeof LANGS)[number];

export interface Case {
  id: string;
  icd: string;
  drug: string;
  /** `f`: only women's names are paired with it */
  sex?: "f";
  name: Record<Lang, string>;
}

const L = (en: string, de: string, fr: string, es: string, it: string, nl: string, pl: string, pt: string, sv: string, ja: string, tr: string, hi: string) =>
  ({ en, de, fr, es, it, nl, pl, pt, sv, ja, tr, hi }) satisfies Record<Lang, string>;

export const CASES: readonly Case[] = [
  {
    id: "depression",
    icd: "F32.1",
    drug: "sertraline 50 mg",
    name: L(
      "depression",
      "Depression",
      "dépression",
      "depresión",
      "depressione",
      "depressie",
      "depresja",
      "depressão",
      "depression",
      "うつ病",
      "depresyon",
      "डिप्रेशन",
    ),
  },
  {
    id: "t2d",
    icd: "E11.9",
    drug: "metformin 1000 mg",
    name: L(
      "type 2 diabetes",
      "Typ-2-Diabetes",
      "diabète de type 2",
      "diabetes tipo 2",
      "diabete di tipo 2",
      "diabetes type 2",
      "cukrzyca typu 2",
      "diabetes tipo 2",
      "typ 2-diabetes",
      "2型糖尿病",
      "tip 2 diyabet",
      "टाइप 2 डायबिटीज़",
    ),
  },
  {
    id: "epilepsy",
    icd: "G40.9",
    drug: "levetiracetam 500 mg",
    name: L("epilepsy", "Epilepsie", "épilepsie", "epilepsia", "epilessia", "epilepsie", "padaczka", "epilepsia", "epilepsi", "てんかん", "epilepsi", "मिर्गी"),
  },
  {
    id: "breast",
    icd: "C50.9",
    drug: "tamoxifen 20 mg",
    sex: "f",
    name: L(
      "breast cancer",
      "Brustkrebs",
      "cancer du sein",
      "cáncer de mama",
      "tumore al seno",
      "borstkanker",
      "rak piersi",
      "câncer de mama",
      "bröstcancer",
      "乳がん",
      "meme kanseri",
      "ब्रेस्ट कैंसर",
    ),
  },
  {
    id: "ckd",
    icd: "N18.5",
    drug: "sevelamer 800 mg",
    name: L(
      "end-stage kidney disease",
      "terminale Niereninsuffizienz",
      "insuffisance rénale terminale",
      "insuficiencia renal crónica",
      "insufficienza renale cronica",
      "nierfalen",
      "przewlekła choroba nerek",
      "doença renal crônica",
      "kronisk njursvikt",
      "慢性腎臓病",
      "kronik böbrek yetmezliği",
      "किडनी फ़ेल्योर",
    ),
  },
  {
    id: "hiv",
    icd: "B20",
    drug: "Biktarvy 50/200/25 mg",
    name: L("HIV", "HIV-Infektion", "VIH", "VIH", "HIV", "hiv", "HIV", "HIV", "hiv", "HIV感染症", "HIV", "एचआईवी"),
  },
  {
    id: "alcohol",
    icd: "F10.2",
    drug: "naltrexone 50 mg",
    name: L(
      "alcohol dependence",
      "Alkoholabhängigkeit",
      "dépendance à l'alcool",
      "dependencia del alcohol",
      "dipendenza da alcol",
      "alcoholverslaving",
      "uzależnienie od alkoholu",
      "dependência de álcool",
      "alkoholberoende",
      "アルコール依存症",
      "alkol bağımlılığı",
      "शराब की लत",
    ),
  },
  {
    id: "bipolar",
    icd: "F31.9",
    drug: "lithium 400 mg",
    name: L(
      "bipolar disorder",
      "bipolare Störung",
      "trouble bipolaire",
      "trastorno bipolar",
      "disturbo bipolare",
      "bipolaire stoornis",
      "choroba afektywna dwubiegunowa",
      "transtorno bipolar",
      "bipolär sjukdom",
      "双極性障害",
      "bipolar bozukluk",
      "बाइपोलर डिसऑर्डर",
    ),
  },
  {
    id: "ms",
    icd: "G35",
    drug: "ocrelizumab 600 mg",
    name: L(
      "multiple sclerosis",
      "Multiple Sklerose",
      "sclérose en plaques",
      "esclerosis múltiple",
      "sclerosi multipla",
      "multiple sclerose",
      "stwardnienie rozsiane",
      "esclerose múltipla",
      "multipel skleros",
      "多発性硬化症",
      "multipl skleroz",
      "मल्टीपल स्क्लेरोसिस",
    ),
  },
  {
    id: "pregnancy",
    icd: "Z34.0",
    drug: "folic acid 5 mg",
    sex: "f",
    name: L(
      "pregnancy",
      "Schwangerschaft",
      "grossesse",
      "embarazo",
      "gravidanza",
      "zwangerschap",
      "ciąża",
      "gravidez",
      "graviditet",
      "妊娠",
      "hamilelik",
      "प्रेगनेंसी",
    ),
  },
  {
    id: "asthma",
    icd: "J45.9",
    drug: "salbutamol 100 µg",
    name: L("asthma", "Asthma", "asthme", "asma", "asma", "astma", "astma", "asma", "astma", "喘息", "astım", "अस्थमा"),
  },
  {
    id: "anxiety",
    icd: "F41.1",
    drug: "escitalopram 10 mg",
    name: L(
      "generalised anxiety disorder",
      "generalisierte Angststörung",
      "trouble anxieux généralisé",
      "trastorno de ansiedad generalizada",
      "disturbo d'ansia generalizzato",
      "gegeneraliseerde angststoornis",
      "zaburzenie lękowe uogólnione",
      "transtorno de ansiedade generalizada",
      "generaliserat ångestsyndrom",
      "全般性不安障害",
      "yaygın anksiyete bozukluğu",
      "एंग्ज़ायटी डिसऑर्डर",
    ),
  },
  {
    id: "parkinson",
    icd: "G20",
    drug: "levodopa 100 mg",
    name: L(
      "Parkinson's disease",
      "Parkinson",
      "maladie de Parkinson",
      "párkinson",
      "morbo di Parkinson",
      "ziekte van Parkinson",
      "choroba Parkinsona",
      "doença de Parkinson",
      "Parkinsons sjukdom",
      "パーキンソン病",
      "Parkinson hastalığı",
      "पार्किंसन",
    ),
  },
  {
    id: "t1d",
    icd: "E10.9",
    drug: "insulin glargine 20 IU",
    name: L(
      "type 1 diabetes",
      "Typ-1-Diabetes",
      "diabète de type 1",
      "diabetes tipo 1",
      "diabete di tipo 1",
      "diabetes type 1",
      "cukrzyca typu 1",
      "diabetes tipo 1",
      "typ 1-diabetes",
      "1型糖尿病",
      "tip 1 diyabet",
      "टाइप 1 डायबिटीज़",
    ),
  },
  {
    id: "lungcancer",
    icd: "C34.9",
    drug: "carboplatin AUC 5",
    name: L(
      "lung cancer",
      "Lungenkrebs",
      "cancer du poumon",
      "cáncer de pulmón",
      "tumore al polmone",
      "longkanker",
      "rak płuca",
      "câncer de pulmão",
      "lungcancer",
      "肺がん",
      "akciğer kanseri",
      "फेफड़ों का कैंसर",
    ),
  },
];

/** appointment and treatment words (a person's being there is health information) */
export const APPOINTMENTS: Record<Lang, readonly string[]> = {
  en: ["dialysis", "chemotherapy", "psychiatric outpatient treatment", "methadone maintenance", "radiotherapy", "IVF treatment"],
  de: ["Dialyse", "Chemotherapie", "Psychotherapie", "Suchtberatung", "Strahlentherapie"],
  fr: ["sa dialyse", "sa chimiothérapie", "un rendez-vous en psychiatrie", "son suivi en addictologie", "sa radiothérapie"],
  es: ["diálisis", "quimioterapia", "psicoterapia", "terapia de desintoxicación", "radioterapia"],
  it: ["dialisi", "chemioterapia", "una visita psichiatrica", "terapia al SerD", "radioterapia"],
  nl: ["dialyse", "chemotherapie", "een afspraak bij de psychiater", "de verslavingskliniek", "bestraling"],
  pl: ["dializy", "chemioterapię", "wizyty u psychiatry", "terapię odwykową", "radioterapię"],
  pt: ["hemodiálise", "quimioterapia", "consulta de psiquiatria", "tratamento no CAPS AD", "radioterapia"],
  sv: ["dialys", "cytostatikabehandling", "samtal på psykiatrin", "beroendemottagningen", "strålbehandling"],
  ja: ["人工透析", "抗がん剤治療", "精神科", "依存症外来", "放射線治療"],
  tr: ["diyaliz", "kemoterapi", "psikiyatri randevusu", "AMATEM tedavisi", "radyoterapi"],
  hi: ["डायलिसिस", "कीमोथेरेपी", "साइकेट्रिस्ट अपॉइंटमेंट", "नशा मुक्ति केंद्र", "रेडियोथेरेपी"],
};

/** lab results as written in each language's reports */
export const LABS: Record<Lang, readonly string[]> = {
  en: ["HbA1c 71 mmol/mol", "eGFR 12 mL/min", "CD4 count 210 cells/mm3", "PSA 14.2 ng/mL", "TSH 9.8 mU/L"],
  de: ["HbA1c 8,6 %", "eGFR 14 ml/min", "CD4 230/µl", "PSA 12,1 ng/ml", "TSH 9,8 mU/l"],
  fr: ["HbA1c à 8,9 %", "DFG 13 mL/min", "CD4 à 250/mm3", "PSA 11,4 ng/mL", "TSH 10,2 mUI/L"],
  es: ["HbA1c 8,7 %", "FG 15 ml/min", "CD4 240/µl", "PSA 13,0 ng/ml", "TSH 9,1 mUI/l"],
  it: ["HbA1c 8,4%", "eGFR 13 ml/min", "CD4 260/µl", "PSA 10,9 ng/ml", "TSH 9,6 mUI/l"],
  nl: ["HbA1c 69 mmol/mol", "eGFR 12 ml/min", "CD4 220/µl", "PSA 12,6 ng/ml", "TSH 9,9 mE/l"],
  pl: ["HbA1c 8,8%", "eGFR 14 ml/min", "CD4 230/µl", "PSA 11,2 ng/ml", "TSH 10,4 mIU/l"],
  pt: ["HbA1c 8,5%", "TFG 13 mL/min", "CD4 245 células/mm³", "PSA 12,3 ng/mL", "TSH 9,7 mUI/L"],
  sv: ["HbA1c 72 mmol/mol", "eGFR 13 ml/min", "CD4 240/µl", "PSA 11,8 µg/l", "TSH 9,4 mIE/l"],
  ja: ["HbA1c 8.6%", "eGFR 13", "CD4 230/μL", "PSA 12.4 ng/mL", "TSH 9.8 μIU/mL"],
  tr: ["HbA1c %8,7", "eGFR 14 ml/dk", "CD4 235/mm3", "PSA 12,0 ng/ml", "TSH 9,5 mIU/l"],
  hi: ["HbA1c 8.9%", "eGFR 14", "CD4 230", "PSA 12.8", "TSH 9.6"],
};

export const NAMES: Record<Lang, { m: readonly string[]; f: readonly string[]; last: readonly string[] }> = {
  en: {
    m: ["Gareth", "Declan", "Marcus", "Tyrone", "Callum", "Rajesh", "Liam", "Brendan"],
    f: ["Siobhan", "Kayleigh", "Denise", "Priya", "Shanice", "Megan", "Aoife", "Tamsin"],
    last: ["Hollingsworth", "Pemberton", "Okonkwo", "Fairclough", "Brannigan", "Thistlewood", "Ashdown", "Merriweather"],
  },
  de: {
    m: ["Jürgen", "Torsten", "Maximilian", "Dirk"],
    f: ["Sabine", "Anneliese", "Katrin", "Jessica"],
    last: ["Brüggemann", "Wollschläger", "Haberkorn", "Kettler"],
  },
  fr: {
    m: ["Thierry", "Jean-Baptiste", "Yannick", "Mehdi"],
    f: ["Sandrine", "Océane", "Véronique", "Nadège"],
    last: ["Lemaire", "Vasseur", "Ducloux", "Pelletier"],
  },
  es: { m: ["Iñaki", "Rodrigo", "Jesús", "Álvaro"], f: ["Begoña", "Nerea", "Rocío", "Montserrat"], last: ["Etxeberria", "Villalobos", "Quintana", "Arroyo"] },
  it: {
    m: ["Gianluca", "Salvatore", "Ettore", "Fabrizio"],
    f: ["Giuseppina", "Chiara", "Loredana", "Ilaria"],
    last: ["Lombardo", "Scognamiglio", "Ferraresi", "Bertolini"],
  },
  nl: { m: ["Joost", "Sander", "Wouter", "Bram"], f: ["Marieke", "Annelies", "Femke", "Ilse"], last: ["van der Meulen", "Brouwer", "de Groot", "Hoekstra"] },
  pl: {
    m: ["Krzysztof", "Grzegorz", "Przemysław", "Łukasz"],
    f: ["Agnieszka", "Małgorzata", "Katarzyna", "Bożena"],
    last: ["Nowak", "Mazur", "Kaczmarek", "Wróbel"],
  },
  pt: {
    m: ["João Pedro", "Rogério", "Thiago", "Vítor"],
    f: ["Luciana", "Fernanda", "Conceição", "Joana"],
    last: ["Albuquerque", "Figueiredo", "Carvalho", "Meireles"],
  },
  sv: { m: ["Anders", "Mattias", "Björn", "Oskar"], f: ["Linnéa", "Karin", "Ebba", "Annika"], last: ["Lindqvist", "Bergström", "Åkesson", "Nordin"] },
  ja: { m: ["健太", "大輔", "誠", "翔太"], f: ["美咲", "由美子", "彩", "真由美"], last: ["佐藤", "高橋", "渡辺", "小林"] },
  tr: { m: ["Mehmet", "Emre", "Hakan", "Burak"], f: ["Ayşe", "Elif", "Zeynep", "Gülşen"], last: ["Yılmaz", "Kaya", "Demir", "Çelik"] },
  hi: { m: ["राजेश", "अमित", "सुरेश", "विकास"], f: ["प्रिया", "सुनीता", "नेहा", "कविता"], last: ["शर्मा", "वर्मा", "गुप्ता", "यादव"] },
};

/** public figures whose illness they made public themselves, with the case it names */
export const PUBLIC: readonly (readonly [string, string])[] = [
  ["Michael J. Fox", "parkinson"],
  ["Nick Jonas", "t1d"],
  ["Selena Gomez", "bipolar"],
];
/** fictional characters and the condition the story gives them */
export const FICTION: readonly (readonly [string, string])[] = [
  ["Carrie Mathison", "bipolar"],
  ["Walter White", "lungcancer"],
  ["Don Draper", "alcohol"],
];

/** departments for job adverts and services (negatives) */
export const DEPARTMENTS: Record<Lang, readonly string[]> = {
  en: ["dialysis", "oncology", "acute psychiatry"],
  de: ["Dialyse", "Onkologie", "Psychiatrie"],
  fr: ["dialyse", "oncologie", "psychiatrie"],
  es: ["diálisis", "oncología", "psiquiatría"],
  it: ["dialisi", "oncologia", "psichiatria"],
  nl: ["dialyse", "oncologie", "psychiatrie"],
  pl: ["dializ", "onkologii", "psychiatrii"],
  pt: ["hemodiálise", "oncologia", "psiquiatria"],
  sv: ["dialys", "onkologi", "psykiatri"],
  ja: ["透析", "がん病棟", "精神科病棟"],
  tr: ["diyaliz", "onkoloji", "psikiyatri"],
  hi: ["डायलिसिस", "ऑन्कोलॉजी", "मनोरोग"],
};

/** drug names as Japanese documents write them */
export const JA_DRUGS: Record<string, string> = {
  depression: "セルトラリン50mg",
  t2d: "メトホルミン750mg",
  epilepsy: "レベチラセタム500mg",
  breast: "タモキシフェン20mg",
  ckd: "セベラマー塩酸塩250mg",
  hiv: "ビクタルビ配合錠",
  alcohol: "ナルメフェン10mg",
  bipolar: "炭酸リチウム400mg",
  ms: "オクレリズマブ600mg",
  pregnancy: "葉酸5mg",
  asthma: "サルブタモール100μg",
  anxiety: "エスシタロプラム10mg",
  parkinson: "レボドパ100mg",
  t1d: "インスリングラルギン20単位",
  lungcancer: "カルボプラチン",
};

/** folic acid as each language writes it (the other drugs keep their international names) */
export const FOLIC_ACID: Record<Lang, string> = {
  en: "folic acid 5 mg",
  de: "Folsäure 5 mg",
  fr: "acide folique 5 mg",
  es: "ácido fólico 5 mg",
  it: "acido folico 5 mg",
  nl: "foliumzuur 5 mg",
  pl: "kwas foliowy 5 mg",
  pt: "ácido fólico 5 mg",
  sv: "folsyra 5 mg",
  ja: "葉酸5mg",
  tr: "folik asit 5 mg",
  hi: "फोलिक एसिड 5 mg",
};
