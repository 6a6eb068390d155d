// Invented private people, addresses and conditions per language for the independent privacy set.
// Names are made up by combining common given and family names; any match with a real person is chance.

import type { Values } from "./values.js";

export type Lang = "en" | "de" | "fr" | "es" | "it" | "pt" | "nl" | "pl" | "zh" | "ja" | "ko" | "hi" | "hinglish" | "ar" | "ru";

export interface Person {
  name: string;
  given: string;
  family: string;
  /** Latin handle used for e-mail addresses and user names. */
  handle: string;
}

const LATIN_NAMES: Record<string, [string[], string[]]> = {
  en: [
    ["Megan", "Tyler", "Priya", "Owen", "Hannah", "Marcus", "Chloe", "Dwayne", "Siobhan", "Gareth", "Rosalind", "Kofi"],
    ["Whitfield", "Okafor", "Brennan", "Lindqvist", "Harrow", "Castellano", "Pemberton", "Nguyen", "Ashdown", "McAllister", "Delacroix", "Fairbairn"],
  ],
  de: [
    ["Jana", "Lukas", "Birgit", "Torsten", "Mia", "Florian", "Heike", "Jannik", "Svenja", "Dieter"],
    ["Brückner", "Wendler", "Hoffmeister", "Kalbfleisch", "Oberndorfer", "Scholz", "Rieger", "Lämmle", "Vogelsang", "Ziegler"],
  ],
  fr: [
    ["Camille", "Mathis", "Océane", "Thibault", "Élodie", "Baptiste", "Margaux", "Yanis", "Clémence", "Loïc"],
    ["Lefebvre", "Morin", "Chevalier", "Garnier", "Rousseau", "Perrin", "Benhamou", "Girard", "Fontaine", "Lemaire"],
  ],
  es: [
    ["Lucía", "Alejandro", "Nerea", "Iker", "Rocío", "Álvaro", "Ainhoa", "Sergio", "Marta", "Javier"],
    ["Navarro", "Olmedo", "Etxeberria", "Castaño", "Peña", "Medina", "Villalobos", "Serrano", "Quintana", "Ibáñez"],
  ],
  it: [
    ["Giulia", "Lorenzo", "Chiara", "Matteo", "Federica", "Davide", "Alessia", "Simone", "Ilaria", "Riccardo"],
    ["Colombo", "Ferraro", "Esposito", "Marchetti", "Bellini", "Galli", "Rinaldi", "Pellegrini", "Caruso", "Fabbri"],
  ],
  pt: [
    ["Beatriz", "João", "Inês", "Rafael", "Mariana", "Thiago", "Larissa", "Gonçalo", "Camila", "Rodrigo"],
    ["Carvalho", "Figueiredo", "Azevedo", "Moreira", "Tavares", "Nogueira", "Sampaio", "Barros", "Pacheco", "Lacerda"],
  ],
  nl: [
    ["Sanne", "Daan", "Femke", "Bram", "Lotte", "Joris", "Anouk", "Thijs", "Marloes", "Sem"],
    ["de Vries", "Bakker", "Visser", "van Dijk", "Mulder", "Jansen", "Smit", "van den Berg", "Kuipers", "Hendriks"],
  ],
  pl: [
    ["Agnieszka", "Kacper", "Zofia", "Mateusz", "Katarzyna", "Piotr", "Natalia", "Bartosz", "Ewelina", "Tomasz"],
    ["Nowak", "Zając", "Mazur", "Krawczyk", "Wójcik", "Kaczmarek", "Dudek", "Pawlak", "Sikora", "Baran"],
  ],
  hinglish: [
    ["Sunita", "Rahul", "Priya", "Amit", "Neha", "Vikas", "Pooja", "Anil", "Kavita", "Rohan"],
    ["Sharma", "Verma", "Gupta", "Yadav", "Singh", "Mishra", "Joshi", "Kumar", "Iyer", "Patil"],
  ],
};

