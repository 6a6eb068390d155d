/**
 * dev-47 hard negatives, twins of the positives: drug leaflets and dosing tables, lab reference ranges, clinical-trial
 * aggregates, public figures' disclosed conditions as news, fictional characters, pets' health, an unnamed relative's
 * medication or result (policy: not reported), generic medical questions and hypotheticals without a person, biometric
 * product documentation and specimen values (see README.md). `kind` is `neg-<operator>:<what>`.
 */
import type { MarkedEntry } from "../marked-prompts.js";

const MEDICATION: MarkedEntry[] = [
  ["en", "neg-med:relative", `Can you make a weekly pill chart? My dad takes metformin 1000 mg twice a day and sertraline 50 mg in the morning.`],
  ["en", "neg-med:leaflet", `Rewrite this leaflet text plainly: Eliquis (apixaban) 5 mg twice daily; for patients over 80, 2.5 mg twice daily.`],
  ["de", "neg-med:leaflet", `Fasse den Beipackzettel zusammen: Marcumar 3 mg, Dosierung nach INR-Zielbereich 2,0–3,0; Ramipril 5 mg einmal täglich.`],
  ["fr", "neg-med:relative", `Mémo : mon grand-père prend Levothyrox 75 µg à jeun et Kardégic 75 le midi, comment ne pas oublier ?`],
  ["es", "neg-med:pharmacy", `Redacta un aviso para la farmacia: el Sintrom y la insulina Lantus se dispensan solo con receta electrónica.`],
  ["it", "neg-med:leaflet", `Riassumi il foglietto: Depakin Chrono 500 mg compresse a rilascio prolungato, dose iniziale 10–15 mg/kg al giorno.`],
  ["pt", "neg-med:pet", `Organiza numa tabela: o nosso cão Bobi — Vetmedin 5 mg de manhã, furosemida 40 mg à noite.`],
  ["nl", "neg-med:relative", `Kun je dit netjes maken voor de oppas? Mijn zoontje krijgt Ritalin 10 mg om 8 uur en om 12 uur.`],
  ["pl", "neg-med:leaflet", `Przetłumacz ulotkę: Concor 5 mg, jedna tabletka rano; Atoris 20 mg wieczorem, nie łączyć z sokiem grejpfrutowym.`],
  ["tr", "neg-med:question", `Euthyrox 100 ile Lustral 50 mg aynı anda kullanılabilir mi? Genel bilgi istiyorum.`],
  ["ru", "neg-med:public", `Перескажи новость: певица Селин Дион рассказала, что принимает диазепам из-за синдрома мышечной скованности.`],
  ["ja", "neg-med:leaflet", `添付文書を要約して：アムロジピン5mg 1日1回、メトホルミン500mg 1日2回食後。`],
  ["zh", "neg-med:fiction", `帮我总结《我不是药神》：程勇从印度走私格列宁，给白血病病人吃。`],
  ["ko", "neg-med:pet", `정리해 줘: 우리 고양이 나비는 아침마다 베트메딘 1.25mg을 먹어요.`],
  ["ar", "neg-med:leaflet", `لخّص النشرة الدوائية: الأنسولين ميكستارد 30 يُعطى قبل الوجبة بنصف ساعة، وكونكور 5 ملغ مرة يومياً.`],
  ["hi", "neg-med:relative", `इसे लिस्ट बना दो: मेरे पापा रोज़ टेल्मिसार्टन 40 mg और मेटफॉर्मिन 500 लेते हैं।`],
];

const LABS: MarkedEntry[] = [
  ["en", "neg-lab:reference", `Explain the reference ranges: HbA1c below 5.7 is normal, 5.7–6.4 prediabetes, 6.5 or above diabetes.`],
  ["en", "neg-lab:textbook", `Quiz question for nursing students: a patient with eGFR 41 and potassium 5.8 — which drug do you hold?`],
  ["en", "neg-lab:trial", `Summarise the trial: at week 48, 94% of participants had an undetectable viral load; median CD4 rose to 640.`],
  ["de", "neg-lab:relative", `Formuliere das freundlicher: Mein Vater hatte heute früh 165/100, soll er zum Hausarzt?`],
  ["fr", "neg-lab:reference", `Quelles sont les normes ? TSH entre 0,4 et 4,0 mUI/L, ferritine entre 15 et 150 µg/L chez la femme.`],
  ["es", "neg-lab:trial", `Resume el estudio: el LDL medio bajó de 212 a 98 mg/dL y la glucosa en ayunas media de 148 a 121.`],
  ["it", "neg-lab:reference", `Spiegami: emoglobina sotto 12 g/dL nella donna è anemia; la beta-hCG sopra 25 indica gravidanza.`],
  ["pt", "neg-lab:pet", `Escreve uma mensagem curta: a glicemia da nossa gata Mimi deu 310 ontem no veterinário.`],
  ["nl", "neg-lab:textbook", `Casus voor de les: een patiënt met saturatie 88% en CRP 140 bij opname — wat is je werkdiagnose?`],
  ["pl", "neg-lab:reference", `Normy: kreatynina 0,6–1,2 mg/dl, TSH 0,27–4,2 mIU/l. Przeredaguj w punktach.`],
  ["tr", "neg-lab:relative", `Kısa bir mesaj yaz: babamın tansiyonu bu sabah 180/110 çıktı, ne yapmalıyız?`],
  ["ru", "neg-lab:reference", `Перепиши понятно: норма гемоглобина у мужчин 130–170 г/л, ферритин 20–250 мкг/л.`],
  ["ja", "neg-lab:reference", `文を直して：空腹時血糖値の基準値は70〜109、HbA1cは6.0%未満です。`],
  ["zh", "neg-lab:public", `帮我润色新闻：某省卫健委通报，全省成年人高血压患病率为27.5%。`],
  ["ko", "neg-lab:reference", `문자 다듬어 줘: 공복혈당 정상 범위는 100 미만, 당화혈색소는 5.7% 미만입니다.`],
  ["ar", "neg-lab:reference", `أعد صياغة: القيمة الطبيعية للسكر التراكمي أقل من 5.7، والضغط الطبيعي أقل من 120/80.`],
];

