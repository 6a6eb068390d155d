import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 39 (dev-37 half A): minimal contrast pairs — each rule's sensitive twin stays reported. */
describe("dev-37 contrast pairs", () => {
  it("a password read at run time by a call is code, a literal one is a secret", () => {
    expect(found(`conn = psycopg2.connect(host="db", user="billing", password=getpass.getpass("DB password: "))`)).toEqual([]);
    expect(found(`db = connect(user="app", password=os.getenv("APP_DB_PASSWORD"))`)).toEqual([]);
    expect(found(`conn = psycopg2.connect(host="db", user="billing", password="Bq7-marlin-Zest")`)).toEqual(["password:Bq7-marlin-Zest"]);
  });
  it("a customer line is a business's number, a relative's mobile is not", () => {
    expect(found("If the courier can't find the house, the depot's customer line is 0345 600 0606.")).toEqual([]);
    expect(found("If the courier can't find the house, my mum's mobile is 07831 442 905.")).toEqual(["phone:07831 442 905"]);
  });
  it("a well-known public address is nobody's in a record field too", () => {
    expect(found("SELECT * FROM deliveries WHERE address = '1600 Pennsylvania Avenue NW, Washington, DC 20500';")).toEqual([]);
    expect(found("SELECT * FROM deliveries WHERE address = '71 Brook Lane, Ely CB7 4AX';")).toEqual(["street_address:71 Brook Lane, Ely CB7 4AX"]);
  });
  it("a Korean compound ending in 인증 or 영수증 is no condition", () => {
    expect(found("고객 김민수 씨가 본인인증 실패 문의를 남겼습니다.")).toEqual([]);
    expect(found("고객 김민수 씨가 전자영수증 재발급 문의를 남겼습니다.")).toEqual([]);
    expect(found("고객 김민수 씨가 우울증 때문에 상담을 미뤘습니다.")).toEqual(["health:우울증"]);
    expect(found("환자명: 김순자\n진단명: 골다공증")).toEqual(["health:골다공증"]);
  });
  it("a colleague from the same intake (회사 동기) or a senior (선배) named before a condition", () => {
    expect(found("회사 동기 한소라가 최근 조현병 진단을 받았다고 털어놨어요.")).toEqual(["health:조현병"]);
    expect(found("제 소설 속 주인공 한소라가 조현병 진단을 받는 장면을 쓰고 있어요.")).toEqual([]);
  });
  it("the six-digit birth date of a Korean form, not its format", () => {
    expect(found("생년월일 6자리에 850314 를 입력했는데 본인인증이 계속 실패합니다")).toEqual(["date_of_birth:850314"]);
    expect(found("생년월일 6자리를 YYMMDD 형식으로 입력하라고 나오는데 무슨 뜻인지 모르겠습니다")).toEqual([]);
    expect(found("생년월일 6자리에 851399 를 입력했어요")).toEqual([]);
  });
  it("a table's child column with a note after the name, and an allergy column in German", () => {
    expect(found("| Kind | Allergie |\n|---|---|\n| Jonas (Gruppe Igel) | Erdnussallergie |")).toEqual(["health:Erdnussallergie"]);
    expect(found("| Gericht | Allergene |\n|---|---|\n| Satay-Spieße | Erdnüsse (Anaphylaxie-Risiko) |")).toEqual([]);
  });
  it("a German street after a preposition with postcode and town; a weekday or a placeholder is none", () => {
    expect(found("Wir bestätigen Ihren Umzug nach Am Mühlbach 3, 83022 Rosenheim.")).toEqual(["street_address:Am Mühlbach 3, 83022 Rosenheim"]);
    expect(found("Wir treffen uns am Montag um 12 Uhr.")).toEqual([]);
    expect(found("Wir bestätigen Ihren Umzug nach «Straße» «Hausnummer», «PLZ» «Ort».")).toEqual([]);
  });
  it("a Spanish street's floor written 3.º (NFKC: 3.o) keeps the postcode and town in the span", () => {
    expect(found("Le enviaremos la tarjeta a su domicilio, Calle del Pez 27, 3.º B, 28004 Madrid.")).toEqual([
      "street_address:Calle del Pez 27, 3.º B, 28004 Madrid",
    ]);
    expect(found("Mi padre vive en Calle del Pez 14, 2º izq., 28004 Madrid.")).toEqual(["street_address:Calle del Pez 14, 2º izq., 28004 Madrid"]);
    expect(found("Puede recoger la tarjeta en nuestra oficina, Banco Meridional, Paseo de la Castellana 81, 28046 Madrid.")).toEqual([]);
  });
});
