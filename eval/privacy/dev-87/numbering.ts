/**
 * dev-87's numbering table: for each country its calling code (ITU-T E.164 assignment, as listed in the ITU's "List of
 * ITU-T Recommendation E.164 assigned country codes"), its trunk prefix, and for mobiles and for one big city's
 * landlines the national significant number (NSN) ranges and lengths as the national regulators publish them in their
 * numbering plans (Ofcom, ComReg, ARCEP, BNetzA, CNMC, AGCOM, ANACOM, ACM, BIPT, OFCOM CH, RTR, UKE, PTS, Nkom, DBA,
 * Traficom, ČTÚ, EETT, BTK, Roskomnadzor/Minsvyaz, NKRZI, ANCOM, NMHH, FCC/NANPA and CRTC, IFT, Anatel, ENACOM,
 * SUBTEL, CRC, OSIPTEL, NCC, CA Kenya, ICASA, NTRA, ANRT, NCA Ghana, ECA Ethiopia, ARTP, TRAI/DoT, PTA, BTRC, NTA,
 * TRCSL, MIIT, MIC Japan, MSIT, NCC Taiwan, OFCA, IMDA, MCMC, Kominfo, NBTC, MIC Vietnam, NTC Philippines, CST, TDRA,
 * Israel MoC, CRA Iran, ACMA, NZ NAD) — written by hand from those plans, never from libphonenumber (the guard's own
 * dependency). `national` and `international` are masks of the NSN's digits (`#`) in the grouping the country's
 * people use, with the trunk prefix and the calling code as literals. `generate` lists NSN prefixes the generator
 * draws from (each completed with random digits to `length`); `pattern` is the plan's range that check.ts accepts.
 * Drama and documentation ranges are listed apart (`DRAMA`): the generator never draws a private number from them.
 */

export interface NumberType {
  /** The plan's range for the NSN (the digits after the calling code, without trunk prefix). */
  readonly pattern: RegExp;
  /** NSN prefixes to draw from, each completed to `length` digits. */
  readonly generate: readonly string[];
  readonly length: number;
  /** The natives' national written form: `#` is one NSN digit, everything else literal (trunk prefix included). */
  readonly national: string;
  /** The international form (`+CC` and the NSN's groups). */
  readonly international: string;
}

export interface CountryPlan {
  readonly iso: string;
  readonly name: string;
  readonly continent: "Europe" | "Americas" | "Africa" | "Asia" | "Oceania";
  readonly cc: string;
  /** Trunk prefix dialled before the NSN inside the country ("" when none). */
  readonly trunk: string;
  /** The NSN alone (without trunk) is also how natives write the number (India, Nepal mobiles). */
  readonly trunkOptional?: boolean;
  /** The language the country's prompts are written in (a language of the country). */
  readonly lang: string;
  /** Code point of the digit zero of the local digits people write (Arabic-Indic, Persian, Devanagari …). */
  readonly localZero?: number;
  readonly mobile: NumberType;
  readonly landline: NumberType;
}

const t = (pattern: RegExp, generate: string[], length: number, national: string, international: string): NumberType => ({
  pattern,
  generate,
  length,
  national,
  international,
});

export const ARABIC_INDIC = 0x660;
export const PERSIAN = 0x6f0;
export const DEVANAGARI = 0x966;
export const BENGALI = 0x9e6;
export const THAI = 0xe50;
export const FULL_WIDTH = 0xff10;
export const LOCAL_ZEROS = [ARABIC_INDIC, PERSIAN, DEVANAGARI, BENGALI, THAI, FULL_WIDTH] as const;

const NANP_AREA = /^(?:[2-9](?:[02-9]\d|1[02-9]))(?:[2-9](?:[02-9]\d|1[02-9]))\d{4}$/;

