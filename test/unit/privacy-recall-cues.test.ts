import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("local-language cues and person judgement (session 27)", () => {
  it("finds a named person's condition after record labels, honorifics and script cues", () => {
    for (const text of [
      "Patiënt: dhr. K. Smits, 70 jr. Diagnose: hartfalen, controle over drie maanden.",
      "Evolução: Sr. Carvalho, 72a, doença renal crônica em diálise.",
      "Imię i nazwisko | Choroba\nJan Wójcik | nadciśnienie tętnicze",
      "姐姐王芳最近查出甲状腺功能减退，医生让她长期吃药。",
      "娘の美咲（5歳）がADHDと診断されました。",
      "พี่ชายชื่อสมศักดิ์ เป็นโรคความดันโลหิตสูง",
      "Rekan kerja saya Dimas kena tifus, sudah seminggu dirawat.",
      "Chị gái tôi tên Hương bị suy tim, nên ăn gì?",
      "Nani ko sugar hai, Savitri Devi naam hai unka.",
    ])
      expect(has(text, "health"), text).toBe(true);
  });

  it("finds money and credentials after local cues", () => {
    expect(has("Kuzyn Marek jest mi winien 2300 zł za wakacje.", "financial")).toBe(true);
    expect(has("My flatmate Oliver owes me $640 for the deposit.", "financial")).toBe(true);
    expect(has("เงินเดือนของคุณสุนทร ใจงาม 42,000 บาท", "financial")).toBe(true);
    expect(has("راتب فهد العنزي 15,000 ريال شهرياً", "financial")).toBe(true);
    expect(has("내 은행 비밀번호가 Seoul#8812인데 바꿔야 할까?", "password")).toBe(true);
    expect(has("รหัสผ่านเข้าระบบคือ Kanya!9921 นะ", "password")).toBe(true);
    expect(has("Mật khẩu email công ty của chị Lan là Bien Xanh#42 nhé", "password")).toBe(true);
    expect(has("VPN login: user m.kurz, pass Fj7!qLw2zz", "password")).toBe(true);
    expect(has("رقم بطاقتي 5079 2948 8595 5454", "payment_card")).toBe(true);
    expect(has("Banco Itaú, agência 0341, conta corrente 45821-3, titular Ana Lima", "bank_account")).toBe(true);
    expect(has("เลขบัตรประชาชน 1-7099-00123-45-1", "national_id")).toBe(true);
    expect(has("Anak saya Bima, lahir 9 Mei 2016, mau daftar TK.", "date_of_birth")).toBe(true);
  });

  it("leaves defaults, test values, business addresses and rules alone", () => {
    for (const text of [
      "The factory default password for the camera is admin/admin; change it on setup.",
      "Stripe test bank: routing 110000000, account 000123456789.",
      "Placeholder DNI 00000000T in the form template.",
      "Ons kantoor zit op Keizersgracht 120, 1015 CW Amsterdam.",
      "Nasza firma mieści się przy ul. Długiej 12, Gdańsk.",
      "비밀번호는 8자 이상이어야 합니다",
      "รหัสผ่านต้องมีอย่างน้อย 8 ตัวอักษร",
      "Thai ID numbers have 13 digits: 3100500784315 fails its check digit.",
      "Word problem: Maria earns $3,200 a month and spends 30% on rent. How much is left?",
      "Presiden Jokowi lahir 21 Juni 1961 di Surakarta.",
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe("published test cards (session 27)", () => {
  it("does not report Adyen's published test cards", () => {
    for (const text of ["Adyen sandbox: pay with 4111 1111 4555 1142, any CVC.", "Use Adyen test card 5555 3412 4444 1115 for the demo."])
      expect(found(text), text).toEqual([]);
  });
});