const SCRIPT_NAMES: Record<string, [string, string, string][]> = {
  zh: [
    ["王", "芳", "wang.fang"],
    ["李", "伟", "li.wei"],
    ["张", "敏", "zhang.min"],
    ["刘", "洋", "liu.yang"],
    ["陈", "静", "chen.jing"],
    ["杨", "磊", "yang.lei"],
    ["赵", "丽娜", "zhao.lina"],
    ["黄", "俊杰", "huang.junjie"],
    ["周", "晓燕", "zhou.xiaoyan"],
    ["吴", "浩然", "wu.haoran"],
  ],
  ja: [
    ["佐藤", "美咲", "misaki.sato"],
    ["鈴木", "健太", "kenta.suzuki"],
    ["高橋", "由美", "yumi.takahashi"],
    ["田中", "翔", "sho.tanaka"],
    ["渡辺", "彩", "aya.watanabe"],
    ["伊藤", "大輔", "daisuke.ito"],
    ["山本", "陽子", "yoko.yamamoto"],
    ["中村", "亮", "ryo.nakamura"],
  ],
  ko: [
    ["김", "민지", "minji.kim"],
    ["이", "준호", "junho.lee"],
    ["박", "서연", "seoyeon.park"],
    ["최", "동현", "donghyun.choi"],
    ["정", "하은", "haeun.jung"],
    ["강", "지훈", "jihoon.kang"],
    ["윤", "소희", "sohee.yoon"],
    ["장", "민석", "minseok.jang"],
  ],
  hi: [
    ["शर्मा", "सुनीता", "sunita.sharma"],
    ["वर्मा", "राहुल", "rahul.verma"],
    ["गुप्ता", "प्रिया", "priya.gupta"],
    ["यादव", "अमित", "amit.yadav"],
    ["सिंह", "नेहा", "neha.singh"],
    ["मिश्रा", "विकास", "vikas.mishra"],
    ["जोशी", "पूजा", "pooja.joshi"],
    ["कुमार", "अनिल", "anil.kumar"],
  ],
  ar: [
    ["الزهراني", "فاطمة", "fatima.zahrani"],
    ["الشمري", "أحمد", "ahmed.alshammari"],
    ["القحطاني", "نورة", "noura.q"],
    ["العتيبي", "محمد", "m.alotaibi"],
    ["حداد", "ليلى", "layla.haddad"],
    ["المصري", "خالد", "khaled.masri"],
    ["الكعبي", "مريم", "mariam.alkaabi"],
    ["بن علي", "يوسف", "youssef.benali"],
  ],
  ru: [
    ["Смирнова", "Анна", "anna.smirnova"],
    ["Волков", "Дмитрий", "d.volkov"],
    ["Кузнецова", "Елена", "elena.kuznetsova"],
    ["Соколов", "Игорь", "igor.sokolov"],
    ["Попова", "Ольга", "olga.popova"],
    ["Лебедев", "Сергей", "s.lebedev"],
  ],
};

/** Given-name lists alternate female (even index) and male (odd index). */
function byGender<T>(list: T[], gender?: "f" | "m"): T[] {
  if (!gender) return list;
  return list.filter((_, i) => (i % 2 === 0) === (gender === "f"));
}

export function person(v: Values, lang: Lang, gender?: "f" | "m"): Person {
  const latin = LATIN_NAMES[lang];
  if (latin) {
    const given = v.pick(byGender(latin[0], gender));
    const family = v.pick(latin[1]);
    const handle = `${given}.${family}`
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/ł/g, "l")
      .replace(/\s+/g, "")
      .toLowerCase();
    return { name: `${given} ${family}`, given, family, handle };
  }
  const scripted = SCRIPT_NAMES[lang];
  if (!scripted) throw new Error(`no names for ${lang}`);
  const [family, given, handle] = v.pick(byGender(scripted, gender));
  const name = lang === "zh" || lang === "ko" ? family + given : lang === "ja" ? `${family} ${given}` : `${given} ${family}`;
  return { name, given, family, handle };
}

const MAIL_DOMAINS: Record<Lang, string[]> = {
  en: ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "protonmail.com", "btinternet.com"],
  de: ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com"],
  fr: ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com"],
  es: ["gmail.com", "hotmail.es", "telefonica.net", "yahoo.es"],
  it: ["libero.it", "virgilio.it", "tiscali.it", "gmail.com"],
  pt: ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br"],
  nl: ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl"],
  pl: ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
  zh: ["qq.com", "163.com", "126.com", "sina.com"],
  ja: ["yahoo.co.jp", "docomo.ne.jp", "gmail.com", "ezweb.ne.jp"],
  ko: ["naver.com", "daum.net", "kakao.com", "gmail.com"],
  hi: ["gmail.com", "rediffmail.com", "yahoo.co.in"],
  hinglish: ["gmail.com", "rediffmail.com", "yahoo.co.in"],
  ar: ["gmail.com", "hotmail.com", "yahoo.com"],
  ru: ["mail.ru", "yandex.ru", "rambler.ru", "gmail.com"],
};

