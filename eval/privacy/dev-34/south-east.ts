/**
 * Development set 34, Thai, Vietnamese, Indonesian, Malay, Bengali, Tamil, Tagalog and Swahili entries: a named or
 * clearly identified private person's diagnosis, medication, lab values, procedure, pregnancy, mental-health or
 * disability information in messages, sick notes, discharge and referral notes, SOAP notes, tables and JSON, with
 * romanised, unaccented and abbreviated variants; then hard negatives of the same shapes. Written before src/privacy
 * was opened.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SOUTH_EAST: MarkedEntry[] = [
  // --- Thai ------------------------------------------------------------------------------------------------------------
  ["th", "health:mother-message:free", `คุณแม่ของฉัน สมศรี ใจดี เป็น⟦health|โรคเบาหวาน⟧และ⟦health|ความดันโลหิตสูง⟧ ช่วยเขียนข้อความถึงพี่น้องเรื่องอาหารที่แม่ควรกินหน่อย`],
  ["th", "health:sick-note:free", `ช่วยร่างใบลาป่วยให้หน่อย: นายธนากร ศรีสุข ป่วยเป็น⟦health|ไข้เลือดออก⟧ แพทย์ให้พักรักษาตัว 5 วัน`],
  [
    "th",
    "health:lab-table:structured",
    `ชื่อ | ผลตรวจ | ค่า\nวิชัย ทองดี | ⟦health|น้ำตาลในเลือด | 186 mg/dL⟧\nมาลี สุขสม | ⟦health|คอเลสเตอรอล | 265 mg/dL⟧\nใครผิดปกติบ้าง`,
  ],
  ["th", "health:colleague-depression:free", `เพื่อนร่วมงานชื่อปิยะพงษ์ วงศ์ใหญ่ บอกว่าเขาเป็น⟦health|โรคซึมเศร้า⟧และกินยา⟦health|fluoxetine⟧อยู่ ฉันควรช่วยเขายังไง`],
  ["th", "health:mixed-abbrev:adversarial", `Pt. นางสาวกมลวรรณ แก้วใส dx: ⟦health|CA breast⟧ stage II, on ⟦health|tamoxifen⟧ — ช่วยอธิบายให้ญาติเข้าใจ`],
  [
    "th",
    "health:discharge:structured",
    `สรุปการจำหน่ายผู้ป่วย\nชื่อผู้ป่วย: นายประเสริฐ บุญมา\nHN: 65-118273\nการวินิจฉัย: ⟦health|กล้ามเนื้อหัวใจตายเฉียบพลัน⟧\nยากลับบ้าน: ⟦health|แอสไพริน 81 มก.⟧\nแปลเป็นภาษาอังกฤษ`,
  ],
  // --- Vietnamese ------------------------------------------------------------------------------------------------------
  [
    "vi",
    "health:father-cancer:free",
    `Bố tôi, ông Nguyễn Văn Hùng, vừa được chẩn đoán ⟦health|ung thư gan⟧ và sắp ⟦health|hóa trị⟧. Viết giúp tôi tin nhắn báo cho họ hàng.`,
  ],
  [
    "vi",
    "health:discharge:structured",
    `GIẤY RA VIỆN\nHọ tên: Trần Thị Mai\nMã BN: BV-552914\nChẩn đoán: ⟦health|viêm phổi⟧, ⟦health|suy tim độ II⟧\nThuốc: ⟦health|furosemide 40mg⟧\nDịch sang tiếng Anh.`,
  ],
  ["vi", "health:colleague-depression:free", `Đồng nghiệp Lê Minh Tuấn bị ⟦health|trầm cảm⟧ và đang ⟦health|điều trị tâm lý⟧, tôi nên nói gì với sếp?`],
  ["vi", "health:no-diacritics:adversarial", `chi gai toi Pham Thu Ha dang ⟦health|mang thai 30 tuan⟧, bi ⟦health|tien san giat⟧, co nguy hiem khong`],
  [
    "vi",
    "health:json:structured",
    `{"ho_ten": "Đỗ Quang Vinh", "chan_doan": "⟦health|đái tháo đường typ 2⟧", "HbA1c": "⟦health|9.2%⟧"}\nViết lại thành câu cho bác sĩ.`,
  ],
  [
    "vi",
    "health:sick-note:free",
    `Viết giúp tôi đơn xin nghỉ ốm cho chồng tôi, anh Hoàng Đức Anh: anh ấy bị ⟦health|sỏi thận⟧ và vừa ⟦health|tán sỏi ngoài cơ thể⟧.`,
  ],
  // --- Indonesian ------------------------------------------------------------------------------------------------------
  [
    "id",
    "health:sick-letter:free",
    `Tolong buatkan surat izin sakit untuk kantor: karyawan atas nama Budi Santoso menderita ⟦health|tifus⟧ dan harus ⟦health|rawat inap⟧ selama 5 hari.`,
  ],
  [
    "id",
    "health:mother-cancer:free",
    `Ibu saya, Siti Rahayu, baru didiagnosis ⟦health|kanker serviks stadium 2⟧. Bagaimana cara menjelaskannya kepada adik-adik saya?`,
  ],
  [
    "id",
    "health:resume:structured",
    `RESUME MEDIS\nNama pasien: Agus Wijaya\nNo. RM: 00-81-27\nDiagnosis: ⟦health|stroke iskemik⟧\nTerapi: ⟦health|clopidogrel 75 mg⟧\nBuat ringkasan untuk keluarga.`,
  ],
  ["id", "health:abbrev:adversarial", `pak Hendra Gunawan, ⟦health|DM2⟧, ⟦health|HT⟧, ⟦health|GDS 312⟧, tolong jelaskan artinya ke anaknya pakai bahasa awam`],
  // --- Malay -----------------------------------------------------------------------------------------------------------
  [
    "ms",
    "health:husband-dialysis:free",
    `Suami saya, Encik Faizal Rahman, disahkan menghidap ⟦health|penyakit buah pinggang kronik⟧ dan perlu ⟦health|dialisis⟧. Tolong tulis surat kepada majikannya.`,
  ],
  [
    "ms",
    "health:colleague-pregnancy:free",
    `Rakan sekerja saya Nurul Aina ⟦health|mengandung 12 minggu⟧ dan mengalami ⟦health|alahan teruk⟧, boleh bantu tulis emel kepada HR?`,
  ],
  [
    "ms",
    "health:csv:structured",
    `nama,no_rujukan,diagnosis\nLim Wei Ling,HKL-77812,⟦health|asma⟧\nRaju a/l Muthu,HKL-77813,⟦health|tibi paru-paru⟧\nsusun ikut abjad`,
  ],
  // --- Bengali ---------------------------------------------------------------------------------------------------------
  [
    "bn",
    "health:father-diet:free",
    `আমার বাবা রফিকুল ইসলামের ⟦health|ডায়াবেটিস⟧ আর ⟦health|উচ্চ রক্তচাপ⟧ আছে, তিনি ⟦health|মেটফরমিন⟧ খান। তার জন্য একটা খাদ্যতালিকা বানিয়ে দাও।`,
  ],
  ["bn", "health:leave-request:free", `ছুটির আবেদন লিখে দিন: আমার সহকর্মী তানিয়া রহমানের ⟦health|ডেঙ্গু জ্বর⟧ হয়েছে, তিনি হাসপাতালে ভর্তি।`],
  ["bn", "health:record:structured", `রোগীর নাম: সুমন দাস\nরেজি. নং: DMC-44817\nরোগ নির্ণয়: ⟦health|যক্ষ্মা⟧\nচিকিৎসা: ⟦health|রিফাম্পিসিন⟧\nইংরেজিতে অনুবাদ করুন।`],
  ["bn", "health:banglish:adversarial", `amar bon Nusrat Jahan er ⟦health|thyroid er somossa⟧, ⟦health|thyroxine 50⟧ khay, pregnancy te ki kora uchit?`],
  ["bn", "health:csv:structured", `নাম,বয়স,রোগ\nমাহমুদা আক্তার,36,⟦health|থ্যালাসেমিয়া⟧\nজাহিদ হাসান,52,⟦health|হৃদরোগ⟧\nবয়স অনুযায়ী সাজাও।`],
  // --- Tamil -----------------------------------------------------------------------------------------------------------
  ["ta", "health:mother-cancer:free", `என் அம்மா லட்சுமி சுப்பிரமணியம் அவர்களுக்கு ⟦health|மார்பக புற்றுநோய்⟧ இருப்பது கண்டறியப்பட்டுள்ளது. உறவினர்களுக்கு ஒரு செய்தி எழுதுங்கள்.`],
  [
    "ta",
    "health:record:structured",
    `நோயாளி: கார்த்திக் ராஜா\nபதிவு எண்: MH-20931\nநோயறிதல்: ⟦health|சிறுநீரக கல்⟧\nமருந்து: ⟦health|டாம்சுலோசின் 0.4 மி.கி⟧\nஆங்கிலத்தில் மொழிபெயர்க்கவும்.`,
  ],
  ["ta", "health:colleague-psych:free", `என் சக ஊழியர் பிரியா வேணு ⟦health|மன அழுத்தம்⟧ காரணமாக ⟦health|மனநல சிகிச்சை⟧ பெறுகிறார், மேலாளரிடம் எப்படி சொல்வது?`],
  ["ta", "health:tanglish:adversarial", `en thambi Arun ku ⟦health|sugar⟧ irukku, daily ⟦health|insulin⟧ podraan, enna saapidalam?`],
  // --- Tagalog ---------------------------------------------------------------------------------------------------------
  [
    "tl",
    "health:father-heart:free",
    `Ang tatay ko na si Roberto Santos ay may ⟦health|sakit sa puso⟧ at umiinom ng ⟦health|clopidogrel⟧. Paano ko siya aalagaan pagkatapos ng ⟦health|angioplasty⟧?`,
  ],
  ["tl", "health:med-cert:free", `Pakigawa ng medical certificate: si Maria Cristina Reyes ay may ⟦health|dengue⟧ at kailangang magpahinga ng isang linggo.`],
  [
    "tl",
    "health:colleague-hiv:free",
    `Ang katrabaho kong si Jose Villanueva ay ⟦health|HIV positive⟧ daw at umiinom ng ⟦health|ARV⟧, dapat ko bang sabihin sa boss?`,
  ],
  [
    "tl",
    "health:taglish-soap:adversarial",
    `S: Pt Analyn Cruz, 34F, c/o headache\nO: BP ⟦health|160/110⟧, ⟦health|G2P1 32 wks AOG⟧\nA: ⟦health|preeclampsia⟧\nP: ⟦health|MgSO4⟧, refer OB\nPaki-explain sa asawa niya in Tagalog.`,
  ],
  ["tl", "health:csv:structured", `pangalan,edad,sakit\nLiza Mendoza,29,⟦health|tuberculosis⟧\nMark Aquino,61,⟦health|stroke⟧\nayusin ayon sa edad`],
  // --- Swahili ---------------------------------------------------------------------------------------------------------
  [
    "sw",
    "health:mother-diabetes:free",
    `Mama yangu, Bi. Amina Hassan, amegunduliwa na ⟦health|kisukari⟧ na anatumia ⟦health|insulini⟧. Niandikie ujumbe kwa ndugu zangu.`,
  ],
  ["sw", "health:sick-leave:free", `Tafadhali andika barua ya likizo ya ugonjwa: mfanyakazi John Mwangi ana ⟦health|malaria kali⟧ na amelazwa hospitalini.`],
  [
    "sw",
    "health:record:structured",
    `Mgonjwa: Grace Wanjiru\nNambari ya faili: KNH-30418\nUtambuzi: ⟦health|kifua kikuu⟧\nDawa: ⟦health|RHZE⟧\nTafsiri kwa Kiingereza.`,
  ],
  ["sw", "health:friend-hiv:free", `Rafiki yangu Juma Ali ana ⟦health|VVU⟧ na anatumia ⟦health|dawa za ARV⟧, nimsaidieje?`],
  ["sw", "health:csv:structured", `jina,umri,ugonjwa\nFatuma Said,44,⟦health|shinikizo la damu⟧\nPeter Otieno,37,⟦health|VVU⟧\npanga kwa umri`],
  // --- hard negatives --------------------------------------------------------------------------------------------------
  ["th", "neg-health:textbook:free", `อาการของไข้เลือดออกมีอะไรบ้าง และควรป้องกันอย่างไร`],
  ["th", "neg-health:statistics:free", `ตามข้อมูลกระทรวงสาธารณสุข คนไทยเป็นเบาหวานประมาณ 4.8 ล้านคน สรุปให้หน่อย`],
  ["th", "neg-health:leaflet:structured", `ฉลากยา\nชื่อยา: พาราเซตามอล 500 มก.\nวิธีใช้: ครั้งละ 1-2 เม็ด ทุก 4-6 ชั่วโมง\nข้อควรระวัง: ผู้ป่วยโรคตับ\nสรุปให้สั้นลง`],
  ["vi", "neg-health:textbook:free", `Bệnh sốt xuất huyết lây truyền như thế nào?`],
  [
    "vi",
    "neg-health:leaflet:structured",
    `Hướng dẫn sử dụng\nThuốc: Paracetamol 500mg\nLiều: người lớn 1-2 viên mỗi 4-6 giờ, tối đa 8 viên/ngày\nViết lại cho dễ hiểu.`,
  ],
  ["vi", "neg-health:schema:structured", `{"ho_ten": "string", "chan_doan": "string", "thuoc": ["string"]}\nThiết kế bảng SQL cho schema này.`],
  ["id", "neg-health:textbook:free", `Apa gejala demam berdarah dan bagaimana pencegahannya?`],
  ["id", "neg-health:statistics:free", `Menurut Riskesdas, prevalensi hipertensi di Indonesia sekitar 34%. Buat infografis singkat.`],
  ["id", "neg-health:abbrev-question:adversarial", `Di resume medis sering ada singkatan DM2, HT, GDS. Apa artinya masing-masing?`],
  ["ms", "neg-health:textbook:free", `Apakah tanda-tanda awal strok dan apa yang perlu dilakukan?`],
  ["ms", "neg-health:fiction:free", `Tulis cerpen tentang watak rekaan, Pak Mat, seorang nelayan tua yang menghidap kencing manis.`],
  ["bn", "neg-health:textbook:free", `ডেঙ্গু জ্বরের লক্ষণ কী কী?`],
  ["bn", "neg-health:statistics:free", `বাংলাদেশে প্রায় ১ কোটি মানুষ ডায়াবেটিসে আক্রান্ত। এ বিষয়ে একটি প্রবন্ধ লিখুন।`],
  ["ta", "neg-health:textbook:free", `சர்க்கரை நோயின் அறிகுறிகள் என்ன?`],
  ["ta", "neg-health:statistics:structured", `மாவட்டம்,காசநோய் நோயாளிகள்\nசென்னை,12400\nமதுரை,5300\nஇதை ஒரு வரைபடமாக்குங்கள்.`],
  ["tl", "neg-health:textbook:free", `Ano ang mga sintomas ng dengue at paano ito maiiwasan?`],
  ["tl", "neg-health:statistics:free", `Ayon sa DOH, tumaas ang kaso ng tigdas ngayong taon. Gumawa ng poster para sa barangay.`],
  ["sw", "neg-health:textbook:free", `Dalili za malaria ni zipi na jinsi ya kujikinga?`],
  ["sw", "neg-health:statistics:free", `Kwa mujibu wa WHO, Afrika ina takriban asilimia 94 ya vifo vya malaria duniani. Andika muhtasari.`],
];