export const COUNTRIES: readonly CountryPlan[] = [
  // ------------------------------------------------------------------ Europe
  {
    iso: "GB",
    name: "United Kingdom",
    continent: "Europe",
    cc: "44",
    trunk: "0",
    lang: "en",
    mobile: t(/^7[1-57-9]\d{8}$/, ["740", "745", "751", "752", "780", "783", "787", "790", "795", "798"], 10, "0#### ######", "+44 #### ######"),
    landline: t(/^20[378]\d{7}$/, ["203", "207", "208"], 10, "0## #### ####", "+44 ## #### ####"),
  },
  {
    iso: "IE",
    name: "Ireland",
    continent: "Europe",
    cc: "353",
    trunk: "0",
    lang: "en",
    mobile: t(/^8[35679]\d{7}$/, ["83", "85", "86", "87", "89"], 9, "0## ### ####", "+353 ## ### ####"),
    landline: t(/^1[2-9]\d{6}$/, ["14", "16", "18"], 8, "0# ### ####", "+353 # ### ####"),
  },
  {
    iso: "FR",
    name: "France",
    continent: "Europe",
    cc: "33",
    trunk: "0",
    lang: "fr",
    mobile: t(/^(?:6\d|7[3-9])\d{7}$/, ["61", "62", "64", "65", "66", "67", "68", "75", "76", "77", "78"], 9, "0# ## ## ## ##", "+33 # ## ## ## ##"),
    landline: t(/^[1-5]\d{8}$/, ["142", "143", "145", "147", "153", "478", "491"], 9, "0# ## ## ## ##", "+33 # ## ## ## ##"),
  },
  {
    iso: "DE",
    name: "Germany",
    continent: "Europe",
    cc: "49",
    trunk: "0",
    lang: "de",
    mobile: t(/^(?:15[0-25-9]\d{8}|1(?:6[023]|7\d)\d{7,8})$/, ["151", "152", "157", "176", "177"], 11, "0### ########", "+49 ### ########"),
    landline: t(/^(?:30|40|89)[1-9]\d{6,7}$/, ["30", "40", "89"], 10, "0## ########", "+49 ## ########"),
  },
  {
    iso: "ES",
    name: "Spain",
    continent: "Europe",
    cc: "34",
    trunk: "",
    lang: "es",
    mobile: t(/^(?:6\d|7[1-4])\d{7}$/, ["610", "620", "630", "646", "655", "661", "676", "679", "686", "690", "722"], 9, "### ### ###", "+34 ### ### ###"),
    landline: t(/^9[1-8]\d{7}$/, ["91", "93", "95", "96"], 9, "## ### ## ##", "+34 ## ### ## ##"),
  },
  {
    iso: "IT",
    name: "Italy",
    continent: "Europe",
    cc: "39",
    trunk: "",
    lang: "it",
    mobile: t(/^3[1-9]\d{7,8}$/, ["320", "328", "333", "338", "339", "340", "347", "348", "349", "366", "380", "392"], 10, "### ### ####", "+39 ### ### ####"),
    landline: t(/^0\d{5,10}$/, ["06", "02"], 10, "## #### ####", "+39 ## #### ####"),
  },
  {
    iso: "PT",
    name: "Portugal",
    continent: "Europe",
    cc: "351",
    trunk: "",
    lang: "pt",
    mobile: t(/^9[1236]\d{7}$/, ["91", "92", "93", "96"], 9, "### ### ###", "+351 ### ### ###"),
    landline: t(/^2\d{8}$/, ["21", "22"], 9, "### ### ###", "+351 ### ### ###"),
  },
  {
    iso: "NL",
    name: "Netherlands",
    continent: "Europe",
    cc: "31",
    trunk: "0",
    lang: "nl",
    mobile: t(/^6[1-58]\d{7}$/, ["61", "62", "63", "64", "65"], 9, "0#-########", "+31 # ########"),
    landline: t(/^20[2-9]\d{6}$/, ["20"], 9, "0##-### ####", "+31 ## ### ####"),
  },
  {
    iso: "BE",
    name: "Belgium",
    continent: "Europe",
    cc: "32",
    trunk: "0",
    lang: "fr",
    mobile: t(/^4[5-9]\d{7}$/, ["47", "48", "49", "46"], 9, "0### ## ## ##", "+32 ### ## ## ##"),
    landline: t(/^2[1-9]\d{6}$/, ["2"], 8, "0# ### ## ##", "+32 # ### ## ##"),
  },
  {
    iso: "CH",
    name: "Switzerland",
    continent: "Europe",
    cc: "41",
    trunk: "0",
    lang: "de",
    mobile: t(/^7[5-9]\d{7}$/, ["76", "77", "78", "79"], 9, "0## ### ## ##", "+41 ## ### ## ##"),
    landline: t(/^44[2-9]\d{6}$/, ["44"], 9, "0## ### ## ##", "+41 ## ### ## ##"),
  },
  {
    iso: "AT",
    name: "Austria",
    continent: "Europe",
    cc: "43",
    trunk: "0",
    lang: "de",
    mobile: t(/^6(?:5[0-3579]|6[013-9]|[7-9]\d)\d{6,9}$/, ["664", "676", "660", "650", "699"], 10, "0### #######", "+43 ### #######"),
    landline: t(/^1[2-9]\d{3,11}$/, ["1"], 8, "0# #######", "+43 # #######"),
  },
  {
    iso: "PL",
    name: "Poland",
    continent: "Europe",
    cc: "48",
    trunk: "",
    lang: "pl",
    mobile: t(/^(?:5[0137]|6[069]|7[2389]|88)\d{7}$/, ["50", "51", "53", "57", "60", "66", "69", "72", "78", "79", "88"], 9, "### ### ###", "+48 ### ### ###"),
    landline: t(/^(?:12|22|58|61|71)\d{7}$/, ["22", "12", "61"], 9, "## ### ## ##", "+48 ## ### ## ##"),
  },
  {
    iso: "SE",
    name: "Sweden",
    continent: "Europe",
    cc: "46",
    trunk: "0",
    lang: "sv",
    mobile: t(/^7[02369]\d{7}$/, ["70", "72", "73", "76", "79"], 9, "0##-### ## ##", "+46 ## ### ## ##"),
    landline: t(/^8[1-9]\d{5,7}$/, ["8"], 8, "0#-### ## ##", "+46 # ### ## ##"),
  },
  {
    iso: "NO",
    name: "Norway",
    continent: "Europe",
    cc: "47",
    trunk: "",
    lang: "no",
    mobile: t(/^[49]\d{7}$/, ["40", "41", "45", "46", "47", "48", "90", "91", "92", "93", "95", "98"], 8, "### ## ###", "+47 ### ## ###"),
    landline: t(/^2[1-9]\d{6}$/, ["22", "23"], 8, "## ## ## ##", "+47 ## ## ## ##"),
  },
  {
    iso: "DK",
    name: "Denmark",
    continent: "Europe",
    cc: "45",
    trunk: "",
    lang: "da",
    mobile: t(
      /^(?:2\d|3[01]|4[01]|5[0-3]|6[01]|71|81|9[1-3])\d{6}$/,
      ["20", "22", "26", "28", "30", "40", "42", "51", "60", "61", "71", "91"],
      8,
      "## ## ## ##",
      "+45 ## ## ## ##",
    ),
    landline: t(/^3[2-9]\d{6}$/, ["33", "35", "38"], 8, "## ## ## ##", "+45 ## ## ## ##"),
  },
  {
    iso: "FI",
    name: "Finland",
    continent: "Europe",
    cc: "358",
    trunk: "0",
    lang: "fi",
    mobile: t(/^(?:4\d|50)\d{4,8}$/, ["40", "44", "45", "50"], 9, "0## ### ####", "+358 ## ### ####"),
    landline: t(/^9\d{5,8}$/, ["9"], 8, "0# ### ####", "+358 # ### ####"),
  },
  {
    iso: "CZ",
    name: "Czechia",
    continent: "Europe",
    cc: "420",
    trunk: "",
    lang: "cs",
    mobile: t(
      /^(?:60[1-8]|7[2-9]\d)\d{6}$/,
      ["602", "603", "604", "605", "606", "608", "721", "724", "732", "736", "773", "777"],
      9,
      "### ### ###",
      "+420 ### ### ###",
    ),
    landline: t(/^2\d{8}$/, ["22", "26", "27"], 9, "### ### ###", "+420 ### ### ###"),
  },
  {
    iso: "GR",
    name: "Greece",
    continent: "Europe",
    cc: "30",
    trunk: "",
    lang: "el",
    mobile: t(/^69\d{8}$/, ["690", "693", "694", "697", "698", "699"], 10, "### ### ####", "+30 ### ### ####"),
    landline: t(/^2[1-8]\d{8}$/, ["210"], 10, "### ### ####", "+30 ### ### ####"),
  },
  {
    iso: "TR",
    name: "Türkiye",
    continent: "Europe",
    cc: "90",
    trunk: "0",
    lang: "tr",
    mobile: t(
      /^5(?:0[15-7]|[2-5]\d)\d{7}$/,
      ["505", "506", "530", "532", "533", "535", "536", "542", "543", "544", "553"],
      10,
      "0### ### ## ##",
      "+90 ### ### ## ##",
    ),
    landline: t(/^(?:212|216|312|232)[2-9]\d{6}$/, ["212", "216", "312"], 10, "0### ### ## ##", "+90 ### ### ## ##"),
  },
  {
    iso: "RU",
    name: "Russia",
    continent: "Europe",
    cc: "7",
    trunk: "8",
    lang: "ru",
    mobile: t(/^9\d{9}$/, ["903", "905", "910", "912", "915", "916", "926", "985"], 10, "8 (###) ###-##-##", "+7 ### ###-##-##"),
    landline: t(/^(?:495|499|812)[2-9]\d{6}$/, ["495", "499", "812"], 10, "8 (###) ###-##-##", "+7 ### ###-##-##"),
  },
  {
    iso: "UA",
    name: "Ukraine",
    continent: "Europe",
    cc: "380",
    trunk: "0",
    lang: "uk",
    mobile: t(/^(?:50|6[3678]|73|9[35-9])\d{7}$/, ["50", "63", "66", "67", "68", "73", "93", "95", "96", "97", "98"], 9, "0## ### ## ##", "+380 ## ### ## ##"),
    landline: t(/^44[2-9]\d{6}$/, ["44"], 9, "0## ### ## ##", "+380 ## ### ## ##"),
  },
  {
    iso: "RO",
    name: "Romania",
    continent: "Europe",
    cc: "40",
    trunk: "0",
    lang: "ro",
    mobile: t(/^7[2-8]\d{7}$/, ["72", "73", "74", "75", "76", "78"], 9, "0### ### ###", "+40 ### ### ###"),
    landline: t(/^21[2-9]\d{6}$/, ["21"], 9, "0## ### ####", "+40 ## ### ####"),
  },
  {
    iso: "HU",
    name: "Hungary",
    continent: "Europe",
    cc: "36",
    trunk: "06",
    lang: "hu",
    mobile: t(/^(?:20|3[01]|50|70)\d{7}$/, ["20", "30", "31", "70"], 9, "06 ## ### ####", "+36 ## ### ####"),
    landline: t(/^1[2-9]\d{6}$/, ["1"], 8, "06 # ### ####", "+36 # ### ####"),
  },
  // ------------------------------------------------------------------ Americas
  {
    iso: "US",
    name: "United States",
    continent: "Americas",
    cc: "1",
    trunk: "1",
    trunkOptional: true,
    lang: "en",
    mobile: t(NANP_AREA, ["212", "312", "415", "617", "206", "303", "512", "404", "713", "305"], 10, "(###) ###-####", "+1 ###-###-####"),
    landline: t(NANP_AREA, ["212", "617", "202", "312"], 10, "(###) ###-####", "+1 ###-###-####"),
  },
  {
    iso: "CA",
    name: "Canada",
    continent: "Americas",
    cc: "1",
    trunk: "1",
    trunkOptional: true,
    lang: "en",
    mobile: t(NANP_AREA, ["416", "604", "514", "403", "613", "780"], 10, "###-###-####", "+1 ###-###-####"),
    landline: t(NANP_AREA, ["416", "604", "613"], 10, "###-###-####", "+1 ###-###-####"),
  },
  {
    iso: "MX",
    name: "Mexico",
    continent: "Americas",
    cc: "52",
    trunk: "",
    lang: "es",
    mobile: t(/^(?:55|33|81)[1-9]\d{7}$/, ["55", "33", "81"], 10, "## #### ####", "+52 ## #### ####"),
    landline: t(/^(?:55|33|81)[1-9]\d{7}$/, ["55", "33"], 10, "## #### ####", "+52 ## #### ####"),
  },
  {
    iso: "BR",
    name: "Brazil",
    continent: "Americas",
    cc: "55",
    trunk: "0",
    trunkOptional: true,
    lang: "pt",
    mobile: t(/^[1-9][1-9]9[6-9]\d{7}$/, ["119", "219", "319", "419", "519", "619", "719", "819"], 11, "(##) #####-####", "+55 ## #####-####"),
    landline: t(/^[1-9][1-9][2-5]\d{7}$/, ["113", "213", "313", "513"], 10, "(##) ####-####", "+55 ## ####-####"),
  },
  {
    iso: "AR",
    name: "Argentina",
    continent: "Americas",
    cc: "54",
    trunk: "0",
    lang: "es",
    // Mobiles take "15" after the area code at home and "9" after +54 abroad: only fixed lines are drawn here.
    mobile: t(/^11[2-7]\d{7}$/, ["114", "115"], 10, "0## ####-####", "+54 ## ####-####"),
    landline: t(/^11[2-7]\d{7}$/, ["114", "115"], 10, "0## ####-####", "+54 ## ####-####"),
  },
  {
    iso: "CL",
    name: "Chile",
    continent: "Americas",
    cc: "56",
    trunk: "",
    lang: "es",
    mobile: t(/^9\d{8}$/, ["9"], 9, "# #### ####", "+56 # #### ####"),
    landline: t(/^2\d{8}$/, ["22"], 9, "# #### ####", "+56 # #### ####"),
  },
  {
    iso: "CO",
    name: "Colombia",
    continent: "Americas",
    cc: "57",
    trunk: "",
    lang: "es",
    mobile: t(/^3[0-5]\d{8}$/, ["300", "301", "310", "311", "312", "315", "316", "320", "321", "350"], 10, "### ### ####", "+57 ### ### ####"),
    landline: t(/^60[1-8][2-9]\d{6}$/, ["601", "604"], 10, "### ### ####", "+57 ### ### ####"),
  },
  {
    iso: "PE",
    name: "Peru",
    continent: "Americas",
    cc: "51",
    trunk: "0",
    trunkOptional: true,
    lang: "es",
    mobile: t(/^9\d{8}$/, ["9"], 9, "### ### ###", "+51 ### ### ###"),
    landline: t(/^1[2-7]\d{6}$/, ["1"], 8, "(0#) ###-####", "+51 # ###-####"),
  },
  // ------------------------------------------------------------------ Africa
  {
    iso: "NG",
    name: "Nigeria",
    continent: "Africa",
    cc: "234",
    trunk: "0",
    lang: "en",
    mobile: t(
      /^(?:70[1-9]|80[2-9]|81[0-8]|90[1-9]|91[0-6])\d{7}$/,
      ["703", "706", "803", "806", "813", "816", "903", "906"],
      10,
      "0### ### ####",
      "+234 ### ### ####",
    ),
    landline: t(/^1\d{7}$/, ["1"], 8, "0# ### ####", "+234 # ### ####"),
  },
  {
    iso: "KE",
    name: "Kenya",
    continent: "Africa",
    cc: "254",
    trunk: "0",
    lang: "en",
    mobile: t(/^(?:7[0-24-9]\d|1[01]\d)\d{6}$/, ["70", "71", "72", "74", "79", "11"], 9, "0### ######", "+254 ### ######"),
    landline: t(/^20[2-9]\d{6}$/, ["20"], 9, "0## ### ####", "+254 ## ### ####"),
  },
  {
    iso: "ZA",
    name: "South Africa",
    continent: "Africa",
    cc: "27",
    trunk: "0",
    lang: "en",
    mobile: t(/^(?:6[0-5]|7[1-46-9]|8[1-4])\d{7}$/, ["60", "61", "71", "72", "73", "76", "79", "82", "83", "84"], 9, "0## ### ####", "+27 ## ### ####"),
    landline: t(/^(?:11|21|31)[2-9]\d{6}$/, ["11", "21"], 9, "0## ### ####", "+27 ## ### ####"),
  },
  {
    iso: "EG",
    name: "Egypt",
    continent: "Africa",
    cc: "20",
    trunk: "0",
    lang: "ar",
    localZero: ARABIC_INDIC,
    mobile: t(/^1[0125]\d{8}$/, ["10", "11", "12", "15"], 10, "0### ### ####", "+20 ### ### ####"),
    landline: t(/^2[2-9]\d{7}$/, ["2"], 9, "0# #### ####", "+20 # #### ####"),
  },
  {
    iso: "MA",
    name: "Morocco",
    continent: "Africa",
    cc: "212",
    trunk: "0",
    lang: "fr",
    mobile: t(/^(?:6\d|7[06-8])\d{7}$/, ["61", "62", "66", "67", "70", "77"], 9, "0# ## ## ## ##", "+212 # ## ## ## ##"),
    landline: t(/^52[2-8]\d{6}$/, ["522"], 9, "0# ## ## ## ##", "+212 # ## ## ## ##"),
  },
  {
    iso: "GH",
    name: "Ghana",
    continent: "Africa",
    cc: "233",
    trunk: "0",
    lang: "en",
    mobile: t(/^(?:2[034679]|5[03-79])\d{7}$/, ["20", "24", "26", "27", "54", "55", "59"], 9, "0## ### ####", "+233 ## ### ####"),
    landline: t(/^30[2-9]\d{6}$/, ["30"], 9, "0## ### ####", "+233 ## ### ####"),
  },
  {
    iso: "ET",
    name: "Ethiopia",
    continent: "Africa",
    cc: "251",
    trunk: "0",
    lang: "en",
    mobile: t(/^9\d{8}$/, ["91", "92", "93"], 9, "0## ### ####", "+251 ## ### ####"),
    landline: t(/^11\d{7}$/, ["11"], 9, "0## ### ####", "+251 ## ### ####"),
  },
  {
    iso: "SN",
    name: "Senegal",
    continent: "Africa",
    cc: "221",
    trunk: "",
    lang: "fr",
    mobile: t(/^7[05-8]\d{7}$/, ["70", "76", "77", "78"], 9, "## ### ## ##", "+221 ## ### ## ##"),
    landline: t(/^33\d{7}$/, ["338"], 9, "## ### ## ##", "+221 ## ### ## ##"),
  },
  // ------------------------------------------------------------------ Asia
  {
    iso: "IN",
    name: "India",
    continent: "Asia",
    cc: "91",
    trunk: "0",
    trunkOptional: true,
    lang: "hi",
    localZero: DEVANAGARI,
    mobile: t(/^[6-9]\d{9}$/, ["98", "99", "97", "94", "88", "70", "63"], 10, "##### #####", "+91 ##### #####"),
    landline: t(/^11[2-6]\d{7}$/, ["112", "114"], 10, "0##-#### ####", "+91 ## #### ####"),
  },
  {
    iso: "PK",
    name: "Pakistan",
    continent: "Asia",
    cc: "92",
    trunk: "0",
    lang: "ur",
    localZero: PERSIAN,
    mobile: t(/^3[0-4]\d{8}$/, ["300", "301", "302", "311", "321", "333", "345"], 10, "0###-#######", "+92 ### #######"),
    landline: t(/^21[2-9]\d{7}$/, ["21"], 10, "(0##) #### ####", "+92 ## #### ####"),
  },
  {
    iso: "BD",
    name: "Bangladesh",
    continent: "Asia",
    cc: "880",
    trunk: "0",
    lang: "bn",
    localZero: BENGALI,
    mobile: t(/^1[3-9]\d{8}$/, ["13", "15", "16", "17", "18", "19"], 10, "0####-######", "+880 ####-######"),
    landline: t(/^2\d{7,8}$/, ["29", "28"], 8, "0#-#######", "+880 #-#######"),
  },
  {
    iso: "NP",
    name: "Nepal",
    continent: "Asia",
    cc: "977",
    trunk: "0",
    trunkOptional: true,
    lang: "ne",
    localZero: DEVANAGARI,
    mobile: t(/^9(?:8[0-6]|7[4-6])\d{7}$/, ["980", "981", "982", "984", "985", "986", "974"], 10, "###-#######", "+977 ###-#######"),
    landline: t(/^1[4-6]\d{6}$/, ["14", "15"], 8, "0#-#######", "+977 #-#######"),
  },
  {
    iso: "LK",
    name: "Sri Lanka",
    continent: "Asia",
    cc: "94",
    trunk: "0",
    lang: "en",
    mobile: t(/^7[0-24-8]\d{7}$/, ["70", "71", "72", "75", "76", "77", "78"], 9, "0## ### ####", "+94 ## ### ####"),
    landline: t(/^11[2-7]\d{6}$/, ["11"], 9, "0## ### ####", "+94 ## ### ####"),
  },
  {
    iso: "CN",
    name: "China",
    continent: "Asia",
    cc: "86",
    trunk: "0",
    trunkOptional: true,
    lang: "zh",
    localZero: FULL_WIDTH,
    mobile: t(/^1[3-9]\d{9}$/, ["135", "136", "138", "139", "150", "152", "158", "186", "188", "199"], 11, "### #### ####", "+86 ### #### ####"),
    landline: t(/^10[2-8]\d{7}$/, ["106", "108"], 10, "0##-########", "+86 ## ########"),
  },
  {
    iso: "JP",
    name: "Japan",
    continent: "Asia",
    cc: "81",
    trunk: "0",
    lang: "ja",
    localZero: FULL_WIDTH,
    mobile: t(/^[789]0[1-9]\d{7}$/, ["90", "80", "70"], 10, "0##-####-####", "+81 ##-####-####"),
    landline: t(/^3[3-6]\d{7}$/, ["33", "35", "36"], 9, "0#-####-####", "+81 #-####-####"),
  },
  {
    iso: "KR",
    name: "Korea",
    continent: "Asia",
    cc: "82",
    trunk: "0",
    lang: "ko",
    mobile: t(/^10[2-9]\d{7}$/, ["10"], 10, "0##-####-####", "+82 ##-####-####"),
    landline: t(/^2[2-9]\d{7}$/, ["2"], 9, "0#-####-####", "+82 #-####-####"),
  },
  {
    iso: "TW",
    name: "Taiwan",
    continent: "Asia",
    cc: "886",
    trunk: "0",
    lang: "zh-hant",
    mobile: t(/^9\d{8}$/, ["91", "92", "93", "95", "96", "97", "98"], 9, "0###-###-###", "+886 ###-###-###"),
    landline: t(/^2[2-8]\d{7}$/, ["22", "27", "28"], 9, "(0#) ####-####", "+886 # ####-####"),
  },
  {
    iso: "HK",
    name: "Hong Kong",
    continent: "Asia",
    cc: "852",
    trunk: "",
    lang: "zh-hant",
    mobile: t(/^(?:5[1-9]|6\d|9[0-8])\d{6}$/, ["51", "54", "61", "62", "64", "67", "90", "91", "94", "97"], 8, "#### ####", "+852 #### ####"),
    landline: t(/^[23][1-9]\d{6}$/, ["2", "3"], 8, "#### ####", "+852 #### ####"),
  },
  {
    iso: "SG",
    name: "Singapore",
    continent: "Asia",
    cc: "65",
    trunk: "",
    lang: "en",
    mobile: t(/^[89][1-8]\d{6}$/, ["81", "82", "87", "91", "92", "96", "97", "98"], 8, "#### ####", "+65 #### ####"),
    landline: t(/^6[1-9]\d{6}$/, ["62", "64", "67"], 8, "#### ####", "+65 #### ####"),
  },
  {
    iso: "MY",
    name: "Malaysia",
    continent: "Asia",
    cc: "60",
    trunk: "0",
    lang: "ms",
    mobile: t(/^1[02-46-9]\d{7}$/, ["12", "13", "14", "16", "17", "19"], 9, "0##-### ####", "+60 ##-### ####"),
    landline: t(/^3[2-9]\d{7}$/, ["32", "37", "38"], 9, "0#-#### ####", "+60 #-#### ####"),
  },
  {
    iso: "ID",
    name: "Indonesia",
    continent: "Asia",
    cc: "62",
    trunk: "0",
    lang: "id",
    mobile: t(/^8[1-9]\d{6,10}$/, ["812", "813", "821", "852", "856", "857", "878"], 11, "0###-####-####", "+62 ###-####-####"),
    landline: t(/^21\d{7,8}$/, ["215", "217"], 10, "(0##) ####-####", "+62 ## ####-####"),
  },
  {
    iso: "TH",
    name: "Thailand",
    continent: "Asia",
    cc: "66",
    trunk: "0",
    lang: "th",
    localZero: THAI,
    mobile: t(/^[689]\d{8}$/, ["61", "62", "81", "82", "86", "89", "91", "95"], 9, "0##-###-####", "+66 ##-###-####"),
    landline: t(/^2\d{7}$/, ["2"], 8, "0#-###-####", "+66 #-###-####"),
  },
  {
    iso: "VN",
    name: "Vietnam",
    continent: "Asia",
    cc: "84",
    trunk: "0",
    lang: "vi",
    mobile: t(
      /^(?:3[2-9]|5[689]|7[06-9]|8[1-689]|9[0-46-9])\d{7}$/,
      ["32", "35", "38", "70", "77", "86", "90", "91", "98"],
      9,
      "0### ### ###",
      "+84 ### ### ###",
    ),
    landline: t(/^24[3-9]\d{7}$/, ["24"], 10, "0## #### ####", "+84 ## #### ####"),
  },
  {
    iso: "PH",
    name: "Philippines",
    continent: "Asia",
    cc: "63",
    trunk: "0",
    lang: "en",
    mobile: t(/^9\d{9}$/, ["905", "906", "915", "917", "918", "919", "920", "927", "998"], 10, "0### ### ####", "+63 ### ### ####"),
    landline: t(/^28\d{7}$/, ["28"], 9, "(0#) #### ####", "+63 # #### ####"),
  },
  {
    iso: "SA",
    name: "Saudi Arabia",
    continent: "Asia",
    cc: "966",
    trunk: "0",
    lang: "ar",
    localZero: ARABIC_INDIC,
    mobile: t(/^5\d{8}$/, ["50", "53", "54", "55", "56", "59"], 9, "0## ### ####", "+966 ## ### ####"),
    landline: t(/^1[1-7][2-9]\d{6}$/, ["11"], 9, "0## ### ####", "+966 ## ### ####"),
  },
  {
    iso: "AE",
    name: "United Arab Emirates",
    continent: "Asia",
    cc: "971",
    trunk: "0",
    lang: "en",
    mobile: t(/^5[024-68]\d{7}$/, ["50", "52", "54", "55", "56", "58"], 9, "0##-### ####", "+971 ##-### ####"),
    landline: t(/^4[2-9]\d{6}$/, ["4"], 8, "0#-### ####", "+971 #-### ####"),
  },
  {
    iso: "IL",
    name: "Israel",
    continent: "Asia",
    cc: "972",
    trunk: "0",
    lang: "he",
    mobile: t(/^5[0-58]\d{7}$/, ["50", "52", "53", "54", "55", "58"], 9, "0##-###-####", "+972 ##-###-####"),
    landline: t(/^3[5-9]\d{6}$/, ["3"], 8, "0#-###-####", "+972 #-###-####"),
  },
  {
    iso: "IR",
    name: "Iran",
    continent: "Asia",
    cc: "98",
    trunk: "0",
    lang: "fa",
    localZero: PERSIAN,
    mobile: t(/^9[0-39]\d{8}$/, ["912", "919", "935", "901", "921", "939"], 10, "0### ### ####", "+98 ### ### ####"),
    landline: t(/^21[2-9]\d{7}$/, ["21"], 10, "0## #### ####", "+98 ## #### ####"),
  },
  // ------------------------------------------------------------------ Oceania
  {
    iso: "AU",
    name: "Australia",
    continent: "Oceania",
    cc: "61",
    trunk: "0",
    lang: "en",
    mobile: t(/^4\d{8}$/, ["400", "401", "402", "403", "404", "405", "406", "407", "408", "409", "41", "42", "43"], 9, "0### ### ###", "+61 ### ### ###"),
    landline: t(/^(?:2[3-9]|3[4-9]|7[3-5]|8[6-9])\d{7}$/, ["29", "38", "73", "88"], 9, "(0#) #### ####", "+61 # #### ####"),
  },
  {
    iso: "NZ",
    name: "New Zealand",
    continent: "Oceania",
    cc: "64",
    trunk: "0",
    lang: "en",
    mobile: t(/^2[127]\d{6,8}$/, ["21", "22", "27"], 9, "0## ### ####", "+64 ## ### ####"),
    landline: t(/^9[2-9]\d{6}$/, ["9"], 8, "0# ### ####", "+64 # ### ####"),
  },
];