export function email(v: Values, p: Person, lang: Lang): string {
  const local = v.pick([
    p.handle,
    p.handle.replace(".", "_"),
    p.handle.replace(".", "") + v.int(1, 99),
    p.handle.split(".").reverse().join("."),
    (p.handle[0] ?? "x") + (p.handle.split(".")[1] ?? "user") + v.int(70, 99),
  ]);
  return `${local}@${v.pick(MAIL_DOMAINS[lang])}`;
}
export function workEmail(v: Values, p: Person): string {
  return `${p.handle}@${v.pick(["lindqvist-logistics.com", "brightpath-dental.co.uk", "nordhafen-bau.de", "atelier-morin.fr", "quintana-abogados.es", "fabbri-srl.it", "kuipers-installatie.nl", "sikora-transport.pl"])}`;
}

export type PhoneCountry = "US" | "UK" | "DE" | "FR" | "ES" | "IT" | "PT" | "BR" | "NL" | "PL" | "CN" | "JP" | "KR" | "IN" | "AE" | "SA" | "RU";
export const LANG_COUNTRY: Record<Lang, PhoneCountry> = {
  en: "US",
  de: "DE",
  fr: "FR",
  es: "ES",
  it: "IT",
  pt: "PT",
  nl: "NL",
  pl: "PL",
  zh: "CN",
  ja: "JP",
  ko: "KR",
  hi: "IN",
  hinglish: "IN",
  ar: "SA",
  ru: "RU",
};

export function phone(v: Values, country: PhoneCountry, international = false): string {
  const d = (n: number) => v.digits(n);
  switch (country) {
    case "US": {
      const area = v.pick(["312", "415", "617", "206", "512", "718", "919", "303"]);
      let exchange = String(v.int(201, 989));
      if (exchange === "555") exchange = "556";
      return international
        ? `+1 ${area} ${exchange} ${d(4)}`
        : v.pick([`(${area}) ${exchange}-${d(4)}`, `${area}-${exchange}-${d(4)}`, `${area}.${exchange}.${d(4)}`]);
    }
    case "UK": {
      let mobile = `7${v.int(400, 999)}`;
      if (mobile === "7700") mobile = "7701";
      return international ? `+44 ${mobile} ${d(6)}` : `0${mobile} ${d(6)}`;
    }
    case "DE":
      return international ? `+49 ${v.pick(["151", "160", "170", "176"])} ${d(8)}` : `0${v.pick(["151", "160", "170", "176"])} ${d(4)} ${d(4)}`;
    case "FR":
      return international ? `+33 ${v.pick(["6", "7"])} ${d(2)} ${d(2)} ${d(2)} ${d(2)}` : `0${v.pick(["6", "7"])} ${d(2)} ${d(2)} ${d(2)} ${d(2)}`;
    case "ES":
      return `${international ? "+34 " : ""}6${d(2)} ${d(3)} ${d(3)}`;
    case "IT":
      return `${international ? "+39 " : ""}3${v.pick(["33", "47", "28", "92"])} ${d(3)} ${d(4)}`;
    case "PT":
      return `${international ? "+351 " : ""}9${v.pick(["1", "2", "3", "6"])}${d(1)} ${d(3)} ${d(3)}`;
    case "BR":
      return `${international ? "+55 " : ""}(${v.pick(["11", "21", "31", "51"])}) 9${d(4)}-${d(4)}`;
    case "NL":
      return international ? `+31 6 ${d(4)} ${d(4)}` : `06-${d(8)}`;
    case "PL":
      return `${international ? "+48 " : ""}${v.pick(["501", "602", "693", "721", "888"])} ${d(3)} ${d(3)}`;
    case "CN":
      return `${international ? "+86 " : ""}1${v.pick(["38", "39", "58", "86", "77", "35"])}${v.pick([" ", "-", ""])}${d(4)}${v.pick([" ", "-", ""])}${d(4)}`;
    case "JP":
      return international ? `+81 90-${d(4)}-${d(4)}` : `0${v.pick(["90", "80", "70"])}-${d(4)}-${d(4)}`;
    case "KR":
      return international ? `+82 10-${d(4)}-${d(4)}` : `010-${d(4)}-${d(4)}`;
    case "IN":
      return international
        ? `+91 ${v.int(7, 9)}${d(4)} ${d(5)}`
        : v.pick([`${v.int(7, 9)}${d(4)}-${d(5)}`, `${v.int(7, 9)}${d(4)} ${d(5)}`, `0${v.int(7, 9)}${d(9)}`]);
    case "AE":
      return `+971 5${v.pick(["0", "2", "5", "6"])} ${d(3)} ${d(4)}`;
    case "SA":
      return international ? `+966 5${d(1)} ${d(3)} ${d(4)}` : `05${d(1)} ${d(3)} ${d(4)}`;
    case "RU":
      return `+7 9${d(2)} ${d(3)}-${d(2)}-${d(2)}`;
  }
}

