/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
import { RUSSIAN_TERMS_S53 } from "./script-health-terms.js";

const LOCAL_PATTERN_1 = /\s+/;
/**
 * Word lists used by the context rules (our own, hand-picked; lower-case).
 * GIVEN_NAMES: common first names across the languages we support, used to tell a person's name
 * from other capitalised words. HEALTH_TERMS: conditions, treatments and sensitive health states
 * (regex sources, any case). PUBLIC_FIGURES / PUBLIC_ADDRESSES: public facts that are not private.
 */

export const GIVEN_NAMES: ReadonlySet<string> = new Set(
  // English
  (
    "james john robert michael william david richard joseph thomas charles christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis harry oliver jake liam lucas owen leo max sam tom tim ben dan mike chris nick alex matt steve andy rob bob " +
    "mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie kayla alexis lori chloe mia ava ella lily zoe jane kate lucy sophie amelia harper evie poppy freya isla " +
    // German, Dutch, Scandinavian
    "lukas leon finn jonas elias paul felix luis maximilian ben luca moritz tim niklas julian fabian florian tobias sebastian stefan andreas markus matthias michael christian thomas klaus jürgen juergen uwe wolfgang dieter günter gunter hans heinz helmut horst karl kurt manfred peter rainer ralf rolf sven torsten werner dirk frank holger jens jörg joerg lars olaf bernd detlef gerhard hermann otto franz fritz friedrich heinrich wilhelm ludwig georg johann johannes " +
    "mia hannah emma sofia lea lena marie anna lina laura leonie lara julia sarah katharina christina sabine petra monika ursula renate ingrid gisela helga karin brigitte heike birgit claudia andrea susanne stefanie nicole silke anja katrin kerstin martina angelika gabriele elke ute jutta doris erika greta frieda ida mathilda charlotte johanna " +
    "daan sem bram thijs jesse ruben lars sander pieter jeroen bas koen wouter joost sanne lotte femke anouk fleur eva lieke maaike inge anke ingrid sven erik nils björn bjorn anders olof astrid sigrid kari liv ingrid freja " +
    // French
    "jean pierre jacques michel philippe alain nicolas françois francois patrick christophe laurent sébastien sebastien julien olivier thierry frédéric frederic stéphane stephane éric eric david pascal daniel bernard didier thomas antoine hugo louis gabriel arthur raphaël raphael jules mathis théo theo lucas nathan enzo clément clement maxime baptiste quentin romain guillaume benoît benoit mathieu matthieu yves rené rene gérard gerard " +
    "marie nathalie isabelle sylvie catherine françoise francoise valérie valerie sandrine christine véronique veronique sophie céline celine stéphanie stephanie sandra aurélie aurelie camille léa lea manon chloé chloe inès ines jade louise alice juliette pauline margaux clara élodie elodie émilie emilie julie lucie mathilde charlotte amélie amelie brigitte monique danielle chantal josiane martine hélène helene anne claire " +
    // Spanish, Portuguese, Italian
    "josé jose antonio manuel francisco juan javier david daniel carlos jesús jesus alejandro miguel rafael pedro pablo ángel angel sergio fernando jorge luis alberto álvaro alvaro diego adrián adrian raúl raul enrique ramón ramon vicente andrés andres joaquín joaquin santiago mateo hugo martín martin lucas iker mario gonzalo rubén ruben óscar oscar ignacio emilio felipe guillermo tomás tomas " +
    "maría carmen josefa isabel ana dolores pilar teresa rosa francisca antonia mercedes lucía lucia cristina paula elena laura marta sara raquel beatriz nuria silvia patricia rocío rocio alba sofía sofia valentina martina daniela julia carla irene noelia alicia inmaculada concepción concepcion montserrat lorena sonia " +
    "joão joao pedro tiago gonçalo goncalo rodrigo rafael duarte afonso francisca beatriz mariana inês ines leonor matilde " +
    "giuseppe giovanni antonio mario luigi francesco angelo vincenzo pietro salvatore carlo franco domenico bruno paolo michele giorgio aldo sergio luciano marco andrea roberto stefano alessandro lorenzo matteo leonardo riccardo gabriele tommaso federico davide simone luca " +
    "giulia chiara francesca federica sara alessia valentina martina giorgia aurora alice ginevra beatrice emma elena silvia paola roberta laura anna rosa giovanna lucia " +
    // Other languages commonly seen in prompts
    "mohammed muhammad mohamed ahmed ali omar hassan hussein ibrahim yusuf youssef mustafa khalid fatima aisha amina zainab mariam leila layla noor yasmin " +
    "raj rahul amit vijay sanjay arjun rohan vikram priya ananya aditi pooja neha kavya divya lakshmi sunita anjali deepak ravi suresh ramesh " +
    "wei li ming jun hui ying xin yan jing hao lei chen lin mei hiroshi takeshi kenji yuki haruto sakura yui hana aiko satoshi min-jun seo-yeon ji-woo " +
    "ivan dmitri sergei alexei vladimir olga natasha tatiana svetlana irina anastasia ekaterina piotr tomasz krzysztof katarzyna agnieszka magdalena " +
    "mehmet mustafa ahmet ayşe ayse fatma emine zeynep elif burak emre serkan murat hakan cem ozan onur kemal hasan hüseyin ömer osman selin esra merve büşra hatice özlem derya seda tuğba kerem arda barış cengiz erkan gökhan volkan tolga umut yasin mert berk kaan " +
    "ankit rohit sachin rajesh manish nikhil varun karan akash aakash vivek abhishek gaurav saurabh pankaj sandeep sunil anil mahesh dinesh shreya riya ritu nisha swati sneha shweta megha kiran anita geeta seema rekha preeti payal tanvi isha aarti manisha jyoti " +
    // Polish, Russian (Cyrillic), Ukrainian
    "jan piotr paweł pawel krzysztof tomasz marek michał michal andrzej adam łukasz lukasz marcin jakub kamil mateusz wojciech grzegorz bartosz szymon agnieszka katarzyna małgorzata malgorzata joanna ewa magdalena monika barbara zofia dorota aleksandra natalia karolina beata elżbieta elzbieta marta kinga justyna " +
    "иван сергей алексей дмитрий андрей михаил николай владимир александр павел олег игорь евгений юрий виктор максим артём артем никита роман денис антон илья кирилл пётр петр борис григорий константин тарас богдан " +
    "наталія олена оксана ірина марія тетяна юлія світлана галина андрій дмитро олександр сергій володимир микола петро іван тарас богдан віктор юрій олег ігор максим василь степан " +
    "анна мария елена ольга наталья наталия татьяна ирина светлана екатерина анастасия юлия марина людмила галина валентина дарья ксения вера надежда любовь софия алёна алена полина оксана " +
    // Czech, Hungarian, Greek, Romanian (session 46, dev-68): common given names that are no common word of the language
    "jiří jiri josef jaroslav miroslav zdeněk zdenek václav vaclav radek ondřej ondrej jakub vojtěch vojtech lukáš lukas matěj matej tomáš tomas martin petr pavel jan karel milan libor vladimír vladimir honza jarmila jana eva hana lenka kateřina katerina lucie veronika tereza markéta marketa klára klara zuzana alena ivana simona petra michaela barbora jitka dana šárka sarka " +
    "lászló laszlo istván istvan józsef jozsef zoltán zoltan sándor sandor gábor gabor ferenc attila tibor péter peter tamás tamas zsolt balázs balazs csaba ákos akos bence máté mate levente gergely dávid erzsébet erzsebet katalin ilona éva anikó aniko zsuzsanna zsuzsa ibolya krisztina andrea eszter réka reka nóra nora orsolya enikő eniko ágnes agnes judit gabriella " +
    "γιώργος γιάννης κώστας κωνσταντίνος δημήτρης νίκος παναγιώτης βασίλης χρήστος θανάσης μιχάλης βαγγέλης σπύρος αντώνης ανδρέας στέλιος σταύρος μανώλης ηλίας παύλος λευτέρης θοδωρής αλέξανδρος πέτρος μαρία ελένη κατερίνα βασιλική σοφία αγγελική γεωργία δήμητρα κωνσταντίνα ειρήνη χριστίνα αναστασία δέσποινα μαρίνα φωτεινή ιωάννα ζωή δανάη σταυρούλα " +
    "ion ioan gheorghe vasile constantin mihai andrei alexandru radu vlad bogdan cristian ionuț ionut florin adrian sorin cătălin catalin ovidiu dumitru elena ioana andreea cristina mihaela alina gabriela roxana simona raluca oana irina bianca ramona corina daniela"
  ).split(LOCAL_PATTERN_1),
);

