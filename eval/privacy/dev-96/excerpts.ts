/**
 * dev-96 source excerpts: short doctor–patient dialogue snippets and visit-note sections from ACI-BENCH
 * (wyim/aci-bench, `data/challenge_data_json/valid.json`, commit 5d3cd4d8a25b4ebb5b2b87c3923a7b2b7150e33d, encounters
 * D2N068–D2N074; licence CC BY 4.0, © Wen-wai Yim, Yujuan Fu, Asma Ben Abacha, Neal Snider, Thomas Lin, Meliha
 * Yetisgen — "ACI-BENCH: a Novel Ambient Clinical Intelligence Dataset for Benchmarking Automatic Visit Note
 * Generation", Scientific Data 10, 586 (2023)). Text data only, shortened (turns left out, never reworded inside a
 * turn except where a name was); the dataset's own patient names are replaced by the placeholders below, which the
 * generator fills with seeded invented names (positives) or with unnamed references (negatives).
 *
 * Placeholders: `{A}` an address in a greeting (", brian" / "" — written right after "hi"), `{P}` the patient as a
 * subject in a dialogue ("brian" / "the patient"), `{N}` the patient at the start of a note sentence ("Mr. Brian
 * White" / "The patient"), `{D}` the doctor's surname. Health evidence is marked ⟦health|…⟧ (stripped in negatives).
 * `bullets` (abbreviated notes) and `textbook` (a medical-education paraphrase) are this set's own writing about the
 * same content; `publicFigure` names a public figure who has spoken publicly about the same condition.
 */

export interface Excerpt {
  /** ACI-BENCH encounter id */
  id: string;
  /** short topic used in `kind` */
  topic: string;
  gender: "m" | "f";
  age: number;
  dialogue: string;
  note: string;
  bullets: string;
  textbook: string;
  publicFigure?: string;
}

