import { describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const of = (category: string, text: string) => flagged(text).filter((value) => value.startsWith(`${category}:`));
const reports = (category: string, text: string) => expect(of(category, text)).not.toEqual([]);

describe("session 37 review: the story cue reads stories, not other senses of its words (public-context.ts)", () => {
  it.each([
    ["street_address", "Fix the character encoding in this line: Müller, Anna, geb. 12.03.1985, Hauptstraße 5, 10115 Berlin"],
    ["date_of_birth", "Anna Weber, DOB 12/03/1985, tested positive for the novel coronavirus yesterday."],
    ["date_of_birth", "Ayşe Yılmaz, doğum tarihi 12.03.1985, Atatürk Caddesi No: 12, Onikişubat, Kahramanmaraş"],
    ["date_of_birth", "البيانات الشخصية: الاسم أحمد علي، تاريخ الميلاد 12/03/1985"],
    ["date_of_birth", "姓名：王伟，角色：管理员，出生日期：1985年3月12日"],
    ["date_of_birth", "राम शर्मा, जन्म तिथि 12/03/1985, इस योजना के लिए पात्र हैं।"],
    ["date_of_birth", "가상의 계좌 발급: 김민수, 생년월일 1985년 3월 12일"],
  ])("reports %s in: %s", reports);
});

describe("session 37 review: a story cue does not pass a record's postcode or labelled birth date (public-context.ts)", () => {
  it.each([
    ["date_of_birth", "Role-play a bank agent verifying the caller Maria Keller, DOB 03/04/1987, address 27 Oak Road, Leeds LS6 2AB."],
    ["date_of_birth", "This is a fictional example: Anna Weber, DOB 12/03/1985, 14 Elm Street, Bristol BS1 4DJ."],
    ["street_address", "Please update the delivery address for customer Maria Lopez to 1234 W Sunset Blvd, Los Angeles, CA 90026."],
    ["street_address", "Invoice to Maria Lopez, 1234 Oak Street, Austin, TX 78701"],
  ])("reports %s in: %s", reports);
});

describe("session 37 review: game and filming words name a setting only without a postcode (public-entities.ts)", () => {
  it.each([
    ["street_address", "The D&D session this week is at Tom Baker's house: 14 Elm Street, Bristol BS1 4DJ"],
    ["street_address", "The D&D group meets at Sarah Collins's flat, 27 Oak Road, Leeds LS6 2AB, every Friday."],
    ["street_address", "The neighbour filmed the argument outside Tom Baker's house at 14 Elm Street, Bristol BS1 4DJ."],
    ["street_address", "Tom Baker, 14 Elm Street, Bristol BS1 4DJ, filmed his kids' birthday party."],
  ])("reports %s in: %s", reports);
});

describe("session 37 review: a camp or a beer is not a warehouse (personal.ts, public-context.ts)", () => {
  it.each([
    ["street_address", "Nach dem Zeltlager bleibt Anna Weber bei Familie Koch, Lindenweg 3, 10115 Berlin."],
    ["street_address", "Grab a lager at Tom Baker's place, 14 Elm Street, Bristol BS1 4DJ, after work."],
  ])("reports %s in: %s", reports);
});

describe("session 37 review: a virtual meeting is no invented patient (script-health.ts)", () => {
  it.each([
    ["health", "زميلي أحمد مصاب بالسرطان ولن يحضر الاجتماع الافتراضي غدا"],
    ["health", "동료 김민수 씨는 당뇨병이 있어요. 가상의 회의에 참석 못 해요."],
  ])("reports %s in: %s", reports);
});

describe("session 37 review: a colleague's bio keeps their health private (personal.ts)", () => {
  it.each([
    ["health", "Write a short bio for Tom Baker for the team page. He has been off with depression since March."],
    ["health", "Write a short bio for our new hire Tom Baker; he was diagnosed with epilepsy last year."],
  ])("reports %s in: %s", reports);

  it("still reads a public figure's bio as public", () => {
    expect(of("health", "Kylie Minogue was diagnosed with breast cancer in 2005; write a short bio paragraph.")).toEqual([]);
  });
});

describe("session 37 review: a story word in the sentence does not pass a postcoded home (personal.ts)", () => {
  it.each([
    ["street_address", "Anna Weber had a seizure episode at her flat, 14 Elm Street, Bristol BS1 4DJ, last night."],
    ["street_address", "Send the book to Anna Weber, 14 Elm Street, Bristol BS1 4DJ."],
    ["street_address", "Shorten to 160 characters: Hi Anna Weber, your parcel goes to 14 Elm Street, Bristol BS1 4DJ tomorrow."],
    ["date_of_birth", "Fix the character encoding: Anna Müller, born 12 March 1985, 14 Elm Street, Bristol BS1 4DJ"],
  ])("reports %s in: %s", reports);

  it("still reads an invented setting without a postcode as fiction", () => {
    expect(of("street_address", "In my novel the detective lives at 12 Crooked Lane in Villebrune, a made-up town.")).toEqual([]);
  });
});