export const HEALTH_TERMS: readonly string[] = [
  // English
  "stage [1-4i]+ (?:breast|lung|colon|prostate)? ?cancer|(?:breast|lung|prostate|colon|colorectal|skin|pancreatic|ovarian|cervical|bladder|brain|liver|stomach|thyroid|bone|blood|testicular) cancer|diabetes|diabetic|type [12] diabetes|cancer|carcinoma|tumou?r|leukemia|leukaemia|lymphoma|melanoma|chemotherapy|chemo|radiotherapy|metastas[ie]s|hiv(?:-positive)?|aids|hepatitis(?: [abc])?|tuberculosis|depression|depressive|major depressive disorder|anxiety disorder|panic disorder|bipolar(?: disorder)?|schizophreni[ac]|psychosis|ptsd|ocd|adhd|autism|autistic|asperger'?s?|dementia|(?:early|late)-onset alzheimer'?s?|alzheimer'?s?|parkinson'?s?|multiple sclerosis|epilepsy|epileptic|seizures?|asthma|copd|t[12]dm|niddm|iddm|ckd(?: stage [1-5])?|mdd|heart attack|heart failure|cardiac arrest|stroke|arrhythmia|hypertension|high blood pressure|kidney failure|dialysis|haemodialysis|hemodialysis|cirrhosis|crohn'?s(?: disease)?|ulcerative colitis|celiac disease|lupus|rheumatoid arthritis|fibromyalgia|anorexia|bulimia|eating disorder|addiction|alcoholism|alcoholic|substance abuse|opioid use disorder|overdose|suicidal|suicide attempt|self-harm|pregnant|pregnancy|miscarriage|abortion|infertility|ivf|std|sti|chlamydia|gonorrh(?:o)?ea|syphilis|herpes|hpv|covid(?:-19)?|long covid|pneumonia|sepsis|concussion|brain injury|paralysis|paralyzed|amputation|insulin|metformin|sertraline|fluoxetine|lithium|methadone|antiretroviral|antidepressants?|prep|transplant|surgery|(?:hip|knee|shoulder) replacement|mastectomy|biopsy|mri scan|positive test|migraines?|sickle cell|cystic fibrosis|down syndrome|obesity|(?:obstructive )?sleep apn(?:o)?ea|glaucoma|hiv status",
  // English: more conditions, and medications that reveal one
  // Shorthand of a clinical history (session 39, dev-36): "s/p MI" (status post), German KHK, Russian ИБС, French HTA.
  "s/p (?:mi|cva|stroke|cabg|pci|stent)|ihd|khk|ибс|hta|" +
    "t1dm|t2dm|dm2|iddm|niddm|htn|chf|mdd|ckd|nstemi|stemi|hypothyroidism|hyperthyroidism|hashimoto'?s|graves'? disease|chronic kidney disease|kidney disease|renal failure|gout|osteoporosis|osteoarthritis|arthritis|endometriosis|pcos|polycystic ovary syndrome|psoriasis|eczema|an(?:a)?emia|atrial fibrillation|afib|coronary artery disease|angina|pulmonary embolism|deep vein thrombosis|dvt|bronchitis|emphysema|pancreatitis|gallstones|kidney stones|hernia|cataracts?|hearing loss|tinnitus|insomnia|narcolepsy|generali[sz]ed anxiety disorder|social anxiety disorder|anxiety|panic attacks|borderline personality disorder|personality disorder|eating disorder|binge eating|tourette'?s(?: syndrome)?|dyslexia|diverticulitis|irritable bowel syndrome|gerd|acid reflux|meningitis|lyme disease|shingles|measles|mpox|preeclampsia|gestational diabetes|postpartum depression|erectile dysfunction|infertility|sexually transmitted|substance use disorder|alcohol use disorder|opioid addiction|heroin addiction|rehab|detox|psychiatric|mental illness|mental health crisis|nervous breakdown|hiv positive|positive for hiv|brca[12](?: mutation)?|huntington'?s(?: disease)?|amyotrophic lateral sclerosis|motor neurone disease|motor neuron disease|sclerosis|cerebral palsy|spina bifida|muscular dystrophy|cancer diagnosis|malignant|benign tumou?r|polyps?|lesions?|a1c|hba1c|blood sugar|cholesterol|ldl|viral load|cd4 count|psa level|ejection fraction|" +
    "levothyroxine|lisinopril|atorvastatin|simvastatin|warfarin|eliquis|apixaban|xarelto|metoprolol|amlodipine|prednisone|adderall|ritalin|methylphenidate|vyvanse|xanax|alprazolam|lorazepam|clonazepam|diazepam|valium|zoloft|prozac|lexapro|escitalopram|citalopram|venlafaxine|effexor|bupropion|wellbutrin|quetiapine|seroquel|olanzapine|risperidone|aripiprazole|abilify|lamotrigine|lamictal|depakote|valproate|naltrexone|buprenorphine|suboxone|truvada|biktarvy|ozempic|semaglutide|wegovy|mounjaro|tirzepatide|tamoxifen|herceptin|keytruda|humira|methotrexate|lantus|insulin glargine|oxycodone|hydrocodone|fentanyl|antipsychotics?|anticoagulants?|statins|beta blockers?|inhaler|epipen|gabapentin|tramadol|morphine|chemo(?:therapy)? sessions?|dialysis sessions?",
  // German
  "diabetiker(?:in)?|trisomie 21|down-syndrom|herzfehler|krebs|brustkrebs|lungenkrebs|darmkrebs|prostatakrebs|hautkrebs|magenkrebs|blasenkrebs|nierenkrebs|tumor|leukämie|chemotherapie|depressionen?|angststörung|schizophrenie|demenz|alzheimer|parkinson|multiple sklerose|epilepsie|herzinfarkt|schlaganfall|bluthochdruck|niereninsuffizienz|schwanger|schwangerschaft|fehlgeburt|abtreibung|hiv-positiv|magersucht|essstörung|alkoholsucht|sucht|burnout|burn-out|autismus|asthma|bandscheibenvorfall|operation|psychotherapie|suizidgedanken|zuckerkrank[a-zäöüß]*|typ[- ][12][- ]diabetes|bipolare störung|borderline|panikattacken|angstzustände|schilddrüsenunterfunktion|rheuma|arthrose|nierenversagen|dialyse|hepatitis [abc]|tuberkulose|lungenentzündung|antidepressiva|insulin",
  // French
  "diabète|diabetique|diabétique|cancer du sein|leucémie|chimiothérapie|dépression|dépressive?|trouble anxieux|schizophrénie|démence|maladie d'alzheimer|maladie de parkinson|sclérose en plaques|épilepsie|infarctus|avc|hypertension|insuffisance rénale|enceinte|grossesse|fausse couche|avortement|vih|séropositif|séropositive|anorexie|boulimie|alcoolisme|autisme|asthme|tumeur|opération|greffe|trouble bipolaire|bipolaire|maladie de crohn|insuffisance cardiaque|hépatite [abc]?|tuberculose|cancer du (?:poumon|côlon|pancréas)|cancer de la prostate|antidépresseurs?|insuline|séropositivité|burn-out|crise d'angoisse|anxiété",
  // Session 53 (dev-92): Russian everyday health words (script-health-terms.ts)
  RUSSIAN_TERMS_S53,
  // Russian (stems take case endings), Polish, Dutch
  "бронхиальн[а-яё]* астм[а-яё]*|острый пиелонефрит|пиелонефрит[а-яё]*|сахарн[а-яё]* диабет[а-яё]*|диабет[а-яё]*|рак(?:ом|а)?(?: груди| лёгких| легких| кишечника| простаты| молочной железы| шейки матки| яичников)?|онкологи[а-яё]*|опухол[а-яё]*|лейкоз[а-яё]*|лейкеми[а-яё]*|лимфом[а-яё]*|химиотерапи[а-яё]*|депресси[а-яё]*|шизофрени[а-яё]*|биполярн[а-яё]* расстройств[а-яё]*|деменци[а-яё]*|болезн[а-яё]* (?:альцгеймера|паркинсона)|рассеянн[а-яё]* склероз[а-яё]*|эпилепси[а-яё]*|инфаркт[а-яё]*|инсульт[а-яё]*|гипертони[а-яё]*|астм[а-яё]*|вич|спид[а-яё]*|гепатит[а-яё]*|туберкул[её]з[а-яё]*|беременн[а-яё]*|аутизм[а-яё]*|цирроз[а-яё]*|почечн[а-яё]* недостаточност[а-яё]*",
  "nowotw[óo]r(?:u|em)? jelita grubego|rak(?:a|iem)? jelita grubego|cukrzyc[a-ząćęłńóśźż]*|nowotw[óo]r[a-ząćęłńóśźż]*|rak(?:a|iem)? (?:piersi|płuc|jelita|prostaty)|białaczk[a-ząćęłńóśźż]*|chłoniak[a-ząćęłńóśźż]*|chemioterapi[a-ząćęłńóśźż]*|depresj[a-ząćęłńóśźż]*|schizofreni[a-ząćęłńóśźż]*|chorob[a-ząćęłńóśźż]* (?:afektywn[a-ząćęłńóśźż]* dwubiegunow[a-ząćęłńóśźż]*|alzheimera|parkinsona)|demencj[a-ząćęłńóśźż]*|stwardnieni[a-ząćęłńóśźż]* rozsian[a-ząćęłńóśźż]*|padaczk[a-ząćęłńóśźż]*|epilepsj[a-ząćęłńóśźż]*|zawał[a-ząćęłńóśźż]*|udar[a-ząćęłńóśźż]*|nadciśnieni[a-ząćęłńóśźż]*|astm[a-ząćęłńóśźż]*|hiv|aids|w ciąży|ciąż[a-ząćęłńóśźż]*|autyzm[a-ząćęłńóśźż]*|gruźlic[a-ząćęłńóśźż]*|marskość wątroby|niewydolność nerek",
  "suikerziekte|kanker|borstkanker|longkanker|depressie|dementie|zwanger|hartaanval|beroerte|epilepsie|leukemie|chemotherapie|schizofrenie|alzheimer|hartinfarct|hartfalen|angststoornis|paniekstoornis|eetstoornis|diabetes",
  // English: acute and tropical conditions, psychiatric episodes, lipid and electrolyte disorders
  "psychotic episode|manic episode|psychotic break|hyperlipid(?:a)?emia|dyslipid(?:a)?emia|hypercholesterol(?:a)?emia|hyponatr(?:a)?emia|siadh|herniated disc|slipped disc|sickle cell disease|sickle cell an(?:a)?emia|vaso-occlusive crisis|dengue(?: fever)?|malaria|typhoid|jaundice|thyroid (?:problem|disorder|disease)|hodgkin'?s? lymphoma|parkinson'?s disease|alzheimer'?s disease|generali[sz]ed anxiety",
  // Italian, Portuguese, Spanish, German: more conditions
  "morbo di crohn|malattia di crohn|morbo di parkinson|sclerosi multipla|demenza|disturbo bipolare|frattura(?: del femore)?|ictus|ansia|síndrome do pânico|síndrome de pánico|transtorno bipolar|cirrose(?: hepática)?|ansiedade|enfarte|alzh[eé]imer|vorhofflimmern|herzinsuffizienz|hypertonie|arterielle hypertonie|schwangerschaftswoche",
  // Swedish, Norwegian, Danish, Turkish, Russian
  "epoc|dpoc|bpco|kol|pochp|хобл|хозл|prostatacancer|bröstcancer|lungcancer|tarmcancer|hudcancer|hjärtinfarkt|hjerteinfarkt|demens|graviditet|gravid|ångest|utbrändhet|utmattningssyndrom|brystkreft|lungekreft|kreft|şeker hastası|şeker hastalığı|diyabet|kanser|insülin|kalp krizi|рак (?:желудка|печени|крови|кожи|почки|поджелудочной железы)|инсульт",
  // Spanish, Italian, Portuguese
  "diabético|diabética|cáncer de (?:mama|pulmón|próstata|colon|piel|páncreas)|cáncer|cancer de mama|leucemia|quimioterapia|depresión|ansiedad|trastorno bipolar|esquizofrenia|demencia|esclerosis múltiple|epilepsia|infarto|ictus|hipertensión|insuficiencia renal|embarazada|embarazo|aborto espontáneo|aborto|vih|seropositivo|seropositiva|anorexia|bulimia|alcoholismo|autismo|tumor cerebral|cirugía|trasplante|diabete|cancro|tumore|chemioterapia|depressione|schizofrenia|epilessia|infarto|incinta|gravidanza|sieropositivo|câncer|gravidez|grávida|depressão|esquizofrenia",
  // ICD-10 names as written in notes, the full multi-word form (a later list wins at the same position):
  // Portuguese, Spanish, Italian
  "insuficiência renal crônica|insuficiência renal aguda|insuficiência renal|insuficiência cardíaca|hipertensão arterial|hipertensão|doença de alzheimer|doença de parkinson|doença de crohn|doença renal crônica|câncer de mama|câncer de pulmão|câncer de próstata|câncer de pâncreas|câncer de intestino|cirrose hepática|diabetes tipo 1|diabetes tipo 2|acidente vascular cerebral|" +
    "trastorno de ansiedad generalizada|trastorno de ansiedad|trastorno depresivo mayor|fibromialgia|insuficiencia renal crónica|insuficiencia renal|insuficiencia cardíaca|cirrosis hepática|enfermedad de alzheimer|enfermedad de parkinson|enfermedad de crohn|" +
    "scompenso cardiaco|insufficienza renale cronica|insufficienza renale|insufficienza cardiaca|epatite autoimmune|epatite b|epatite c|morbo di alzheimer",
  // Dutch, Polish, German
  "de ziekte van parkinson|ziekte van parkinson|de ziekte van alzheimer|ziekte van alzheimer|de ziekte van crohn|ziekte van crohn|darmkanker|prostaatkanker|hartfalen|nierfalen|diabetes type 1|diabetes type 2|" +
    "przewlekła obturacyjna choroba płuc|przewlekłą obturacyjną chorobę płuc|przewlekłej obturacyjnej choroby płuc|astma oskrzelowa|astma|astmę|cukrzyca typu 1|cukrzyca typu 2|cukrzycę typu 1|cukrzycę typu 2|choroba hashimoto|chorobę hashimoto|chorobę parkinsona|chorobę alzheimera|niewydolność serca|niewydolność nerek|nadciśnienie tętnicze|nadciśnienie|" +
    "adhs|diabetes mellitus typ 1|diabetes mellitus typ 2|koronare herzkrankheit|herzinsuffizienz|niereninsuffizienz|multiple sklerose|bandscheibenvorfall|bandscheibenoperation|bandscheiben-op|hüftoperation|knieoperation|herzoperation|bypass-operation|krebsoperation",
  // Eating disorders, suicide attempts and self-harm, dialysis, pregnancy complications and a few chronic conditions in
  // the European languages (German, French, Spanish, Italian, Portuguese incl. the European spelling "crónica", Dutch,
  // Polish, Turkish, Swedish): the classes the lists above held in English only
  "bulimie|anorexie|suizidversuch|selbstmordversuch|selbstverletzung|hämodialyse|dialyse|alkoholabhängigkeit|drogenabhängigkeit|präeklampsie|schwangerschaftsdiabetes|wochenbettdepression|" +
    "tentative de suicide|automutilation|hémodialyse|toxicomanie|anorexie mentale|prééclampsie|pré-éclampsie|diabète gestationnel|dépression post-partum|" +
    "intento de suicidio|autolesiones|hemodiálisis|diálisis|drogadicción|anorexia nerviosa|bulimia nerviosa|preeclampsia|diabetes gestacional|depresión posparto|" +
    "tentato suicidio|tentativo di suicidio|autolesionismo|emodialisi|dialisi|anoressia|tossicodipendenza|diabete gestazionale|depressione post-partum|" +
    "tentativa de suicídio|automutilação|hemodiálise|diálise|toxicodependência|pré-eclâmpsia|depressão pós-parto|insuficiência renal crónica|doença renal crónica|" +
    "zelfmoordpoging|zelfbeschadiging|boulimia|alcoholverslaving|zwangerschapsdiabetes|pre-eclampsie|postnatale depressie|" +
    "próba samobójcza|próbę samobójczą|samookaleczenia|dializy|dializa|dializoterapia|anoreksja|anoreksję|bulimię|cukrzyca ciążowa|cukrzycę ciążową|depresja poporodowa|depresję poporodową|" +
    "intihar girişimi|diyaliz|anoreksiya|bulimiya|multipl skleroz|gebelik diyabeti|doğum sonrası depresyon|depresyon|bipolar bozukluk|şizofreni|kemoterapi|lösemi|lenfoma|kalp yetmezliği|böbrek yetmezliği|epilepsi|astım|" +
    "självmordsförsök|självskadebeteende|ätstörning|anorexi|bulimi|dialys|graviditetsdiabetes|havandeskapsförgiftning|förlossningsdepression|generaliserat ångestsyndrom|reumatoid artrit",
  // Session 43 (dev-47): a test result said as "tested negative/positive for" and a short name (TB, HIV, strep: a named
  // person's result is health data either way; the span is the name, health-term-match.ts verbLength), atrial fibrillation in the European languages, haemodialysis in Russian, and the German "hat
  // Zucker" (diabetes).
  "tested (?:negative|positive) for (?:the )?(?:tb|hiv|covid(?:-19)?|hep [abc]|strep|flu|hpv|mrsa|chlamydia|syphilis)|fibrilación auricular|fibrillation auriculaire|fibrillazione atriale|fibrilação atrial|boezemfibrilleren|migotanie przedsionków|фибрилляци[а-яё]* предсерди[а-яё]*|мерцательн[а-яё]* аритми[а-яё]*|гемодиализ[а-яё]*|диализ[а-яё]*|hat zucker|zuckerkrank[a-zäöüß]*",
  // Clinical short forms written in notes and chats: "Ca de mama" (carcinoma), receptor status, colloquial chemo
  "ca\\.? de (?:mama|pulmón|pulmão|colon|cólon|próstata|páncreas|ovario|ovário)|ca\\.? (?:mammario|polmonare|prostatico)|her2\\+|her2[- ]positiv[eoa]?|triple[- ]negati(?:ve|vo|va|f)|quimio|chimio|chemo|folfox|folfiri|folfirinox|capox|xelox|r-chop|abvd|beacopp",
  // Czech, Hungarian, Romanian, Indonesian/Malay, Filipino, Swahili, Greek (session 30, development set 13): common
  // chronic and serious conditions and treatments, the longer form first
  "zlomenin[ay] krčku stehenní kosti|akutní zánět průdušek|zánět průdušek|zánět plic|zápal plic|fibrilac[ei] síní|srdeční selhání|mozkov[áou] mrtvic[eií]|rakovin[auy]|rakovinou|cukrovk[auy]|deprese|epilepsi[ei]|infarkt(?:u|em)?|mrtvic[eií]|leukémi[eií]|chemoterapi[eií]|roztroušen[áé] skleróz[auy]|vysoký krevní tlak|" +
    "cukorbetegség[a-záéíóöőúüű]+|depresszió[a-záéíóöőúüű]+|tüdőgyulladás[a-záéíóöőúüű]*|szívelégtelenség[a-záéíóöőúüű]*|pitvarfibrilláció[a-záéíóöőúüű]*|metformint|ritalint|inzulint|inzulin|influenzá[a-záéíóöőúüű]+|" +
    "mellrák|tüdőrák|rák|cukorbetegség|cukorbeteg|depresszió|asztma|epilepszia|szívinfarktus|agyvérzés|leukémia|kemoterápia|szklerózis multiplex|magas vérnyomás|pajzsmirigy-alulműködés|pajzsmirigy-túlműködés|" +
    "fibrilație atrială|fibrilatie atriala|insuficiență cardiacă|pneumonie|hepatită [bc]|hepatita [bc]|cancer de sân|cancer de colon|cancer la sân|cancer pulmonar|diabet zaharat(?: de tip [12])?|diabet de tip [12]|depresie|epilepsie|accident vascular cerebral|leucemie|chimioterapi[ea]|scleroză multiplă|hipertensiune arterială|hernie de disc|boala alzheimer|" +
    "kanker payudara|kanker paru-paru|kanker serviks|kanker usus besar|kanker|diabetes melitus(?: tipe [12])?|kencing manis|darah tinggi|hipertensi|gagal ginjal(?: kronis)?|cuci darah|kemoterapi|demam berdarah|depresi|serangan jantung|penyakit jantung|pembedahan pintasan jantung|" +
    "kanser|diyabetis|alta presyon|sakit sa puso|sakit sa bato|" +
    "kisukari|shinikizo la damu|saratani(?: ya [a-z]+(?: [a-z]+)?)?|kifua kikuu|ukimwi|kiharusi|pumu|msongo wa mawazo|upasuaji wa [a-z]+|tiba ya mionzi|insulini|kifafa|" +
    "καρκίνο(?:ς|υ)? του (?:μαστού|πνεύμονα|παχέος εντέρου)|καρκίνο(?:ς|υ)?|σακχαρώδη(?:ς)? διαβήτη(?:ς)?|διαβήτη(?:ς)?|κατάθλιψη(?:ς)?|άσθμα|επιληψία|έμφραγμα|εγκεφαλικό|λευχαιμία|χημειοθεραπεία|ακτινοθεραπεία|σκλήρυνση κατά πλάκας|υπέρταση",
  // English: conditions with a qualifier kept in the span
  "acute gout flare|acute pancreatitis|acute kidney injury|acute appendicitis|asthma exacerbation|copd exacerbation|early-onset dementia|early-onset alzheimer's|bipolar ii disorder|bipolar i disorder|type 1 diabetes|type 2 diabetes",
  // Session 52 (dev-91, issue #15): what patients call a condition, a procedure or a medicine in the languages the
  // lists above held in one or two only — pre-eclampsia, drinking, gambling and opioid problems, caesarean section,
  // joint replacements, glaucoma, sight loss, warfarin and its brands, PTSD and termination of pregnancy, in en, de, fr,
  // es, it, pt, nl and pl (our own list, written from the everyday and the clinical names)
  "pre-eclampsia|pre eclampsia|schwangerschaftsvergiftung|zwangerschapsvergiftiging|gestosi|stan przedrzucawkowy|stanu przedrzucawkowego|" +
    "drinking problem|alcohol problem|gambling addiction|gambling problem|alkoholproblem|alkoholprobleme|spielsucht|glücksspielsucht|opioidabhängigkeit|problème d'alcool|problèmes d'alcool|addiction aux jeux d'argent|addiction aux jeux|addiction aux opioïdes|dépendance aux opioïdes|problemas con el alcohol|problema con el alcohol|ludopatía|adicción a los opioides|adicción al juego|problema con l'alcol|problemi con l'alcol|ludopatia|dipendenza da oppioidi|dipendenza dal gioco|dipendenza da alcol|problema com o álcool|problemas com o álcool|problemas com a bebida|vício do jogo|dependência de opioides|dependência de álcool|drankprobleem|gokverslaving|opioïdeverslaving|problem alkoholowy|problemu alkoholowego|problem z alkoholem|uzależnienie od (?:alkoholu|hazardu|opioidów|opiatów)|uzależnienia od (?:alkoholu|hazardu|opioidów|opiatów)|" +
    "c-section|caesarean section|caesarean|cesarean section|cesarean|kaiserschnitt|césarienne|cesárea|taglio cesareo|cesareo|cesariana|keizersnede|cesarskie cięcie|cesarskiego cięcia|" +
    "knie-op|hüft-op|knieprothese|hüftprothese|künstliches kniegelenk|künstliches hüftgelenk|prothèse du genou|prothèse de genou|prothèse de hanche|prótesis de rodilla|prótesis de cadera|protesi al ginocchio|protesi del ginocchio|protesi d'anca|protesi all'anca|prótese do joelho|prótese da anca|heupprothese|nieuwe knie|nieuwe heup|endoprotezoplastyk[a-ząćęłńóśźż]* (?:stawu )?(?:kolanow[a-ząćęłńóśźż]*|biodrow[a-ząćęłńóśźż]*|kolana|biodra)|endoprotez[a-ząćęłńóśźż]* (?:stawu )?(?:kolanow[a-ząćęłńóśźż]*|biodrow[a-ząćęłńóśźż]*|kolana|biodra)|" +
    "glaukom|glaucome|glaucoom|jaskra|jaskrę|jaskry|jaskrą|grüner star|grünen star|" +
    "sight loss|visual impairment|visually impaired|sehbehinderung|sehbehindert|déficience visuelle|malvoyante|malvoyant|baja visión|discapacidad visual|ipovisione|ipovedente|baixa visão|deficiência visual|visuele beperking|slechtziend|slechtziende|niedowidzenie|niedowidzeniem|słabowidząca|słabowidzący|" +
    "warfarine|warfarina|varfarina|warfaryna|warfarynę|warfaryny|marcumar|marcoumar|coumadin|marevan|" +
    "ptbs|ptss|posttraumatische belastungsstörung|posttraumatische stressstoornis|syndrome de stress post-traumatique|état de stress post-traumatique|trouble de stress post-traumatique|trastorno de estrés postraumático|estrés postraumático|disturbo da stress post-traumatico|disturbo post-traumatico da stress|perturbação de stress pós-traumático|transtorno de estresse pós-traumático|stress pós-traumático|zespół stresu pourazowego|zespołu stresu pourazowego|" +
    "termination of pregnancy|schwangerschaftsabbruch|interruption volontaire de grossesse|ivg|interrupción voluntaria del embarazo|interrupción del embarazo|interruzione volontaria di gravidanza|interruzione di gravidanza|interrupção voluntária da gravidez|interrupção da gravidez|zwangerschapsafbreking|aborcja|aborcję|aborcji|przerwanie ciąży",
  // Session 56 (dev-101, issue #15): asthma in Spanish, Italian and Portuguese in its longer forms (the bare "asma" is
  // also the given name Asma, and the terms are matched case-blind), addiction services and withdrawal treatment, psychotherapy, radiotherapy and
  // chemotherapy words, pregnancy, kidney failure and cancers in the languages whose lists lacked them (our own list)
  "asma bronquial|asma bronchiale|asma brônquica|asma alérgica|asma allergica|attacco d'asma|crisi d'asma|crisis de asma|ataque de asma|crise de asma|asmátic[oa]|asmatic[oa]|" +
    "suchtberatung|suchtklinik|entzugsklinik|entzugstherapie|alkoholentzug|addictologie|sevrage alcoolique|cure de désintoxication|desintoxicación|desintoxicação|disintossicazione|verslavingszorg|verslavingskliniek|afkickkliniek|beroendemottagning(?:en)?|alkoholberoende|narkotikaberoende|opioidberoende|dependencia del alcohol|dependencia alcohólica|" +
    "psicoterapia|psychoterapia|psykoterapi|strålbehandling|cytostatikabehandling|cellgiftsbehandling|zwangerschap|hamilelik|kronisk njursvikt|rak płuca|rak piersi|rak jelita grubego",
];