export function address(v: Values, lang: Lang): string {
  const n = v.int(2, 189);
  switch (lang) {
    case "en":
      return v.pick([
        `${n} ${v.pick(["Maple", "Linden", "Harbor", "Cedar Ridge", "Whitmore", "Elmwood"])} ${v.pick(["Street", "Ave", "Drive", "Lane"])}, Apt ${v.int(1, 40)}${v.pick(["A", "B", ""])}, ${v.pick(["Evanston, IL 60201", "Somerville, MA 02143", "Tacoma, WA 98405", "Austin, TX 78704", "Durham, NC 27701"])}`,
        `Flat ${v.int(1, 12)}, ${n} ${v.pick(["Cranbrook Road", "Albion Street", "Mill Lane", "Thornfield Avenue"])}, ${v.pick(["Leeds LS6 2AB", "Bristol BS7 8QR", "Manchester M14 5RT", "Glasgow G12 9LD"])}`,
      ]);
    case "de":
      return `${v.pick(["Lindenstraße", "Am Mühlbach", "Schillerweg", "Bergmannstraße", "Hauptstr.", "Kastanienallee"])} ${n}${v.pick(["", "a", "b"])}, ${v.pick(["04275 Leipzig", "10961 Berlin", "80331 München", "50667 Köln", "70176 Stuttgart", "28203 Bremen"])}`;
    case "fr":
      return `${n} ${v.pick(["rue des Tanneurs", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Lilas", "rue de la République"])}, ${v.pick(["69002 Lyon", "31000 Toulouse", "75011 Paris", "13006 Marseille", "44000 Nantes"])}`;
    case "es":
      return `${v.pick(["Calle de Toledo", "Avenida de la Constitución", "Calle Mayor", "Paseo de Gracia", "Calle Larios"])} ${n}, ${v.int(1, 8)}º ${v.pick(["A", "B", "C", "izda.", "dcha."])}, ${v.pick(["28005 Madrid", "41001 Sevilla", "08008 Barcelona", "29015 Málaga", "48001 Bilbao"])}`;
    case "it":
      return `${v.pick(["Via Giuseppe Garibaldi", "Corso Vittorio Emanuele II", "Via dei Mille", "Viale Monza", "Piazza San Carlo"])} ${n}, ${v.pick(["40124 Bologna", "20127 Milano", "10121 Torino", "80132 Napoli", "50122 Firenze"])}`;
    case "pt":
      return v.pick([
        `Rua das Flores ${n}, ${v.int(1, 6)}º Esq., ${v.pick(["4050-262 Porto", "1200-195 Lisboa", "3000-150 Coimbra"])}`,
        `Rua Augusta, ${n * 7}, apto ${v.int(11, 98)}, ${v.pick(["São Paulo - SP, 01304-001", "Belo Horizonte - MG, 30130-010", "Curitiba - PR, 80010-000"])}`,
      ]);
    case "nl":
      return `${v.pick(["Bloemgracht", "Oudegracht", "Kerkstraat", "Vondelstraat", "Nieuwe Binnenweg"])} ${n}${v.pick(["", "-2", " hs", "A"])}, ${v.pick(["1016 KE Amsterdam", "3511 AL Utrecht", "3014 GJ Rotterdam", "2512 CX Den Haag"])}`;
    case "pl":
      return `ul. ${v.pick(["Marszałkowska", "Piotrkowska", "Długa", "Grunwaldzka", "Kościuszki"])} ${n}/${v.int(1, 60)}, ${v.pick(["00-514 Warszawa", "90-102 Łódź", "80-828 Gdańsk", "31-023 Kraków", "50-077 Wrocław"])}`;
    case "zh":
      return v.pick([
        `广东省深圳市南山区科技南路${n}号${v.int(1, 9)}栋${v.int(3, 28)}0${v.int(1, 6)}室`,
        `上海市徐汇区漕溪北路${n}号${v.int(1, 12)}号楼${v.int(2, 20)}0${v.int(1, 4)}室`,
        `北京市朝阳区建国路${n}号院${v.int(1, 8)}号楼${v.int(1, 4)}单元${v.int(2, 18)}0${v.int(1, 4)}`,
        `四川省成都市武侯区人民南路四段${n}号${v.int(1, 6)}栋${v.int(1, 3)}单元${v.int(3, 30)}0${v.int(1, 4)}室`,
      ]);
    case "ja":
      return v.pick([
        `〒150-0041 東京都渋谷区神南${v.int(1, 2)}-${v.int(1, 23)}-${v.int(1, 15)} パークハイツ${v.int(1, 9)}0${v.int(1, 5)}号室`,
        `〒530-0012 大阪府大阪市北区芝田${v.int(1, 2)}丁目${v.int(1, 12)}番${v.int(1, 20)}号 メゾン梅田${v.int(2, 12)}0${v.int(1, 6)}`,
        `〒460-0008 愛知県名古屋市中区栄${v.int(1, 5)}-${v.int(1, 20)}-${v.int(1, 9)}`,
      ]);
    case "ko":
      return v.pick([
        `서울특별시 마포구 월드컵북로${v.int(1, 30)}길 ${n}, ${v.int(1, 12)}0${v.int(1, 6)}호`,
        `경기도 성남시 분당구 판교역로 ${n}, ${v.pick(["래미안", "푸르지오", "힐스테이트"])} ${v.int(101, 112)}동 ${v.int(2, 25)}0${v.int(1, 4)}호`,
        `부산광역시 해운대구 센텀중앙로 ${n}, ${v.int(1, 30)}층`,
      ]);
    case "hi":
      return `फ्लैट ${v.int(101, 904)}, ${v.pick(["साईं कृपा अपार्टमेंट", "गंगा निवास", "शिव शक्ति सोसाइटी"])}, ${v.pick(["एम.जी. रोड, कोथरुड, पुणे 411038", "लिंक रोड, मलाड पश्चिम, मुंबई 400064", "सेक्टर 15, नोएडा 201301", "गोमती नगर, लखनऊ 226010"])}`;
    case "hinglish":
      return `Flat ${v.int(1, 19)}${v.pick(["A", "B", "C"])}, ${v.pick(["Shanti Niwas", "Om Sai Apartments", "Gokul Dham Society", "Sunrise Heights"])}, ${v.pick(["Link Road, Andheri West, Mumbai 400053", "80 Feet Road, Koramangala, Bengaluru 560034", "Sector 62, Noida 201309", "Baner Road, Pune 411045"])}`;
    case "ar":
      return `${v.pick(["شارع الملك فهد، حي العليا", "شارع التحلية، حي الروضة", "شارع الشيخ زايد، البرشاء"])}، مبنى ${n}، شقة ${v.int(1, 30)}، ${v.pick(["الرياض 12211", "جدة 23432", "دبي"])}`;
    case "ru":
      return `ул. ${v.pick(["Профсоюзная", "Ленина", "Садовая", "Тверская"])}, д. ${n}, кв. ${v.int(1, 220)}, ${v.pick(["Москва, 117420", "Санкт-Петербург, 190031", "Казань, 420111"])}`;
  }
}