export const EXCERPTS: Excerpt[] = [
  {
    id: "D2N068",
    topic: "chf",
    gender: "m",
    age: 58,
    dialogue: `[doctor] hi{A} . how are you ?
[patient] hi , good to see you .
[doctor] so , {P} is a 58 year old male with a past medical history significant for ⟦health|congestive heart failure⟧ and ⟦health|hypertension⟧ , who presents today for follow-up of his chronic problems .
[patient] i just feel out of sorts lately . i'm just so tired and fatigued , and i feel lightheaded every once in a while .
[doctor] okay . and , are you taking your , your medications ?
[patient] uh , yes , i am .
[doctor] so , for your first problem , your congestive heart failure , i think you're retaining fluid , and i wan na go ahead and increase your ⟦health|lasix to 80 mg⟧ once a day .`,
    note: `HISTORY OF PRESENT ILLNESS
{N} is a 58-year-old male with a past medical history significant for ⟦health|congestive heart failure⟧ and hypertension, who presents today for follow-up of his chronic problems. He reports fatigue and lightheadedness. While exerting energy, he has experienced some shortness of breath and chest cramps.

ASSESSMENT AND PLAN
Congestive heart failure.
• Medical Reasoning: His recent echocardiogram demonstrated a ⟦health|reduced ejection fraction of 45%⟧, as well as mitral regurgitation.
• Medical Treatment: Increase Lasix to 80 mg daily.`,
    bullets: `58M, f/u chronic problems
PMH: ⟦health|CHF⟧, ⟦health|HTN⟧
c/o fatigue, lightheaded, SOB on exertion x5 wks
Echo: EF 45%, mild MR
Plan: ↑ Lasix 80 mg qd, daily weights, repeat echo; cont lisinopril 20 mg`,
    textbook: `In congestive heart failure, fluid retention often shows up as fatigue, exertional shortness of breath, jugular venous distention, basal crackles and pitting oedema; a loop diuretic such as furosemide (Lasix) is commonly increased, with daily weights and a repeat echocardiogram.`,
  },
  {
    id: "D2N069",
    topic: "afib-knee",
    gender: "f",
    age: 43,
    dialogue: `[doctor] hi{A} . i'm dr. {D} . how are you ?
[patient] i'm doing okay except for my knee .
[doctor] all right , {P} is a 43 year old female here for right knee pain . so tell me what happened with your knee ?
[patient] well , i was , um , trying to change a light bulb , and i was up on a ladder and i kinda had a little bit of a stumble .
[doctor] okay , let's review your past history for a second . do you have any other past medical history ?
[patient] uh , ⟦health|afib⟧ .
[doctor] okay , and are you taking any medications for that ?
[patient] yeah , i am . um , begins with a d.
[doctor] uh , ⟦health|digoxin⟧ ?
[patient] that's it . yeah , that's it .`,
    note: `CC: Right knee pain.

HPI: {N} is a 43-year-old female who presents today for an evaluation of right knee pain. She states she was trying to change a lightbulb on a ladder, and she twisted her knee when she stumbled.

CURRENT MEDICATIONS: Ibuprofen, ⟦health|digoxin⟧.
PAST MEDICAL HISTORY: ⟦health|Atrial fibrillation⟧.
PAST SURGICAL HISTORY: Rhinoplasty.
IMPRESSION: Right knee ⟦health|acute medial meniscus sprain⟧.`,
    bullets: `43F, R knee pain after fall from ladder yesterday
PMH: ⟦health|AFib⟧ on ⟦health|digoxin⟧; PSH rhinoplasty
Exam: medial joint line tenderness, pain w/ valgus stress
XR: no fx, mild effusion
A/P: ⟦health|acute medial meniscus sprain⟧ – brace, crutches, Motrin 800 q6h, f/u 1 wk, MRI if not better`,
    textbook: `A medial meniscus sprain typically follows a twisting injury of the knee: tenderness over the medial joint line and pain with valgus stress, no fracture on X-ray, treated with a brace, crutches and an NSAID, with an MRI if symptoms persist. Patients with atrial fibrillation may be taking digoxin.`,
  },
  {
    id: "D2N070",
    topic: "t2dm",
    gender: "m",
    age: 58,
    dialogue: `[doctor] hi{A} . how are you ?
[patient] hey , good to see you .
[doctor] so {P} is a 58 year old male , with a past medical history significant for ⟦health|diabetes type 2⟧ , hypertension , osteoarthritis , who presents today with some back pain .
[doctor] um ... so let's talk a little bit about your diabetes . how are you doing with that ? i know that- you know , i remember you have a sweet tooth .
[patient] yeah ... i-i love peanut butter cups .
[doctor] okay , so ... in reviewing the results of your diabetes labs , your ⟦health|hemoglobin a1c is a little elevated at eight⟧ .
[doctor] i want to increase the ⟦health|metformin to 1000 mg⟧ twice a day .`,
    note: `ASSESSMENT AND PLAN
{N} is a 58-year-old male with a past medical history significant for ⟦health|diabetes type 2⟧, hypertension, and osteoarthritis, who presents today with low back pain.

Diabetes type 2.
• Medical Reasoning: His recent ⟦health|hemoglobin A1c was elevated at 8⟧. He does admit to some dietary indiscretion lately.
• Medical Treatment: Increase metformin to 1000 mg twice a day.`,
    bullets: `58M, LBP after lifting boxes Sat
PMH: ⟦health|T2DM⟧, ⟦health|HTN⟧, OA knee
HbA1c 8.0 (up) – ↑ metformin 1000 mg BID, repeat A1c 6 mo
BP elevated – ↑ lisinopril 10 → 20 mg
Back: lumbar strain – meloxicam 15 mg, PT referral`,
    textbook: `Type 2 diabetes is usually monitored with haemoglobin A1c; a value around 8% suggests suboptimal control, and a common next step is to raise metformin towards 1000 mg twice daily and repeat the A1c in three to six months.`,
    publicFigure: "Tom Hanks, who has spoken publicly about his type 2 diabetes",
  },
  {
    id: "D2N071",
    topic: "depression",
    gender: "m",
    age: 62,
    dialogue: `[doctor] so {P} is a 62-year-old male with a past medical history significant for ⟦health|depression⟧ and ⟦health|prior lobectomy⟧ as well as hypertension , who presents for his annual exam . so{A} , it's been a while since i saw you . how are you doing ?
[patient] um , relatively speaking , okay .
[doctor] let's talk a little bit about your depression . how are you doing with that ? i know that we had put you on the ⟦health|prozac⟧ last year .
[patient] yeah , i've been staying on top of the meds , and i have n't had any incidents in a while .`,
    note: `HISTORY OF PRESENT ILLNESS
{N} is a 62-year-old male with a past medical history significant for ⟦health|depression⟧, prior lobectomy, and hypertension, who presents for his annual exam.

ASSESSMENT AND PLAN
Depression.
• Medical Reasoning: He is doing well with his current regimen.
• Medical Treatment: Continue ⟦health|Prozac 20 mg⟧ a day.`,
    bullets: `62M annual exam
PMH: ⟦health|depression⟧ on ⟦health|fluoxetine⟧ 20 mg, s/p lobectomy, HTN on Norvasc
ROS: nasal congestion (pollen), SOB/chest pounding w/ humid runs
BP 120/80, EKG nl, CXR nl
Plan: cont Prozac 20 mg, cont Norvasc`,
    textbook: `Depression in primary care is often managed with an SSRI such as fluoxetine (Prozac) 20 mg a day, reviewed at each annual exam; stable mood and adherence support continuing the same dose.`,
    publicFigure: "Dwayne Johnson, who has talked openly in interviews about his depression",
  },
  {
    id: "D2N073",
    topic: "anemia",
    gender: "f",
    age: 65,
    dialogue: `[doctor] today i'm seeing {P} . uh , she is a new patient who was referred for a long-standing ⟦health|iron deficiency anemia⟧ .
[doctor] hello{A} , how are you ?
[patient] i'm good , thank you .
[patient] recently i tried to donate blood , around december i think , and they told me i was anemic , which is something i've been dealing with for a while .
[patient] i do n't know if this is related but my ⟦health|anxiety and depression⟧ feel like it has been getting worse lately .
[doctor] right . do you have a history of heavy periods ?
[patient] well i did have heavy periods until i had a ⟦health|hysterectomy⟧ in 1996 .`,
    note: `ASSESSMENT
• ⟦health|Iron deficiency anemia⟧

{N} is a 65-year-old female who was diagnosed with iron deficiency anemia in 12/2019 and was unable to donate blood. Her follow-up blood work in 01/2020 revealed a ⟦health|low hemoglobin⟧, stable hematocrit, and normal iron labs, although, ferritin was low. She has been taking ferrous sulfate 325 mg by mouth.

PLAN
We will plan for EGD and colonoscopy to assess for potential sources of anemia or GI bleed.`,
    bullets: `65F new pt, referred for ⟦health|IDA⟧
Anemic since age 13; hysterectomy 1996; colonoscopy 5–6 y ago nl
Sx: fatigue, DOE, wheeze, HA, ↑ ⟦health|anxiety/depression⟧
Meds: ferrous sulfate 325 mg BID, B12 OTC
Plan: EGD + colonoscopy, capsule if neg; heme referral; Fe w/ OJ x12 wk, recheck CBC/ferritin`,
    textbook: `Iron deficiency anaemia in a woman after hysterectomy calls for a search for gastrointestinal blood loss: upper endoscopy and colonoscopy, then capsule endoscopy if both are normal, oral ferrous sulfate taken with vitamin C, and a haematology referral.`,
  },
  {
    id: "D2N074",
    topic: "pituitary",
    gender: "m",
    age: 52,
    dialogue: `[doctor] this is {P} , a 52-year-old male with newly diagnosed ⟦health|pituitary lesion⟧ .
[doctor] hello{A} . nice to meet you . i'm dr. {D} .
[patient] hi , doc . nice to meet you .
[doctor] i was just reviewing your records and you've been referred because the workup for headaches revealed a ⟦health|mass on your pituitary gland⟧ .
[patient] yeah sure . so i'm really getting fed up with these headaches .
[doctor] visual field testing reveals ⟦health|bitemporal hemianopia⟧ .`,
    note: `HISTORY OF PRESENT ILLNESS
{N} is a 52-year-old male with a newly diagnosed ⟦health|pituitary lesion⟧, seen in consultation for possible surgical intervention. He presented to his primary care provider complaining of worsening headaches over the past few months.

IMPRESSION
MRI of the brain with contrast reveals a pituitary lesion with elevation and compression of the optic chiasm. Examination reveals ⟦health|bitemporal hemianopia⟧.

PLAN
Transsphenoidal resection; ophthalmology referral for formal visual field testing before surgery.`,
    bullets: `52M neurosurg consult
New ⟦health|pituitary adenoma⟧ w/ chiasmal compression on MRI
HA x3 mo, worse AM, 6/10; bumping into door frames
Exam: ⟦health|bitemporal hemianopia⟧; low TSH
Plan: transsphenoidal resection, ophtho VF testing pre-op`,
    textbook: `A pituitary macroadenoma pressing on the optic chiasm classically causes bitemporal hemianopia — patients bump into door frames without noticing the field loss — and is usually treated by transsphenoidal resection after formal visual field testing.`,
  },
  {
    id: "D2N072",
    topic: "finger",
    gender: "f",
    age: 48,
    dialogue: `[doctor] hi{A} , how are you doing today ?
[patient] i hurt my finger skiing on sunday .
[doctor] so {P} is a 48 year old female here for right finger pain .
[doctor] okay . and do you have any other medical problems ?
[patient] i have ⟦health|chronic constipation⟧ .
[doctor] and what do you take for that ?
[patient] ⟦health|miralax⟧ .
[doctor] and any surgeries in the past ?
[patient] i had my ⟦health|appendix out⟧ .`,
    note: `CC: Right finger pain.

HPI: {N} is a 48-year-old female who presents today for an evaluation of right finger pain. She states she was skiing on Sunday and hyperextended her finger when it became caught in a strap on a jump.

CURRENT MEDICATIONS: ⟦health|MiraLax⟧
PAST MEDICAL HISTORY: ⟦health|Constipation⟧.
PAST SURGICAL HISTORY: Appendectomy.
IMPRESSION: Right hand index finger contusion at the tip of the finger.`,
    bullets: `48F, R index finger pain after skiing Sun (hyperextension in strap)
PMH: ⟦health|chronic constipation⟧ on ⟦health|MiraLax⟧; PSH appendectomy
XR R hand: no fx
A/P: distal phalanx contusion – splint, Motrin 600 q6h x1 wk`,
    textbook: `A hyperextension injury of a fingertip with tenderness over the distal phalanx and a normal X-ray is treated as a contusion: a splint and an NSAID such as ibuprofen 600 mg every six hours for about a week.`,
  },
  {
    id: "D2N070b",
    topic: "back",
    gender: "m",
    age: 58,
    dialogue: `[doctor] so{A} , what happened to your back ?
[patient] uh , we were helping my daughter with some heavy equipment and lifted some boxes a little too quickly .
[patient] i thought i heard a pop when i moved and i had to lie down for about an hour .
[doctor] and how about your ⟦health|high blood pressure⟧ ? are you monitoring your blood pressure readings at home , like i recommended ?
[patient] i'm good about it during the week , but on the weekends when i'm out of the house i tend to forget .
[doctor] so for your first problem , your back pain . you know , i think you have a ⟦health|lumbar strain⟧ from the lifting . so , let's go ahead . we can prescribe you some ⟦health|meloxicam 15 mg⟧ once a day .`,
    note: `HISTORY OF PRESENT ILLNESS
{N} reports that he was helping his daughter move some heavy equipment and lifted some heavy boxes a little too quickly on Saturday. The pain is located in his lower back. He took Tylenol, ibuprofen, and used Icy Hot on the area, but it did not seem to help.

ASSESSMENT AND PLAN
⟦health|Lumbar strain⟧.
• Medical Treatment: Initiate ⟦health|meloxicam 15 mg⟧ once a day.
• Specialist Referrals: Referral to physical therapy.`,
    bullets: `58M, LBP since Sat after lifting boxes, heard pop
Tylenol/ibuprofen/Icy Hot – no relief; R toe tingling resolved Sun
Exam: lumbar TTP, pain w/ flex/ext, SLR neg; XR nl
A/P: ⟦health|lumbar strain⟧ – ⟦health|meloxicam⟧ 15 mg qd, ice, PT; ⟦health|HTN⟧ – ↑ lisinopril 20 mg`,
    textbook: `Acute low back pain after lifting, with a negative straight-leg raise and a normal X-ray, is most often a lumbar strain: an NSAID such as meloxicam 15 mg once daily, ice, avoiding strenuous activity and physical therapy.`,
  },
  {
    id: "D2N071b",
    topic: "htn",
    gender: "m",
    age: 62,
    dialogue: `[patient] still kind of working with my ⟦health|hypertension⟧ . that's been a little bit more of a struggle than anything .
[doctor] okay . yeah , i see that we have you on the ⟦health|norvasc⟧ . so{A} , are you taking it at home ?
[patient] i'm pretty regular with the medications during the business week , but on the weekends , sometimes i forget .
[doctor] and then i know that you've had that ⟦health|prior lobectomy⟧ a couple years ago . any issues with shortness of breath ?
[patient] other than during the heat and the pollen , it's been pretty good .
[doctor] so here in the office today , your blood pressure looks quite well , at 120 over 80 . so continue on the current medication .`,
    note: `HISTORY OF PRESENT ILLNESS
{N} has been struggling with his ⟦health|hypertension⟧. He is compliant with his Norvasc during the week but sometimes forgets it on weekends. He had a ⟦health|lobectomy⟧ a couple of years ago and reports shortness of breath with exertion in hot, humid weather.

ASSESSMENT AND PLAN
Hypertension.
• Medical Treatment: Continue ⟦health|Norvasc⟧ at the current dose.`,
    bullets: `62M annual
⟦health|HTN⟧ on ⟦health|amlodipine⟧ (Norvasc) – misses wknd doses; BP today 120/80
s/p ⟦health|lobectomy⟧; SOB w/ exertion in humidity
Plan: cont Norvasc, home BP log`,
    textbook: `Hypertension treated with amlodipine (Norvasc) is often well controlled in the office even when weekend doses are missed; home blood-pressure logs help judge adherence.`,
  },
  {
    id: "D2N073b",
    topic: "endoscopy",
    gender: "f",
    age: 65,
    dialogue: `[doctor] so your physical exam is normal without any significant findings . all right{A} , often when we initially see ⟦health|anemia⟧ and your host of symptoms , we suspect ⟦health|internal bleeding⟧ .
[patient] is that why they want me to have another upper endoscopy ?
[doctor] actually it would be an upper endoscopy and a colonoscopy , but yes , likely that's the reason why .
[patient] lovely .
[doctor] the second thing we can do is have you see a hematologist . they will tell us if you need any ⟦health|intravenous iron⟧ .
[doctor] all right . this is {P} , pleasant 65 year old female .`,
    note: `PLAN
{N} will continue each ⟦health|ferrous sulfate⟧ dose with vitamin C found in orange juice for the next 12 weeks, then recheck CBC, iron, ferritin, B-12, and folate. A referral was sent for her to see a hematologist. We will plan for EGD and colonoscopy to assess for potential sources of ⟦health|anemia or GI bleed⟧.

INSTRUCTIONS
Schedule upper endoscopy, colonoscopy and appointment with hematologist.`,
    bullets: `65F ⟦health|IDA⟧ f/u
Plan: EGD + colonoscopy (r/o ⟦health|GI bleed⟧), capsule if neg
Cont FeSO4 w/ OJ x12 wk → recheck CBC, Fe, ferritin, B12, folate
Heme referral (IV iron?)`,
    textbook: `When anaemia has no obvious cause, internal bleeding is suspected first: an upper endoscopy and a colonoscopy look for a gastrointestinal source, and a haematologist decides whether intravenous iron is needed.`,
  },
  {
    id: "D2N074b",
    topic: "vision",
    gender: "m",
    age: 52,
    dialogue: `[patient] but , um , for some reason recently i seem to be bumping into door frames .
[doctor] okay . have you noticed any change in your vision or with your balance ?
[patient] no i do n't think so .
[doctor] all right{A} . this appears to be a ⟦health|benign pituitary adenoma⟧ , but there's no way to be sure without sending it to pathology .
[doctor] because you're having this ⟦health|vision loss from the mass⟧ compressing the optic chiasm , the only option we have is to do surgery .
[patient] okay , i understand . do you think i'll regain my vision ?
[doctor] i'm gon na refer {P} to the eye doctor for a full exam .`,
    note: `ASSESSMENT AND PLAN
{N} has a ⟦health|pituitary adenoma⟧ compressing the optic chiasm with ⟦health|bitemporal hemianopia⟧. We discussed transsphenoidal resection; the tissue will be sent to pathology. He was referred to ophthalmology for a full exam and visual field mapping before surgery.`,
    bullets: `52M ⟦health|pituitary adenoma⟧ → chiasm compression
⟦health|Bitemporal hemianopia⟧ (bumping into door frames)
Plan: transsphenoidal resection + path; ophtho VF pre/post-op`,
    textbook: `Bitemporal hemianopia from chiasmal compression may go unnoticed by the patient; surgery is offered to relieve the compression, and vision may or may not recover afterwards.`,
  },
  {
    id: "D2N069b",
    topic: "meniscus",
    gender: "f",
    age: 43,
    dialogue: `[doctor] so on exam you do have some tenderness over the medial portion of your knee over the medial meniscus area .
[doctor] so in summary after my exam{A} , i think you have probably an ⟦health|acute medial meniscus sprain⟧ right now .
[doctor] my recommendation would be to put you in a knee brace , and we'll go ahead and have you use some crutches temporarily .
[patient] okay .
[doctor] i'm going to recommend we give you some ⟦health|motrin , 800 milligrams⟧ . and since {P} is on ⟦health|digoxin⟧ for the afib , we'll keep an eye on that .`,
    note: `PLAN
At this point, I discussed the diagnosis and treatment options with {N}. I have recommended a knee brace for the ⟦health|medial meniscus sprain⟧. She will take ⟦health|Motrin 800 mg⟧ every 6 hours with food, for two weeks. She will use crutches for the next couple of days. If she is not better at that time, we will obtain an MRI.`,
    bullets: `43F ⟦health|R medial meniscus sprain⟧
Brace, crutches x2–3 d, ⟦health|Motrin 800 mg⟧ q6h w/ food x2 wk
f/u 1 wk → MRI if no better; on digoxin for AF`,
    textbook: `An acute medial meniscus sprain is first managed conservatively — a knee brace, crutches for a few days and ibuprofen 800 mg with food — with an MRI only if the knee is not better after a week.`,
    publicFigure: "Tiger Woods, whose knee surgeries were widely reported",
  },
];
