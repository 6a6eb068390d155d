/**
 * The record types and field names by which health apps and devices mark health data in their exports (session 49,
 * issue #15): Apple Health `export.xml` type identifiers, Google Fit and Samsung Health data-type names, wearable JSON
 * keys (irregular rhythm, sleep apnoea, ECG classification), the EU digital COVID certificate's target-disease code,
 * continuous-glucose-monitor CSV (Dexcom `EGV` rows, glucose columns with a unit), blood-pressure columns, a CPAP
 * report's apnoea–hypopnoea index with its value, insulin bolus and basal entries with their dose, a medicine with its
 * strength, and a pregnancy-test result — in en, de, fr, it, es, nl, pl and ja. Our own lists, from the vendors' public
 * export formats. Each is health only when the export is a particular person's: health-export-records.ts reports them
 * only beside an identifying field. Every pattern starts with a literal or a bounded class and has bounded repeats
 * (linear); sources are matched case-insensitively on the original text unless marked.
 */

/** Apple HealthKit type identifiers of health (not fitness) data, and Google Fit / Samsung Health data-type names. */
export const PLATFORM_TYPE =
  /(?<![A-Za-z])(?:HK(?:Quantity|Category|Correlation)TypeIdentifier(?:BloodGlucose|BloodPressure(?:Systolic|Diastolic)?|OxygenSaturation|IrregularHeartRhythmEvent|HighHeartRateEvent|LowHeartRateEvent|AtrialFibrillationBurden|InsulinDelivery|BloodAlcoholContent|SleepApneaEvent|MenstrualFlow|IntermenstrualBleeding|PregnancyTestResult|Pregnancy|Lactation|OvulationTestResult|ContraceptiveUse|PeripheralPerfusionIndex|ForcedVitalCapacity|InhalerUsage)|HKClinicalTypeIdentifier[A-Za-z]{3,40}|com\.(?:google|samsung\.health|samsung\.shealth)\.(?:blood_pressure|blood_glucose|oxygen_saturation|menstruation|ovulation_test|insulin))(?![A-Za-z_])/g;
export const PLATFORM_STEMS = [
  "hkquantitytypeidentifier",
  "hkcategorytypeidentifier",
  "hkcorrelationtypeidentifier",
  "hkclinicaltypeidentifier",
  "com.google.",
  "com.samsung.",
];

/** Wearables' JSON keys that are health findings in themselves (irregular rhythm alerts, apnoea events, SpO2). */
export const WEARABLE_KEY = /(?<![A-Za-z])(?:irregularHeartRhythm[A-Za-z]{0,20}|sleepApnea[A-Za-z]{0,20}|afib[A-Za-z]{0,20}|spo2)(?=")/gi;
export const WEARABLE_KEY_STEMS = ["irregularheartrhythm", "sleepapnea", "afib", '"spo2"'];

/** An ECG app's classification value, and the EU DCC's target-disease code (SNOMED 840539006, COVID-19). */
export const CLASSIFIED_VALUE = /"(?:resultClassification|classification|tg)"\s{0,3}:\s{0,3}"([^"\n]{3,40})"/g;
export const CLASSIFIED_VALUE_STEMS = ['"resultclassification"', '"classification"', '"tg"'];

/** A Dexcom export's glucose row type, as a CSV cell (matched with its case). */
export const EGV_CELL = /(?<=[,;\t])EGV(?=[,;\t])/g;
export const EGV_STEMS = [",egv,", ";egv;", "\tegv\t"];

/**
 * Column words of glucose and blood-pressure exports; the column counts when the cell holds a unit (mg/dL, mmol/L,
 * mmHg) or, for the blood-pressure words, stands as a CSV header cell. Lower-case, matched on the lower-cased text
 * without the i/u flags and without a lookbehind (the caller checks the character before): ~10× faster.
 */
export const COLUMN_WORD =
  /(?:glucose|glukose|glucosio|glucosa|glicose|glucemia|blutzucker|bloedsuiker|glycémie|glicemia|glukozy|glukosewert|glucosewaarde|glucosegeschiedenis|グルコース|systolic|systolisch|sistolica|sistólica|skurczowe|bovendruk|tension systolique|最高血圧|diastolic|diastolisch|diastolica|diastólica|rozkurczowe|onderdruk|tension diastolique|最低血圧|basalrate|basal rate|bolo erogato|bolus-volumen|bolus volume)/g;
