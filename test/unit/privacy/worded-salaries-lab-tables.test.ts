import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

// Session 39 (issue #15, dev-36 half A): the guard's known leftovers. Sentences of my own, none from half B.
describe("session 39 recall rules (development set 36)", () => {
  it("reads a named person's salary written in words", () => {
    expect(found("Contract for Ingrid Holm: annual salary of fifty-four thousand pounds, reviewed in May.")).toContain("financial:fifty-four thousand pounds");
    expect(found("My cousin Tobias is on sixty grand a year now and still rents.")).toContain("financial:sixty grand");
    expect(found("Meine Schwester Jana bekommt zweitausendachthundert Euro netto im Monat.")).toContain("financial:zweitausendachthundert Euro");
    expect(found("Mój brat Kamil zarabia dziewięć tysięcy złotych miesięcznie.")).toContain("financial:dziewięć tysięcy złotych");
    expect(found("Mi hermano Diego gana cuarenta y un mil euros al año.")).toContain("financial:cuarenta y un mil euros");
  });

  it("leaves worded amounts without a named private person alone", () => {
    expect(has("The average nurse earns about thirty-eight thousand pounds a year in Wales.", "financial")).toBe(false);
    expect(has("The role pays between fifty and sixty thousand a year depending on experience.", "financial")).toBe(false);
    expect(has("Write fifty-two thousand in words on the cheque.", "financial")).toBe(false);
    expect(has("Ein Lehrer verdient im Schnitt fünfzigtausend Euro im Jahr.", "financial")).toBe(false);
    expect(has("My sister earns forty thousand a year.", "financial")).toBe(false); // an unnamed relative (policy)
  });

  it("reads a bare lab table under a named person in Arabic, Persian and Thai", () => {
    expect(found("خالد منصور\nسكر صائم 210\nكوليسترول 245\nما رأيك؟")).toContain("health:سكر صائم 210");
    expect(found("برادرم، حسین رحیمی:\nکراتینین ۳٫۱\nپتاسیم ۶٫۲")).toContain("health:پتاسیم ۶٫۲");
    expect(found("คุณวิชัย สุขใจ\nน้ำตาล 240\nHbA1c 9.5%")).toContain("health:HbA1c 9.5%");
  });

  it("leaves reference ranges, result headings and single lines alone", () => {
    expect(has("المعدل الطبيعي\nسكر صائم 70-100\nكوليسترول أقل من 200", "health")).toBe(false);
    expect(has("نتائج التحليل\nسكر صائم 120\nكوليسترول 180", "health")).toBe(false);
    expect(has("ค่าอ้างอิง\nน้ำตาล 70-100\nLDL ต่ำกว่า 130", "health")).toBe(false);
    expect(has("خالد منصور\nسكر صائم 210\nهل هذا طبيعي؟", "health")).toBe(false);
  });

  it("reads a birth date right after a name, in CJK and Korean forms and Latin lists", () => {
    expect(found("陈晓燕，1991年4月9日生，应聘会计岗位。")).toContain("date_of_birth:1991年4月9日");
    expect(found("이서연 (1994년 2월 7일생) 추천서 써 줘.")).toContain("date_of_birth:1994년 2월 7일");
    expect(found("Passengers: Henrik Dahl, 1979-06-14; Marta Kowalczyk, 1983-01-30.")).toContain("date_of_birth:1979-06-14");
    expect(found("Lena Fischer, 04.07.1988, Grafikdesignerin aus Bremen")).toContain("date_of_birth:04.07.1988");
    expect(found("Lucía Romero (n. 12/5/1969) solicita el certificado.")).toContain("date_of_birth:12/5/1969");
  });

  it("leaves recent event dates, historic dates, public people and 生活 alone", () => {
    expect(has("Invoice to Henrik Dahl, 14.03.2024, paid in full.", "date_of_birth")).toBe(false);
    expect(has("Charles Darwin, 12.02.1809, naturalist", "date_of_birth")).toBe(false);
    expect(has("2019年3月2日生活费支出明细", "date_of_birth")).toBe(false);
  });

  it("reads a password after a cue with a parenthesis before the colon", () => {
    expect(found("WLAN-Passwort (Gartenhaus, Router hinten links): Birke!Moos-4471")).toContain("password:Birke!Moos-4471");
    expect(found("Code wifi (appartement, 3e étage) : Mouette-2288-Quai")).toContain("password:Mouette-2288-Quai");
    expect(found("Contraseña del wifi (casa de la abuela): Limonero#5512")).toContain("password:Limonero#5512");
  });

  it("leaves a cue with a parenthesis and no secret alone", () => {
    expect(has("Password (at least 12 characters): choose one you don't use elsewhere.", "password")).toBe(false);
    expect(has("WLAN-Passwort (steht auf der Rückseite des Routers): wo ist das?", "password")).toBe(false);
    expect(has("def get_password(self):\n    return self.password_hash", "password")).toBe(false);
    expect(has("signInWithEmailAndPassword(email: string, password: string): Promise<void>;", "password")).toBe(false);
  });

  it("reads a Japanese dashed address, a UK cottage address and a Hinglish name with bhai", () => {
    expect(found("送付先：鈴木 一郎 様\n〒530-0001 大阪府大阪市北区梅田2-4-9\n")).toContain("street_address:大阪府大阪市北区梅田2-4-9");
    expect(has("Deliver to Mrs. P. Lowe, 2 Mill Cottages, Ashby LE65 1AB", "street_address")).toBe(true);
    expect(has("兄の福岡県福岡市中央区天神4-2-7 コーポ天神105宛てに荷物を送る", "street_address")).toBe(true);
    expect(has("お店の案内文：東京都台東区浅草2-3-1、営業時間は10時から。", "street_address")).toBe(false);
    expect(has("Sunil bhai ko TB ho gaya hai, chutti ka mail likh do", "health")).toBe(true);
  });

  it("leaves a template's placeholder patient and a Hindi leaflet's patients in general alone", () => {
    expect(has("Form layout: Name: <name>, history: T2DM, HTN. Make it cleaner.", "health")).toBe(false);
    expect(has("सूचना: मधुमेह के रोगी डॉक्टर से पूछकर यह दवा लें।", "health")).toBe(false);
  });
  it("reads shorthand histories of a named person (s/p MI, KHK, ИБС, HTA) and leaves the abbreviations alone", () => {
    expect(found("My neighbour Colin Reyes is s/p CABG and s/p stroke.")).toContain("health:s/p CABG");
    expect(found("Meine Kollegin Petra Lang hat KHK.")).toContain("health:KHK");
    expect(found("Ma voisine Claire Morel a une HTA sévère.")).toContain("health:HTA");
    expect(has("What does s/p MI mean in a discharge letter?", "health")).toBe(false);
    expect(has("Expand KHK, HTA and IHD for my exam.", "health")).toBe(false);
  });
});
