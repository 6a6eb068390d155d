import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

const health = (text: string) => found(text).filter((value) => value.startsWith("health:"));

describe("session 38 health rules in more scripts (development set 34)", () => {
  it("reads a named person's condition in Hebrew, with a prefix letter, a dose in מ\"ג or a name label", () => {
    expect(health('אמא שלי, רחל אברהמי, אובחנה עם סוכרת סוג 2 והרופא רשם לה מטפורמין 850 מ"ג')).toEqual(["health:סוכרת סוג 2", 'health:מטפורמין 850 מ"ג']);
    expect(health("החבר שלי דניאל פרץ מאושפז בגלל התקף פסיכוטי")).toEqual(["health:התקף פסיכוטי"]);
    expect(health("שם המטופל: משה לוי\nאבחנה: אוטם שריר הלב")).toEqual(["health:אוטם שריר הלב"]);
    expect(health("גב' לאה פרידמן, בהריון שבוע 31")).toEqual(["health:בהריון"]);
  });

  it("leaves Hebrew health text without a named person alone", () => {
    expect(health("אמא שלי אובחנה עם סוכרת סוג 2, מה היא יכולה לאכול?")).toEqual([]);
    expect(health("מהם התסמינים הנפוצים של סוכרת סוג 2 ואיך מאבחנים אותה?")).toEqual([]);
    expect(health("בסדרה, הדמות רחל כהן חולה בסרטן השד")).toEqual([]);
  });

  it("reads a named person's condition in Greek and leaves a textbook question alone", () => {
    expect(health("Ο συνάδελφός μου Κώστας Δημητρίου έχει κατάθλιψη")).toEqual(["health:κατάθλιψη"]);
    expect(health("Ασθενής: Γιώργος Νικολάου\nΔιάγνωση: πνευμονική εμβολή")).toEqual(["health:πνευμονική εμβολή"]);
    expect(health("Ποια είναι τα πρώτα συμπτώματα της νόσου Αλτσχάιμερ;")).toEqual([]);
  });
});