export const CONDITIONS: Record<Lang, string[]> = {
  en: [
    "type 2 diabetes",
    "bipolar II disorder",
    "stage 2 breast cancer",
    "HIV",
    "major depressive disorder",
    "epilepsy",
    "Crohn's disease",
    "early-onset Alzheimer’s",
    "an opioid use disorder",
    "multiple sclerosis",
  ],
  de: [
    "Diabetes Typ 2",
    "eine bipolare Störung",
    "Brustkrebs im Stadium II",
    "eine schwere Depression",
    "Epilepsie",
    "Multiple Sklerose",
    "eine Alkoholabhängigkeit",
  ],
  fr: [
    "un diabète de type 2",
    "un trouble bipolaire",
    "un cancer du sein",
    "une dépression sévère",
    "l'épilepsie",
    "une sclérose en plaques",
    "la maladie de Crohn",
  ],
  es: ["diabetes tipo 2", "trastorno bipolar", "cáncer de mama", "depresión mayor", "epilepsia", "esclerosis múltiple", "VIH"],
  it: ["diabete di tipo 2", "disturbo bipolare", "un tumore al seno", "depressione maggiore", "epilessia", "sclerosi multipla", "morbo di Crohn"],
  pt: ["diabetes tipo 2", "transtorno bipolar", "câncer de mama", "depressão grave", "epilepsia", "esclerose múltipla", "HIV"],
  nl: ["diabetes type 2", "een bipolaire stoornis", "borstkanker", "een zware depressie", "epilepsie", "multiple sclerose"],
  pl: ["cukrzycę typu 2", "chorobę afektywną dwubiegunową", "raka piersi", "ciężką depresję", "padaczkę", "stwardnienie rozsiane"],
  zh: ["2型糖尿病", "双相情感障碍", "乳腺癌二期", "重度抑郁症", "癫痫", "乙肝", "艾滋病"],
  ja: ["2型糖尿病", "双極性障害", "乳がん（ステージII）", "うつ病", "てんかん", "パニック障害"],
  ko: ["제2형 당뇨병", "양극성 장애", "유방암 2기", "우울증", "뇌전증", "공황장애"],
  hi: ["टाइप 2 डायबिटीज़", "स्तन कैंसर", "डिप्रेशन", "मिर्गी", "टीबी", "किडनी फेल्योर"],
  hinglish: ["sugar (type 2 diabetes)", "breast cancer", "depression", "TB", "thyroid", "kidney failure"],
  ar: ["السكري من النوع الثاني", "سرطان الثدي", "الاكتئاب الحاد", "الصرع", "التهاب الكبد الوبائي"],
  ru: ["сахарный диабет 2 типа", "биполярное расстройство", "рак молочной железы", "тяжёлая депрессия", "эпилепсия"],
};

