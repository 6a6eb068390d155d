/**
 * Word lists of health as care logistics write it (session 48, issue #15: pharmacy pick-ups, care-home and school-nurse
 * notes, shift hand-overs, appointment reminders, sick notes, pre-authorisations, allergy lists, carer rotas): the
 * clinic, ward or unit a person is booked into, the nursing order or device a note records, an allergy, a clinical
 * abbreviation, and the inflected or localised forms of common long-term medicines that the INN endings of
 * medical-terms.ts miss ("metformine", "lewotyroksyna", "insuline"). Our own lists, from general knowledge, in en, de,
 * fr, es, it, nl and pl; lower-case regex sources, every alternative starting with a literal. Each of these is health
 * only when it is a particular person's: care-person.ts reports them only next to a named or pin-pointed private
 * person (a public clinic's opening hours, a leaflet or "my mother's insulin" stay unreported).
 */

/** A clinic, ward, unit or service a person attends, in the languages of the lists. */
export const CARE_SETTINGS = [
  // English
  "memory clinic|dialysis unit|renal unit|kidney unit|oncology day unit|oncology unit|oncology clinic|chemo unit|chemotherapy unit|chemo suite|day oncology|haematology day unit|haematology ward|hematology ward|fracture clinic|sexual health clinic|gum clinic|diabetes clinic|anticoagulation clinic|pain clinic|eating disorders? unit|psychiatric ward|mental health unit|stroke unit",
  // German
  "gedächtnissprechstunde|gedächtnisambulanz|memory-klinik|dialysezentrum|dialysestation|onkologische\\p{L}* tagesklinik|onkologische\\p{L}* ambulanz|tagesklinik|schlaflabor|psychiatrische\\p{L}* station|palliativstation",
  // French
  "hôpital de jour|consultation mémoire|consultation d'oncologie|centre de dialyse|unité de dialyse|service d'oncologie|soins palliatifs",
  // Spanish
  "unidad de diálisis|centro de diálisis|hospital de día|unidad de la memoria|consulta de oncología|unidad del dolor|cuidados paliativos",
  // Italian
  "day hospital|centro dialisi|nucleo alzheimer|ambulatorio oncologico|reparto di oncologia|cure palliative",
  // Dutch
  "geheugenpoli|dialyseafdeling|dialysecentrum|dagbehandeling|oncologische dagbehandeling|slaapcentrum|palliatieve zorg",
  // Polish
  "poradni\\p{L}* onkologiczn\\p{L}*|poradni\\p{L}* diabetologiczn\\p{L}*|poradni\\p{L}* zdrowia psychicznego|poradni\\p{L}* kardiologiczn\\p{L}*|oddzia\\p{L}* onkologi\\p{L}*|stacj\\p{L}* dializ\\p{L}*|hospicjum",
];

/** Nursing orders, devices, allergies, clinical abbreviations and conditions of care notes. */
export const CARE_NOTE_CONDITIONS = [
  // English: orders and devices, abbreviations, allergies, conditions of care notes
  "nil by mouth|dnacpr|dnar|dnr order|s/p [a-z]+|catheter|nebs|nebuli[sz]ers?|peg feed|alcohol withdrawal|neutropenic|neutropenia|sleep apnoea|sleep apnea|severe osa|moderate osa|pressure sore|pressure ulcer|bedsores?|sundowning|hard of hearing|slipped disc|disc prolapse|prolapsed disc",
  "peanut allergy|tree nut allergy|nut allergy|egg allergy|shellfish allergy|sesame allergy|dairy allergy|milk allergy|penicillin allergy|latex allergy|allergic to peanuts|allergic to nuts|allergic to penicillin|allergic to eggs|allergic to shellfish",
  // German
  "z\\. ?n\\. [\\p{L}-]+|zustand nach [\\p{L}-]+|hüft-tep|knie-tep|krampfanfall|krampfanfälle|epileptischen anfall|epileptischer anfall|schlafapnoe|nussallergie|erdnussallergie|dekubitus|kompressionsstrümpfe|blasenkatheter",
  // French
  "escarres?|apnées? du sommeil|allergie aux arachides|allergie à l'arachide|allergie aux fruits à coque|allergique aux arachides|sonde urinaire",
  // Spanish
  "úlceras? por presión|cura de la úlcera|alergia al huevo|alergia a los frutos secos|alergia al cacahuete|alergia al maní|alergia a la leche|alergia al marisco|alergia a la penicilina|apnea del sueño|sonda vesical",
  // Italian
  "piaghe? da decubito|lesioni? da pressione|allergia alle arachidi|allergia alla frutta a guscio|allergia alle uova|allergia al lattice|allergia alla penicillina|apnee notturne|apnea notturna|catetere vescicale",
  // Dutch
  "slaapapneu|notenallergie|pinda-allergie|pinda allergie|doorligwond\\p{L}*|decubitus|steunkousen|blaaskatheter",
  // Polish
  "odleżyn\\p{L}*|padaczk\\p{L}*|bezdech\\p{L}* senn\\p{L}*|niedosłuch\\p{L}*|alergi\\p{L}* na orzech\\p{L}*|alergi\\p{L}* na orzeszki\\p{L}*|cewnik\\p{L}*",
];

/** Localised and inflected forms of long-term medicines the INN endings miss (`metformin` ends a word there). */
export const MEDICINE_FORMS =
  "metformin\\p{L}*|insulin glargin\\p{L}*|insulin\\p{L}*|lewotyroksyn\\p{L}*|levotiroxin\\p{L}*|levotyroxin\\p{L}*|levothyrox\\p{L}*|l-thyroxin\\p{L}*|donépézil|donepezil\\p{L}*|co-careldopa|co-beneldopa|methotrexat\\p{L}*|metotreksat\\p{L}*|sertralin\\p{L}*";
