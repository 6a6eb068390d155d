/**
 * Development set 45, more languages in the same forms: Arabic, Swedish, Turkish, Russian, Hindi and Hinglish, Chinese,
 * Korean — dictated numbers, PDF statements, photographed cards and documents, with a hard negative for each.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { group, iban, luhn } from "./forms.js";

const TR = iban("TR", "0001200940281574069312");
const SE = iban("SE", "80000832790004176585");
const UNION = luhn("622848012345678");

export const MORE: MarkedEntry[] = [
  [
    "ar",
    "phone:dictation:words",
    'فرّغ هذه الرسالة الصوتية: "أنا سلمى الحداد، رقم جوالي ⟦phone|صفر خمسة، خمسة أربعة، ثلاثة ثمانية سبعة، اثنان تسعة واحد ستة⟧، اتصل بي بعد المغرب"',
  ],
  ["ar", "neg-phone:dictation:words", 'تفريغ إعلان إذاعي: "اتصلوا بخدمة العملاء على تسعة اثنان صفر صفر، صفر صفر، واحد اثنان ثلاثة" هل هذا رقم موحد؟'],
  [
    "sv",
    "iban:pdf:statement",
    `Kopierat från kontoutdraget (PDF) för Elin Lindqvist, kolumnerna hamnade ihop:\nKontohavare Elin LindqvistIBAN⟦iban|${group(SE, " ")}⟧Saldo 18 412,55 kr\nGör om det till en tabell.`,
  ],
  ["sv", "neg-iban:pdf:statement", "Från föreningens faktura-PDF: Bankgiro 5050-1055, Swish 123 900 1234 (Röda Korset). Kan jag betala med Swish?"],
  [
    "tr",
    "iban:pdf:statement",
    `Mehmet Aydın'ın hesap dökümünden (PDF) kopyaladım, IBAN iki satıra bölündü:\nHesap sahibi MEHMET AYDIN\nIBAN ⟦iban|${group(TR, " ").slice(0, 17)}\nSayfa 1/2\n${group(TR, " ").slice(17)}⟧\nBirleştirir misin?`,
  ],
  [
    "tr",
    "neg-iban:pdf:statement",
    "Vergi dairesinin broşüründeki örnek: 'IBAN: TR00 0000 0000 0000 0000 0000 00 (örnektir)'. Benim IBAN'ım kaç haneli olmalı?",
  ],
  [
    "ru",
    "passport:ocr:printed",
    "Распознанный текст со скана паспорта моей мамы, Галины Петровны Морозовой:\nПАСПОРТ ГРАЖДАНИНА РОССИЙСКОЙ ФЕДЕРАЦИИ\nсерия ⟦passport|45 O9 3l8274⟧\nВыдан ОВД района Хамовники 12.O3.2OO9\nИсправь ошибки распознавания.",
  ],
  [
    "ru",
    "neg-passport:ocr:printed",
    "На образце паспорта с сайта МВД стоит серия 00 00 000000 и ФИО ИВАНОВ ИВАН ИВАНОВИЧ. Как правильно заполнять серию в анкете?",
  ],
  ["hi", "phone:dictation:words", 'वॉइस नोट से लिखा: "सुनीता शर्मा का नंबर है ⟦phone|नौ आठ एक दो, तीन चार पाँच, छह सात आठ⟧" इसे कॉन्टैक्ट में सेव करने लायक बना दो'],
  ["hi", "neg-phone:dictation:words", 'रेडियो विज्ञापन लिखा: "टोल फ्री नंबर एक आठ सौ, एक दो तीन, चार पाँच छह सात पर कॉल करें" क्या ये असली हेल्पलाइन है?'],
  [
    "hi-en",
    "credentials:dictation:words",
    "voice note transcribe kiya: 'Rahul bhai ka UPI PIN hai ⟦credentials|chaar do saat nau⟧, unke liye recharge kar dena' — isko proper message bana do",
  ],
  [
    "hi-en",
    "neg-credentials:dictation:words",
    "bank ki IVR recording: 'apna UPI PIN kisi ke saath share na karein, PIN chaar ya chhe digit ka hota hai' — iska summary do",
  ],
  [
    "zh",
    "payment_card:photo:card",
    `拍了我爸的银行卡，识别出来是：\n中国银联 UnionPay\n⟦payment_card|${group(UNION, " ").replace(/8/, "B")}⟧\n有效期 08/29\nZHANG JIANGUO\n帮我填到缴费页面`,
  ],
  ["zh", "neg-payment_card:photo:card", "银行官网的样卡图片上写着 6222 0000 0000 0000，持卡人 ZHANG SAN。这是测试卡号吗？"],
  [
    "ko",
    "financial:pdf:payslip",
    "급여명세서 PDF에서 복사했더니 칸이 붙어 버렸어요.\n성명 이하은 지급총액⟦financial|4,380,000⟧공제총액712,450실지급액⟦financial|3,667,550⟧\n표로 정리해 줘",
  ],
  ["ko", "neg-financial:pdf:payslip", "취업규칙 PDF 발췌: 신입사원 기본급 월 2,500,000원, 식대 200,000원 비과세. 이게 세전 금액인가요?"],
];
