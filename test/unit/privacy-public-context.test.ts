import { describe, expect, it } from "vitest";
import { PRIORITY } from "../../src/privacy/detector.js";
import { BUILTIN_DETECTORS } from "../../src/privacy/detectors/index.js";
import { isPublicContextFinding } from "../../src/privacy/judgement/public-context.js";
import { resolveOverlaps } from "../../src/privacy/scanner.js";
import { found } from "./privacy-helpers.js";

/**
 * What the detectors report before the judgement, each marked `public` (the scanner drops it) or
 * `personal` (kept): shows both that the value is detected and what the judgement decides.
 */
function judged(text: string): string[] {
  const candidates: Array<Parameters<typeof resolveOverlaps>[0][number]> = [];
  const lower = text.toLowerCase();
  for (const detector of BUILTIN_DETECTORS)
    detector.run(text, (category, start, end, rule, priority = PRIORITY.structured) => candidates.push({ category, start, end, rule, priority }), lower);
  return resolveOverlaps(candidates, text.length).map(
    (finding) => `${isPublicContextFinding(text, finding) ? "public" : "personal"} ${finding.category}:${text.slice(finding.start, finding.end)}`,
  );
}

describe("public context: placeholder people", () => {
  it("an address, phone or birth date next to a placeholder name identifies nobody", () => {
    expect(judged("Das Muster zeigt Erika Mustermann, Hauptstraße 5, 10115 Berlin – wie trage ich das ein?")).toEqual([
      "public street_address:Hauptstraße 5, 10115 Berlin",
    ]);
    expect(judged("양식 예시: 홍길동, 010-0000-0000, 1980.05.05")).toEqual(["public phone:010-0000-0000"]);
    expect(judged("Wzór wniosku: Jan Kowalski, ul. Polna 3, 02-495 Warszawa.")).toEqual(["public street_address:ul. Polna 3, 02-495 Warszawa"]);
  });
  it("the same values with a real name stay sensitive", () => {
    expect(found("Bitte an meine Schwester Petra Lange, Hauptstraße 5, 10115 Berlin schicken.")).toEqual(["street_address:Hauptstraße 5, 10115 Berlin"]);
    expect(found("Wyślij list do mojej mamy Haliny Zając, ul. Polna 3, 02-495 Warszawa.")).toEqual(["street_address:ul. Polna 3, 02-495 Warszawa"]);
  });
});

describe("public context: places and opening hours", () => {
  it("a place's address in CJK and Latin scripts is public", () => {
    expect(judged("上海博物馆位于上海市黄浦区人民大道201号，几点开馆？")).toEqual(["public street_address:上海博物馆位于上海市黄浦区人民大道201号"]);
    // With the glued label 地址是 the value starts after it (session 47) and the detector reads 博物馆 before it as the owner.
    expect(judged("上海博物馆的地址是上海市黄浦区人民大道201号，几点开馆？")).toEqual([]);
    expect(judged("Stadsbiblioteket, Sveavägen 73, 113 50 Stockholm – har de öppet på söndag?")).toEqual([
      "public street_address:Sveavägen 73, 113 50 Stockholm",
    ]);
    expect(judged("롯데월드타워 주소가 서울 송파구 올림픽로 300인데 전망대 몇 시까지 운영해요?")).toEqual(["public street_address:송파구 올림픽로 300"]);
    expect(judged("영풍문고 주소가 중구 청계천로 41인데 일요일에도 문 열어요?")).toEqual(["public street_address:중구 청계천로 41"]);
    expect(found("우리 집 주소는 서울 송파구 올림픽로 300, 12동 305호예요")).toEqual(["street_address:송파구 올림픽로 300, 12동 305호"]);
  });
  it("a personal cue keeps the address even beside an opening-hours question", () => {
    expect(found("我家地址是上海市黄浦区人民大道201号3楼302室，快递几点开始派送？")).toEqual(["street_address:上海市黄浦区人民大道201号3楼302室"]);
    expect(found("Mi hermano vive en Calle Olmo 19, 28004 Madrid; ¿a qué hora abre la oficina de correos?")).toEqual([
      "street_address:Calle Olmo 19, 28004 Madrid",
    ]);
  });
});

describe("public context: hotlines, offices and toll-free numbers", () => {
  it("a service number is an organisation's", () => {
    expect(judged("Die Kundenservice-Hotline 0221 8277 0 ist werktags besetzt.").every((entry) => entry.startsWith("public"))).toBe(true);
    expect(judged("Call 1-888-275-8777 if the card is lost.")).toEqual(["public phone:1-888-275-8777"]);
    expect(judged("시청 민원실 전화 02-2133-7890 평일 운영")).toEqual(["public phone:02-2133-7890"]);
    expect(judged("예술의전당 예매처 전화번호가 02-580-1300 맞아요?")).toEqual(["public phone:02-580-1300"]);
  });
  it("a personal number after a service word stays sensitive", () => {
    expect(found("The hotline asked for my number, it is 07911 482 317.")).toEqual(["phone:07911 482 317"]);
    expect(found("Call me on 07911 482 317 after work.")).toEqual(["phone:07911 482 317"]);
  });
});

describe("public context: references and postal codes", () => {
  it("tracking and order numbers and a CEP are not phone numbers", () => {
    expect(judged("Numero di spedizione 0471 3829 1150, quando arriva?")).toEqual(["public phone:0471 3829 1150"]);
    // Session 49: the CEP's 5-3 shape is no phone candidate any more (contact.ts), so nothing is left to judge.
    expect(judged("O CEP 04538-132 fica em que bairro?")).toEqual([]);
    expect(found("Il mio cellulare è 0471 3829 1150.")).toEqual(["phone:0471 3829 1150"]);
  });
  it("only phone numbers, addresses and birth dates are judged", () => {
    const text = "John Doe, card 4929 1234 5678 9012";
    expect(isPublicContextFinding(text, { category: "payment_card", start: 15, end: 34, rule: "luhn" })).toBe(false);
    expect(isPublicContextFinding(text, { category: "phone", start: 15, end: 34, rule: "phone" })).toBe(true);
  });
});

describe("public context: test data, public roles and history", () => {
  it("a value right after a test or sample cue stands for nobody", () => {
    expect(judged("テスト用の電話番号 06-4567-8901 でフォームを確認して。")).toEqual(["public phone:06-4567-8901"]);
    expect(found("Testnummer für die Validierung: 030 8847 2210")).toEqual([]);
    expect(found("Mein Handy für den Test: 0171 4839 221")).toEqual(["phone:0171 4839 221"]);
  });
  it("a birth date beside a public role, or a narrative birth long ago, is public record", () => {
    expect(judged("김연아 선수 생년월일이 1990년 9월 5일 맞나요?")).toEqual(["public date_of_birth:1990년 9월 5일"]);
    expect(judged("Фёдор Лыткин родился 12 мая 1931 года в Твери. Напиши рассказ о его жизни.")).toEqual(["public date_of_birth:12 мая 1931 года"]);
  });
  it("a relative's birth date stays personal however long ago", () => {
    expect(found("Моя бабушка родилась 6 марта 1929 года, её зовут Анна Петрова.")).toEqual(["date_of_birth:6 марта 1929 года"]);
    expect(found("우리 아빠 생년월일이 1990년 9월 5일이에요, 이름은 박서준.")).toContain("date_of_birth:1990년 9월 5일");
  });
  it("'av. J.-C.' is an era, not an avenue", () => {
    expect(found("Jules César conquiert la Gaule vers 50 av. J.-C. ; résume la guerre des Gaules.")).toEqual([]);
  });
});