export const PUBLIC_FIGURES: readonly string[] = [
  "stephen hawking",
  "hawking",
  "michael j. fox",
  "michael j fox",
  "lou gehrig",
  "franklin roosevelt",
  "franklin d. roosevelt",
  "fdr",
  "steve jobs",
  "muhammad ali",
  "robin williams",
  "selena gomez",
  "magic johnson",
  "freddie mercury",
  "ronald reagan",
  "christopher reeve",
  "frida kahlo",
  "beethoven",
  "van gogh",
  "vincent van gogh",
  "charles darwin",
  "abraham lincoln",
  "john f. kennedy",
  "jfk",
  "winston churchill",
  "princess diana",
  "queen elizabeth",
  "king charles",
  "pope francis",
  "elton john",
  "bruce willis",
  "celine dion",
  "céline dion",
  "lady gaga",
  "serena williams",
  "simone biles",
  "michael phelps",
  "naomi osaka",
  "kate middleton",
  "princess of wales",
  "prince harry",
  "joe biden",
  "donald trump",
  "barack obama",
  "angela merkel",
  "emmanuel macron",
  "albert einstein",
  "einstein",
  "marie curie",
  "isaac newton",
  "mozart",
  "nietzsche",
  "ernest hemingway",
  "virginia woolf",
  "sylvia plath",
  "kurt cobain",
  "amy winehouse",
  "whitney houston",
  "elvis presley",
  "michael jackson",
  "prince",
  "tom hanks",
  "val kilmer",
  "jim carrey",
  "demi lovato",
  "mariah carey",
  "kanye west",
  "elon musk",
  "bill gates",
  "mark zuckerberg",
  "taylor swift",
  "beyoncé",
  "ozzy osbourne",
  "neil diamond",
  "linda ronstadt",
  "nelson mandela",
  "john mccain",
  "ted kennedy",
  "margaret thatcher",
  "helmut schmidt",
  "jacques chirac",
  "françois mitterrand",
  "hugo chávez",
  "fidel castro",
  "pelé",
  "pele",
  "diego maradona",
  "maradona",
  "johan cruyff",
  "gabriel garcía márquez",
  "steve irwin",
  "audrey hepburn",
  "marilyn monroe",
  "john lennon",
  "george harrison",
  "david bowie",
  "alan rickman",
  "chadwick boseman",
  "matthew perry",
  "lisa marie presley",
  "tina turner",
  // Fictional characters: their "birthdays", "diagnoses" and "addresses" are plot, not personal data.
  "harry potter",
  "hermione granger",
  "ron weasley",
  "albus dumbledore",
  "severus snape",
  "sherlock holmes",
  "john watson",
  "hercule poirot",
  "miss marple",
  "walter white",
  "jesse pinkman",
  "saul goodman",
  "gregory house",
  "dr. house",
  "meredith grey",
  "derek shepherd",
  "tony soprano",
  "don draper",
  "homer simpson",
  "bart simpson",
  "marge simpson",
  "ross geller",
  "rachel green",
  "monica geller",
  "chandler bing",
  "joey tribbiani",
  "phoebe buffay",
  "sheldon cooper",
  "michael scott",
  "dwight schrute",
  "ted lasso",
  "jon snow",
  "daenerys targaryen",
  "tyrion lannister",
  "frodo baggins",
  "bilbo baggins",
  "gandalf",
  "aragorn",
  "luke skywalker",
  "darth vader",
  "han solo",
  "james bond",
  "indiana jones",
  "forrest gump",
  "bruce wayne",
  "peter parker",
  "clark kent",
  "tony stark",
  "jay gatsby",
  "elizabeth bennet",
  "mr darcy",
  "atticus finch",
  "holden caulfield",
  "anna karenina",
  "emma bovary",
  "jane eyre",
  "katniss everdeen",
  "bella swan",
  "lisbeth salander",
  "hannibal lecter",
  "dexter morgan",
  "rick grimes",
  "ebenezer scrooge",
  "jean valjean",
  "don quixote",
  "sancho panza",
  "tintin",
  "asterix",
  "obelix",
  "maigret",
  "arsène lupin",
  "arsene lupin",
  "naruto",
  "sailor moon",
  "孙悟空",
  "林黛玉",
  "贾宝玉",
  "ドラえもん",
  "野比のび太",
];

