import { beforeAll, describe, expect, it } from "vitest";
import { flagged } from "./helpers.js";

const categories = (text: string) => flagged(text).map((finding) => finding.split(":")[0]);

/** Session 46 (dev-68 half A): everyday messages in Greek, Czech, Hungarian, Romanian, Bengali, Ukrainian, Russian, Polish, Turkish. */
describe("named people's health, addresses, birth dates and phones in everyday messages (session 46)", () => {
  beforeAll(() => flagged("warm-up"), 30_000);

  it("Greek: a named relative or a given name and surname with a condition; not a prime minister's", () => {
    expect(flagged("η μαμά μου η Σοφία έχει κολπική μαρμαρυγή και παίρνει βαρφαρίνη")).toContain("health:κολπική μαρμαρυγή");
    expect(flagged("Σήμερα ο Νίκος Παππάς είναι με γαστρεντερίτιδα στο σπίτι")).toContain("health:γαστρεντερίτιδα");
    expect(categories("Ο πρωθυπουργός Γιώργος Παπανδρέου είχε γαστρεντερίτιδα, έγραψαν οι εφημερίδες")).not.toContain("health");
  });

  it("Czech, Hungarian and Romanian relation words before a name; not an unnamed relative", () => {
    expect(flagged("můj bratr Pavel bere warfarin kvůli fibrilaci síní")).toContain("health:fibrilaci síní");
    expect(flagged("a feleségem, Judit cukorbetegségben szenved")).toContain("health:cukorbetegségben");
    expect(flagged("soția mea Ioana are fibrilație atrială")).toContain("health:fibrilație atrială");
    expect(categories("moje máma bere warfarin kvůli fibrilaci síní")).not.toContain("health");
    expect(categories("mama mea are fibrilație atrială")).not.toContain("health");
    expect(categories("Colegul nostru Ion Popescu, primarul orașului, a anunțat că are COVID.")).not.toContain("health");
  });

  it("Czech and Hungarian given names with a surname; not a character of a novel", () => {
    expect(flagged("Pavel Dvořák je po infarktu v nemocnici")).toContain("health:infarktu");
    expect(flagged("Nagy Zoltán depresszió miatt nem jön dolgozni")).toContain("health:depresszió");
    expect(categories("V románu se Pavel Dvořák dozví, že má leukémii")).not.toContain("health");
  });

  it("Bengali: my + kinship word + a name with a condition; not an unnamed parent", () => {
    expect(flagged("আমার মা সালমা খাতুন ডায়াবেটিস রোগী")).toContain("health:ডায়াবেটিস");
    expect(categories("আমার বাবা ডায়াবেটিসে ভুগছেন")).not.toContain("health");
    expect(categories("আমার মা অসুস্থ, ডায়াবেটিস আছে")).not.toContain("health");
    expect(categories("আমার বাবা মা দুজনেই ডাক্তার, তাঁরা ডেঙ্গু রোগীদের চিকিৎসা করেন")).not.toContain("health");
  });

  it("Greek, Hungarian and Ukrainian birth-date labels; not a historical birth", () => {
    expect(flagged("Ημερομηνία γέννησης (όπως στο διαβατήριο): 14/05/2010, Όνομα: Ζωή Πετρίδη")).toContain("date_of_birth:14/05/2010");
    expect(flagged("ημ/νία γέν. 03-11-1984, Γιάννης Μαυρίδης")).toContain("date_of_birth:03-11-1984");
    expect(flagged("Nagy Anna, szül.: 1990. 07. 21., Debrecen")).toContain("date_of_birth:1990. 07. 21.");
    expect(flagged("Учень: Бондар Олег, дата нар.: 02.09.2013")).toContain("date_of_birth:02.09.2013");
    expect(categories("Ο ποιητής γεννήθηκε στις 13 Μαρτίου 1863 στην Αλεξάνδρεια")).not.toContain("date_of_birth");
  });

  it("Czech, Hungarian, Greek, Turkish and Russian home addresses; not a branch, an office or a shop", () => {
    expect(flagged("Bydlím v ulici Palackého č.p. 88, 779 00 Olomouc")).toContain("street_address:ulici Palackého č.p. 88, 779 00 Olomouc");
    expect(categories("Naše kancelář sídlí v ulici Palackého č.p. 88, 779 00 Olomouc")).not.toContain("street_address");
    expect(flagged("A bátyám itt lakik: 4025 Debrecen, Piac utca 12. III/7")).toContain("street_address:4025 Debrecen, Piac utca 12. III/7");
    expect(categories("Irodánk: 4025 Debrecen, Piac utca 12., ügyfélszolgálat 8-16")).not.toContain("street_address");
    expect(categories("Nemzeti Népegészségügyi Központ, 1097 Budapest, Albert Flórián út 2-6.")).not.toContain("street_address");
    expect(flagged("Η Άννα μένει Σόλωνος 15, Αθήνα 106 73")).toContain("street_address:Σόλωνος 15, Αθήνα 106 73");
    expect(categories("Το φαρμακείο μας στην Σόλωνος 15, Αθήνα 106 73, στείλε email")).not.toContain("street_address");
    expect(flagged("Evim Yıldız Mah. 12. Cadde No: 5/3, Keçiören/Ankara")).toContain("street_address:Evim Yıldız Mah. 12. Cadde No: 5/3, Keçiören/Ankara");
    expect(flagged("Я живу: Казань, Ленинский проспект, д. 10, кв. 4")).toContain("street_address:Ленинский проспект, д. 10, кв. 4");
    expect(categories("Наш офис: Казань, Ленинский проспект, д. 10")).not.toContain("street_address");
  });

  it("Polish flat numbers and osiedle in an address", () => {
    expect(flagged("Mieszkam na os. Tysiąclecia 5/12, 40-871 Katowice")).toContain("street_address:os. Tysiąclecia 5/12, 40-871 Katowice");
  });

  it("phone words in Czech, Polish, Greek and a Greek 4-3-3 mobile; not a shop's landline", () => {
    expect(flagged("Číslo na tátu je 737 118 204")).toContain("phone:737 118 204");
    expect(flagged("Numer do cioci Basi: 501 332 874")).toContain("phone:501 332 874");
    expect(flagged("κιν. 6972 114 853 (Ελένη)")).toContain("phone:6972 114 853");
    expect(categories("Το κατάστημά μας, τηλ. 210 323 4455, ωράριο 9-17")).not.toContain("phone");
    expect(categories("Κωδικός προϊόντος 6901 234 567")).not.toContain("phone");
    expect(categories("Numer do infolinii: 801 100 100")).not.toContain("phone");
  });

  it("the 17-digit Bangladeshi NID (birth-year prefix) next to its name; not without it or after an invoice word", () => {
    expect(flagged("বোনের জাতীয় পরিচয়পত্র নম্বর 19881526307054321, ঠিক আছে তো?")).toContain("national_id:19881526307054321");
    expect(flagged("NID: 19790412345678901")).toContain("national_id:19790412345678901");
    expect(categories("invoice 19881526307054321 — NID verification pending")).not.toContain("national_id");
    expect(categories("tracking 19881526307054321")).not.toContain("national_id");
  });

  it("a named person's debt and salary in euros (Greek); not an average salary", () => {
    expect(flagged("ο Κώστας Αντωνίου χρωστάει 4.500 ευρώ στην τράπεζα")).toContain("financial:4.500 ευρώ");
    expect(categories("ο μέσος μισθός στην Ελλάδα είναι 1.200 ευρώ")).not.toContain("financial");
  });

  it("a public figure's illness reported by the Turkish press", () => {
    expect(categories("Cem Karaca 2004'te kalp krizi geçirdi, basında geniş yer aldı.")).not.toContain("health");
  });
});