/**
 * Drama, fiction and documentation ranges (NSN, after the calling code) kept for films, books and manuals: Ofcom's
 * 07700 900000–900999, 020 7946 0000–0999, 0113/0114/0115/0116/0117/0118/0121/0131/0141/0151/0161/0191 496 0xxx,
 * 01632 960xxx; NANP 555-0100–0199; ACMA's 0491 570 xxx–0491 579 xxx and (0x) 5550 xxxx / 7010 xxxx; ARCEP's fiction
 * blocks 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 06 39 98 xx xx; PTS's 070-17 40 6xx.
 */
export const DRAMA: ReadonlyArray<readonly [string, RegExp]> = [
  ["44", /^(?:7700900\d{3}|2079460\d{3}|(?:11[3-8]|121|131|141|151|161|191)4960\d{3}|1632960\d{3})$/],
  ["1", /^\d{3}55501\d{2}$/],
  ["61", /^(?:49157\d{4}|[2378](?:5550|7010)\d{4})$/],
  ["33", /^(?:19900|26191|35301|46571|53649|63998)\d{4}$/],
  ["46", /^701740[6-9]\d{2}$/],
];

export const isDrama = (cc: string, nsn: string) => DRAMA.some(([code, range]) => code === cc && range.test(nsn));

export const countryOf = (iso: string): CountryPlan => {
  const plan = COUNTRIES.find((country) => country.iso === iso);
  if (!plan) throw new Error(`no plan for ${iso}`);
  return plan;
};

/** Fills `mask`'s `#` with the NSN's digits in order. */
export function fillMask(mask: string, nsn: string): string {
  let index = 0;
  const out = mask.replace(/#/g, () => nsn[index++] ?? "?");
  if (index !== nsn.length) throw new Error(`mask ${mask} holds ${index} digits, number has ${nsn.length}`);
  return out;
}

/** Digits written in a script with decimal digits from `zero` (and, for full-width, its plus and hyphen). */
export function toLocalDigits(text: string, zero: number): string {
  return [...text]
    .map((character) => {
      if (/[0-9]/.test(character)) return String.fromCodePoint(zero + Number(character));
      if (zero === FULL_WIDTH && character === "+") return "＋";
      if (zero === FULL_WIDTH && character === "-") return "－";
      return character;
    })
    .join("");
}