/** Well-known public addresses (lower-case prefixes). */
export const PUBLIC_ADDRESSES: readonly string[] = [
  "1600 pennsylvania",
  "10 downing street",
  "11 downing street",
  "221b baker street",
  "1600 amphitheatre parkway",
  "1 infinite loop",
  "one infinite loop",
  "1 apple park way",
  "350 fifth avenue",
  "20 w 34th",
  "405 lexington avenue",
  "1 hacker way",
  "1 microsoft way",
  "410 terry ave",
  "4059 mt lee",
  "55 rue du faubourg saint-honoré",
  "55 rue du faubourg saint-honore",
  "platz der republik 1",
  "pariser platz",
  "742 evergreen terrace",
  "12 grimmauld place",
  "4 privet drive",
  "124 conch street",
  "31 spooner street",
  "5 avenue anatole france",
  "champ de mars",
  "1 wall street",
  "11 wall street",
  "30 rockefeller plaza",
  "1000 5th avenue",
  "1000 fifth avenue",
  "89 east 42nd street",
  "2 15th st nw",
  "1 rue de la légion d'honneur",
  "4 pennsylvania plaza",
  "1 av. gustave eiffel",
  "8 avenue de l'opéra",
  "unter den linden 1",
  "carrer de mallorca 401",
  "calle de felipe iv",
  "piazza del colosseo 1",
  "221 baker street",
  "308 negra arroyo lane",
];

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/**
 * A lower-cased address (white space runs as one space) that starts with a well-known public one, which ends a word
 * there: "unter den linden 1" is not "Unter den Linden 12", a private flat (session 39 review).
 */