const PROCEDURES: MarkedEntry[] = [
  ["en", "neg-proc:public", `Help me summarise the news: the Princess of Wales said she has finished her chemotherapy.`],
  ["en", "neg-proc:generic", `Shift swap policy: staff who need dialysis Monday, Wednesday and Friday can ask for fixed late shifts.`],
  ["en", "neg-proc:fiction", `Write a sweet card from Monica to Rachel in Friends, good luck with the IVF transfer!`],
  ["de", "neg-proc:generic", `Erkläre kurz: Wie lange dauert eine Reha nach einer Knie-TEP normalerweise?`],
  ["de", "neg-proc:relative", `Kannst du das kürzen? Mein Schwiegervater hat am 9.12. einen Termin zur Bestrahlung, ich fahre ihn.`],
  ["fr", "neg-proc:policy", `Explique : un arrêt maladie doit être envoyé à l'employeur sous 48 heures.`],
  ["es", "neg-proc:generic", `¿Cuánto dura una sesión de hemodiálisis de lunes, miércoles y viernes?`],
  ["it", "neg-proc:public", `Riassumi la notizia: re Carlo ha ripreso gli impegni pubblici durante la radioterapia.`],
  ["pt", "neg-proc:generic", `Agenda modelo para clínicas: quimioterapia às quartas, psiquiatria às sextas.`],
  ["nl", "neg-proc:generic", `Leg uit: wat gebeurt er bij een punctie voor IVF?`],
  ["pl", "neg-proc:relative", `Grafik: mama jest na chemioterapii we wtorki, jak zorganizować dojazdy?`],
  ["tr", "neg-proc:generic", `Kemoterapi kürü ile diyaliz aynı gün yapılabilir mi?`],
  ["ru", "neg-proc:fiction", `Перескажи главу: в «Раковом корпусе» Костоглотов проходит лучевую терапию.`],
  ["ja", "neg-proc:generic", `人工透析は週に何回、何時間くらい行いますか？`],
  ["zh", "neg-proc:relative", `排班：我爸周四要去做化疗，我能请半天假吗？`],
  ["ko", "neg-proc:generic", `항암 치료 3차 때 보통 어떤 부작용이 있나요?`],
];

const EUPHEMISMS: MarkedEntry[] = [
  ["en", "neg-euph:relative", `Can you word this kindly? My uncle is fighting the big C again, second round.`],
  ["en", "neg-euph:policy", `Team policy draft: burnout leave is up to 12 weeks and needs a GP note.`],
  ["en", "neg-euph:glossary", `Glossary for the app: T2DM = type 2 diabetes mellitus; glucose tabs = fast-acting dextrose.`],
  ["en", "neg-euph:pet", `Text to the pet sitter: Biscuit's sugar was all over the place last night, keep an eye.`],
  ["de", "neg-euph:generic", `Schreib kurz für den Kita-Elternbrief: Kinder mit Zucker dürfen ihren Pen mittags benutzen.`],
  ["de", "neg-euph:public", `Für die Nachrichten: Christina Applegate spricht offen über ihren MS-Schub.`],
  ["fr", "neg-euph:generic", `Rédige un mot de prévention : être séropo aujourd'hui, ce n'est plus une condamnation.`],
  ["es", "neg-euph:relative", `Escribe algo cariñoso para mi tía, le ha vuelto lo malo.`],
  ["it", "neg-euph:policy", `Scrivi una circolare: la malattia per esaurimento va certificata dal medico.`],
  ["pt", "neg-euph:fiction", `Resume a novela: a personagem Dona Lurdes tem aquela doença e começa a químio.`],
  ["nl", "neg-euph:generic", `Wat zijn signalen dat iemand overspannen is?`],
  ["pl", "neg-euph:glossary", `Słowniczek: HIV+ oznacza osobę zakażoną HIV; TasP to leczenie jako profilaktyka.`],
  ["ru", "neg-euph:public", `Напиши новость: актёр Майкл Джей Фокс снова рассказал о своей болезни Паркинсона.`],
  ["hi", "neg-euph:relative", `इसे मैसेज बना दो: मेरे दादाजी को शुगर है और बीपी की दवा भी चल रही है।`],
];

