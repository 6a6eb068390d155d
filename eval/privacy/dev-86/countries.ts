/**
 * dev-86's own lists: for each of the set's thirty-one countries its language, postcode format and a few streets, each
 * with the real postcode and city it lies in. The generator (`entries.ts`) draws from them with a seeded random source;
 * the check (`check.ts`) verifies every postcode against its country's format and every labelled home against the
 * lists. Street names are common ones (every country has a Lindenstraße or a rue Victor Hugo); the house numbers, flats
 * and floors are drawn, so no address is anybody's.
 */
export interface Country {
  lang: string;
  postcode: RegExp;
  streets: Array<[street: string, postcode: string, city: string]>;
}

export const COUNTRIES: Record<string, Country> = {
  de: {
    lang: "de",
    postcode: /^\d{5}$/,
    streets: [
      ["Lindenstraße", "50674", "Köln"],
      ["Goethestraße", "80336", "München"],
      ["Karl-Heine-Straße", "04229", "Leipzig"],
      ["Kastanienallee", "10435", "Berlin"],
      ["Wilhelmstraße", "79098", "Freiburg im Breisgau"],
    ],
  },
  fr: {
    lang: "fr",
    postcode: /^\d{5}$/,
    streets: [
      ["rue Victor Hugo", "69002", "Lyon"],
      ["rue des Lilas", "75019", "Paris"],
      ["avenue Jean Jaurès", "31000", "Toulouse"],
      ["rue de la République", "13002", "Marseille"],
      ["impasse des Tilleuls", "44300", "Nantes"],
    ],
  },
  es: {
    lang: "es",
    postcode: /^\d{5}$/,
    streets: [
      ["calle de Embajadores", "28012", "Madrid"],
      ["calle del Pintor Sorolla", "46002", "Valencia"],
      ["calle San Vicente", "41002", "Sevilla"],
      ["carrer de Verdi", "08012", "Barcelona"],
      ["calle Carretería", "29008", "Málaga"],
    ],
  },
  it: {
    lang: "it",
    postcode: /^\d{5}$/,
    streets: [
      ["via Garibaldi", "10122", "Torino"],
      ["via Paolo Sarpi", "20154", "Milano"],
      ["via del Pratello", "40122", "Bologna"],
      ["via dei Mille", "80121", "Napoli"],
      ["via Pisana", "50143", "Firenze"],
    ],
  },
  pt: {
    lang: "pt",
    postcode: /^\d{4}-\d{3}$/,
    streets: [
      ["Rua de Santa Catarina", "4000-447", "Porto"],
      ["Rua do Almada", "4050-036", "Porto"],
      ["Rua da Graça", "1170-168", "Lisboa"],
      ["Rua do Brasil", "3030-175", "Coimbra"],
      ["Rua do Souto", "4700-329", "Braga"],
    ],
  },
  nl: {
    lang: "nl",
    postcode: /^\d{4} [A-Z]{2}$/,
    streets: [
      ["Lindengracht", "1015 KE", "Amsterdam"],
      ["Twijnstraat", "3511 ZL", "Utrecht"],
      ["Oosterstraat", "9711 NR", "Groningen"],
      ["Breestraat", "2311 CS", "Leiden"],
      ["Kruisstraat", "5612 CJ", "Eindhoven"],
    ],
  },
  pl: {
    lang: "pl",
    postcode: /^\d{2}-\d{3}$/,
    streets: [
      ["ul. Długa", "31-147", "Kraków"],
      ["ul. Grunwaldzka", "80-236", "Gdańsk"],
      ["ul. Puławska", "02-515", "Warszawa"],
      ["ul. Jedności Narodowej", "50-260", "Wrocław"],
      ["ul. Głogowska", "60-734", "Poznań"],
    ],
  },
  sv: {
    lang: "sv",
    postcode: /^\d{3} \d{2}$/,
    streets: [
      ["Tegnérgatan", "113 59", "Stockholm"],
      ["Götgatan", "116 46", "Stockholm"],
      ["Linnégatan", "413 04", "Göteborg"],
      ["Södra Förstadsgatan", "211 43", "Malmö"],
      ["Svartbäcksgatan", "753 20", "Uppsala"],
    ],
  },
  cs: {
    lang: "cs",
    postcode: /^\d{3} \d{2}$/,
    streets: [
      ["Vinohradská", "120 00", "Praha 2"],
      ["Koněvova", "130 00", "Praha 3"],
      ["Kounicova", "602 00", "Brno"],
      ["Třída Svobody", "779 00", "Olomouc"],
      ["Klatovská třída", "301 00", "Plzeň"],
    ],
  },
  el: {
    lang: "el",
    postcode: /^\d{3} \d{2}$/,
    streets: [
      ["Πατησίων", "112 57", "Αθήνα"],
      ["Αγίου Δημητρίου", "546 31", "Θεσσαλονίκη"],
      ["Τσιμισκή", "546 22", "Θεσσαλονίκη"],
      ["Κορίνθου", "262 21", "Πάτρα"],
      ["Ολύμπου", "546 30", "Θεσσαλονίκη"],
    ],
  },
  tr: {
    lang: "tr",
    postcode: /^\d{5}$/,
    streets: [
      ["Moda Caddesi", "34710", "Kadıköy/İstanbul"],
      ["Bahariye Caddesi", "34714", "Kadıköy/İstanbul"],
      ["Tunalı Hilmi Caddesi", "06680", "Çankaya/Ankara"],
      ["Kıbrıs Şehitleri Caddesi", "35220", "Alsancak, Konak/İzmir"],
      ["Ihlamur Sokak", "16110", "Nilüfer/Bursa"],
    ],
  },
  us: {
    lang: "en",
    postcode: /^\d{5}$/,
    streets: [
      ["Maple Avenue", "78704", "Austin, TX"],
      ["West Belden Avenue", "60614", "Chicago, IL"],
      ["SE Belmont Street", "97214", "Portland, OR"],
      ["Elm Street", "02139", "Cambridge, MA"],
      ["Hawthorne Road", "30307", "Atlanta, GA"],
    ],
  },
  ca: {
    lang: "en",
    postcode: /^[A-Z]\d[A-Z] \d[A-Z]\d$/,
    streets: [
      ["Bathurst Street", "M6G 2L7", "Toronto, ON"],
      ["Palmerston Avenue", "M6G 2P4", "Toronto, ON"],
      ["Commercial Drive", "V5N 4A2", "Vancouver, BC"],
      ["rue Saint-Denis", "H2T 1S6", "Montréal, QC"],
      ["Whyte Avenue", "T6E 1Z9", "Edmonton, AB"],
    ],
  },
  mx: {
    lang: "es",
    postcode: /^\d{5}$/,
    streets: [
      ["Calle Colima", "06700", "Col. Roma Norte, Cuauhtémoc, CDMX"],
      ["Calle Durango", "06700", "Col. Roma Norte, Cuauhtémoc, CDMX"],
      ["Calle Morelos", "44100", "Guadalajara, Jal."],
      ["Calle Padre Mier", "64000", "Monterrey, N.L."],
      ["Av. Juárez", "72000", "Puebla, Pue."],
    ],
  },
  br: {
    lang: "pt",
    postcode: /^\d{5}-\d{3}$/,
    streets: [
      ["Rua Augusta", "01305-000", "São Paulo - SP"],
      ["Rua das Laranjeiras", "22240-003", "Rio de Janeiro - RJ"],
      ["Rua Tomé de Souza", "30140-131", "Belo Horizonte - MG"],
      ["Avenida Sete de Setembro", "40060-001", "Salvador - BA"],
      ["Rua Padre Chagas", "90570-080", "Porto Alegre - RS"],
    ],
  },
  ar: {
    lang: "es",
    postcode: /^([A-Z]\d{4}[A-Z]{3}|[A-Z]?\d{4})$/,
    streets: [
      ["Gorriti", "C1414", "CABA"],
      ["Thames", "C1414", "CABA"],
      ["Humberto Primo", "C1103", "CABA"],
      ["Bv. San Juan", "5000", "Córdoba"],
      ["Av. Pellegrini", "2000", "Rosario"],
    ],
  },
  co: {
    lang: "es",
    postcode: /^\d{6}$/,
    streets: [
      ["Calle 45", "110311", "Bogotá"],
      ["Carrera 7", "110221", "Bogotá"],
      ["Carrera 43A", "050021", "Medellín"],
      ["Calle 10", "050021", "Medellín"],
      ["Avenida 6 Norte", "760045", "Cali"],
    ],
  },
  cl: {
    lang: "es",
    postcode: /^\d{7}$/,
    streets: [
      ["Av. Providencia", "7500000", "Providencia, Santiago"],
      ["Los Leones", "7500000", "Providencia, Santiago"],
      ["Irarrázaval", "7750000", "Ñuñoa, Santiago"],
      ["Av. Italia", "7750000", "Ñuñoa, Santiago"],
      ["Av. Libertad", "2520000", "Viña del Mar"],
    ],
  },
  jp: {
    lang: "ja",
    postcode: /^\d{3}-\d{4}$/,
    streets: [
      ["世田谷区北沢", "155-0031", "東京都"],
      ["杉並区阿佐谷南", "166-0004", "東京都"],
      ["大阪市北区天神橋", "530-0041", "大阪府"],
      ["名古屋市千種区覚王山通", "464-0841", "愛知県"],
      ["福岡市中央区大名", "810-0041", "福岡県"],
    ],
  },
  kr: {
    lang: "ko",
    postcode: /^\d{5}$/,
    streets: [
      ["마포구 월드컵북로", "03925", "서울특별시"],
      ["송파구 올림픽로", "05551", "서울특별시"],
      ["해운대구 좌동순환로", "48094", "부산광역시"],
      ["수성구 들안로", "42190", "대구광역시"],
      ["분당구 불정로", "13557", "경기도 성남시"],
    ],
  },
  cn: {
    lang: "zh",
    postcode: /^\d{6}$/,
    streets: [
      ["徐汇区天平路", "200030", "上海市"],
      ["朝阳区望京西路", "100102", "北京市"],
      ["天河区体育东路", "510620", "广州市"],
      ["武侯区玉林南路", "610041", "成都市"],
      ["西湖区文三路", "310012", "杭州市"],
    ],
  },
  tw: {
    lang: "zh-hant",
    postcode: /^\d{3}$/,
    streets: [
      ["大安區和平東路二段", "106", "臺北市"],
      ["苓雅區四維三路", "802", "高雄市"],
      ["西屯區文心路三段", "407", "臺中市"],
      ["東區崇學路", "701", "臺南市"],
      ["板橋區文化路一段", "220", "新北市"],
    ],
  },
  in: {
    lang: "en",
    postcode: /^\d{6}$/,
    streets: [
      ["80 Feet Road, Koramangala 4th Block", "560034", "Bengaluru"],
      ["Hill Road, Bandra West", "400050", "Mumbai"],
      ["Shivaji Marg, Malviya Nagar", "110017", "New Delhi"],
      ["12th Main, Indiranagar", "560038", "Bengaluru"],
      ["Bazullah Road, T. Nagar", "600017", "Chennai"],
    ],
  },
  id: {
    lang: "id",
    postcode: /^\d{5}$/,
    streets: [
      ["Jl. Kemang Raya", "12730", "Jakarta Selatan"],
      ["Jl. Dago", "40135", "Bandung"],
      ["Jl. Kaliurang", "55281", "Sleman, Yogyakarta"],
      ["Jl. Cempaka Putih Tengah", "10510", "Jakarta Pusat"],
      ["Jl. Darmo Permai", "60226", "Surabaya"],
    ],
  },
  vn: {
    lang: "vi",
    postcode: /^\d{6}$/,
    streets: [
      ["Lê Văn Sỹ", "700000", "Quận 3, TP. Hồ Chí Minh"],
      ["ngõ 58 Nguyễn Khánh Toàn", "100000", "Cầu Giấy, Hà Nội"],
      ["Phan Xích Long", "700000", "Phú Nhuận, TP. Hồ Chí Minh"],
      ["Trần Phú", "550000", "Hải Châu, Đà Nẵng"],
    ],
  },
  th: {
    lang: "th",
    postcode: /^\d{5}$/,
    streets: [
      ["ซอยสุขุมวิท 39", "10110", "แขวงคลองตันเหนือ เขตวัฒนา กรุงเทพฯ"],
      ["ถนนนิมมานเหมินท์ ซอย 7", "50200", "ต.สุเทพ อ.เมือง จ.เชียงใหม่"],
      ["ซอยอารีย์ 4", "10400", "แขวงพญาไท เขตพญาไท กรุงเทพฯ"],
      ["ถนนพหลโยธิน ซอย 11", "10400", "แขวงพญาไท เขตพญาไท กรุงเทพฯ"],
    ],
  },
  ph: {
    lang: "en",
    postcode: /^\d{4}$/,
    streets: [
      ["Sampaguita Street", "1630", "Brgy. Western Bicutan, Taguig City"],
      ["Acacia Lane", "6000", "Brgy. Lahug, Cebu City"],
      ["Mabini Street", "1108", "Brgy. Loyola Heights, Quezon City"],
      ["Rizal Avenue", "4027", "Brgy. Real, Calamba, Laguna"],
    ],
  },
  au: {
    lang: "en",
    postcode: /^\d{4}$/,
    streets: [
      ["Crown Street", "2010", "Surry Hills NSW"],
      ["Brunswick Street", "3065", "Fitzroy VIC"],
      ["Vulture Street", "4101", "West End QLD"],
      ["Banksia Crescent", "2155", "Kellyville NSW"],
      ["Walcott Street", "6050", "Mount Lawley WA"],
    ],
  },
  nz: {
    lang: "en",
    postcode: /^\d{4}$/,
    streets: [
      ["Aro Street", "6021", "Aro Valley, Wellington"],
      ["Richmond Road", "1021", "Grey Lynn, Auckland"],
      ["Riccarton Road", "8041", "Riccarton, Christchurch"],
      ["Tui Crescent", "3112", "Tauranga"],
      ["Queen Street", "9016", "North Dunedin, Dunedin"],
    ],
  },
  za: {
    lang: "en",
    postcode: /^\d{4}$/,
    streets: [
      ["Jacaranda Street", "7700", "Rondebosch, Cape Town"],
      ["7th Avenue", "2193", "Parkhurst, Johannesburg"],
      ["Milkwood Close", "0181", "Brooklyn, Pretoria"],
      ["Vilakazi Street", "1804", "Orlando West, Soweto"],
      ["Protea Avenue", "4001", "Morningside, Durban"],
    ],
  },
  ng: {
    lang: "en",
    postcode: /^\d{6}$/,
    streets: [
      ["Adeola Odeku Street", "101241", "Victoria Island, Lagos"],
      ["Allen Avenue", "100271", "Ikeja, Lagos"],
      ["Aminu Kano Crescent", "900288", "Wuse II, Abuja"],
      ["Herbert Macaulay Way", "101212", "Yaba, Lagos"],
    ],
  },
  eg: {
    lang: "ar",
    postcode: /^\d{5}$/,
    streets: [
      ["شارع مصدق", "12311", "الدقي، الجيزة"],
      ["شارع عباس العقاد", "11371", "مدينة نصر، القاهرة"],
      ["شارع شهاب", "12411", "المهندسين، الجيزة"],
      ["شارع الطيران", "11371", "مدينة نصر، القاهرة"],
    ],
  },
  sa: {
    lang: "ar",
    postcode: /^\d{5}$/,
    streets: [
      ["شارع الأمير سلطان", "23432", "جدة"],
      ["طريق الملك عبدالعزيز", "12211", "الرياض"],
      ["شارع التحلية", "23432", "جدة"],
      ["شارع الثمامة", "13241", "الرياض"],
    ],
  },
};