export function startsWithPublicAddress(normalized: string): boolean {
  return PUBLIC_ADDRESSES.some((publicAddress) => normalized.startsWith(publicAddress) && !WORD_CHARACTER.test(normalized.charAt(publicAddress.length)));
}

/**
 * Words that make an address a business's or a public place's in the languages of the script and
 * regional rules (head office, shop, branch, customer service, company forms such as AB, PT, A.Ş.).
 * The English, German, French, Spanish, Italian, Polish and Russian ones live in the address rule.
 */
const LOCAL_BUSINESS_WORDS =
  /公司|总部|總部|门店|門店|店铺|商场|营业|營業|办公|辦公|大厦|酒店|餐厅|医院|大学|博物馆|景区|欢迎|旗舰店|本社|支社|支店|店舗|営業|事務所|会社|所在地|受付|ホテル|病院|博物館|본사|지사|지점|매장|회사|사무실|고객센터|영업시간|주식회사|㈜|병원|대학교|박물관|호텔|대표전화|(?<![\p{L}])(?:org\.?\s?nr|organisationsnummer|butik\p{L}*|kontor\p{L}*|företag\p{L}*|huvudkontor|öppettider|kundtjänst|restaurang\p{L}*|kantor\p{L}*|toko|perusahaan|gedung|cabang|jam buka|layanan pelanggan|call center|mağaza\p{L}*|şube\p{L}*|şirket\p{L}*|ofis\p{L}*|genel müdürlük|çalışma saatleri|müşteri hizmetleri|restoran\p{L}*|cửa hàng|công ty|chi nhánh|văn phòng|trụ sở|nhà hàng|khách sạn|giờ mở cửa|tổng đài|офіс\p{L}*|офис\p{L}*|магазин\p{L}*|компані\p{L}*|компани\p{L}*|підприємств\p{L}*|предприяти\p{L}*|приймальн\p{L}*|працюємо|работаем)(?![\p{L}])/iu;
