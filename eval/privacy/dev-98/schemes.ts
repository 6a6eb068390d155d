/**
 * dev-98 schemes: this set's own check-digit code for sixteen personal identifiers (national, tax, health and social
 * numbers) and three business numbers, written from the issuers' published rules, plus the valid and invalid example
 * values Microsoft Presidio's analyzer tests give for the same schemes (MIT; see README.md for paths and commits).
 * `check.ts` cross-checks: every Presidio "valid" example must pass this code and every "invalid" one fail it, except
 * where README.md records a disagreement with the spec (`DISAGREES`). Generators draw from a seeded source.
 */
import { createSeededRandom } from "../../../src/policies/clock.js";
import { VERHOEFF_D, VERHOEFF_INV, VERHOEFF_P } from "../dev-10/values.js";

export const random = createSeededRandom(982026);
export const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const digit = (from = 0, to = 9) => String(from + Math.floor(random() * (to - from + 1)));
export const digits = (count: number) => Array.from({ length: count }, () => digit()).join("");
const nums = (value: string) => [...value].map(Number);
const weighted = (value: string, weights: readonly number[]) => nums(value).reduce((sum, d, index) => sum + d * weights[index]!, 0);
const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** Luhn over a digit string (true when the last digit checks). */
export function luhn(value: string): boolean {
  let sum = 0;
  [...value].reverse().forEach((character, index) => {
    let d = Number(character);
    if (index % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  });
  return sum % 10 === 0;
}

/** Verhoeff tables (Verhoeff 1969): dev-10/values.ts's, eval code like this set's (not the guard's). */
const VD = VERHOEFF_D;
const VP = VERHOEFF_P;
const VINV = VERHOEFF_INV;
const verhoeffC = (value: string) => [...value].reverse().reduce((c, character, index) => VD[c]![VP[index % 8]![Number(character)]!]!, 0);
const verhoeffDigit = (value: string) => String(VINV[verhoeffC(value + "0")]!);

const NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";
const HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";
const CF_ODD: Record<string, number> = Object.fromEntries(
  [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23].flatMap((value, index) => {
    const letter = String.fromCharCode(65 + index);
    return index < 10
      ? [
          [letter, value],
          [String(index), value],
        ]
      : [[letter, value]];
  }),
);
const cfEven = (character: string) => (/[0-9]/.test(character) ? Number(character) : character.charCodeAt(0) - 65);

/** A personal or business identifier scheme: its validity check (spec) and a generator of new valid values. */
export interface Scheme {
  code: string;
  valid: (value: string) => boolean;
  make: () => string;
  /** Presidio test values (compact or as written in the test). */
  presidioValid: readonly string[];
  presidioInvalid: readonly string[];
}

const compact = (value: string) => value.replace(/[\s\-:]/g, "").toUpperCase();
const retry = (draw: () => string, valid: (value: string) => boolean) => {
  for (;;) {
    const value = draw();
    if (valid(value)) return value;
  }
};
const birth = (from = 1950, to = 2004) => {
  const year = from + Math.floor(random() * (to - from + 1));
  const month = 1 + Math.floor(random() * 12);
  const day = 1 + Math.floor(random() * 28);
  return { year, month, day };
};

export const tfnValid = (value: string) => /^\d{9}$/.test(compact(value)) && weighted(compact(value), [1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 === 0;
export const medicareValid = (value: string) => {
  const v = compact(value);
  return /^[2-6]\d{9}$/.test(v) && weighted(v.slice(0, 8), [1, 3, 7, 9, 1, 3, 7, 9]) % 10 === Number(v[8]) && v[9] !== "0";
};
export const abnValid = (value: string) => {
  const v = compact(value);
  if (!/^[1-9]\d{10}$/.test(v)) return false;
  return weighted(String(Number(v[0]) - 1) + v.slice(1), [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 === 0;
};
export const acnValid = (value: string) => {
  const v = compact(value);
  return /^\d{9}$/.test(v) && (10 - (weighted(v.slice(0, 8), [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10 === Number(v[8]);
};
export const sinValid = (value: string) => {
  if (!/^\d{3}([ -]?)\d{3}\1\d{3}$/.test(value)) return false;
  const v = compact(value);
  return /^[1-79]/.test(v) && !/^(\d)\1{8}$/.test(v) && luhn(v);
};
export const nifValid = (value: string) => {
  const v = compact(value);
  const match = /^(\d{7,8})([A-Z])$/.exec(v);
  return !!match && NIF_LETTERS[Number(match[1]) % 23] === match[2];
};
export const nieValid = (value: string) => {
  const v = compact(value);
  const match = /^([XYZ])(\d{7})([A-Z])$/.exec(v);
  return !!match && NIF_LETTERS[Number("XYZ".indexOf(match[1]!) + match[2]!) % 23] === match[3];
};
const HETU_SIGNS: Record<string, number> = {
  "+": 1800,
  "-": 1900,
  Y: 1900,
  X: 1900,
  W: 1900,
  V: 1900,
  U: 1900,
  A: 2000,
  B: 2000,
  C: 2000,
  D: 2000,
  E: 2000,
  F: 2000,
};
export const hetuValid = (value: string) => {
  const match = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(value.toUpperCase());
  if (!match) return false;
  const [, dd, mm, yy, sign, serial, check] = match;
  const year = HETU_SIGNS[sign!]! + Number(yy);
  const date = new Date(Date.UTC(year, Number(mm) - 1, Number(dd)));
  if (date.getUTCDate() !== Number(dd) || date.getUTCMonth() !== Number(mm) - 1) return false;
  if (Number(serial) < 2) return false;
  return HETU_CHECK[Number(dd! + mm! + yy! + serial!) % 31] === check;
};
export const aadhaarValid = (value: string) => {
  const v = compact(value);
  return /^[2-9]\d{11}$/.test(v) && verhoeffC(v) === 0;
};
export const cfValid = (value: string) => {
  const v = value.toUpperCase();
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(v)) return false;
  const sum = [...v.slice(0, 15)].reduce((total, character, index) => total + (index % 2 === 0 ? CF_ODD[character]! : cfEven(character)), 0);
  return String.fromCharCode(65 + (sum % 26)) === v[15];
};
export const rrnValid = (value: string) => {
  const match = /^(\d{6})-?(\d{7})$/.exec(value);
  if (!match) return false;
  const v = match[1]! + match[2]!;
  const month = Number(v.slice(2, 4));
  const day = Number(v.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31 || !/[1-4]/.test(v[6]!)) return false;
  return (11 - (weighted(v.slice(0, 12), [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10 === Number(v[12]);
};
export const peselValid = (value: string) => {
  if (!/^\d{11}$/.test(value)) return false;
  const month = Number(value.slice(2, 4)) % 20;
  const day = Number(value.slice(4, 6));
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  return (10 - (weighted(value.slice(0, 10), [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10 === Number(value[10]);
};
const NRIC_TABLES: Record<string, [number, string, boolean]> = {
  S: [0, "JZIHGFEDCBA", false],
  T: [4, "JZIHGFEDCBA", false],
  F: [0, "XWUTRQPNMLK", false],
  G: [4, "XWUTRQPNMLK", false],
  M: [3, "KLJNPQRTUWX", true],
};
export const nricValid = (value: string) => {
  const match = /^([STFGM])(\d{7})([A-Z])$/.exec(value.toUpperCase());
  if (!match) return false;
  const [offset, table, reversed] = NRIC_TABLES[match[1]!]!;
  const remainder = (weighted(match[2]!, [2, 7, 6, 5, 4, 3, 2]) + offset) % 11;
  return table[reversed ? 10 - remainder : remainder] === match[3];
};
export const tninValid = (value: string) => {
  const v = compact(value);
  if (!/^[1-8][1-9]\d{11}$/.test(v)) return false;
  return (11 - (weighted(v.slice(0, 12), [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10 === Number(v[12]);
};
export const nhsValid = (value: string) => {
  const v = compact(value);
  if (!/^\d{10}$/.test(v)) return false;
  const check = 11 - (weighted(v.slice(0, 9), [10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11);
  return check !== 10 && (check === 11 ? 0 : check) === Number(v[9]);
};
export const ninoValid = (value: string) => {
  const v = value.replace(/\s/g, "").toUpperCase();
  const match = /^([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])\d{6}([A-D])$/.exec(v);
  return !!match && !["BG", "GB", "NK", "KN", "TN", "NT", "ZZ"].includes(match[1]! + match[2]!);
};
export const ssnValid = (value: string) => {
  const v = compact(value);
  if (!/^\d{9}$/.test(v)) return false;
  const [area, group, serial] = [v.slice(0, 3), v.slice(3, 5), v.slice(5)];
  return area !== "000" && area !== "666" && area < "900" && group !== "00" && serial !== "0000";
};
export const itinValid = (value: string) => {
  const v = compact(value);
  if (!/^9\d{8}$/.test(v)) return false;
  const group = Number(v.slice(3, 5));
  return (group >= 50 && group <= 65) || (group >= 70 && group <= 88) || (group >= 90 && group <= 92) || group >= 94;
};
/** ISO 7064 MOD 11,10 (German Steuer-ID). */
const mod1110 = (value: string) => {
  let product = 10;
  for (const d of nums(value)) {
    let sum = (d + product) % 10;
    if (sum === 0) sum = 10;
    product = (sum * 2) % 11;
  }
  const check = 11 - product;
  return check === 10 ? 0 : check;
};
export const steuerIdValid = (value: string) => {
  const v = compact(value);
  if (!/^[1-9]\d{10}$/.test(v)) return false;
  const counts = new Map<string, number>();
  for (const character of v.slice(0, 10)) counts.set(character, (counts.get(character) ?? 0) + 1);
  const repeated = [...counts.values()].filter((count) => count > 1);
  return repeated.length === 1 && repeated[0]! <= 3 && mod1110(v.slice(0, 10)) === Number(v[10]);
};
export const pivaValid = (value: string) => /^\d{11}$/.test(value) && luhn(value);

const makeSteuerId = () =>
  retry(() => {
    const order = [..."0123456789"].sort(() => random() - 0.5);
    order.pop();
    const twice = order[Math.floor(random() * order.length)]!;
    const at = 1 + Math.floor(random() * 8);
    const ten = [...order.slice(0, at), twice, ...order.slice(at)].join("");
    if (ten[0] === "0" || /(\d)\1/.test(ten)) return "";
    return ten + String(mod1110(ten));
  }, steuerIdValid);

const hetu = () => {
  const { year, month, day } = birth(1950, 2008);
  const sign = year >= 2000 ? pick(["A", "B", "C"]) : pick(["-", "-", "Y", "X"]);
  const serial = pad(2 + Math.floor(random() * 897), 3);
  const body = pad(day) + pad(month) + pad(year % 100);
  return body + sign + serial + HETU_CHECK[Number(body + serial) % 31]!;
};
const BELFIORE = ["H501", "F205", "L219", "G273", "F839", "A944", "D612", "L736", "C351", "A662"];
const codiceFiscale = () => {
  const consonants = "BCDFGLMNPRSTVZ";
  const part = () => Array.from({ length: 3 }, () => pick([...consonants])).join("");
  const { year, month, day } = birth(1950, 2004);
  const female = random() < 0.5;
  const body = part() + part() + pad(year % 100) + "ABCDEHLMPRST"[month - 1]! + pad(day + (female ? 40 : 0)) + pick(BELFIORE);
  const sum = [...body].reduce((total, character, index) => total + (index % 2 === 0 ? CF_ODD[character]! : cfEven(character)), 0);
  return body + String.fromCharCode(65 + (sum % 26));
};
const rrn = () => {
  const { year, month, day } = birth(1955, 2010);
  const gender = year >= 2000 ? digit(3, 4) : digit(1, 2);
  const first12 = pad(year % 100) + pad(month) + pad(day) + gender + digits(5);
  return `${first12.slice(0, 6)}-${first12.slice(6)}${(11 - (weighted(first12, [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]) % 11)) % 10}`;
};
const pesel = () => {
  const { year, month, day } = birth(1950, 2008);
  const ten = pad(year % 100) + pad(month + (year >= 2000 ? 20 : 0)) + pad(day) + digits(4);
  return ten + String((10 - (weighted(ten, [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]) % 10)) % 10);
};
const nric = () => {
  const prefix = pick(["S", "S", "T", "F", "G"]);
  const body = digits(7);
  const [offset, table] = NRIC_TABLES[prefix]!;
  return prefix + body + table[(weighted(body, [2, 7, 6, 5, 4, 3, 2]) + offset) % 11]!;
};
const THAI_PROVINCES = ["10", "11", "12", "13", "14", "20", "21", "30", "34", "40", "41", "50", "57", "65", "80", "83", "90", "94"];
const tnin = () =>
  retry(() => {
    const twelve = digit(1, 8) + pick(THAI_PROVINCES) + digits(9);
    const v = twelve + String((11 - (weighted(twelve, [13, 12, 11, 10, 9, 8, 7, 6, 5, 4, 3, 2]) % 11)) % 10);
    return `${v[0]}-${v.slice(1, 5)}-${v.slice(5, 10)}-${v.slice(10, 12)}-${v[12]}`;
  }, tninValid);
const nino = () =>
  retry(() => `${pick([..."ABCEGHJKLMNPRSTWXYZ"])}${pick([..."ABCEGHJKLMNPRSTWXYZ"])} ${digits(2)} ${digits(2)} ${digits(2)} ${pick([..."ABCD"])}`, ninoValid);

export const SCHEMES: Record<string, Scheme> = {
  "AU.tfn": {
    code: "AU.tfn",
    valid: tfnValid,
    make: () => retry(() => `${digit(1, 9)}${digits(2)} ${digits(3)} ${digits(3)}`, tfnValid),
    presidioValid: ["876 543 210", "876543210"],
    presidioInvalid: ["824 753 557", "824753557"],
  },
  "AU.medicare": {
    code: "AU.medicare",
    valid: medicareValid,
    make: () => {
      const eight = digit(2, 6) + digits(7);
      const v = eight + String(weighted(eight, [1, 3, 7, 9, 1, 3, 7, 9]) % 10) + digit(1, 9);
      return `${v.slice(0, 4)} ${v.slice(4, 9)} ${v[9]}`;
    },
    presidioValid: ["2123 45670 1", "2123456701"],
    presidioInvalid: ["2123 25870 1", "2123258701"],
  },
  "CA.sin": {
    code: "CA.sin",
    valid: sinValid,
    make: () => retry(() => `${pick(["1", "2", "3", "4", "5", "6", "7"])}${digits(2)} ${digits(3)} ${digits(3)}`, sinValid),
    presidioValid: ["130 692 544", "435 418 165", "948 584 792", "347-677-452", "731-530-150", "130692544", "550090112", "130-692-544", "258 933 688"],
    presidioInvalid: ["130 692 545", "130692545", "435-418-166", "046 454 286", "812 345 678", "111 111 111", "999 999 999", "046-454 286", "046 454-286"],
  },
  "ES.nif": {
    code: "ES.nif",
    valid: nifValid,
    make: () => {
      const n = digits(8);
      return n + NIF_LETTERS[Number(n) % 23]!;
    },
    presidioValid: ["55555555K", "55555555-K", "1111111-G", "1111111G", "01111111G"],
    presidioInvalid: ["401-023-2138"],
  },
  "ES.nie": {
    code: "ES.nie",
    valid: nieValid,
    make: () => {
      const prefix = pick(["X", "Y", "Z"]);
      const n = digits(7);
      return prefix + n + NIF_LETTERS[Number("XYZ".indexOf(prefix) + n) % 23]!;
    },
    presidioValid: ["Z8078221M", "X9613851N", "Y8063915Z", "Y8063915-Z"],
    presidioInvalid: ["Y8063915Q", "Y806391Q", "58063915Q", "W8063915Q"],
  },
  "FI.hetu": {
    code: "FI.hetu",
    valid: hetuValid,
    make: hetu,
    presidioValid: [
      "010594Y9032",
      "010594Y9021",
      "020594X903P",
      "020594X902N",
      "030594W903B",
      "030694W9024",
      "040594V9030",
      "040594V902Y",
      "050594U903M",
      "050594U902L",
      "010516B903X",
      "010516B902W",
      "020516C903K",
      "020516C902J",
      "030516D9037",
      "030516D9026",
      "010501E9032",
      "020502E902X",
      "020503F9037",
      "020504A902E",
      "020504B904H",
    ],
    presidioInvalid: ["111111-111A", "111111+110G", "311190-1111", "310289-211C", "012245A110G", "010324A110G"],
  },
  "IN.aadhaar": {
    code: "IN.aadhaar",
    valid: aadhaarValid,
    make: () => {
      const eleven = digit(2, 9) + digits(10);
      const v = eleven + verhoeffDigit(eleven);
      return `${v.slice(0, 4)} ${v.slice(4, 8)} ${v.slice(8)}`;
    },
    presidioValid: ["312345678909", "399876543211", "3123 4567 8909", "3998-7654-3211", "400123456787"],
    presidioInvalid: ["123456789012", "1234 5678 9012", "1234-5678-9012"],
  },
  "IT.cf": {
    code: "IT.cf",
    valid: cfValid,
    make: codiceFiscale,
    presidioValid: ["AAAAAA00B11C333Y"],
    presidioInvalid: ["AAAAAA00B11C333N", "A55AAA00B11C333N"],
  },
  "KR.rrn": {
    code: "KR.rrn",
    valid: rrnValid,
    make: rrn,
    presidioValid: ["960121-1021413", "9601211021413", "050912-2000019", "0509122000019"],
    presidioInvalid: [
      "960121-1234567",
      "000505-3637892",
      "001332-1234567",
      "960121+1021413",
      "960111-10214131",
      "960303-0021413",
      "760413-5212134",
      "000402-6214431",
      "051102-9234110",
    ],
  },
  "PL.pesel": {
    code: "PL.pesel",
    valid: peselValid,
    make: pesel,
    presidioValid: ["11111111114"],
    presidioInvalid: ["1111321111", "11110021111", "11-11-11-11114"],
  },
  "SG.nric": {
    code: "SG.nric",
    valid: nricValid,
    make: nric,
    presidioValid: ["S2740116C", "T1234567Z", "F2346401L", "G1122144L", "M4332674T", "S9108268C", "T7572225C"],
    presidioInvalid: ["A1234567Z", "B1234567Z", "PA12348L"],
  },
  "TH.tnin": {
    code: "TH.tnin",
    valid: tninValid,
    make: tnin,
    presidioValid: ["1234567890121", "2345678901234", "3456789012347", "4567890123459", "5678901234560"],
    presidioInvalid: ["0234567890124", "1034567890124", "1284567890124", "1234567890123", "2345678901235", "3456789012346", "1111111111111"],
  },
  "UK.nhs": {
    code: "UK.nhs",
    valid: nhsValid,
    make: () =>
      retry(() => {
        const v = digit(4, 7) + digits(9);
        return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`;
      }, nhsValid),
    presidioValid: ["401-023-2137", "221 395 1837", "0032698674"],
    presidioInvalid: ["401-023-2138"],
  },
  "UK.nino": {
    code: "UK.nino",
    valid: ninoValid,
    make: nino,
    presidioValid: ["AA 12 34 56 B", "hh 01 02 03 d", "tw987654a", "PR 123612C", "YZ 61 48 68 B"],
    presidioInvalid: ["AA 12 34 56 H", "FQ 00 00 00 C", "BG123612A", "nt 99 88 77 a", "UV 98 76 54 B"],
  },
  "US.ssn": {
    code: "US.ssn",
    valid: ssnValid,
    make: () => retry(() => `${digit(0, 7)}${digits(2)}-${digits(2)}-${digits(4)}`, ssnValid),
    presidioValid: ["078-05-1120", "078051120"],
    presidioInvalid: [],
  },
  "US.itin": {
    code: "US.itin",
    valid: itinValid,
    make: () => retry(() => `9${digits(2)}-${pick(["7", "8", "9", "5", "6"])}${digit()}-${digits(4)}`, itinValid),
    presidioValid: ["911701234", "911-70-1234", "911-701234", "91170-1234"],
    presidioInvalid: [],
  },
  "DE.steuerid": {
    code: "DE.steuerid",
    valid: steuerIdValid,
    make: () => {
      const v = makeSteuerId();
      return `${v.slice(0, 2)} ${v.slice(2, 5)} ${v.slice(5, 8)} ${v.slice(8)}`;
    },
    presidioValid: [],
    presidioInvalid: [],
  },
};

/** Business numbers (negatives): valid by their own checks. */
export const makeAbn = () =>
  retry(() => {
    const rest = digits(9);
    for (let lead = 10; lead <= 99; lead++) if (abnValid(String(lead) + rest)) return `${lead} ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6)}`;
    return "";
  }, abnValid);
export const makeAcn = () => {
  const eight = digits(8);
  const v = eight + String((10 - (weighted(eight, [8, 7, 6, 5, 4, 3, 2, 1]) % 10)) % 10);
  return `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}`;
};
export const makePiva = () => retry(() => digits(10) + digit(), pivaValid);
export const PRESIDIO_BUSINESS = {
  abn: ["51 824 753 556", "51824753556"],
  abnInvalid: ["52 824 753 556"],
  acn: ["000 000 019", "005 499 981", "006249976"],
  uen: ["53125226D", "201434292D", "T16RF0037C", "S57TU0392K"],
};

/** Where this set's checks knowingly disagree with a Presidio example (value → why; README.md explains). */
export const DISAGREES: Record<string, string> = {
  "11111111114": "PESEL: check digit by the spec is (10 − Σ mod 10) mod 10 = 6, not 4 — Presidio's example fails the published check",
  AAAAAA00B11C333N: "codice fiscale: Presidio accepts (low score) a wrong check character; the spec rejects it",
  "960121-1234567": "RRN: Presidio accepts at medium score (format only); the check digit fails",
  "000505-3637892": "RRN: gender digit 3 (born 2000+) with a failing check digit; Presidio accepts at medium score, we reject",
  T1234567Z: "NRIC: Presidio's medium (pattern-only) example; the weighted mod-11 check letter of T1234567 is J",
  G1122144L: "FIN: Presidio's medium (pattern-only) example; the check letter of G1122144 (offset 4) is R",
};
