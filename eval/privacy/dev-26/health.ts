/** dev-26 health entries: a named private person's conditions, medicines and results in many languages (see README.md). */
import type { MarkedEntry } from "../marked-prompts.js";

export const HEALTH: MarkedEntry[] = [
  [
    "en",
    "health:soap:structured",
    "S: Mr. Dwayne Pettigrew, 58, c/o chest tightness on exertion x2 wks.\nO: BP 162/98, HbA1c ⟦health|8.9%⟧, LDL 4.6.\nA: ⟦health|stable angina⟧, ⟦health|poorly controlled T2DM⟧.\nP: start ⟦health|bisoprolol 2.5 mg⟧, refer cardiology.\nTurn into a referral letter.",
  ],
  [
    "en",
    "health:discharge:structured",
    "DISCHARGE SUMMARY\nPatient: Eleanor Voss  MRN: ⟦medical_record|00481726⟧\nAdmitted: 21/11/2026  Discharged: 26/11/2026\nDiagnosis: ⟦health|community-acquired pneumonia⟧, ⟦health|COPD exacerbation⟧\nDischarge meds: ⟦health|doxycycline 100 mg BD x5 days⟧, ⟦health|prednisolone 30 mg OD⟧\nsimplify for her daughter",
  ],
  [
    "en",
    "health:colleague-casual:free",
    "fyi Marcus from finance won't be in till January, he's got ⟦health|testicular cancer⟧ and starts chemo Monday. how do we word the team email without oversharing?",
  ],
  [
    "en",
    "health:lab-results:structured",
    "LAB REPORT — Name: Kofi Mensah-Boateng  DOB: ⟦date_of_birth|14/03/1971⟧\nTest            Result   Ref\nFerritin        ⟦health|8 ng/mL⟧   30-400\nHaemoglobin     ⟦health|94 g/L⟧   130-170\nTSH             2.1      0.4-4.0\nwhat could cause this pattern?",
  ],
  [
    "en",
    "health:prescription:adversarial",
    "Rx   Pt: M A R I S O L   D E L G A D O\n⟦health|Sertraline 100mg⟧ 1 tab daily #30\n⟦health|Quetiapine 25mg⟧ nocte PRN\nDr. A. Fenwick — can you read the doctor's handwriting notes I typed above?",
  ],
  [
    "en",
    "health:relative-named:free",
    "My aunt Rosalind was just told she has ⟦health|early-onset Alzheimer's⟧ at 61. What questions should we ask the neurologist on Friday?",
  ],
  [
    "en",
    "neg-health:textbook:structured",
    "Case 4 (USMLE style): A 58-year-old man presents with exertional chest tightness. BP 162/98, HbA1c 8.9%. What is the next best step? A) stress test B) CT angiography C) aspirin only",
  ],
  ["en", "neg-health:fiction:free", "In House M.D., what was Dr. House's leg condition and why was he on Vicodin?"],
  [
    "en",
    "neg-health:template:structured",
    "DISCHARGE SUMMARY TEMPLATE\nPatient: {{patient_name}}  MRN: {{mrn}}\nDiagnosis: {{primary_dx}}\nDischarge meds: {{med_list}}\nmake this Jinja template handle an empty med list",
  ],
  [
    "hi-Latn",
    "health:hinglish-tb:free",
    "Suresh bhaiya ko ⟦health|TB⟧ hai, doctor ne 6 mahine ki dawai boli hai. Ghar me baaki logon ko test karwana padega kya?",
  ],
  [
    "hi-Latn",
    "health:hinglish-colleague:free",
    "Office me Neha ko ⟦health|thyroid⟧ aur ⟦health|PCOD⟧ dono hai, isliye wo late aati hai. Manager ko kaise samjhaun?",
  ],
  ["hi", "health:hindi-relative:free", "मेरे मामा रमेश सिंह को ⟦health|किडनी फेल्योर⟧ है और हफ्ते में दो बार ⟦health|डायलिसिस⟧ होता है। क्या आयुष्मान कार्ड से खर्च कवर होगा?"],
  ["hi-Latn", "neg-health:general:free", "TB hone par kitne din tak dawai leni padti hai? Aur kya ye chhoot se failta hai?"],
  [
    "ar",
    "health:drug-label:structured",
    "صيدلية النهدي\nالمريض: فاطمة يوسف الزهراني\n⟦health|ميتفورمين 500 ملغ⟧ — قرص مرتين يومياً بعد الأكل\n⟦health|أملوديبين 5 ملغ⟧ — قرص مساءً\nترجم التعليمات للإنجليزية",
  ],
  ["ar", "health:relative:free", "أخوي سلطان عنده ⟦health|سكري من النوع الأول⟧ وأمس دخل الطوارئ بسبب هبوط. كيف نتصرف لو تكرر؟"],
  ["ar", "neg-health:leaflet:free", "نشرة توعوية: مرض السكري من النوع الأول يصيب الأطفال والشباب غالباً. اكتب ثلاث نصائح عامة للوقاية من الهبوط."],
  ["zh", "health:colleague:free", "我们组的刘芳确诊了⟦health|乳腺癌⟧，下周手术，要请两个月假。帮我写个通知给大家安排代班，别写太细。"],
  [
    "zh",
    "health:lab:structured",
    "化验单\n姓名：周建国　性别：男　年龄：63\n空腹血糖 ⟦health|9.8 mmol/L⟧ ↑\n肌酐 ⟦health|186 μmol/L⟧ ↑\n诊断：⟦health|2型糖尿病⟧、⟦health|慢性肾病3期⟧\n帮我解释一下这些指标",
  ],
  ["zh", "neg-health:general:free", "乳腺癌的早期症状有哪些？多大年纪开始做筛查比较好？"],
  [
    "ja",
    "health:karte:structured",
    "【カルテ】患者氏名：山本 恵子（72）\n既往歴：⟦health|高血圧⟧、⟦health|心房細動⟧\n処方：⟦health|エリキュース錠5mg⟧ 1日2回\n所見：下肢浮腫あり\n家族向けに分かりやすく説明して",
  ],
  ["ja", "health:colleague:free", "同僚の中村さん、実は⟦health|うつ病⟧で休職することになったそうです。チームへの伝え方、どう書けば角が立たない？"],
  ["ja", "neg-health:leaflet:free", "心房細動とはどんな病気ですか？高齢者に多い理由を簡単に教えてください。"],
  [
    "ko",
    "health:discharge:structured",
    "퇴원 요약지\n환자명: 정하늘 (F/34)\n진단명: ⟦health|급성 충수염⟧, 복강경 수술 후\n퇴원 약: ⟦health|세파클러 250mg⟧ 1일 3회 5일\n회사에 낼 진단서 문구 좀 다듬어줘",
  ],
  ["ko", "health:relative:free", "우리 엄마 송미경 씨가 ⟦health|파킨슨병⟧ 진단을 받았어요. 요양등급 신청은 어떻게 하나요?"],
  [
    "es",
    "health:informe-alta:structured",
    "INFORME DE ALTA\nPaciente: Andrés Molina Ruiz  NHC: ⟦medical_record|2231874⟧\nJuicio clínico: ⟦health|neumonía bilobar⟧; ⟦health|insuficiencia cardiaca descompensada⟧\nTratamiento: ⟦health|furosemida 40 mg⟧ cada 24 h\nResúmelo para su hija",
  ],
  [
    "es",
    "health:colleague:free",
    "A Marta, la de recursos humanos, le han diagnosticado ⟦health|esclerosis múltiple⟧ y no quiere que se sepa. ¿Cómo organizo sus bajas sin contarlo?",
  ],
  ["es", "neg-health:general:free", "¿Qué es la esclerosis múltiple y cuáles son sus primeros síntomas? Es para un trabajo de clase."],
  [
    "pt-BR",
    "health:receita:structured",
    "RECEITUÁRIO\nPaciente: Thiago Nascimento Reis\nUso oral:\n1) ⟦health|Fluoxetina 20 mg⟧ — 1 cp pela manhã\n2) ⟦health|Clonazepam 0,5 mg⟧ — 1 cp à noite\nCRM-SP 114.382\nme explica pra que serve cada um",
  ],
  [
    "pt",
    "health:relative:free",
    "O meu sogro, o Sr. Armando Pires, teve um ⟦health|AVC isquémico⟧ e ficou com ⟦health|afasia⟧. Que apoios existem em Portugal?",
  ],
  [
    "de",
    "health:arztbrief:structured",
    "Arztbrief\nPatientin: Frau Hannelore Brandt, geb. ⟦date_of_birth|02.09.1949⟧\nDiagnosen: ⟦health|Herzinsuffizienz NYHA III⟧, ⟦health|Vorhofflimmern⟧\nMedikation: ⟦health|Ramipril 5 mg⟧ 1-0-0, ⟦health|Torasemid 10 mg⟧ 1-0-0\nBitte in einfache Sprache übersetzen",
  ],
  [
    "de",
    "health:colleague:free",
    "Unser Azubi Leon hat ⟦health|Morbus Crohn⟧ und muss öfter zum Arzt. Wie spreche ich das im Team an, ohne die Diagnose zu nennen?",
  ],
  ["de", "neg-health:leaflet:free", "Beipackzettel-Frage: Darf man Ramipril und Ibuprofen zusammen nehmen? Allgemein, nicht für eine bestimmte Person."],
  [
    "fr",
    "health:compte-rendu:structured",
    "Compte rendu de consultation\nPatient : M. Yannick Le Goff, 47 ans\nMotif : ⟦health|lombosciatique droite⟧\nTraitement : ⟦health|prégabaline 75 mg⟧ matin et soir\nArrêt de travail 10 jours\nreformule pour son employeur sans le diagnostic",
  ],
  [
    "fr",
    "health:relative:free",
    "Ma belle-sœur Camille a fait une ⟦health|fausse couche⟧ la semaine dernière, qu'est-ce que je peux lui écrire de réconfortant ?",
  ],
  ["fr", "neg-health:public-figure:free", "Céline Dion a parlé publiquement de son syndrome de la personne raide. Résume ce qu'on sait de cette maladie."],
  [
    "it",
    "health:referto:structured",
    "REFERTO\nPaziente: Giulia Moretti, nata il ⟦date_of_birth|11/06/1988⟧\nEsito: ⟦health|positività HPV ad alto rischio⟧, ⟦health|CIN2⟧\nIndicazione: conizzazione\nspiegamelo in parole semplici",
  ],
  [
    "pl",
    "health:wypis:structured",
    "Karta informacyjna leczenia szpitalnego\nPacjent: Zbigniew Nowicki, PESEL ⟦national_id|88071478995⟧\nRozpoznanie: ⟦health|zawał serca NSTEMI⟧\nZalecenia: ⟦health|klopidogrel 75 mg⟧, ⟦health|atorwastatyna 40 mg⟧\nprzetłumacz na angielski dla córki",
  ],
  ["pl", "health:colleague:free", "Kolega z pracy, Paweł, ma ⟦health|depresję⟧ i bierze ⟦health|escitalopram⟧. Jak mu pomóc, żeby szef się nie dowiedział?"],
  [
    "tr",
    "health:epikriz:structured",
    "EPİKRİZ\nHasta adı: Ayşe Demir\nTanı: ⟦health|akut pankreatit⟧\nTaburcu ilaçları: ⟦health|pantoprazol 40 mg⟧ günde 1\nannesine anlatılacak şekilde sadeleştir",
  ],
  ["tr", "health:relative:free", "Eniştem Murat Bey'e ⟦health|prostat kanseri⟧ teşhisi kondu, ameliyat mı radyoterapi mi daha iyi?"],
  ["tr", "neg-health:general:free", "Prostat kanseri taraması kaç yaşında başlamalı? Genel bilgi istiyorum."],
  [
    "vi",
    "health:relative:free",
    "Bà ngoại tôi, cụ Trần Thị Lan, bị ⟦health|tiểu đường tuýp 2⟧ và đang tiêm ⟦health|insulin⟧. Chế độ ăn Tết thế nào cho an toàn?",
  ],
  [
    "vi",
    "health:lab:structured",
    "Kết quả xét nghiệm — Họ tên: Lê Minh Quân\nHBsAg: ⟦health|Dương tính⟧\nALT: ⟦health|142 U/L⟧ (tăng)\nChẩn đoán: ⟦health|viêm gan B mạn⟧\ngiải thích giúp tôi",
  ],
  ["vi", "neg-health:general:free", "Viêm gan B lây qua đường nào? Có vắc-xin cho người lớn không?"],
  [
    "en",
    "health:hl7-obx:structured",
    "parse this for me\nPID|1||⟦medical_record|771204⟧^^^STJ^MR||OKONKWO^GRACE||19800214|F\nOBX|1|NM|2345-7^Glucose^LN||⟦health|14.2⟧|mmol/L|3.9-7.8|H\nDG1|1||E11.9^⟦health|Type 2 diabetes mellitus without complications⟧^I10",
  ],
  [
    "en",
    "health:csv-clinic:structured",
    "patient,age,dx,med\nHarriet Osei,44,⟦health|bipolar II⟧,⟦health|lamotrigine 200mg⟧\nDaniel Kraus,29,⟦health|ADHD⟧,⟦health|methylphenidate 36mg⟧\nsort by age please",
  ],
  [
    "en",
    "neg-health:csv-fake:structured",
    "Write a pytest fixture with three fake patients (Patient A, Patient B, Patient C) and made-up diagnoses for testing our CSV importer.",
  ],
];
