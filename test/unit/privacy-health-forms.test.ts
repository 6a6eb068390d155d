import { describe, expect, it } from "vitest";
import { found } from "./privacy-helpers.js";
import { growth } from "../helpers/linear-growth.js";

/**
 * Session 43 (issue #15, branch s43-health2): medication, lab values and procedures recognised by their form
 * (WHO INN stems, a clinical unit after a number, procedure word endings), written before the rules. Each
 * positive has a named private person; each negative is a look-alike without one (a leaflet, a textbook, an
 * unnamed relative, an ordinary word with the same ending).
 */
const health = (text: string) => found(text).filter((finding) => finding.startsWith("health:"));
const healthHolds = (text: string, word: string) => health(text).some((finding) => finding.toLowerCase().includes(word.toLowerCase()));

describe("session 43: health by its form (drug stems, lab shapes, procedures)", { timeout: 120_000 }, () => {
  it("a named person's drug by its INN stem, in several languages and inflections", () => {
    const positives: Array<[string, string]> = [
      ["Tell Mark Jensen his ondansetron 8 mg is ready at the pharmacy.", "ondansetron"],
      ["Frau Petra Lindner nimmt seit März Olanzapin 10 mg.", "olanzapin"],
      ["Mme Claire Dubois prend de la quétiapine le soir.", "quétiapine"],
      ["A Carla Bianchi hanno prescritto pembrolizumab ogni tre settimane.", "pembrolizumab"],
      ["Pan Tomasz Wójcik bierze tamsulosynę od roku.", "tamsulosyn"],
      ["Сергей Иванов принимает омепразол 20 мг утром.", "омепразол"],
      ["Ricardo Alves toma clomipramina 25 mg à noite.", "clomipramina"],
      ["Mevrouw Annelies de Vries gebruikt sinds mei amitriptyline.", "amitriptyline"],
      ["Ayşe Kaya'ya tiotropium inhaler başlandı.", "tiotropium"],
      ["Reminder for Jonas Weber: sumatriptan 50 mg only when the migraine starts.", "sumatriptan"],
      ["Sr. Alberto Ruiz recibe carboplatino el lunes.", "carboplatino"],
      ["Олег Смирнов получает ривароксабан 20 мг.", "ривароксабан"],
    ];
    for (const [text, word] of positives) expect(healthHolds(text, word), text).toBe(true);
  });

  it("a drug stem alone, in a leaflet, a pharmacology text or an unnamed relative's prompt, is no one's health", () => {
    for (const text of [
      "Ondansetron 8 mg: take one tablet 30 minutes before chemotherapy.",
      "Olanzapin gehört zu den atypischen Neuroleptika.",
      "Pembrolizumab is a humanised antibody against PD-1.",
      "my dad takes omeprazole every morning",
      "Quétiapine : effets indésirables fréquents, somnolence.",
      "Сравнение: ривароксабан и апиксабан в исследовании.",
    ])
      expect(health(text), text).toEqual([]);
  });

  it("ordinary words with a stem's ending are no drug, even next to a named person", () => {
    for (const text of [
      "Anna Schmidt flies to Lisbon in April.",
      "Tom Baker bought a fountain pen with a gold nib.",
      "Laura Kim sent the mab file to Pedro Alves.",
      "Javier Molina ist ein viriler Typ, sagt Carmen Ruiz.",
      "Sophie Martin: the latin and the marine are due in June.",
      "Peter Hall reviewed the opine and the routine of the team.",
      "Lena Hartmann loves the canopies and the alpine views.",
    ])
      expect(health(text), text).toEqual([]);
  });

  it("a named person's lab value by its shape: an unknown analyte with a clinical unit", () => {
    const positives: Array<[string, string]> = [
      ["Karl Jensen: procalcitonin 2.4 ng/mL on admission.", "2.4 ng/mL"],
      ["Bei Frau Maria Keller lag das Lipase 412 U/L.", "412 U/L"],
      ["Pour M. Julien Roux, lactates 4,1 mmol/L ce matin.", "4,1 mmol/L"],
      ["Paciente Rosa Díaz, amonio 98 µmol/L.", "98 µmol/L"],
      ["Marco Rossi ha l'albumina a 2,8 g/dL.", "2,8 g/dL"],
      ["Ольга Петрова: билирубин 45 мкмоль/л.", "45 мкмоль/л"],
      ["Emma Clarke's neutrophils were 0.4 ×10^9/L after the cycle.", "0.4 ×10^9/L"],
      ["Bij Joost Verbeek: troponine 0,9 ng/mL.", "0,9 ng/mL"],
    ];
    for (const [text, value] of positives) expect(healthHolds(text, value), text).toBe(true);
  });

  it("a clinical unit without a person, or a non-clinical unit with one, is no lab value", () => {
    for (const text of [
      "Reference range: procalcitonin below 0.5 ng/mL.",
      "Normwert Lipase bis 60 U/L.",
      "Convert 4.1 mmol/L of lactate to mg/dL.",
      "Emma Clarke poured 250 ml of milk and 2 g/L of salt.",
      "Daniel Weber's conversion rate was 15%.",
      "Tom Baker drove at 120 km/h.",
    ])
      expect(health(text), text).toEqual([]);
  });

  it("a named person's procedure by its form (-oscopy, clinical -graphy, therapy compounds)", () => {
    const positives: Array<[string, string]> = [
      ["Lisa Moreno has her colonoscopy on Thursday.", "colonoscopy"],
      ["Herr Jürgen Weiß hat morgen eine Gastroskopie.", "gastroskopie"],
      ["Mme Nadia Benali a une coronarographie demain.", "coronarographie"],
      ["La señora Lucía Fernández tiene una mamografía el viernes.", "mamografía"],
      ["Sig.ra Giulia Romano fa la radioterapia da lunedì.", "radioterapia"],
      ["Pani Ewa Zielińska ma kolonoskopię w piątek.", "kolonoskopi"],
      ["Андрею Козлову сделали гастроскопию.", "гастроскопи"],
      ["Hans Becker beginnt nächste Woche mit der Strahlentherapie.", "strahlentherapie"],
      ["Mevrouw Sanne Jansen krijgt bestraling vanaf maandag.", "bestraling"],
      ["Pedro Alves fez uma angiografia ontem.", "angiografia"],
    ];
    for (const [text, word] of positives) expect(healthHolds(text, word), text).toBe(true);
  });

  it("procedure look-alikes: photography, spectroscopy, a textbook procedure, an unnamed relative", () => {
    for (const text of [
      "Lisa Moreno loves photography and geography.",
      "Karl Jensen teaches spectroscopy and microscopy.",
      "Colonoscopy is recommended from age 45.",
      "Die Gastroskopie dauert etwa zehn Minuten.",
      "my mum has a colonoscopy on Thursday",
      "Hans Becker wrote a biography of Marie Curie.",
      "Dr. Pierre Martin recommande une coloscopie à partir de 50 ans.",
      "Ana Souza, enfermeira, explica a quimioterapia aos pacientes.",
      "Dr. Jan de Vries: bestraling duurt meestal vijf weken.",
      "In Braccialetti rossi, Leo fa la chemioterapia e perde una gamba.",
    ])
      expect(health(text), text).toEqual([]);
  });

  it("an appointment with a specialty known by its form (-ology, -iatry); other -ologies and unnamed callers are not", () => {
    expect(health("Herr Klaus Bauer hat einen Termin in der Kardiologie.")).toEqual(["health:Termin in der Kardiologie"]);
    expect(health("Pani Ewa Zielińska ma wizytę u onkologa.")).toEqual(["health:wizytę u onkologa"]);
    expect(healthHolds("Tom Baker has an appointment with the psychiatrist on Friday.", "psychiatrist")).toBe(true);
    for (const text of [
      "Anna Smith has an appointment with the technology team.",
      "Book an appointment with cardiology online.",
      "Lisa Moreno tiene una cita con biología a las diez.",
    ])
      expect(health(text), text).toEqual([]);
  });

  it("the rules stay linear on long runs of stem-like words and units", () => {
    const long = (size: number) => {
      const count = Math.ceil(size / 60);
      return `Anna Schmidt ${"olanzapinolanzapin ".repeat(count)} ${"3 mg/dL ".repeat(count)} ${"oscopyoscopy ".repeat(count)} ${"cita con de la ".repeat(count)}`;
    };
    expect(growth(found, long, 65_536)).toBeLessThan(8);
  });
});
