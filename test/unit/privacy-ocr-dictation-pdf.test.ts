import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/** Session 42 (dev-45 half A): identifiers and credentials as OCR, speech-to-text and copy-from-PDF deliver them. */
describe("dev-45 OCR, dictation and PDF copies", () => {
  it("an OCR'd passport or identity-card MRZ whose date and number check digits hold; not a specimen", () => {
    const okafor = "P<G8ROKAFOR<<CH1D1NMA<GRACE«<<<<<«K<<<<<K<<«\n54B2139O75G8R92O607BF3309117<<<K<<<<<<<<<<<0";
    expect(found(`my passport photo page:\n${okafor}`)).toEqual(["passport:54B2139O75G8R92O607BF3309117<<<K<<<<<<<<<<<0"]);
    const weber = "1DD<<L01X7RT930<<<<««<<<K<<K<<\n9l0S034F2908166D<<<<<<<K<<<<<0\nWEBER<<S0PHIE«<<<K<KK<<<<K<<K«";
    expect(found(`Rückseite vom Ausweis:\n${weber}`)).toEqual(["national_id:1DD<<L01X7RT930<<<<««<<<K<<K<<"]);
    // The ICAO and German specimens, OCR'd; a line of MRZ length whose check digits fail.
    expect(found("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F12O4159ZE184226B<<<<<1O")).toEqual([]);
    expect(found("IDD<<T22OOO129K<<<<<<<<<<<<<<<\n6408125F2010315D<<<<<<<<<<<<<4\nMUSTERMANNKKERIKA<<<<<<<<<<<<<")).toEqual([]);
    expect(found("P<G8ROKAFOR<<CH1D1NMA<GRACE«<<<<<«K<<<<<K<<«\n54B2139O75G8R92O607BF3309118<<<K<<<<<<<<<<<0")).toEqual([]);
  });
  it("a phone number dictated in words after a phone cue; not an order number or a freephone line", () => {
    expect(found("Derek said his new mobile is nine one seven, four eight two, six three oh one, put it in the chat")).toEqual([
      "phone:nine one seven, four eight two, six three oh one",
    ]);
    expect(found("call me back on oh seven seven double three, four eight one, nine two six")).toEqual([
      "phone:oh seven seven double three, four eight one, nine two six",
    ]);
    expect(found("rappelez-moi au zéro six, douze, quarante-huit, trente-sept, quatre-vingt-onze")).toEqual([
      "phone:zéro six, douze, quarante-huit, trente-sept, quatre-vingt-onze",
    ]);
    expect(found("박서연 씨 번호는 공일공 칠삼팔이 사구오일이에요")).toEqual(["phone:공일공 칠삼팔이 사구오일"]);
    expect(found("Z nagrania: proszę oddzwonić pod sześćset dwa, trzysta czterdzieści jeden, osiemset dziewięć")).toEqual([
      "phone:sześćset dwa, trzysta czterdzieści jeden, osiemset dziewięć",
    ]);
    expect(found("your order number is seven four one, double eight, three nine two oh, it ships Tuesday")).toEqual([]);
    expect(found("call Carpet World free on oh eight hundred, four oh four, one two three four")).toEqual([]);
  });
  it("an IP address dictated in words after an IP cue; not a resolver or a documentation address", () => {
    expect(found("my brother's home IP is eight six dot one four seven dot twenty two dot ninety one")).toEqual([
      "ip_address:eight six dot one four seven dot twenty two dot ninety one",
    ]);
    expect(found("het thuis-IP van opa Henk is vierentachtig punt tweehonderdvijf punt negentien punt honderdtwaalf")).toEqual([
      "ip_address:vierentachtig punt tweehonderdvijf punt negentien punt honderdtwaalf",
    ]);
    expect(found("set the DNS IP to eight dot eight dot eight dot eight")).toEqual([]);
    expect(found("the example IP is two hundred three dot zero dot one one three dot forty five")).toEqual([]);
  });
  it("an OCR'd card number Luhn-valid once folded, beside a card word; not a test card", () => {
    expect(found("Visa card photo:\n4O12 8818 3746 5O21\nVALID THRU 12/27")).toEqual(["payment_card:4O12 8818 3746 5O21"]);
    expect(found("Stripe test card read by OCR: 4242 4242 4242 42Z4, card 42l4 4242 4242 4242")).toEqual([]);
    expect(found("router box photo: S/N 4O12 8818 3746 5O21")).toEqual([]);
  });
  it("an IBAN after its label across a page header, OCR letters or a glued column; not a published example", () => {
    expect(found("Titulaire M JULIEN MARCHAND IBAN FR51 1780 6001 1704 \n— Page 2 —\n1938 2756 104\nSolde")).toEqual([
      "iban:FR51 1780 6001 1704 \n— Page 2 —\n1938 2756 104",
    ]);
    expect(found("IBAN ES65 OO81 3672 41O6 OO48 2951")).toEqual(["iban:ES65 OO81 3672 41O6 OO48 2951"]);
    expect(found("Kontohavare Elin LindqvistIBANSE64 8000 0832 7900 0417 6585Saldo 18 412,55 kr")).toEqual([
      "iban:SE64 8000 0832 7900 0417 6585",
      // Since s42-names knows "Lindqvist": the named account holder's balance is her financial data too.
      "financial:18 412,55 kr",
    ]);
    expect(found("IBAN ES91 21OO O418 45O2 OOO5 1332 is the guide's example")).toEqual([]);
    expect(found("IBAN FR76 3000 6000 0112\n— Page 2 —\n3456 7890 189")).toEqual([]);
  });
  it("an OCR'd or glued number after its label, valid by its own check", () => {
    expect(found("DNI 482l739SB\nSocial security number518-47-2063b Employer")).toEqual(["national_id:482l739SB", "us_ssn:518-47-2063"]);
    expect(found("PESEL podatnika88061424179Nazwisko NOWICKA")).toEqual(["national_id:88061424179"]);
    expect(found("PESEL podatnika88061424178Nazwisko NOWICKA")).toEqual([]);
    expect(found("DNI 482l739SC")).toEqual([]);
  });
  it("a Wi-Fi key printed after its label; a manual's label sentence is none", () => {
    expect(found("SSID: VM7731842\nNetwork key: kq6Xwdr8Lmht\nWLAN-Netzwerkschlüssel: 8341 7726 0915 4482 3307")).toEqual([
      "password:kq6Xwdr8Lmht",
      "password:8341 7726 0915 4482 3307",
    ]);
    expect(found("Den WLAN-Netzwerkschlüssel finden Sie auf dem Typenschild, z. B. 1234 5678 9012 3456 7890.")).toEqual([]);
    expect(found("Clé de sécurité : voir l'étiquette au dos (exemple : XXXXXXXXXXXXXXXXXXXX)")).toEqual([]);
  });
  it("a payslip's columns collapsed by a PDF copy: glued pay amounts of a named employee", () => {
    const slip = "Gross pay£4,215.00Tax£651.20NI£212.48Net pay£3,351.32";
    expect(found(`Employee Priya Raman Tax code 1257L\n${slip}`)).toEqual(["financial:£4,215.00", "financial:£3,351.32"]);
    expect(found(`Payslip template:\n${slip}`)).toEqual([]);
  });
  it("a PIN word before a card word: the card's PIN, spoken", () => {
    expect(found("a senha do cartão da minha avó Dona Lurdes é três sete um nove, passa na farmácia")).toEqual(["password:três sete um nove"]);
    expect(found("o número do cartão é três sete um nove")).toEqual([]);
  });
});