export function password(v: Values): string {
  return v.pick([
    () => v.alnum(5) + v.pick(["!", "#", "$", "%", "?", "&"]) + v.alnum(4) + v.digits(2) + v.alnum(3),
    () => `${v.pick(["Sommer", "Bailey", "Luna", "Cricket", "Rosebud", "Tigrou", "Chispa"])}${v.int(1960, 2019)}${v.pick(["!", "#", "*", "$"])}`,
    () =>
      `${v.pick(["correct", "purple", "velvet", "harbor"])}-${v.pick(["horse", "monkey", "lantern", "cactus"])}-${v.pick(["staple", "river", "seven", "gravy"])}-${v.int(10, 99)}`,
    () => v.alnum(14) + v.pick(["@", "!", "~", "^"]),
  ])();
}

export function apiKey(v: Values): [string, string] {
  return v.pick([
    () => ["OpenAI", `sk-proj-${v.alnum(48, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}`] as [string, string],
    () => ["GitHub", `ghp_${v.alnum(36)}`] as [string, string],
    () => ["AWS", `AKIA${v.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")}`] as [string, string],
    () => ["Slack", `xoxb-${v.digits(12)}-${v.digits(13)}-${v.alnum(24)}`] as [string, string],
    () => ["Stripe", `sk_live_${v.alnum(24)}`] as [string, string],
    () => ["GitLab", `glpat-${v.alnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}`] as [string, string],
    () => ["Anthropic", `sk-ant-api03-${v.alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}AA`] as [string, string],
    () => ["SendGrid", `SG.${v.alnum(22)}.${v.alnum(43)}`] as [string, string],
  ])();
}

export function jwt(v: Values): string {
  const b64 = (s: string) => Buffer.from(s).toString("base64url");
  return `${b64('{"alg":"HS256","typ":"JWT"}')}.${b64(`{"sub":"${v.digits(8)}","email":"u${v.digits(4)}@corp-mail.net","iat":${v.int(1700000000, 1790000000)}}`)}.${v.alnum(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")}`;
}

export function privateKeyBlock(v: Values): string {
  const lines: string[] = [];
  for (let i = 0; i < 6; i++) lines.push(v.alnum(64, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"));
  return `-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\n${lines.join("\n")}\n-----END OPENSSH PRIVATE KEY-----`;
}
