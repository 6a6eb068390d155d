import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 39 review of the dev-37 rules: a bypass each exemption let through, a false positive each detection added. */
describe("dev-37 rules under review", () => {
  it("a password with brackets in it is no run-time call", () => {
    expect(found("password: Forget(me)Not7")).toEqual(["password:Forget(me)Not7"]);
    expect(found("my password is Target(2024)!")).toEqual(["password:Target(2024)!"]);
    expect(found("wifi password: Secret(42)Now")).toEqual(["password:Secret(42)Now"]);
    expect(found(`db = connect(user="app", password=os.getenv("APP_DB_PASSWORD"))`)).toEqual([]);
    expect(found(`password=getpass.getpass("DB password: ")`)).toEqual([]);
  });
  it("a private address that only begins like a well-known one stays reported in a record", () => {
    expect(found("SELECT * FROM residents WHERE address = 'Unter den Linden 12, 10117 Berlin';")).toEqual(["street_address:Unter den Linden 12, 10117 Berlin"]);
    expect(found("| Name | Address |\n|---|---|\n| Anna Roth | Platz der Republik 14, 60325 Frankfurt |")).toEqual([
      "street_address:Platz der Republik 14, 60325 Frankfurt",
    ]);
    expect(found("SELECT * FROM deliveries WHERE address = '1600 Pennsylvania Avenue NW, Washington, DC 20500';")).toEqual([]);
  });
  it("a person named after a customer or support line keeps their number", () => {
    expect(found("Customer line down. Reach Tom Baker on 07831 442 905.")).toEqual(["phone:07831 442 905"]);
    expect(found("Support line escalations: engineer on call Maria Weber 07831 442 905")).toEqual(["phone:07831 442 905"]);
    expect(found("If the courier can't find the house, the depot's customer line is 0345 600 0606.")).toEqual([]);
  });
  it("a Korean disability certificate (장애인증, 장애인등록증) still names a disability", () => {
    expect(found("고객 김민수 씨가 시각장애인증 사본을 제출했습니다.")).toEqual(["health:시각장애인증"]);
    expect(found("고객 김민수 씨가 장애인등록증 재발급을 요청했습니다.")).toEqual(["health:장애인등록증"]);
    expect(found("고객 김민수 씨가 본인인증 실패 문의를 남겼습니다.")).toEqual([]);
  });
  it("a relation word in the plural or with 분 is no name (후배들이, 지인분들)", () => {
    expect(found("후배들이 우울증에 대해 발표를 준비했어요")).toEqual([]);
    expect(found("지인분들 중에 당뇨병 있는 분 계신가요?")).toEqual([]);
    expect(found("후배 김지훈이 우울증 진단을 받았어요")).toEqual(["health:우울증"]);
  });
  it("a six-digit example of the format is no birth date", () => {
    expect(found("생년월일 6자리: 900101 형식으로 입력하세요")).toEqual([]);
    expect(found("생년월일 6자리에 850314 를 입력했는데 본인인증이 계속 실패합니다")).toEqual(["date_of_birth:850314"]);
  });
  it("an English 'kind' column of dishes is no child", () => {
    expect(found("| Kind | Allergy |\n|---|---|\n| Pizza (vegetarian) | gluten intolerance |")).toEqual([]);
    expect(found("kind,allergy\nPizza (vegetarian),gluten intolerance")).toEqual([]);
    expect(found("| Kind | Allergie |\n|---|---|\n| Jonas (Gruppe Igel) | Erdnussallergie |")).toEqual(["health:Erdnussallergie"]);
  });
  it("a German count after a preposition is no street (Im Schnitt 4, 12000 Euro)", () => {
    expect(found("Im Schnitt 4, 12000 Euro pro Jahr")).toEqual([]);
    expect(found("Am Stand 12, 10000 Besucher am Wochenende")).toEqual([]);
    expect(found("Zum Vergleich 2, 50000 Nutzer in Berlin")).toEqual([]);
    expect(found("Frau Keller wohnt Am Markt 3, 83022 Rosenheim.")).toEqual(["street_address:Am Markt 3, 83022 Rosenheim"]);
  });
});
