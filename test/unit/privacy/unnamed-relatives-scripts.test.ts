import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/** Issue #15: a postposition or particle right after a relation word is no name; an unnamed relative's condition is not sensitive. */
describe("an unnamed relative before a postposition or particle (script-health.ts)", () => {
  it("Hindi: मेरी बहन को / का / ने / से / में / भी … is an unnamed relative", () => {
    for (const text of [
      "मेरी बहन को मधुमेह है, क्या खाना चाहिए?",
      "मेरी सहेली को मधुमेह है",
      "मेरे जीजा को दमा है",
      "मेरी बहन का कैंसर का इलाज चल रहा है",
      "मेरे पिता ने डायलिसिस शुरू किया",
      "मेरी माँ से मधुमेह के बारे में बात करनी है",
      "मेरी बहन में अवसाद के लक्षण हैं",
      "मेरी बहन भी मधुमेह से परेशान है",
      "मेरी ननद पर दमा का असर है",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("Hindi: a relation word with a real name is still a named person", () => {
    expect(found("मेरी बहन सुनीता को मधुमेह है")).toContain("health:मधुमेह");
    expect(found("मेरी सहेली अनीता राव को मधुमेह है, क्या खाना चाहिए?")).toContain("health:मधुमेह");
    expect(found("मेरे देवर कोमल को दमा है")).toContain("health:दमा");
  });

  it("Hinglish: a possessive or relation word before didi / bhaiya / ji is no name", () => {
    for (const text of ["Meri didi ko sugar hai", "Mere bhaiya ko BP hai", "Dadi ji ko sugar aur BP dono hai", "meri behen ko sugar hai"])
      expect(found(text), text).toEqual([]);
  });

  it("Hinglish: a relation word with a real name is still a named person", () => {
    expect(found("meri behen Pooja ko sugar hai")).toContain("health:sugar");
    expect(found("Meri behen Pooja ko sugar hai")).toContain("health:sugar");
    expect(found("Sunita didi ko sugar hai")).toContain("health:sugar");
  });

  it("Chinese: a preposition or a condition right after the relation word is no surname", () => {
    for (const text of ["我妈妈高血压很多年了，吃什么好？", "我妹妹白血病，怎么办？", "我妈妈于去年确诊糖尿病"]) expect(found(text), text).toEqual([]);
    expect(found("同事王伟有糖尿病")).toContain("health:糖尿病");
    expect(found("我妈妈高丽华有糖尿病")).toContain("health:糖尿病");
  });

  it("Japanese: the relation word, の and a condition is no name", () => {
    expect(found("母の糖尿病が悪化しました。")).toEqual([]);
    expect(found("同僚の田中は糖尿病です。")).toContain("health:糖尿病");
  });

  it("Korean: a particle or a condition right after the relation word is no name", () => {
    for (const text of ["친구에게 당뇨병이 있어요.", "엄마한테 암이 생겼어요.", "어머니께서 당뇨병을 앓고 계세요.", "우리 엄마 당뇨병 있어요."])
      expect(found(text), text).toEqual([]);
    expect(found("친구 김민수가 당뇨병이 있어요.")).toContain("health:당뇨병");
    // 제2형 ("type 2") once read as 형 ("older brother") + a name; the record's name label now names the patient
    expect(found("환자명: 정하늘\n진단명: 제2형 당뇨병\n처방: 메트포르민 500mg")).toContain("health:메트포르민 500mg");
  });

  it("Arabic: a preposition or verb right after the relation word is no name", () => {
    for (const text of ["أختي لديها السكري", "أختي في المستشفى بسبب السرطان", "أمي مع السكري منذ سنوات"]) expect(found(text), text).toEqual([]);
    expect(found("أختي مريم لديها السكري")).toContain("health:السكري");
  });
});
