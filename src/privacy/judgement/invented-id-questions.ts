/**
 * National IDs the writer says are invented and asks why they fail their check: "为什么这个身份证号校验不通过？… 是我编的
 * 测试数据", "マイナンバー … がチェックデジットで弾かれます。テスト用に作った番号", "РНОКПП … — вигаданий номер з тестів. Чому
 * контрольна цифра не сходиться?". Such a number identifies nobody (it was made up, and usually fails its check, but a
 * made-up number can pass another scheme's check by chance). Both cues must stand within 160 characters of the value,
 * in its paragraph: an invention cue (made up, test data, 编的, テスト用, 테스트용, परीक्षण के लिए, وهمي, המצאתי,
 * выдуманный, вигаданий, แต่งขึ้น …) and a failing-check cue (fails, invalid, 校验, 検証, 검증, वेरिफ़िकेशन, التحقق, ביקורת,
 * проверк, контрольн, ตรวจสอบ …). A "not made up" denial is not read specially: the two cues together are rare in a
 * real request about one's own number. Applied with the declared test values (`privacy.testValues`).
 */
import type { PrivacyFinding } from "../types.js";

const INVENTED =
  /made[ -]up|invented|fake|dummy|test (?:value|data|number)|编的|編的|测试|測試|テスト用|作った番号|테스트용|가짜|टेस्ट|परीक्षण|नकली|وهمي|للاختبار|المصطنع|המצאתי|מומצא|לבדיקה|выдуманн|вигадан|тестов|з тестів|юнит-тест|unit[- ]test|แต่งขึ้น|ทดสอบ/iu;
const FAILING_CHECK =
  /invalid|fails?|rejects?|checksum|check digit|校验|校驗|檢查碼|检查码|驗證|验证|チェックデジット|検査|弾かれ|검증|틀렸|거부|वेरिफ़िकेशन|वेरिफिकेशन|फ़ेल|التحقق|يفشل|ביקורת|נכשל|проверк|контрольн|отклоняет|валидатор|не сходит|ตรวจสอบ|ไม่ผ่าน|ελέγχου/iu;
const WINDOW = 160;

export function isInventedIdQuestion(text: string, finding: PrivacyFinding): boolean {
  if (finding.category !== "national_id") return false;
  // Bounded windows on either side (a search beyond them would make the judge quadratic), cut at a blank line.
  const before = text.slice(Math.max(0, finding.start - WINDOW), finding.start);
  const after = text.slice(finding.end, finding.end + WINDOW);
  const paragraphStart = before.lastIndexOf("\n\n");
  const paragraphEnd = after.indexOf("\n\n");
  const around =
    (paragraphStart === -1 ? before : before.slice(paragraphStart)) +
    text.slice(finding.start, finding.end) +
    (paragraphEnd === -1 ? after : after.slice(0, paragraphEnd));
  return INVENTED.test(around) && FAILING_CHECK.test(around);
}