/**
 * Company forms, in capitals only ("ab" and "pt" are ordinary words elsewhere), and the registry numbers only an
 * organisation has (КПП, ОГРН — not a sole trader's ОГРНИП —, ЄДРПОУ: session 48). The Indonesian "CV" only before a
 * company's name ("CV Maju Jaya"): in English it is a résumé ("the header of my CV:", session 50, dev-84).
 */
const LOCAL_COMPANY_FORMS = /(?<![\p{L}])(?:AB|PT|CV(?=[ \t]+\p{Lu}\p{Ll})|Tbk|A\.Ş\.|Ltd\.? Şti\.?|ТОВ|ООО|ПАО|АО|КПП|ОГРН|ЄДРПОУ)(?![\p{L}])/u;

export function localBusinessCue(text: string): boolean {
  return LOCAL_BUSINESS_WORDS.test(text) || LOCAL_COMPANY_FORMS.test(text);
}

/** Words that make an address someone's home in those languages, even next to a business word. */
export const LOCAL_PERSONAL_ADDRESS_CUE =
  /我家|我住|住在|收货|收件|寄到|家庭住址|自宅|私の住所|実家|住んで|집 ?주소|우리 ?집|자택|배송지|사는 곳|(?<![\p{L}])(?:rumah saya|alamat saya|alamat rumah|tinggal di|evim|adresim|ev adresi\p{L}*|oturuyor\p{L}*|nhà tôi|nhà mình|địa chỉ nhà|bor på|min adress|hemadress|hemma|живу|мешкаю|проживаю|моя адреса|домашня адреса)(?![\p{L}])/iu;
