/**
 * dev-62 entries: a person's biometric or genetic data as it appears in exports and chats — fingerprint minutiae
 * templates (ISO/IEC 19794-2 `FMR` hex or base64, ANSI 378), face embeddings tied to a named person or an employee id,
 * voiceprint and speaker-enrolment ids, iris codes, palm-vein templates, keystroke-dynamics profiles, DNA STR profiles,
 * 23andMe/AncestryDNA raw-data lines and VCF rows of a named person, paternity results, genetic results of a private
 * person, biometric enrolment records in JSON, CSV and log lines (attendance devices, e-gates, phone unlock). Values are
 * `⟦biometric|…⟧`; a genetic result in words (a carrier status, "APOE4/4") of a private person is `⟦health|…⟧` as in
 * dev-47, a genotype or variant in notation is `⟦biometric|…⟧` as in dev-38 and dev-55. Hard negatives use the same
 * words and formats with nobody private: embeddings of text or products, model weights, ML tutorials, reference genome
 * coordinates, rs ids in papers and SNP databases, STR loci tables in textbooks, CODIS explanations, a dog's DNA test,
 * vendor API docs with sample templates, hashes. `kind` is `<topic>:<category>` or `neg-<topic>:<what>`.
 * Our own invented text; every person and value is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English: fingerprint templates
  [
    "en",
    "fingerprint:biometric",
    `Employee #4471 (Dana Whitfield) enrolled today, ISO 19794-2 template: ⟦biometric|464D520020323000527E9B55508530FF0A562AE0C9ABE099D78650604743BEF96B5A4CCA⟧ — why does the reader reject it on the second terminal?`,
  ],
  [
    "en",
    "fingerprint:biometric",
    `can you decode this FMR record? it's from our door reader, user Marcus Bell, right index: ⟦biometric|Rk1SACAyMABTl7vh432Bri9VclvQ6CwbrmClbZuWw64e9EQPKM8=⟧`,
  ],
  [
    "en",
    "fingerprint:biometric",
    `{"emp_no": "E-20931", "name": "Priya Raman", "finger": "R1", "format": "ANSI-378", "tpl": "⟦biometric|Rk1SACAyMABbrWVFQdFGu8++Ah24bXZ+GsGC/XBmrNgjeHiWCvk=⟧"}`,
  ],
  [
    "en",
    "fingerprint:biometric",
    `ZKTeco export, row 14: 1022,Hector Alvarez,FP0,⟦biometric|464D520020323000CF0B230E37AA4D3883CBFA1C2E8CC7551CADFB4105929791593F8CB9⟧,2026-11-30`,
  ],
  [
    "en",
    "fingerprint:biometric",
    `Minutiae for Jenna Okafor (left thumb), 38 points, quality 82: ⟦biometric|Rk1SACAyMAAIAa08W+wP7J/TOr18Z0GqkrpGa396nywgSIwZGUY=⟧. Is 38 enough for 1:N matching?`,
  ],
  [
    "en",
    "fingerprint:biometric",
    `INSERT INTO fp_templates (staff_id, full_name, template) VALUES (3318, 'Owen Gallagher', X'⟦biometric|464D52002032300085D8F4ADE07B0D4DB4DCB5DA3B781850D8760CAD0AA04B853573BEC1⟧');`,
  ],
  [
    "en",
    "fingerprint:biometric",
    `My son Ethan's fingerprint from the school lunch scanner got exported to this CSV: ethan.m,grade5,⟦biometric|Rk1SACAyMACSkbvmLLpo7qrGpnN9VI6qI7ExNWQ2uVeRdZGBaP0=⟧ — is that legal?`,
  ],
  // English: face embeddings
  [
    "en",
    "face:biometric",
    `face_db.json entry: {"employee_id": "EMP-7712", "name": "Laura Chen", "embedding": ⟦biometric|[0.2238, -0.0023, 0.0867, -0.3229, -0.3675, 0.2353, ...]⟧}`,
  ],
  [
    "en",
    "face:biometric",
    `Why does cosine similarity between Tom Becker's two enrolment vectors come out 0.41? first: ⟦biometric|[0.0030, -0.3219, -0.0117, -0.2817, -0.2410, -0.2178]⟧`,
  ],
  [
    "en",
    "face:biometric",
    `user 88213 (Ana Sousa) face encoding from dlib: ⟦biometric|0.1693 -0.2942 0.3387 0.3828 0.2983 0.2653⟧ ... should I normalize before storing?`,
  ],
  [
    "en",
    "face:biometric",
    `here's the facenet vector for our new hire Kwame Mensah so you can add him to the gate allowlist: ⟦biometric|[0.3381, -0.3869, -0.3692, 0.2199, 0.3519, -0.0693]⟧`,
  ],
  [
    "en",
    "face:biometric",
    `2026-12-01T08:14:22Z INFO enroll subject=Rebecca_Stone(ID 55012) face_vec=⟦biometric|-0.3753,0.2610,0.2421,0.3687,0.0743,0.2393⟧ liveness=0.97`,
  ],
  [
    "en",
    "face:biometric",
    `Our visitor kiosk stored my daughter Mia's face template as ⟦biometric|GjkVXgt1bYTmR3bgkj076gRhyr4i7yPMGuua/ViWOuk5091w⟧ in the logs. How do I request deletion?`,
  ],
  // English: voice
  [
    "en",
    "voice:biometric",
    `Speaker enrolment for account holder Gary Nolan completed, voiceprint ID ⟦biometric|VP-3C91-77A0-E2⟧, please attach to the CRM record.`,
  ],
  ["en", "voice:biometric", `{"caller": "Fiona Walsh", "acct": "****2291", "voice_enrollment_id": "⟦biometric|VE-8f3a21c07d9b4e15⟧", "status": "active"}`],
  [
    "en",
    "voice:biometric",
    `x-vector for speaker "Daniel Price" (call 44817): ⟦biometric|[0.3201, -0.0012, -0.1664, -0.0601, -0.1689, 0.0828]⟧ — threshold 0.7 keeps rejecting him`,
  ],
  ["en", "voice:biometric", `Nuance export: customer=Helen Moss; voiceprint=⟦biometric|sYzKFm+Ev1L/7+c+3l6LEIOT0rmEyp9Qp6tMYfdDwALb8SVi⟧; enrolled=2026-10-02`],
  // English: iris
  [
    "en",
    "iris:biometric",
    `Iris code (left) for border enrolment of Sofia Marini: ⟦biometric|32c49a112bbbe3b354c61360703d9a1342a5ccace1c8c931027e69e6749b7aa3⟧, mask attached separately.`,
  ],
  [
    "en",
    "iris:biometric",
    `iris_right for patient 20-4471 (Joseph Kim): ⟦biometric|edcbbe702416a3a36499ba9dd9ccc05d7c1ceb0af79e64d46ded7fdcffeebef9⟧ — Hamming distance to the re-scan is 0.38, why so high?`,
  ],
  [
    "en",
    "iris:biometric",
    `Worldcoin-style orb log: operator 12, subject Nadia Petrova, iriscode=⟦biometric|623107d97c854b87b8d410ec3958f6e22130365242fbf0308e967e48f950b702⟧`,
  ],
  // English: palm vein, keystroke, gait
  [
    "en",
    "vein:biometric",
    `PalmSecure enrolment, staff Aaron Fleming (ID 6610): palm vein template ⟦biometric|DIMignpkQwuYeq1gh1OUQSEnCJHdYHQBGpqBL+gMZZUNx7h1⟧`,
  ],
  [
    "en",
    "keystroke:biometric",
    `typing profile for user kgreen (Kelly Green): dwell=⟦biometric|[112, 96, 134, 101, 88, 120, 97]⟧ ms flight=⟦biometric|[210, 185, 240, 199, 176, 221]⟧ ms. Does it look like the same person as last month?`,
  ],
  [
    "en",
    "keystroke:biometric",
    `{"user": "m.ortega", "keystroke_profile": {"dwell_mean": ⟦biometric|[0.104, 0.093, 0.121, 0.087, 0.110]⟧, "flight_mean": ⟦biometric|[0.184, 0.201, 0.167, 0.223]⟧}}`,
  ],
  [
    "en",
    "gait:biometric",
    `gait signature of resident Arthur Pike from the care-home sensor: ⟦biometric|[1.12, 0.87, 0.54, 1.31, 0.92, 0.66]⟧ — is his stride getting worse?`,
  ],
  // English: STR, SNP, VCF
  [
    "en",
    "str:biometric",
    `Lab result for my brother Liam Doherty: ⟦biometric|D3S1358 15,17; vWA 16,18; D16S539 11,12; CSF1PO 10,12; TPOX 8,8⟧. Can someone read this?`,
  ],
  ["en", "str:biometric", `Case 26-1184, reference sample of Mr. Victor Hale: ⟦biometric|D8S1179 13,14; D21S11 29,30; D7S820 10,11; TH01 6,9.3; FGA 21,24⟧`],
  ["en", "str:biometric", `Sample,Name,D18S51,D5S818,D13S317\nS-204,Greta Lund,⟦biometric|14,16,11,12,8,11⟧`],
  [
    "en",
    "snp:biometric",
    `here's a chunk of my mom Patricia's AncestryDNA file:\n⟦biometric|rs4477212\t1\t82154\tA\tA\nrs3131972\t1\t752721\tA\tG⟧\nwhat do the columns mean?`,
  ],
  [
    "en",
    "snp:biometric",
    `From my 23andMe raw data (I'm Jordan): ⟦biometric|rs53576 AG⟧; ⟦biometric|rs1815739 CT⟧; ⟦biometric|rs4680 GG⟧ — which one is the warrior gene?`,
  ],
  ["en", "snp:biometric", `genome_Hannah_Brooks_v5_Full.txt line 204: ⟦biometric|rs1801133\t1\t11856378\tAG⟧ is that the MTHFR thing?`],
  [
    "en",
    "vcf:biometric",
    `VCF row from Nathan Cole's exome: ⟦biometric|chr17\t43057051\t.\tG\tA\t812\tPASS\t.\tGT\t0/1⟧ — the lab says BRCA1, what does 0/1 mean for him?`,
  ],
  [
    "en",
    "vcf:biometric",
    `#CHROM POS ID REF ALT QUAL FILTER INFO FORMAT SAMPLE_EWALSH\n⟦biometric|19 44908684 rs429358 T C 99 PASS . GT 1/1⟧ (that's my aunt Eileen Walsh)`,
  ],
  // English: paternity and genetic results
  [
    "en",
    "paternity:biometric",
    `Paternity report: alleged father Craig Dunn, child Lily Dunn, probability of paternity ⟦biometric|99.998%⟧, CPI ⟦biometric|48,211⟧. Is this conclusive?`,
  ],
  ["en", "paternity:health", `the DNA test came back: Ryan is ⟦health|not the biological father⟧ of Chloe. How do I tell my sister?`],
  ["en", "genetic:health", `My wife Naomi just found out she's a ⟦health|BRCA1 carrier⟧. Should our daughters get tested now or wait until 18?`],
  ["en", "genetic:health", `Dad (Gerald, 71) got his results: ⟦health|APOE4/4⟧. What does that mean for his Alzheimer's risk?`],
  ["en", "genetic:health", `Emma Hart's carrier screen: ⟦health|positive for cystic fibrosis (F508del)⟧, husband not tested yet.`],
  ["en", "genetic:biometric", `My cousin Diego's report says ⟦biometric|HFE C282Y homozygous⟧ — does he need to stop eating red meat?`],
  ["en", "genetic:health", `Mark tested ⟦health|positive for Huntington's (CAG 42 repeats)⟧, he hasn't told his kids.`],
  // English: enrolment records
  [
    "en",
    "enrolment:biometric",
    `attendance.log: 2026-12-02 07:58:31 DEV=HIK-01 USER=1187 NAME="Rosa Delgado" VERIFY=FACE TPL=⟦biometric|3wkVvkuvZDHne6+I5xdEf1AqYQt1vtTMXsXozYF3NHCq05VT⟧`,
  ],
  [
    "en",
    "enrolment:biometric",
    `egate_enrol.csv: traveller,doc,face_template\nMorgan Ellis,P55810234,⟦biometric|GXbz6JD3v5glF0FP5a6VEzlNDkvmY+Cch6v8wgw/935WrUDK⟧`,
  ],
  [
    "en",
    "enrolment:biometric",
    `Phone unlock backup for Chris Adeyemi: {"type":"fingerprint","slot":2,"template":"⟦biometric|QZg9ES88OYpBsICqC5HbFXTwfVSzWK2XlMJEEZkQtZjqjuKr⟧"}`,
  ],
  [
    "en",
    "enrolment:biometric",
    `Suprema BioStar user 2045 (Irene Walsh) has fingerprint template id ⟦biometric|FT-8c41d2e07ab9f315⟧ and face id ⟦biometric|FC-0193-A7B2⟧.`,
  ],
  [
    "en",
    "enrolment:biometric",
    `INFO biometric.enroll user_id=u_58213 display="Peter Novak" modality=voice embedding=⟦biometric|[0.3310, -0.3406, -0.2628, -0.2215, -0.1611, 0.0230]⟧`,
  ],
  [
    "en",
    "enrolment:biometric",
    `Can you clean up this Excel paste? Name | Finger | Template\nBilly Turner | R2 | ⟦biometric|Rk1SACAyMAB5je12MHE8wfMYN4Ho5364c11cZ2gVfdse3O/iPUo=⟧`,
  ],
  [
    "en",
    "face:biometric",
    `My ex still has my FaceID template? He sent me this, says it's from my old phone: ⟦biometric|MhznYqHv4tNnHUEvJ01j1QLPMlddET2JoEPAas5hTwVcleD1⟧ — I'm Kayla, what can he do with it?`,
  ],
  [
    "en",
    "iris:biometric",
    `hospital ID system, patient Ahmed Rahimi, iris template: ⟦biometric|7c670084612d9b3b97520f434b5a2037fd43ee69bc8816797a7e8d6046c0fa32⟧, scanned at admission`,
  ],
  // German
  [
    "de",
    "fingerprint:biometric",
    `Zeiterfassung Export: Personalnr. 1042, Name Jürgen Hoffmann, Fingerabdruck-Template: ⟦biometric|464D5200203230005B19E8C3A5A8A767F9E0AB3572F61461586BF0F99A4E41612FAC60DA⟧`,
  ],
  [
    "de",
    "face:biometric",
    `Gesichtsvektor von Frau Sabine Krüger (MA-3381): ⟦biometric|[-0.0722, 0.1570, 0.2790, 0.1345, 0.0231, -0.3785]⟧ – warum schlägt der Abgleich fehl?`,
  ],
  ["de", "str:biometric", `Gutachten Abstammung, Kindsmutter Petra Lange: ⟦biometric|D3S1358 14,16; vWA 17,19; FGA 22,23; TH01 7,9⟧`],
  ["de", "snp:biometric", `Mein Vater Klaus hat seine Rohdaten geschickt: ⟦biometric|rs4988235 GG⟧; ⟦biometric|rs1229984 CT⟧ – ist er laktoseintolerant?`],
  ["de", "genetic:health", `Meine Schwester Anja ist ⟦health|BRCA2-Trägerin⟧, sollte ich mich auch testen lassen?`],
  ["de", "voice:biometric", `Stimmprofil für Kunde Markus Weber angelegt, Stimmabdruck-ID ⟦biometric|SP-4D20-19EF⟧, bitte im Ticket vermerken.`],
  ["de", "paternity:biometric", `Vaterschaftsgutachten für Herrn Stefan Brandt: Vaterschaftswahrscheinlichkeit ⟦biometric|99,9997 %⟧.`],
  ["de", "vein:biometric", `Handvenen-Template von Mitarbeiterin Claudia Roth (ID 2203): ⟦biometric|CTJm2o9AY4avi0e47vUJ+er/qCZ9DjtvGJ0RA4fVyyUkehdd⟧`],
  [
    "de",
    "enrolment:biometric",
    `Log: 2026-11-28 06:45 Terminal T3 Benutzer 3391 "Ali Demir" Verifizierung=Finger Vorlage=⟦biometric|Rk1SACAyMAARxbf4XvIx1pSe1469N4sPJw2Cnc4230zkidldXLY=⟧`,
  ],
  // French
  [
    "fr",
    "fingerprint:biometric",
    `Empreinte digitale de l'employé Julien Moreau (matricule 5520) : ⟦biometric|464D520020323000B666F700D1C989F92365CA368669F88323DFD0C21C2A6BDC37E29DE5⟧`,
  ],
  [
    "fr",
    "face:biometric",
    `Vecteur facial de Mme Claire Dubois, badge 7781 : ⟦biometric|[-0.3701, 0.3100, 0.2178, 0.1141, -0.3562, -0.3536]⟧. Pourquoi le portique la refuse ?`,
  ],
  ["fr", "str:biometric", `Profil ADN de mon oncle Bernard Lefèvre : ⟦biometric|D8S1179 12,15; D21S11 28,31.2; TH01 8,9; TPOX 8,11⟧`],
  ["fr", "genetic:health", `Ma mère Sylvie est ⟦health|porteuse de la mutation BRCA1⟧, est-ce que je dois faire le test ?`],
  ["fr", "iris:biometric", `Code iris de Karim Benali enregistré au guichet : ⟦biometric|84b1bd9b96c628788e9e5066a85f8782b3b96766050d6c8c87d175a9759c5a61⟧`],
  ["fr", "snp:biometric", `Extrait du fichier 23andMe de ma femme Élodie : ⟦biometric|rs7412 CC⟧; ⟦biometric|rs429358 TC⟧. Ça veut dire quoi ?`],
  ["fr", "voice:biometric", `Empreinte vocale du client Thierry Garnier, identifiant ⟦biometric|EV-77B3-C401⟧, créée le 3 novembre.`],
  // Spanish
  [
    "es",
    "fingerprint:biometric",
    `Huella dactilar del trabajador Andrés Castillo (legajo 4410): ⟦biometric|Rk1SACAyMABw+eH6oI79dZXbp28ojrmRXjHrA5OeY9KScJtRpE4=⟧`,
  ],
  ["es", "face:biometric", `Vector facial de la alumna Lucía Herrera, matrícula 20931: ⟦biometric|[0.3138, -0.1188, -0.2625, -0.3928, 0.1512, -0.2700]⟧`],
  ["es", "str:biometric", `Perfil de ADN de mi padre Ramón Ortiz: ⟦biometric|D3S1358 15,16; vWA 14,17; D16S539 9,11; CSF1PO 11,12⟧`],
  [
    "es",
    "paternity:biometric",
    `Prueba de paternidad de Jorge Medina con el menor Mateo: índice de paternidad ⟦biometric|12.480⟧, probabilidad ⟦biometric|99,99 %⟧`,
  ],
  ["es", "genetic:health", `A mi hermana Carmen le salió que es ⟦health|portadora de BRCA2⟧, ¿qué opciones tiene?`],
  ["es", "enrolment:biometric", `registro_asistencia.csv: 0087;Rocío Vega;HUELLA;⟦biometric|Rk1SACAyMAAjjDRfxf2JvR0fqkS/crvh9qbAWaR/30NMR3vzl/A=⟧;08:02`],
  ["es", "voice:biometric", `Huella vocal del cliente Esteban Ruiz registrada con id ⟦biometric|HV-5A02-91D3⟧`],
  // Portuguese
  [
    "pt",
    "fingerprint:biometric",
    `Digital do funcionário Rafael Almeida (matrícula 3120): ⟦biometric|464D520020323000BEB3002A24B1AE58FC2A8BB9392E2C5FC1B07DE5C848CFB68A3FF50E⟧`,
  ],
  ["pt", "face:biometric", `Vetor facial da cliente Beatriz Nunes (CPF omitido): ⟦biometric|[0.3310, -0.3406, -0.2628, -0.2215, -0.1611, 0.0230]⟧`],
  ["pt", "str:biometric", `Perfil de DNA do meu avô Joaquim Pereira: ⟦biometric|D8S1179 10,13; D21S11 30,32.2; FGA 20,25; TH01 6,7⟧`],
  ["pt", "genetic:health", `Minha tia Fernanda testou ⟦health|positivo para a mutação BRCA1⟧, devo me preocupar?`],
  ["pt", "snp:biometric", `Dados brutos da AncestryDNA da minha mãe Luciana: ⟦biometric|rs4988235 AG⟧; ⟦biometric|rs1801133 TT⟧`],
  // Polish
  [
    "pl",
    "fingerprint:biometric",
    `Szablon odcisku palca pracownika Tomasz Wiśniewski (nr 771): ⟦biometric|464D5200203230007F2927B274343B4488F88269834A7D092108C37C97E21D0D08B8B031⟧`,
  ],
  ["pl", "face:biometric", `Wektor twarzy pani Agnieszki Kowalczyk (ID 4402): ⟦biometric|[-0.0541, -0.2072, -0.3685, -0.0670, 0.0246, -0.0467]⟧`],
  ["pl", "str:biometric", `Profil DNA mojego brata Pawła Zielińskiego: ⟦biometric|D3S1358 16,17; vWA 15,18; FGA 21,22; D8S1179 13,13⟧`],
  ["pl", "genetic:health", `Moja mama Ewa jest ⟦health|nosicielką mutacji BRCA1⟧, czy ja też powinnam się zbadać?`],
  ["pl", "paternity:biometric", `Wynik testu na ojcostwo Marka Nowaka: prawdopodobieństwo ojcostwa ⟦biometric|99,999%⟧`],
  // Hindi / Hinglish
  [
    "hi",
    "fingerprint:biometric",
    `Employee Rajesh Kumar (ID 8812) ka fingerprint template: ⟦biometric|Rk1SACAyMAB5je12MHE8wfMYN4Ho5364c11cZ2gVfdse3O/iPUo=⟧ — attendance machine me sync nahi ho raha`,
  ],
  ["hi", "face:biometric", `सुनीता शर्मा (कर्मचारी 3310) का फेस वेक्टर: ⟦biometric|[0.2754, 0.2056, -0.1840, 0.1062, -0.0669, 0.1359]⟧`],
  ["hi", "str:biometric", `Mere bhai Amit Verma ki DNA report: ⟦biometric|D8S1179 12,14; D21S11 30,31; TH01 7,9.3⟧ — iska matlab kya hai?`],
  ["hi", "genetic:health", `Meri maa Kavita ko ⟦health|BRCA1 positive⟧ aaya hai, kya mujhe bhi test karwana chahiye?`],
  [
    "hi",
    "iris:biometric",
    `Aadhaar enrolment operator log: resident Mohan Lal, iris_left=⟦biometric|59af4cbf958b1b052b99f9a00ead3d65cf61b613da063d8c088475f033c47ce4⟧`,
  ],
  // Japanese
  ["ja", "fingerprint:biometric", `社員番号 5521 佐藤 健太 の指紋テンプレート：⟦biometric|Rk1SACAyMABbrWVFQdFGu8++Ah24bXZ+GsGC/XBmrNgjeHiWCvk=⟧`],
  ["ja", "face:biometric", `山田 花子さん（会員ID 30912）の顔特徴量：⟦biometric|[0.0531, 0.2209, -0.0886, -0.0961, 0.1271, 0.3350]⟧`],
  ["ja", "str:biometric", `父（鈴木 一郎）のDNA鑑定結果：⟦biometric|D8S1179 13,15; D21S11 29,32.2; TH01 6,9; FGA 22,24⟧`],
  ["ja", "genetic:health", `母（中村 恵子）が遺伝子検査で ⟦health|BRCA2 陽性⟧ と言われました。私も検査すべきですか？`],
  ["ja", "voice:biometric", `顧客 田中 誠 様の声紋ID：⟦biometric|VP-92AC-1E07⟧ を登録しました。`],
  // Chinese
  ["zh", "fingerprint:biometric", `员工李伟（工号 6620）的指纹模板：⟦biometric|464D5200203230009C6E2F98805A9DE400591E56D3467DC7638A5652F9A9B77050502F20⟧`],
  ["zh", "face:biometric", `张敏（学号 2021088）的人脸特征向量：⟦biometric|[-0.2081, 0.0366, -0.0775, 0.3086, 0.0638, 0.0510]⟧`],
  ["zh", "str:biometric", `我弟弟王磊的DNA报告：⟦biometric|D3S1358 15,16; vWA 17,18; FGA 21,23; TH01 9,9.3⟧，这说明什么？`],
  ["zh", "genetic:health", `我妈妈陈丽的基因检测结果是 ⟦health|BRCA1 突变携带者⟧，我需要检测吗？`],
  ["zh", "paternity:biometric", `刘强与孩子的亲子鉴定结果：亲权概率 ⟦biometric|99.9999%⟧`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English: embeddings and ML
  [
    "en",
    "neg-embedding:text",
    `Here's the OpenAI embedding for the sentence "return policy for shoes": [0.0123, -0.0456, 0.0789, -0.0211, 0.0334, 0.0067]. How do I store it in pgvector?`,
  ],
  ["en", "neg-embedding:product", `{"sku": "TSHIRT-RED-M", "title": "Red cotton tee", "embedding": [0.2238, -0.0023, 0.0867, -0.3229, -0.3675, 0.2353]}`],
  [
    "en",
    "neg-embedding:weights",
    `layer1.weight[0] = [0.0421, -0.1177, 0.0893, 0.2214, -0.0542, 0.0031] — are these initial values too large for a face recognition model?`,
  ],
  [
    "en",
    "neg-embedding:tutorial",
    `In this FaceNet tutorial we compute a 128-d face embedding with model.predict(img) and compare two embeddings with cosine similarity; a threshold around 0.6 works on LFW.`,
  ],
  [
    "en",
    "neg-embedding:tutorial",
    `How do I compute the Euclidean distance between two face encodings in face_recognition? face_distance(known_encodings, candidate) returns values like [0.41, 0.62, 0.35, 0.58].`,
  ],
  ["en", "neg-embedding:word", `word2vec vector for "king": [0.125, -0.332, 0.041, 0.208, -0.117, 0.093] — why is king - man + woman not exactly queen?`],
  ["en", "neg-embedding:image", `CLIP image embedding of a cat photo (stock image 1123): [0.3201, -0.0012, -0.1664, -0.0601, -0.1689, 0.0828]`],
  ["en", "neg-embedding:speaker", `What's the difference between i-vectors and x-vectors for speaker verification? Which works better on VoxCeleb?`],
  // English: fingerprint vendor docs and standards
  [
    "en",
    "neg-fingerprint:standard",
    `ISO/IEC 19794-2 records start with the format identifier "FMR\\0" (46 4D 52 00) followed by the version " 20\\0"; what comes after that in the header?`,
  ],
  [
    "en",
    "neg-fingerprint:vendor-doc",
    `SDK reference, CreateTemplate(): returns a base64 template such as "Rk1SACAyMAAAAAFiAAABAAFAAMUAxQEAAAAoQ3BA" (sample data, not a real finger).`,
  ],
  [
    "en",
    "neg-fingerprint:explain",
    `What are minutiae in a fingerprint? Ridge endings and bifurcations, each stored with x, y and angle — how many does a typical template hold?`,
  ],
  ["en", "neg-fingerprint:hash", `sha256 of release fingerprint-sdk-4.2.1.zip: 9f2c4a7e11b03d58c6e2a9047f1b5d3e8c0a6f29b71c5e3d0a8f4b6c2e1d9a7f`],
  ["en", "neg-fingerprint:ssh", `The server's SSH host key fingerprint changed: SHA256:Jd8Tn0q3X1lVk2yY6uLrA9eWz4bC7fHs5oPmNxQiKgE. Should I worry?`],
  [
    "en",
    "neg-fingerprint:browser",
    `Our anti-fraud device fingerprint for session 8812 is a3f9c2e1b7d40586c1e9f2a3b4d5e6f7 — how stable is that across browser updates?`,
  ],
  [
    "en",
    "neg-fingerprint:ansi",
    `Compare ANSI/INCITS 378 and ISO 19794-2: both store minutiae, but the headers and the quality fields differ. Which one should our attendance system export?`,
  ],
  // English: iris, vein, voice, keystroke docs
  ["en", "neg-iris:explain", `Daugman's iris code is 2048 bits with a mask; two codes from the same eye usually have a Hamming distance below 0.32.`],
  ["en", "neg-vein:datasheet", `PalmSecure sensor datasheet: FAR 0.00008%, FRR 0.01%, template size 1–2 KB, capture distance 4–8 cm.`],
  [
    "en",
    "neg-voice:docs",
    `Azure speaker recognition API: POST /speaker/verification/v2.0/text-independent/profiles returns {"profileId": "00000000-0000-0000-0000-000000000000"} in the sample.`,
  ],
  [
    "en",
    "neg-keystroke:paper",
    `The CMU keystroke dataset has 51 subjects typing ".tie5Roanl" 400 times; mean hold times around [0.089, 0.108, 0.095, 0.101] s in the paper's table 2.`,
  ],
  ["en", "neg-keystroke:question", `How does keystroke dynamics authentication work, and is dwell time or flight time more discriminative?`],
  // English: genetics with nobody
  ["en", "neg-snp:database", `dbSNP: rs429358 is located at chr19:44908684 (GRCh38), alleles T>C; with rs7412 it defines APOE ε2, ε3 and ε4.`],
  ["en", "neg-snp:paper", `In the 2019 GWAS, rs1801133 (MTHFR C677T) had an odds ratio of 1.14 for hypertension across 120,000 participants.`],
  [
    "en",
    "neg-snp:format",
    `What format is the 23andMe raw data file? I read the columns are rsid, chromosome, position and genotype, e.g. "rs4477212 1 82154 AA" in their help page.`,
  ],
  ["en", "neg-reference:genome", `What is at chr17:43,044,295-43,125,483 in GRCh38? I think that's the BRCA1 gene region.`],
  ["en", "neg-vcf:spec", `VCF 4.2 spec example row: 20 14370 rs6054257 G A 29 PASS NS=3;DP=14;AF=0.5 GT:GQ 0|0:48 — what does the GQ field mean?`],
  [
    "en",
    "neg-str:textbook",
    `Textbook table: the 13 original CODIS core loci are CSF1PO, FGA, TH01, TPOX, vWA, D3S1358, D5S818, D7S820, D8S1179, D13S317, D16S539, D18S51 and D21S11.`,
  ],
  ["en", "neg-str:explain", `How does CODIS matching work? Why are 20 STR loci enough to make a random match probability below one in a quadrillion?`],
  ["en", "neg-str:allele-freq", `Allele frequencies for TH01 in US Caucasians: 6 = 0.23, 7 = 0.17, 8 = 0.12, 9 = 0.15, 9.3 = 0.31.`],
  [
    "en",
    "neg-dog:dna",
    `Our dog Biscuit's Embark DNA test says 50% Labrador, 25% Poodle and he's a carrier for PRA-prcd. Is that bad for a pet that won't be bred?`,
  ],
  ["en", "neg-genetic:general", `What does being a BRCA1 carrier mean in general, and how much does it raise breast cancer risk?`],
  ["en", "neg-genetic:public", `Angelina Jolie wrote about her BRCA1 mutation and preventive mastectomy in the New York Times in 2013.`],
  ["en", "neg-genetic:general", `Is APOE4/4 deterministic for Alzheimer's or just a risk factor? Asking for an essay.`],
  ["en", "neg-paternity:explain", `How is the probability of paternity computed from the combined paternity index, and why do labs report 99.99%?`],
  ["en", "neg-paternity:price", `How much does a legal paternity test cost in Texas, and do they need a cheek swab from the mother too?`],
  [
    "en",
    "neg-genetic:fiction",
    `In the novel, Dr. Halvorsen finds that the clone's STR profile matches the original at all 20 loci. Is that scientifically plausible?`,
  ],
  [
    "en",
    "neg-enrolment:schema",
    `CREATE TABLE fp_templates (staff_id INT, full_name TEXT, finger CHAR(2), template BYTEA, enrolled_at TIMESTAMP); — should template be encrypted at rest?`,
  ],
  [
    "en",
    "neg-enrolment:stats",
    `E-gate statistics for November: 48,221 face verifications, 312 rejections, average match score 0.87, median processing time 9.4 s.`,
  ],
  ["en", "neg-enrolment:placeholder", `attendance.log format: <date> <time> DEV=<device> USER=<id> NAME="<name>" VERIFY=<FP|FACE> TPL=<base64>`],
  [
    "en",
    "neg-face:api-doc",
    `Rekognition IndexFaces response sample: {"FaceId": "11111111-2222-3333-4444-555555555555", "ExternalImageId": "<your-id>", "Confidence": 99.9}`,
  ],
  ["en", "neg-face:dataset", `LFW contains 13,233 images of 5,749 public figures; which face embedding model currently scores best on it?`],
  [
    "en",
    "neg-hash:checksum",
    `The file's md5 is 32c49a112bbbe3b354c61360703d9a13 and sha1 7c670084612d9b3b97520f434b5a2037fd43ee69 — do they match the mirror?`,
  ],
  ["en", "neg-vector:physics", `The velocity components of the drone at t=4s were [1.12, 0.87, 0.54, 1.31, 0.92, 0.66] m/s along the six test axes.`],
  // German
  [
    "de",
    "neg-fingerprint:explain",
    `Wie funktioniert ein Fingerabdrucksensor am Smartphone, und wird der Fingerabdruck als Bild oder als Template gespeichert?`,
  ],
  ["de", "neg-str:textbook", `Im Lehrbuch steht: die deutsche DNA-Analysedatei nutzt die Loci D3S1358, vWA, FGA, TH01, D21S11, D8S1179, D18S51 und SE33.`],
  ["de", "neg-genetic:general", `Was bedeutet es allgemein, BRCA2-Trägerin zu sein? Ich schreibe eine Hausarbeit über Brustkrebsrisiken.`],
  [
    "de",
    "neg-embedding:text",
    `Satz-Embedding für "Rückgabe innerhalb 30 Tagen": [0.0213, -0.1182, 0.3321, 0.0479, -0.2216, 0.0912] – wie speichere ich das in Elasticsearch?`,
  ],
  ["de", "neg-dog:dna", `Der DNA-Test unseres Hundes Bello zeigt MDR1 heterozygot – welche Medikamente darf er nicht bekommen?`],
  ["de", "neg-enrolment:stats", `Zeiterfassung: 312 Mitarbeitende nutzen den Fingerabdruck, 41 die Karte; die Fehlerquote liegt bei 0,8 %.`],
  ["de", "neg-paternity:explain", `Wie sicher ist ein Vaterschaftstest mit 99,99 % Wahrscheinlichkeit, und was kostet ein gerichtsfestes Gutachten?`],
  // French
  ["fr", "neg-fingerprint:explain", `Quelle est la différence entre une empreinte digitale stockée en image et un gabarit de minuties ?`],
  ["fr", "neg-str:textbook", `Le FNAEG utilise des marqueurs STR comme D8S1179, D21S11 et TH01 ; comment calcule-t-on la probabilité de coïncidence ?`],
  ["fr", "neg-genetic:general", `Que signifie être porteuse d'une mutation BRCA1, en termes de risque, de façon générale ?`],
  ["fr", "neg-embedding:product", `Vecteur d'embedding du produit "chaise en chêne" : [0.3381, -0.3869, -0.3692, 0.2199, 0.3519, -0.0693]`],
  ["fr", "neg-snp:paper", `Dans l'article, le SNP rs4988235 est associé à la persistance de la lactase chez 80 % des Européens du Nord.`],
  ["fr", "neg-voice:docs", `Comment fonctionne l'authentification par empreinte vocale dans les centres d'appel, et quel est le taux de faux rejets ?`],
  // Spanish
  ["es", "neg-fingerprint:explain", `¿Cómo se compara una huella dactilar con la base de datos AFIS? ¿Cuántas minucias se necesitan?`],
  ["es", "neg-str:textbook", `Los marcadores STR más usados en España son D3S1358, vWA, FGA y TH01; ¿por qué se eligieron esos?`],
  ["es", "neg-genetic:general", `¿Qué significa ser portadora de BRCA2 en general? Es para una clase de biología.`],
  ["es", "neg-embedding:text", `Embedding de la frase "envío gratis": [0.0531, 0.2209, -0.0886, -0.0961, 0.1271, 0.3350], ¿cómo calculo la similitud?`],
  ["es", "neg-dog:dna", `El test de ADN de mi perro Toby dice que es 40 % pastor alemán y portador de DM. ¿Es grave?`],
  ["es", "neg-paternity:price", `¿Cuánto cuesta una prueba de paternidad en Madrid y cuánto tardan los resultados?`],
  // Portuguese
  ["pt", "neg-fingerprint:explain", `Como funciona a biometria por digital nas urnas eletrônicas do TSE?`],
  ["pt", "neg-str:textbook", `Quais são os loci STR do CODIS e por que o D21S11 é tão polimórfico?`],
  ["pt", "neg-genetic:general", `O que significa ser portador de uma mutação BRCA1, de forma geral?`],
  ["pt", "neg-embedding:product", `Embedding do produto "tênis azul": [-0.0722, 0.1570, 0.2790, 0.1345, 0.0231, -0.3785]`],
  ["pt", "neg-enrolment:stats", `No último mês, 12.440 funcionários registraram ponto por reconhecimento facial, com 0,3 % de falhas.`],
  // Polish
  ["pl", "neg-fingerprint:explain", `Jak działa czytnik odcisków palców w laptopie i gdzie przechowywany jest szablon?`],
  ["pl", "neg-str:textbook", `W podręczniku: markery STR D3S1358, vWA i FGA są używane w polskiej bazie DNA. Dlaczego akurat te?`],
  ["pl", "neg-genetic:general", `Co oznacza ogólnie bycie nosicielką mutacji BRCA1? Piszę referat.`],
  ["pl", "neg-embedding:text", `Wektor osadzenia dla zdania "darmowa dostawa": [0.2754, 0.2056, -0.1840, 0.1062, -0.0669, 0.1359]`],
  ["pl", "neg-paternity:explain", `Ile kosztuje test na ojcostwo i czy wynik 99,99% jest uznawany przez sąd?`],
  // Hindi / Hinglish
  ["hi", "neg-fingerprint:explain", `Aadhaar fingerprint authentication kaise kaam karta hai, aur template kahan store hota hai?`],
  ["hi", "neg-str:textbook", `DNA fingerprinting me STR loci jaise D8S1179 aur TH01 kyun use hote hain? Class 12 ke liye samjhao.`],
  ["hi", "neg-genetic:general", `BRCA1 positive hone ka general matlab kya hota hai? Ek article likh raha hoon.`],
  ["hi", "neg-embedding:product", `Product "cotton kurta" ka embedding: [0.1693, -0.2942, 0.3387, 0.3828, 0.2983, 0.2653] — isko FAISS me kaise daalein?`],
  ["hi", "neg-dog:dna", `Hamare kutte Sheru ka DNA test aaya, 60% Labrador hai. Kya ye reliable hai?`],
  // Japanese
  ["ja", "neg-fingerprint:explain", `指紋認証のテンプレートは画像ではなく特徴点として保存されると聞きました。本当ですか？`],
  ["ja", "neg-str:textbook", `教科書によると、DNA鑑定では D8S1179、D21S11、TH01 などのSTR座位が使われます。なぜですか？`],
  ["ja", "neg-genetic:general", `BRCA2 陽性とは一般的に何を意味しますか？レポートを書いています。`],
  ["ja", "neg-embedding:text", `文「送料無料」の埋め込みベクトル：[0.3138, -0.1188, -0.2625, -0.3928, 0.1512, -0.2700]。類似度はどう計算しますか？`],
  ["ja", "neg-face:dataset", `顔認証の精度をLFWで評価すると99.8%でした。他のベンチマークはありますか？`],
  // Chinese
  ["zh", "neg-fingerprint:explain", `指纹识别的模板是怎么生成的？细节点有多少个？`],
  ["zh", "neg-str:textbook", `教材里说 CODIS 使用 D3S1358、vWA、FGA、TH01 等 STR 位点，为什么选这些？`],
  ["zh", "neg-genetic:general", `一般来说，BRCA1 突变携带者的乳腺癌风险有多高？`],
  ["zh", "neg-embedding:product", `商品“蓝色运动鞋”的向量：[-0.0541, -0.2072, -0.3685, -0.0670, 0.0246, -0.0467]，怎么存进向量数据库？`],
  ["zh", "neg-dog:dna", `我家狗狗豆豆做了DNA检测，说是50%柯基，靠谱吗？`],
];
