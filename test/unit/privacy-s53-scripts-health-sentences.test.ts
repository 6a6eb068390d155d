import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 53 (dev-92): a named person's health in sentences, in the everyday words of Chinese, Korean, Hindi, Arabic,
 * Thai, Russian, Ukrainian, Turkish, Vietnamese, Indonesian, Hebrew, Greek and Swedish, and the new person cues (a
 * Chinese given name after a relation word, a Hindi given name and surname, a Thai name before "my sister", a Greek
 * given name and surname, Vietnamese "bé"). Wordings other than dev-92's; every person is invented.
 */

const health = (text: string) => found(text).filter((value) => value.startsWith("health:"));

describe("named people: the health word is found", () => {
  it.each([
    ["同事陈思雨的空腹血糖偏高，下周要复查。", "health:空腹血糖"],
    ["我堂姐晓燕做了白内障手术，这周不能开车。", "health:白内障手术"],
    ["같은 팀 박민지 씨가 녹내장 진단을 받았대요.", "health:녹내장"],
    ["सुनीता वर्मा की मोतियाबिंद की सर्जरी अगले हफ़्ते है।", "health:मोतियाबिंद की सर्जरी"],
    ["زميلتي نورة تأخذ الوارفارين منذ سنة.", "health:الوارفارين"],
    ["มาลี พี่สาวของฉัน เป็นต้อหิน ต้องหยอดตาทุกวัน", "health:ต้อหิน"],
    ["Моя коллега Ирина Соколова лечит глаукому уже год.", "health:глаукому"],
    ["Моя колега Наталія Шевчук має глаукому.", "health:глаукому"],
    ["İş arkadaşım Zeynep Öztürk kürtaj oldu, bu hafta izinli.", "health:kürtaj"],
    ["Chị Mai cùng phòng bị suy thận, phải chạy thận hằng tuần.", "health:suy thận"],
    ["Rekan kerja saya Rina Wulandari sedang cuci darah dua kali seminggu.", "health:cuci darah"],
    ["אחותי דנה לוי עברה ניתוח קיסרי בשבוע שעבר.", "health:ניתוח קיסרי"],
    ["Ο Νίκος Αλεξίου έχει νεφρική ανεπάρκεια και κάνει αιμοκάθαρση.", "health:νεφρική ανεπάρκεια"],
    ["Min kollega Erik Lund har fått missfall, hon är hemma i veckan.", "health:missfall"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("nobody named: the same words report nothing", () => {
  it.each([
    "我妈妈最近做了白内障手术，术后要注意什么？",
    "空腹血糖多少算正常？",
    "녹내장은 어떻게 치료하나요?",
    "मेरी माँ मधुमेह की दवा लेती हैं।",
    "मेरी माँ मेटफॉर्मिन लेती हैं, क्या यह सुरक्षित है?",
    "ما هي الجرعة المعتادة من الوارفارين؟",
    "วันนี้ แม่ของฉัน เป็นต้อหิน ต้องดูแลยังไง",
    "Как лечат глаукому у пожилых?",
    "Kürtaj sonrası iyileşme ne kadar sürer?",
    "Suy thận có chữa được không?",
    "Berapa lama proses cuci darah?",
    "מה זה ניתוח קיסרי ומתי עושים אותו?",
    "Τι είναι η νεφρική ανεπάρκεια;",
    "Hur vanligt är missfall i vecka 8?",
    // the term is no name: a surname character inside a medicine or condition (舍曲林, 唐氏), a blood or virus type (B형),
    // a brand after "my mother" (Annem Glifor), a verb after a relation word (أمي تأخذ, אמא שלי חיה עם)
    "舍曲林成人的常规剂量是多少？",
    "唐氏综合征在新生儿中有多常见？",
    "B형 간염은 어떻게 전염되나요?",
    "Annem Glifor kullanıyor, yan etkileri neler?",
    "أمي تأخذ الوارفارين، هل يتعارض مع الأسبرين؟",
    "אמא שלי חיה עם קוצב לב כבר עשר שנים, זה בטוח לטוס?",
    // a public figure: the role just before the name, outside the condition's window
    "समाचार का सार लिखो: लोकप्रिय गायिका अनन्या राठौर ने सोमवार को पत्रकारों से बातचीत में खुलकर बताया कि उन्हें मधुमेह है।",
  ])("%s", (text) => {
    expect(health(text)).toEqual([]);
  });
});
