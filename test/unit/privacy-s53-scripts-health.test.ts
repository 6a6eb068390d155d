import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";

/**
 * Session 53 (dev-92): a named person's health in records keyed in the record's own language, and case numbers after
 * local labels. Wordings other than the set's; every person and number is invented.
 */

const health = (text: string) => found(text).filter((value) => value.startsWith("health:"));

describe("local-language record keys: a holder field and a health field", () => {
  it.each([
    ["请整理：\n姓名：赵雅琴\n出院诊断：慢性胃炎\n医嘱：低盐饮食", "health:慢性胃炎"],
    ['{"환자명": "최유진", "병명": "갑상선염", "방문일": "2025-03-02"}', "health:갑상선염"],
    ["фио;заболевание;дата\nПетров Сергей;гастрит;01.02.2025", "health:гастрит"],
    ["שם: אורית ברק\nאבחנה: מיגרנה\nתאריך: 12/03", "health:מיגרנה"],
    ["| Hasta | Teşhis |\n|---|---|\n| Mert Aydın | migren |", "health:migren"],
    ["Họ và tên: Phạm Minh Tuấn\nBệnh: viêm phế quản\nNgày: 02/03", "health:viêm phế quản"],
    ['{"ασθενής": "Νίκος Σταθόπουλος", "φάρμακα": "ασπιρίνη"}', "health:ασπιρίνη"],
    // a procedure key needs a patient key, or a name in a medical document (a certificate)
    ["Hasta: Zeynep Arslan\nİşlem: apandisit ameliyatı", "health:apandisit ameliyatı"],
    ["Läkarintyg\nNamn: Lars Berg\nÅtgärd: gipsning av handled", "health:gipsning av handled"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});

describe("local-language record keys: nobody identified, or no health field", () => {
  it.each([
    "姓名：________\n诊断：________",
    "Имя: [имя пациента]\nДиагноз: [диагноз]",
    '{"пациент": "анонимно", "диагноз": "бронхит"}',
    // a procedure or operation field next to a name only, in no medical document
    "İsim: Ahmet Kaya\nİşlem: para transferi\nTutar: 500 TL",
    "Nama: Budi Hartono\nTindakan: presentasi proyek kuartal",
    // statistics: no holder column
    "Bölge,Teşhis,Sayı\nAnkara,grip,420\nİzmir,grip,310",
    // the fields far apart, a blank line between
    "签到表\n姓名：赵敏\n\n讲座主题\n疾病：季节性流感的预防",
  ])("%s", (text) => {
    expect(health(text)).toEqual([]);
  });
});

describe("case numbers after local labels", () => {
  it.each([
    ["Выписка: № истории болезни 48213, отделение кардиологии", "medical_record:48213"],
    ["Αρ. μητρώου ασθενούς 5521907 — επανεξέταση", "medical_record:5521907"],
    ["رقم الملف الطبي: 3318840", "medical_record:3318840"],
    ["Số hồ sơ bệnh án 2024117", "medical_record:2024117"],
  ])("%s", (text, expected) => {
    expect(found(text)).toContain(expected);
  });
});
