import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { growth, repeatTo } from "../helpers/linear-growth.js";

const health = (text: string) => found(text).filter((finding) => finding.startsWith("health:"));

/** Session 43 (issue #15): dev-47 half A — health and biometric data said implicitly, each rule with its look-alike. */
// The first scans compile the detectors' patterns lazily (seconds on a loaded machine).
describe("session 43: health said implicitly (dev-47)", { timeout: 60_000 }, () => {
  it("a biometric template's own word in German, Russian and Korean keys, and a record's user key as its subject", () => {
    expect(found("Mitarbeiter Stefan Krüger, Gesichtsvorlage FT-2b91e7c04d3a88f1, Status: abgelehnt.")).toEqual(["biometric:FT-2b91e7c04d3a88f1"]);
    expect(found("сотрудник Дмитрий Орлов, голосовой_отпечаток=VB-4e17a0c9f2d6 зарегистрирован.")).toEqual(["biometric:VB-4e17a0c9f2d6"]);
    expect(found("사원 최민준 지문템플릿=Rk1SACAyMAAAAAEoAAAB7Qx2 등록 실패")).toEqual(["biometric:Rk1SACAyMAAAAAEoAAAB7Qx2"]);
    expect(found('{"user":"karl.jensen","voiceprint_id":"VP-7f3a9c21e0b4","status":"enrolled"}')).toEqual(["biometric:VP-7f3a9c21e0b4"]);
    for (const text of [
      '{"user":"<username>","voiceprint_id":"VP-7f3a9c21e0b4","status":"enrolled"}',
      "Log: voiceprint_id VP-7f3a9c21e0b4 enrolled",
      "Doku: Gesichtsvorlagen (FT-…) werden verschlüsselt gespeichert.",
      "문서: 지문템플릿 형식은 ISO/IEC 19794-2입니다.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("a named person's lab value without a unit, after a linking or time word, in more languages", () => {
    expect(health("Reformule pour Élodie Marchal : ton TSH est à 9,4 et ta ferritine à 6.")).toEqual(["health:TSH est à 9,4", "health:ferritine à 6"]);
    expect(health("bij Joost Verbeek was de saturatie 88% en CRP 140 bij opname.")).toEqual(["health:saturatie 88%", "health:CRP 140"]);
    expect(health("Mehmet Demir'in tansiyonu bu sabah 180/110 çıktı, şekeri 260.")).toEqual(["health:tansiyonu bu sabah 180/110", "health:şekeri 260"]);
    expect(health("김서연 님 공복혈당 186, 당화혈색소 8.4 나왔어요.")).toEqual(["health:공복혈당 186", "health:당화혈색소 8.4"]);
    expect(health("Lena Hartmann's HbA1c came back 8.2, the GP wants to see her.")).toEqual(["health:HbA1c came back 8.2"]);
    expect(health("Javier Molina: FC en reposo 104, fibrilación auricular detectada.")).toEqual(["health:FC en reposo 104", "health:fibrilación auricular"]);
    for (const text of [
      "Normes : TSH entre 0,4 et 4,0, ferritine entre 15 et 150.",
      "Casus: een patiënt met saturatie 88% en CRP 140 bij opname.",
      "Babamın tansiyonu bu sabah 180/110 çıktı.",
      "공복혈당 정상 범위는 100 미만입니다.",
      "El Apple Watch detecta fibrilación auricular; FC en reposo 60 es normal.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("Polish and Russian drug brands of a named person; a leaflet's are no one's", () => {
    expect(health("Pan Krzysztof Nowicki, proszę odebrać Concor 5 i Atoris 20 z apteki.")).toEqual(["health:Concor", "health:Atoris"]);
    expect(health("Ирина Соколова принимает эутирокс 50 мкг утром.")).toEqual(["health:эутирокс 50 мкг"]);
    expect(found("Ulotka: Concor 5 mg, jedna tabletka rano.")).toEqual([]);
  });

  it("a Chinese name before a weekday and a verb of taking or going for treatment; 周四 is no name", () => {
    expect(health("陈建国每天服用二甲双胍 0.5g。")).toEqual(["health:二甲双胍"]);
    expect(health("王芳周四要去做第四次化疗。")).toEqual(["health:化疗"]);
    expect(found("我爸周四要去做化疗。")).toEqual([]);
  });

  it("a Japanese name with a hiragana given name; an unnamed mother is not reported", () => {
    expect(health("中村さくらさんは乳がんの手術後5年、再発なし。")).toEqual(["health:乳がん"]);
    expect(found("母は乳がんの手術後5年、再発なし。")).toEqual([]);
    expect(found("田中のおばあさんは元気です。")).toEqual([]);
  });

  it("Hindi: शुगर of a named person; a relation with जी or a time word after it is no name", () => {
    expect(health("रमेश गुप्ता जी को शुगर है।")).toEqual(["health:शुगर"]);
    expect(found("मेरे दादाजी को शुगर है।")).toEqual([]);
    expect(found("मेरे ससुर जी को डायलिसिस पर रखा गया है।")).toEqual([]);
    // A relation with जी and a comma before the name still names the person.
    expect(health("मेरे ससुर जी, रमेश शर्मा, को डायलिसिस पर रखा गया है।")).toEqual(["health:डायलिसिस"]);
    expect(found("मेरे पापा रोज़ मेटफॉर्मिन 500 लेते हैं।")).toEqual([]);
  });

  it("a term holding its verb: tested negative for, hat Zucker; and Russian haemodialysis", () => {
    expect(health("Mark Delaney tested negative for TB, so he can return to the ward.")).toEqual(["health:TB"]);
    expect(health("Mia Lorenz hat Zucker, sie braucht mittags ihren Pen.")).toEqual(["health:Zucker"]);
    expect(health("График: у Натальи Волковой гемодиализ по понедельникам.")).toEqual(["health:гемодиализ"]);
    for (const text of [
      "Staff who test negative for TB can return to the ward.",
      "Mark Delaney bought a 2 TB drive.",
      "Ask Tom Weber about Glucose-6-phosphate dehydrogenase.",
      "Der Kuchen hat Zucker und Mehl.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("stays linear on keyword-dense input for the new patterns", () => {
    expect(growth(found, repeatTo("голосовой_"), 32_768)).toBeLessThan(8);
    expect(growth(found, (size) => "中村" + "さ".repeat(size) + "さん", 16_384)).toBeLessThan(8);
    expect(growth(found, (size) => "user=" + "a".repeat(size) + " voiceprint_id VP-7f3a9c21e0b4", 16_384)).toBeLessThan(8);
    expect(growth(found, repeatTo("TSH est à "), 32_768)).toBeLessThan(8);
  });
});
