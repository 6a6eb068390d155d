/**
 * dev-44, more entries: discharge and SOAP notes, tables and pinpointed colleagues pasted from chats, Teams/Slack
 * threads in more languages, biometric enrolments; hard negatives in the same media.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const MORE: MarkedEntry[] = [
  [
    "en",
    "health:teams",
    "Teams thread — Finance\nMaya Chen (08:51): my colleague Priya in accounts is off again, she's having ⟦health|IVF⟧ and the ⟦health|egg retrieval⟧ is Thursday\nMaya Chen (08:52): don't mention it to her pls\nHow do I ask the manager for cover without saying why?",
  ],
  [
    "en",
    "health:discharge",
    "Forwarded from the family WhatsApp:\nDISCHARGE SUMMARY\nPatient: Harold Bexley  DOB on file\nDiagnosis: ⟦health|left lower lobe pneumonia⟧; ⟦health|COPD exacerbation⟧\nMeds on discharge: ⟦health|prednisolone 30 mg⟧ 5 days, ⟦health|doxycycline⟧\nwhat does all this mean for Dad?",
  ],
  [
    "en",
    "bio:whatsapp",
    "[02/12/2026, 16:40:05] Ravi Menon: gym app exported this for Chloe Baxter, is it safe to send?\nmember=Chloe Baxter palm_vein_template=⟦biometric|PVT01-8e2b5c9d4a7f31e06b8c2d1f⟧ enrolled=2026-11-30",
  ],
  [
    "de",
    "health:soap",
    "aus dem Praxis-Chat kopiert:\nS: Frau Gisela Hahn, 71, seit 2 Tagen Schwindel\nO: RR 180/100, Fokalneurologie neg.\nA: ⟦health|hypertensive Entgleisung⟧\nP: ⟦health|Amlodipin 5 mg⟧, Kontrolle morgen\nbitte für die Tochter verständlich erklären",
  ],
  [
    "fr",
    "health:discharge",
    "Compte rendu de sortie transféré par SMS\nPatiente : Mme Odile Perrin\nDiagnostic : ⟦health|embolie pulmonaire⟧\nTraitement de sortie : ⟦health|apixaban 5 mg⟧ matin et soir\nExplique-moi ça simplement",
  ],
  [
    "ru",
    "health:chat-table",
    "Таблица из рабочего чата:\nФИО | Диагноз | Больничный до\nСоколов Дмитрий | ⟦health|перелом лучевой кости⟧ | 20.12\nЕгорова Мария | ⟦health|ковид⟧ | 12.12\nПосчитай, кто вернётся раньше",
  ],
  [
    "ar",
    "health:voice",
    "تفريغ رسالة صوتية: «يعني، آآ، يوسف المطيري، إيه، طلع عنده ⟦health|السكري من النوع الثاني⟧، وبيبدأ ⟦health|الميتفورمين⟧ بكرة» صغها كرسالة للفريق",
  ],
  [
    "zh",
    "health:chat-table",
    "群里发的表格：\n姓名\t诊断\t用药\n黄磊\t⟦health|哮喘⟧\t⟦health|沙丁胺醇⟧\n吴敏\t⟦health|癫痫⟧\t⟦health|丙戊酸钠⟧\n夏令营名单，帮我排版",
  ],
  ["ja", "bio:slack", "伊藤 12:04\n木村真理子さんの静脈認証テンプレートが登録できません\nvein_template=⟦biometric|VT-52c9e1a07d3f4b88⟧\n原因わかりますか？"],
  [
    "ko",
    "health:email",
    "팀장님께,\n\n2026년 12월 2일 (화) 오전 9:10, 한지민 님이 작성:\n> 오세훈 대리가 ⟦health|공황장애⟧ 진단을 받아 ⟦health|약물 치료⟧ 중입니다. 출장은 어렵습니다.\n\n인사팀 드림\n정중하게 답장 써줘",
  ],
  [
    "tr",
    "bio:email",
    "Konu: Ynt: yüz tanıma kaydı\n\nMerhaba,\nSelin Aydın'ın yüz şablonu ⟦biometric|FTR-a93c71e2d4b05f86⟧ olarak yeniden kaydedildi.\n\nBilgi İşlem\nNeden turnike hâlâ tanımıyor?",
  ],
  [
    "en",
    "neg-health:discharge",
    "Discharge summary template (blank)\nPatient: ________  DOB: ________\nDiagnosis: ________\nMeds on discharge: ________\nFollow-up: ________\nTurn this into a Word table",
  ],
  [
    "en",
    "neg-health:teams",
    "Teams thread — Wellbeing\nMaya Chen (08:51): reminder that our EAP covers up to six free counselling sessions for anxiety or depression, no manager approval needed\nRewrite for the intranet",
  ],
  [
    "en",
    "neg-bio:whatsapp",
    "[02/12/2026,16:45:11] Ravi Menon: does anyone know if palm vein scanners are more accurate than fingerprint ones? thinking of buying one for the gym",
  ],
  [
    "en",
    "neg-health:soap",
    "Teaching example from the course chat:\nS: 58-year-old woman, 3 days of productive cough\nO: T 38.4, SpO2 93%, crackles right base\nA: community-acquired pneumonia, CURB-65 = 1\nP: amoxicillin 500 mg TDS\nIs the plan right?",
  ],
  [
    "de",
    "neg-health:email",
    "Sehr geehrte Damen und Herren,\n\nAm 01.12.2026 schrieb Praxis Dr. Lang:\n> Die Grippeimpfung ist ab sofort ohne Termin möglich.\n\nMit freundlichen Grüßen\nFormuliere eine Antwort mit der Frage nach den Zeiten",
  ],
  ["fr", "neg-health:fiction", "Message de Léa, 21:05 : dans le roman, Emma Bovary s'empoisonne à l'arsenic, tu te souviens du chapitre ?\nRéponds-lui"],
  ["ru", "neg-health:news", "Пересланное сообщение: по данным ВОЗ, заболеваемость корью в Европе в 2024 году выросла в 10 раз. Перескажи."],
  ["ar", "neg-bio:docs", "دليل الجهاز: تُخزَّن قوالب بصمات الوجه مشفّرة على الجهاز فقط ولا تُرسل إلى الخادم. هل هذا آمن؟"],
  ["zh", "neg-health:chat-table", "群里发的表格模板：\n姓名\t诊断\t用药\n（请家长填写）\n帮我改成在线问卷"],
  ["ja", "neg-health:slack", "伊藤 12:10\n健康診断の予約は来週までに各自お願いします。結果は本人にのみ通知されます。"],
  ["ko", "neg-health:email", "전 직원께,\n독감 예방접종은 12월 10일까지 사내 의무실에서 가능합니다.\n인사팀 드림\n요약해줘"],
  ["tr", "neg-health:news", "İletilen haber: Sağlık Bakanlığı grip aşısı kampanyasını 65 yaş üstü için başlattı. Özetle."],
];
