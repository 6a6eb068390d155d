/**
 * Development set 18, more structured records and mixed registers across the set's languages: FHIR and HL7 messages,
 * insurance and benefit claims, bank statements, loan files, spreadsheets pasted as text, e-mails forwarded with
 * headers; and same-shape hard negatives. Marks: ⟦category|value⟧ (../marked-prompts.ts). Written before anything
 * under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  // --- positives --------------------------------------------------------------------------------------------------
  [
    "en",
    "health:fhir-us:structured",
    `Why does the validator reject this Observation? {"resourceType":"Observation","status":"final","code":{"text":"Hemoglobin A1c"},"subject":{"reference":"Patient/88412","display":"Winifred Achebe"},"valueQuantity":{"value":⟦health|10.4⟧,"unit":"%"}}`,
  ],
  [
    "en",
    "health:hl7-uk:structured",
    `Which segment holds the diagnosis?\nMSH|^~\\&|PAS|STJ|EPR|STJ|202612010830||ADT^A01|55120|P|2.4\nPID|1||⟦medical_record|K7720415⟧^^^STJ^MR||Fairweather^Lionel^R||19630718|M\nDG1|1||F20.0^⟦health|Paranoid schizophrenia⟧^I10|||A`,
  ],
  [
    "en",
    "health:email-us:free",
    `---------- Forwarded message ---------\nFrom: Dana Kessler <dkessler@hollisterlaw.com>\nSubject: Re: accommodation request\n\nHi, confirming that our associate Priyanka Deshpande has ⟦health|multiple sclerosis (relapsing-remitting)⟧ and her neurologist recommends remote work during ⟦health|infusion weeks⟧. Can you draft a response from HR?`,
  ],
  [
    "en",
    "health:claim-uk:structured",
    `Help me fill the travel insurance claim:\nPolicyholder: Gareth Yeoman\nCondition treated abroad: ⟦health|kidney stones⟧ (⟦health|lithotripsy⟧ in Alicante)\nPre-existing conditions declared: ⟦health|gout⟧\nAmount claimed: €4,210`,
  ],
  [
    "en",
    "health:therapy-au:free",
    `Reword my session notes so they're objective: Session 6 with Ashleigh Tremain. She reported ⟦health|self-harm (cutting) twice this week⟧ and ⟦health|ongoing suicidal ideation without a plan⟧. Safety plan reviewed.`,
  ],
  [
    "en",
    "health:sql-us:structured",
    `Optimise this query: SELECT * FROM encounters WHERE patient_name = 'Cornelius Abernathy' AND dx_code = '⟦health|C34.90⟧' AND med = '⟦health|osimertinib 80 mg⟧';`,
  ],
  [
    "en",
    "health:disability-uk:free",
    `Proofread my PIP appeal for my client Mr Declan Farrelly: he has ⟦health|severe autism⟧, ⟦health|epilepsy with weekly tonic-clonic seizures⟧, and cannot prepare food without supervision.`,
  ],
  [
    "en",
    "fin:loan-us:structured",
    `Underwriting summary — check the DTI:\nBorrower: Latoya Pennington\nGross monthly income: ⟦financial|$6,250⟧\nMonthly debts: ⟦financial|$2,890⟧ (auto $612, student $410, cards $1,868)\nCollections: ⟦financial|medical collection $3,100⟧`,
  ],
  [
    "en",
    "fin:benefits-uk:free",
    `Please turn into a letter: Ms Shauna McAllister receives ⟦financial|Universal Credit of £1,048 a month⟧ and has ⟦financial|council tax arrears of £1,630⟧; she is asking for a hardship payment.`,
  ],
  [
    "en",
    "fin:spreadsheet-us:structured",
    `Clean up this pasted spreadsheet:\nEmployee\tBase\tBonus\tEquity\nHarriet Quinlan\t⟦financial|172,000⟧\t⟦financial|25,800⟧\t⟦financial|40,000 RSUs⟧\nOtis Delacroix\t⟦financial|148,500⟧\t⟦financial|14,850⟧\t⟦financial|12,000 RSUs⟧`,
  ],
  [
    "en",
    "fin:divorce-ca:free",
    `Summarise for my lawyer: my ex, Brent Holloway, earns ⟦financial|$134,000 a year⟧, has ⟦financial|$210,000 in an RRSP⟧ and stopped paying the ⟦financial|$1,450 monthly child support⟧ in August.`,
  ],
  [
    "de",
    "health:au-de:structured",
    `Übersetze die Arbeitsunfähigkeitsbescheinigung ins Englische:\nVersicherte: Franziska Lehmkuhl\nDiagnose (ICD-10): ⟦health|F43.1⟧ ⟦health|Posttraumatische Belastungsstörung⟧\narbeitsunfähig bis: 31.12.2026`,
  ],
  [
    "de",
    "fin:schufa-de:free",
    `Hilf mir beim Widerspruch: Die SCHUFA meldet für Herrn Ralf Dörrbecker einen ⟦financial|Basisscore von 71,3 %⟧ und einen ⟦financial|Zahlungsausfall über 2.340 €⟧ bei einem Versandhändler.`,
  ],
  [
    "fr",
    "health:soap-fr:structured",
    `Résume cette note :\nS : Mme Héloïse Tranchant, 29 ans, ⟦health|enceinte de 31 SA⟧, céphalées.\nO : TA 158/104, protéinurie ⟦health|0,8 g/24 h⟧.\nA : ⟦health|prééclampsie⟧.\nP : hospitalisation, sulfate de magnésium.`,
  ],
  [
    "fr",
    "fin:releve-fr:structured",
    `Classe ces opérations du compte de M. Aurélien Castagné :\n03/11 VIR SALAIRE ⟦financial|+2 145,80⟧\n06/11 PRLV CREDIT CONSO ⟦financial|-389,00⟧\n09/11 AGIOS -12,40\nSolde au 30/11 : ⟦financial|-604,22⟧`,
  ],
  [
    "es",
    "health:nota-es:free",
    `Pásalo a lenguaje claro para la familia: Don Anselmo Ruiz-Tagle presenta ⟦health|EPOC grave⟧ con ⟦health|saturación basal del 86%⟧ y ⟦health|oxigenoterapia domiciliaria 16 h/día⟧.`,
  ],
  [
    "es",
    "fin:nomina-es:structured",
    `Revisa la nómina:\nTrabajadora: Rocío Campuzano Vela\nSalario base: ⟦financial|1.980,00 €⟧\nEmbargo judicial: ⟦financial|-310,00 €⟧\nLíquido a percibir: ⟦financial|1.422,75 €⟧`,
  ],
  [
    "it",
    "health:referto-it:structured",
    `Spiegami questo referto:\nPaziente: Vittorio Inzerillo (mio suocero)\nPSA totale: ⟦health|14,2 ng/ml⟧\nBiopsia: ⟦health|adenocarcinoma prostatico Gleason 7⟧`,
  ],
  [
    "pt",
    "fin:extrato-pt:structured",
    `Resume o extrato da conta de Tiago Albuquerque:\nSaldo inicial: ⟦financial|1.204,33 €⟧\nPenhora das Finanças: ⟦financial|-850,00 €⟧\nSaldo final: ⟦financial|97,15 €⟧`,
  ],
  [
    "nl",
    "health:brief-nl:free",
    `Herschrijf deze verwijsbrief in B1-taal: Geachte collega, graag verwijs ik mevrouw Femke Brouwershaven (36) naar uw polikliniek wegens ⟦health|recidiverende depressie⟧ en ⟦health|lithiumintoxicatie⟧ in oktober.`,
  ],
  [
    "pl",
    "health:chat-pl:free",
    `Jak wesprzeć koleżankę? Agnieszka Kołodziejczyk powiedziała mi, że ma ⟦health|stwardnienie rozsiane⟧ i zaczyna leczenie ⟦health|interferonem⟧.`,
  ],
  [
    "zh",
    "health:lab-zh:structured",
    `帮我看看这个化验单：\n姓名：黄志明\n乙肝表面抗原：⟦health|阳性⟧\nHBV-DNA：⟦health|2.3×10^6 IU/mL⟧\nALT：⟦health|168 U/L⟧`,
  ],
  [
    "zh",
    "fin:loan-zh:structured",
    `帮我算一下负债率：\n借款人：周敏\n月收入：⟦financial|12,000元⟧\n房贷月供：⟦financial|6,800元⟧\n信用卡欠款：⟦financial|48,500元⟧`,
  ],
  [
    "ja",
    "health:kaigo-ja:structured",
    `介護記録を整理してください：\n利用者：鈴木トメ様（88歳）\n要介護度：⟦health|要介護3⟧\n既往歴：⟦health|脳梗塞⟧、⟦health|糖尿病⟧\n服薬：⟦health|アムロジピン5mg⟧`,
  ],
  [
    "ja",
    "fin:kyuyo-ja:structured",
    `給与明細を確認して：\n社員名：伊藤健太\n総支給額：⟦financial|412,300円⟧\n差引支給額：⟦financial|318,540円⟧\n差押：⟦financial|50,000円⟧`,
  ],
  [
    "ko",
    "health:discharge-ko:structured",
    `퇴원 요약지를 영어로 번역해 주세요:\n환자: 정해진 (여, 54세)\n진단: ⟦health|유방암 2기⟧\n수술: ⟦health|유방 부분절제술⟧\n퇴원 약: ⟦health|타목시펜 20mg⟧`,
  ],
  ["ko", "fin:salary-ko:free", `동료 한승우 연봉이 ⟦financial|6,800만 원⟧이고 나는 5,200만 원인데, 연봉 협상할 때 이걸 말해도 될까요?`],
  [
    "hi",
    "health:discharge-hi:structured",
    `इस डिस्चार्ज समरी को अंग्रेज़ी में लिखिए:\nमरीज़: अनिल कुमार त्रिपाठी\nनिदान: ⟦health|हृदयाघात⟧\nप्रक्रिया: ⟦health|एंजियोप्लास्टी⟧\nदवाएँ: ⟦health|एस्पिरिन 75 मि.ग्रा.⟧`,
  ],
  [
    "hi-Latn",
    "health:chat-hinglish:free",
    `Bhai, meri boss Neelam Kapoor ko ⟦health|breast cancer⟧ detect hua hai, ⟦health|chemo⟧ start ho rahi hai next week. Team ki taraf se kya message bhejein?`,
  ],
  [
    "ar",
    "health:chat-ar:free",
    `أريد أن أكتب لمديري أن زميلتنا ريم الخطيب تعاني من ⟦health|اكتئاب ما بعد الولادة⟧ وتتناول ⟦health|سيرترالين⟧، فكيف أصيغ ذلك بلطف؟`,
  ],
  [
    "ar",
    "fin:table-ar:structured",
    `رتب الجدول حسب المبلغ:\n| الاسم | الدين |\n|---|---|\n| سامي النجار | ⟦financial|45,000 جنيه⟧ |\n| هدى عبد الرحمن | ⟦financial|18,200 جنيه⟧ |`,
  ],
  ["tr", "health:chat-tr:free", `Komşum Ayşe Demirtaş'a ⟦health|ALS⟧ teşhisi konmuş, ⟦health|riluzol⟧ kullanmaya başlamış. Ona nasıl destek olabilirim?`],
  // --- hard negatives ---------------------------------------------------------------------------------------------
  [
    "en",
    "neg-health:hl7-us:structured",
    `Explain each field of this HL7 spec example: PID|1||PATID1234^^^HOSP^MR||EVERYMAN^ADAM^A||19610615|M — and what DG1-3 holds.`,
  ],
  [
    "en",
    "neg-health:aggregate-uk:structured",
    `Make a table summary: Ward 7 audit, November: 42 admissions, 6 pressure injuries, 3 falls, average length of stay 8.4 days, 2 readmissions within 30 days.`,
  ],
  ["en", "neg-health:public-us:free", `Write a short paragraph on Selena Gomez speaking publicly about her lupus and kidney transplant.`],
  [
    "en",
    "neg-fin:sample-us:structured",
    `Explain the DTI formula with this textbook example:\nBorrower: (sample)\nGross monthly income: $6,000\nMonthly debts: $2,100\nDTI = ?`,
  ],
  ["en", "neg-fin:public-us:free", `How much did Elon Musk pay in taxes in 2021, and why was it reported as the largest individual tax bill in US history?`],
  [
    "en",
    "neg-health:fiction-us:free",
    `In Breaking Bad, Walter White is diagnosed with stage III lung cancer. How accurately does the show depict his chemotherapy?`,
  ],
  [
    "de",
    "neg-health:formular-de:structured",
    `Erkläre die Felder des Musters 1 (AU-Bescheinigung): Versicherte/r, Diagnose (ICD-10), arbeitsunfähig seit, voraussichtlich bis.`,
  ],
  ["fr", "neg-fin:stats-fr:structured", `Fais un graphique : année;taux_de_surendettement\n2019;0,32 %\n2022;0,27 %\n2025;0,29 %`],
  [
    "es",
    "neg-fin:plantilla-es:structured",
    `Mejora esta plantilla de nómina:\nTrabajador/a: [NOMBRE]\nSalario base: [IMPORTE]\nRetenciones: [IRPF]\nLíquido: [NETO]`,
  ],
  ["zh", "neg-health:public-zh:free", `写一段介绍：歌手李玟生前曾公开谈及自己多年与抑郁症抗争的经历。`],
  ["ja", "neg-fin:stats-ja:structured", `グラフにして：年度,平均年収（万円）\n2022,458\n2023,460\n2024,478`],
  [
    "ko",
    "neg-health:leaflet-ko:free",
    `이 설명서를 쉽게 바꿔 줘: 타목시펜은 유방암 재발 위험을 줄이는 데 사용됩니다. 드물게 자궁내막 변화가 생길 수 있습니다.`,
  ],
  ["hi-Latn", "neg-fin:self-hinglish:free", `Meri salary 52,000 hai aur personal loan ki EMI 21,000 jaati hai. Kya main credit card bhi le sakta hoon?`],
  ["ar", "neg-fin:price-ar:structured", `رتب حسب السعر:\nقهوة عربية - 12 ريال\nشاي - 6 ريال\nكعك - 9 ريال`],
  [
    "it",
    "neg-fin:public-it:free",
    `Riassumi: secondo la dichiarazione dei redditi pubblicata, il Presidente del Consiglio ha dichiarato un reddito di circa 180.000 euro nel 2024.`,
  ],
  ["pt", "neg-health:textbook-pt:free", `Para a prova: quais são os critérios de diagnóstico da esclerose múltipla e quando se usa ocrelizumab?`],
  ["nl", "neg-health:public-nl:free", `Vat samen: oud-premier Wim Kok overleed in 2018 na een kort ziekbed, meldde zijn familie in een openbare verklaring.`],
  ["sv", "neg-health:stats-sv:structured", `Gör ett diagram: region;andel_med_KOL\nNorrbotten;4,1\nSkåne;3,2\nStockholm;2,8`],
];