export const COLUMN_STEMS = [
  "gluco",
  "gluko",
  "glicose",
  "glucemia",
  "blutzucker",
  "bloedsuiker",
  "glycémie",
  "glicemia",
  "グルコース",
  "systol",
  "sistol",
  "skurczowe",
  "bovendruk",
  "最高血圧",
  "diastol",
  "diastól",
  "rozkurczowe",
  "onderdruk",
  "最低血圧",
  "basal",
  "bolo erogato",
  "bolus",
];
/** Blood-pressure column words (count as a header cell even without a unit). */
export const PRESSURE_COLUMN =
  /^(?:systolic|systolisch|sistolica|sistólica|skurczowe|bovendruk|tension systolique|最高血圧|diastolic|diastolisch|diastolica|diastólica|rozkurczowe|onderdruk|tension diastolique|最低血圧)/i;
/** A unit a glucose, pressure or insulin column names. */
export const COLUMN_UNIT = /mg\/dl|mmol\/l|mmhg|\(u\)|\(u\/h\)|\(e\)|\(ie\)/i;

/** A CPAP report's apnoea–hypopnoea index with its value (AHI, French and Spanish IAH). */
export const APNOEA_INDEX =
  /(?<![\p{L}])(?:AHI|IAH)(?:\s{1,3}residuo)?\s{0,3}:?\s{0,3}\d{1,3}(?:[.,]\d{1,2})?(?:\s{0,2}(?:events?\s{0,2}\/\s{0,2}h|\/\s{0,2}[hu]|回\/時))?/gu;
export const APNOEA_STEMS = ["ahi", "iah"];

/** An insulin bolus with its dose ("Bolus 6.40 U", "Bolo 3,2 U", "ボーラス 4.5 U"). */
export const BOLUS_DOSE = /(?<![\p{L}])(?:Bolus|Bolo|ボーラス)(?=\s{1,3}\d{1,3}(?:[.,]\d{1,2})?\s{0,2}(?:U|E|IE|UI|j\.|units?)(?![\p{L}]))/giu;
export const BOLUS_STEMS = ["bolus", "bolo", "ボーラス"];

/**
 * A medicine with its strength, as prescriptions and pharmacy order histories write it: a capitalised name (one or two
 * words, or an upper-case name), a dose in mg, µg or units, and an optional dosage form ("Sertraline 100mg tablets",
 * "Apixaban 5 mg Filmtabletten", "DEPAKIN CHRONO 500 mg", "Truvada 200-300 MG tablet"); in Japanese a katakana name
 * with 錠 and the strength ("ワーファリン錠1mg"). Read from the dose (a digit-led pattern), then the name in the 40
 * characters before it and the form after it: a name-led pattern would be tried at every capital letter.
 */
export const MEDICINE_DOSE = /\d{1,4}(?:[.,]\d{1,3})?(?:-\d{1,4})?\s{0,2}(?:mg|MG|mcg|µg|μg|IE|UI)(?![\p{L}/])/gu;
export const MEDICINE_NAME_BEFORE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]{3,24}(?: \p{Lu}{3,12})?\s{1,2}$/u;
export const DOSAGE_FORM_AFTER =
  /^ (?:tablets?|Filmtabletten|Tabletten|Injektionslösung|comprimidos|comp\.|cpr|cp|tabl\.|capsules?|Kapseln|gélules)(?![\p{L}])/u;
export const KATAKANA_MEDICINE = /[\p{sc=Katakana}ー]{2,12}(?:OD)?錠\d{1,4}(?:\.\d{1,2})?mg/gu;
export const MEDICINE_STEMS = ["mg", "mcg", "µg", "μg", " ie", " ui"];

/** A pregnancy-test result (either order, within a few characters) or a pregnancy loss, as period trackers note them. */
export const PREGNANCY_RESULT =
  /(?:pregnancy[ _]test|schwangerschaftstest|test de grossesse|test di gravidanza|test de embarazo|zwangerschapstest|test ciążowy|妊娠検査薬?)[ _:：]{0,3}(?:positive?|positiv|positif|positivo|positief|陽性)|(?:positive?|positiver|pozytywny)[ _]{1,3}(?:pregnancy[ _]test|schwangerschaftstest|test ciążowy)|(?<![\p{L}])(?:miscarriage|fehlgeburt|fausse couche|aborto spontaneo|aborto espontáneo|miskraam|poronienie)(?![\p{L}])|流産/giu;
export const PREGNANCY_STEMS = [
  "pregnancy",
  "schwangerschaftstest",
  "grossesse",
  "gravidanza",
  "embarazo",
  "zwangerschapstest",
  "ciążowy",
  "妊娠検査",
  "miscarriage",
  "fehlgeburt",
  "fausse couche",
  "aborto spontaneo",
  "aborto espontáneo",
  "miskraam",
  "poronienie",
  "流産",
];