const CONTEXTS: MarkedEntry[] = [
  ["en", "neg-ctx:generic", `Write a note to HR: staff who test negative for TB can return to the ward.`],
  ["en", "neg-ctx:hypothetical", `Is it safe to fly at 30 weeks if someone has gestational diabetes and is on insulin?`],
  ["en", "neg-ctx:public", `Rephrase the news: Sharon Stone had a stroke in 2001 and speaks about it often.`],
  ["de", "neg-ctx:generic", `Was bedeutet es, wenn ein HIV-Test negativ, aber ein Hepatitis-C-Test positiv ist?`],
  ["fr", "neg-ctx:hypothetical", `Si quelqu'un n'a plus de crises d'épilepsie sous Lamictal, peut-il conduire ?`],
  ["es", "neg-ctx:generic", `¿Puede donar sangre alguien que tuvo hepatitis B de joven?`],
  ["it", "neg-ctx:fiction", `Riformula la trama: in "Braccialetti rossi" Vale non ha più il cancro, l'ultima PET è pulita.`],
  ["pt", "neg-ctx:generic", `É seguro amamentar tomando fluoxetina 20 mg?`],
  ["nl", "neg-ctx:trial", `Herschrijf: na een maagverkleining heeft 60% van de deelnemers geen diabetes meer.`],
  ["tr", "neg-ctx:generic", `COVID testi pozitif çıkan biri toplantıya gelebilir mi?`],
  ["ja", "neg-ctx:relative", `母は乳がんの手術後5年、再発なし。この文を丁寧にして。`],
  ["zh", "neg-ctx:generic", `以前得过抑郁症、现在还在吃舍曲林的人能去体检吗？`],
];

const BIOMETRIC: MarkedEntry[] = [
  ["en", "neg-bio:docs", `Explain this SDK doc line: fingerprint_template is an ISO 19794-2 record, e.g. "Rk1SACAyMAAA…" (base64).`],
  ["en", "neg-bio:docs", `Debug this schema example: {"user":"<username>","voiceprint_id":"VP-xxxxxxxxxxxx","status":"enrolled"}`],
  ["en", "neg-bio:product", `Write a product blurb: the watch tracks resting HR, sleep stages and SpO2 all night.`],
  ["en", "neg-bio:generic", `What does a BRCA1 185delAG variant or APOE ε4/ε4 mean on a 23andMe report?`],
  ["de", "neg-bio:docs", `Übersetze die Doku: Gesichtsvorlagen (FT-…) werden verschlüsselt gespeichert und nach 30 Tagen gelöscht.`],
  ["fr", "neg-bio:docs", `Explique cette doc : enrolement_iris patient=<id> code_iris=<hash 64 bits>`],
  ["es", "neg-bio:product", `Resume la nota de prensa: el Apple Watch detecta fibrilación auricular con un 98% de sensibilidad.`],
  ["it", "neg-bio:docs", `Commenta: il campo impronta_digitale contiene un template ISO, mai l'immagine del dito.`],
  ["pt", "neg-bio:generic", `O que significa ser portador de fibrose cística (F508del) num teste de ancestralidade?`],
  ["nl", "neg-bio:docs", `Leg uit: het handpalmader_sjabloon wordt alleen lokaal op de lezer opgeslagen.`],
  ["ru", "neg-bio:docs", `Объясни из документации: голосовой отпечаток регистрируется за три фразы по 5 секунд.`],
  ["ja", "neg-bio:product", `スマートウォッチの説明文を要約して：睡眠時無呼吸の兆候と夜間SpO2を記録します。`],
  ["zh", "neg-bio:docs", `这条文档是什么意思：人脸模板=FACE-<16位十六进制>，仅存储特征值。`],
  ["ko", "neg-bio:docs", `문서 봐 줘: 지문템플릿 형식은 ISO/IEC 19794-2이며 예시는 Rk1SACAy…입니다.`],
  ["ar", "neg-bio:generic", `ما معنى أن يكون الشخص حاملاً لطفرة فقر الدم المنجلي في فحص الحمض النووي؟`],
  ["hi", "neg-bio:docs", `यह डॉक समझाओ: आईरिस_कोड 2048 बिट का होता है और सर्वर पर हैश होकर रहता है।`],
];

export const NEGATIVES: MarkedEntry[] = [...MEDICATION, ...LABS, ...PROCEDURES, ...EUPHEMISMS, ...CONTEXTS, ...BIOMETRIC];
