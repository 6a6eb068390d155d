/**
 * A named person's health condition in Chinese, Japanese, Korean, Hindi and Arabic. A finding
 * needs, within one sentence-sized window: a condition term, and a person — a relation word or
 * honorific next to a name (同事王伟, 田中さん, 김민수 씨, सुनीता जी / मेरी माँ सुनीता, السيد أحمد).
 * The span is the condition. Unnamed people ("我妈妈有糖尿病") and general questions are not reported,
 * as in the Latin-script rule.
 */
import { testWindow, type WindowPlace } from "../pattern-starts.js";
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny, containsAnyAtWordStart, type PatternGate } from "../detector.js";
import { GIVEN_NAMES } from "./lexicon.js";
import { isPersonName } from "./people-names.js";
import { namesPublicPersonInScripts } from "../judgement/script-public-people.js";
import { ARABIC_TERMS_S53, DEVANAGARI_TERMS_S53, DEVANAGARI_TERMS_S56, HAN_TERMS_S53, HANGUL_TERMS_S53, THAI_TERMS_S53 } from "./script-health-terms.js";

const CONDITIONS =
  // ICD-10 common chapter terms in each script, the longer form first so the span holds the whole condition.
  "甲状腺功能亢进症|甲状腺功能亢进|甲状腺功能减退症|甲状腺功能减退|甲亢|甲减|桥本甲状腺炎|慢性阻塞性肺疾病|慢阻肺|冠状动脉粥样硬化性心脏病|[12]型糖尿病|前列腺增生|前列腺炎|系统性红斑狼疮|类风湿关节炎|类风湿|强直性脊柱炎|骨质疏松症?|银屑病|痛风|肝硬化|脂肪肝|急性胰腺炎|胰腺炎|慢性肾病|肾病综合征|肺炎|帕金森|注意力缺陷多动障碍|" +
  "注意欠如・多動症|注意欠如多動症|注意欠陥多動性障害|ADHD|ASD|PTSD|OCD|椎間板ヘルニア|2型糖尿病|1型糖尿病|糖尿病性腎症|甲状腺機能亢進症|バセドウ病|橋本病|関節リウマチ|不安障害|摂食障害|てんかん|心不全|肝硬変|潰瘍性大腸炎|クローン病|" +
  // Session 48: operations told by the organ ("맹장 수술을 받았어요": an appendectomy) and the appendix's inflammation.
  "맹장 수술|맹장수술|맹장염|충수염|심장 수술|심장수술|제왕절개|" +
  "갑상선기능항진증|갑상선기능저하증|제[12]형 당뇨병|류마티스 관절염|파킨슨병|알츠하이머|심부전|간경화|신부전|폐렴|뇌경색|우울장애|주의력결핍 과잉행동장애|" +
  "टाइप [12] मधुमेह|स्तन कैंसर|फेफड़ों का कैंसर|गर्भाशय ग्रीवा का कैंसर|क्रॉनिक किडनी रोग|किडनी रोग|गुर्दे की बीमारी|थायराइड|गठिया|लकवा|दिल का दौरा|हार्ट अटैक|पार्किंसंस|अल्ज़ाइमर|" +
  "الانزلاق الغضروفي|انزلاق غضروفي|العلاج الكيميائي|علاج كيميائي|غسيل كلى|السكري من النوع الأول|سكري من النوع الأول|سكري من النوع الثاني|عملية قلب مفتوح|جلطة دماغية|جلطة قلبية|ذبحة صدرية|التهاب الكبد|السكري من النوع الثاني|سرطان الثدي|سرطان الرئة|سرطان القولون|سرطان البروستاتا|سرطان الدم|سرطان المعدة|سرطان الكبد|قصور القلب|فشل القلب|قصور كلوي|فقر الدم المنجلي|فقر الدم|التهاب المفاصل الروماتويدي|التهاب المفاصل|التهاب الكبد|اكتئاب ما بعد الولادة|اضطراب ثنائي القطب|التوحد|السكتة الدماغية|جلطة|النقرس|قصور الغدة الدرقية|فرط نشاط الغدة الدرقية|الغدة الدرقية|الصدفية|الذئبة الحمراء|الشلل الرعاش|باركنسون|السل|" +
  "มะเร็งปอด|มะเร็งเต้านม|มะเร็งลำไส้ใหญ่|มะเร็งตับ|มะเร็งปากมดลูก|มะเร็งต่อมลูกหมาก|มะเร็งเม็ดเลือดขาว|โรคหลอดเลือดสมอง|โรคซึมเศร้า|โรคเบาหวาน|โรคความดันโลหิตสูง|โรคไตวายเรื้อรัง|ไตวาย|ไข้เลือดออก|วัณโรค|หอบหืด|โรคพาร์กินสัน|สมองเสื่อม|เอชไอวี|โรคไทรอยด์|" +
  "乳腺癌|甲状腺癌|结肠癌|胰腺癌|前列腺癌|宫颈癌|肾衰竭|尿毒症|红斑狼疮|自闭症|多动症|精神病|双相障碍|躁郁症|冠心病|心肌梗死|脑梗|肺结核|乙肝|丙肝|新冠|透析|化疗|胰岛素|抗抑郁药|" +
  "乳がん|胃がん|大腸がん|肺がん|肝炎|双極性障害|パニック障害|適応障害|発達障害|自閉症|エイズ|腎不全|透析|不妊|心筋梗塞|脳梗塞|パーキンソン病|アルツハイマー|抗がん剤|抗うつ薬|インスリン|" +
  "糖尿病|癌症|乳腺癌|肺癌|肝癌|胃癌|白血病|淋巴瘤|肿瘤|腫瘍|抑郁症|抑郁|焦虑症|精神分裂症|双相情感障碍|艾滋病|HIV|高血压|心脏病|脑卒中|中风|癫痫|哮喘|肝炎|结核病|阿尔茨海默病|帕金森病|怀孕|流产|痴呆|" +
  // Session 46 (dev-70): allergies, school-note illnesses and the traditional-script (Taiwan) names.
  "食物アレルギー|アトピー性皮膚炎|腸胃炎|胃腸炎|肠胃炎|胃肠炎|失智症|恐慌症|憂鬱症|大腸癌|大肠癌|膽結石|胆结石|急性胰腺炎|胰腺炎|" +
  "がん|癌|うつ病|統合失調症|認知症|乳がん|肺がん|白血病|糖尿病|高血圧|心臓病|脳卒中|妊娠|流産|喘息|" +
  "공황장애|불안장애|조울증|양극성 장애|갑상선암|간암|대장암|당뇨병|당뇨|암|유방암|폐암|위암|백혈병|우울증|조현병|치매|고혈압|심장병|뇌졸중|뇌전증|천식|임신|유산|에이즈|" +
  // Session 50 (dev-83): Marathi spellings and the conditions of an OPD slip (पार्किन्सन्स आजार, डेंग्यू ताप, क्षयरोग).
  "पार्किन्सन्स आजार|पार्किन्सन्स|डेंग्यू ताप|डेंग्यू|क्षयरोग|गर्भावस्था|एनीमिया|अॅनिमिया|रक्तक्षय|हृदयविकार|किडनी फेल|" +
  "कीमोथेरेपी|एंजियोप्लास्टी|शुगर|बीपी|बाईपास सर्जरी|डायलिसिस|मधुमेह|डायबिटीज|कैंसर|कर्करोग|टीबी|तपेदिक|अवसाद|डिप्रेशन|टाइफाइड|डेंगू|मलेरिया|पीलिया|एचआईवी|एड्स|दमा|अस्थमा|हृदय रोग|दिल की बीमारी|गर्भवती|उच्च रक्तचाप|मिर्गी|" +
  "السكري|سكري|مرض السكر|جلطة|إنسولين|انسولين|السرطان|سرطان|اللوكيميا|الاكتئاب|اكتئاب|الفصام|الإيدز|فيروس نقص المناعة|الربو|ارتفاع ضغط الدم|الصرع|الزهايمر|حامل|فشل كلوي|الفشل الكلوي|غسيل الكلى|" +
  "มะเร็ง|เบาหวาน|ซึมเศร้า|ความดันโลหิตสูง|ตั้งครรภ์|โรคหัวใจ|อัลไซเมอร์|" +
  // Urdu and Persian (session 30, development set 13)
  "چھاتی کا کینسر|خون کا کینسر|کینسر|ٹی بی|ہیپاٹائٹس سی|ہیپاٹائٹس|دل کا دورہ|انجیوپلاسٹی|ذیابیطس|شوگر|ہائی بلڈ پریشر|فالج|یرقان|ڈپریشن|کیموتھراپی|ڈائیلاسز|" +
  "سرطان ریه|سرطان سینه|سرطان خون|دیابت نوع [۱۲12]|دیابت|فشار خون بالا|سکته قلبی|سکته مغزی|شیمی‌درمانی|شیمی درمانی|افسردگی|دیالیز|ام اس|" +
  // Session 53 (dev-92): everyday health words in Chinese, Korean, Hindi, Arabic and Thai (script-health-terms.ts).
  [HAN_TERMS_S53, HANGUL_TERMS_S53, DEVANAGARI_TERMS_S56, DEVANAGARI_TERMS_S53, ARABIC_TERMS_S53, THAI_TERMS_S53].join("|");
/** Hinglish (Latin-script Hindi) names for conditions, whole words: "Dadi ko sugar aur BP dono hai". */
const HINGLISH_CONDITIONS =
  "sugar|BP|thyroid|heart attack|paralysis|lakwa|piles|dengue|typhoid|TB|kidney failure|depression|anxiety|cancer|asthma|PCOD|PCOS|pregnant";
/**
 * Bengali and Tamil (the script's vowel signs are marks: a term ends where the next word starts), the longer form
 * first; NFKC like the scanned text (Bengali য় is stored decomposed there).
 */
const INDIC_CONDITIONS = (
  "ডায়ালিসিস|কিডনি বিকল|স্তন ক্যান্সার|জরায়ু ক্যান্সার|ক্যান্সার|ডায়াবেটিস|টাইফয়েড|ডেঙ্গু জ্বর|ডেঙ্গু|যক্ষ্মা|কিডনি ফেইলিওর|কিডনি রোগ|ডায়ালাইসিস|কেমোথেরাপি|হার্ট অ্যাটাক|স্ট্রোক|উচ্চ রক্তচাপ|হাঁপানি|জন্ডিস|নিউমোনিয়া|হেপাটাইটিস|বিষণ্নতা|ডিপ্রেশন|গর্ভবতী|" +
  "கருப்பை புற்றுநோய்|மார்பக புற்றுநோய்|புற்றுநோய்|சிறுநீரக கல்|சிறுநீரக நோய்|இதய நோய்|நீரிழிவு நோய்|நீரிழிவு|சர்க்கரை நோய்|டெங்கு காய்ச்சல்|டெங்கு|டைபாய்டு|காசநோய்|மாரடைப்பு|பக்கவாதம்|உயர் இரத்த அழுத்தம்|ஆஸ்துமா|மன அழுத்தம்|மன அழுத்த நோய்|அறுவை சிகிச்சை|கீமோதெரபி|டயாலிசிஸ்|சிறுநீரக செயலிழப்பு|மஞ்சள் காமாலை|கர்ப்பமாக|" +
  // Gujarati (session 50, dev-83)
  "સ્તન કેન્સર|કેન્સર|ડાયાબિટીસ|મધુમેહ|ડાયાલિસિસ|કિડની ફેલ્યોર|કિડનીની બીમારી|હાર્ટ એટેક|ટીબી|ક્ષય રોગ|ડેન્ગ્યુ|મેલેરિયા|ટાઇફોઇડ|કમળો|અસ્થમા|હાઈ બ્લડ પ્રેશર|બ્લડ પ્રેશર|ડિપ્રેશન|લકવો|ગર્ભાશયની ગાંઠ|ફાઇબ્રોઇડ|થાઇરોઇડ|ગર્ભવતી"
).normalize("NFKC");
const CONDITION = new RegExp(`(?:${CONDITIONS})`, "gu");
/** Run only on a text holding one of its terms (its own keyword gate), so the main pattern stays as long as it was. */
const INDIC_CONDITION = new RegExp(`(?:${INDIC_CONDITIONS})`, "gu");
const INDIC_STEMS = INDIC_CONDITIONS.toLowerCase().split("|");
const HINGLISH_CONDITION = new RegExp(`(?<![A-Za-z])(?:${HINGLISH_CONDITIONS})(?![A-Za-z])`, "g");
/** The Devanagari conditions of `text[from, to)` as [start, end) offsets (the unnamed-relative rule, session 44). */
export function devanagariConditions(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  if (!/[\u0900-\u097f]/u.test(text.slice(from, to))) return spans;
  for (const match of text.slice(from, to).matchAll(CONDITION))
    if (/[\u0900-\u097f]/u.test(match[0])) spans.push([from + match.index, from + match.index + match[0].length]);
  return spans;
}
/** Every match holds one of the terms, lower-cased in the lower-cased text: none there, no match (checked first). */
const CONDITION_STEMS = [...new Set(CONDITIONS.split("|").map((term) => term.replace(/\[12\]/u, "").toLowerCase()))];
const HINGLISH_STEMS = HINGLISH_CONDITIONS.toLowerCase().split("|");
export const SCRIPT_HEALTH_GATE: PatternGate = {
  name: "script-conditions",
  pattern: CONDITION,
  mayMatch: (_text, lower) => containsAny(lower, CONDITION_STEMS),
};
/** HINGLISH_CONDITION's terms follow no ASCII letter: a term only inside a word ("GBP", "subprocess") is no match. */
export const HINGLISH_GATE: PatternGate = {
  name: "hinglish-conditions",
  pattern: HINGLISH_CONDITION,
  mayMatch: (_text, lower) => containsAnyAtWordStart(lower, HINGLISH_STEMS),
};

export const CN_SURNAMES =
  "王李张劉刘陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙龍史陶黎贺顾毛郝龚邵万钱錢严覃武戴莫孔向汤湯";
const RELATIONS_ZH =
  "表哥|表姐|表弟|表妹|堂哥|堂姐|叔叔|阿姨|舅舅|奶奶|爷爷|外婆|外公|岳父|岳母|婆婆|公公|同事|朋友|妈妈|母亲|父亲|爸爸|哥哥|姐姐|弟弟|妹妹|丈夫|妻子|老婆|老公|儿子|女儿|邻居|老板|员工|病人|患者|同学|室友";
/**
 * Words that follow a relation word but are no name (issue #15): "मेरी बहन को मधुमेह है", "Meri didi ko sugar hai",
 * "我妈妈高血压", "母の糖尿病が", "엄마한테 암이", "أختي لديها السكري" speak of an unnamed relative, who is not reported.
 */
/** Hindi postpositions and particles (also read by person-reference.ts). */
/** Particles, and (session 43, dev-47) time words and adverbs after a relation word ("मेरे पापा रोज़ …": no name). */
export const HINDI_NOT_NAMES = "को|की|का|के|ने|से|में|पर|है|हैं|जी|और|भी|ही|तो|रोज\u093c|रोज|रोजाना|रोज़ाना|हर|आज|कल|अब|अभी|सुबह|शाम|रात|हमेशा|बस|फिर|पहले";
/** Hinglish possessives and relation words before didi / bhaiya / ji ("Meri didi", "Dadi ji"): no name. */
const HINGLISH_NOT_NAMES =
  "Meri|Mere|Mera|Hamari|Hamare|Hamara|Apni|Apne|Apna|Teri|Tere|Tera|Unki|Unke|Unka|Uski|Uske|Uska|Dadi|Dada|Nani|Nana|Mummy|Mumma|Mom|Maa|Papa|Pitaji|Mama|Mami|Chacha|Chachi|Mausi|Masi|Bua|Bhabhi|Didi|Bhaiya|Bhai|Behen|Bahan|Jiju|Saas|Sasur|Beta|Beti";
/** Condition terms in Han or Katakana, Hangul: a relation word's "name" that is a condition is none. */
const conditionTerms = (script: RegExp) => CONDITIONS.split("|").filter((term) => script.test(term));
export const HAN_CONDITIONS = `(?:${conditionTerms(/^[\p{Script=Han}\p{Script=Katakana}]/u).join("|")})`;
const HANGUL_CONDITIONS = `(?:${conditionTerms(/^\p{Script=Hangul}/u).join("|")})`;
/** Devanagari condition terms: a relation word's "name" that is one is none ("मेरी माँ मधुमेह …": session 53). */
const DEVANAGARI_CONDITIONS = `(?:${conditionTerms(/^\p{Script=Devanagari}/u).join("|")})`;
/**
 * Chinese: the prepositions 于 and 向, a weekday that starts with the surname 周 (周四: session 43), and a condition that
 * starts with a surname's character (高血压, 白血病); 何 as the end of a question word — 如何 "how", 任何 "any", 为何 "why",
 * 几何 "geometry" — ("乙型肝炎是如何传播的": nobody named; session 54 review).
 */
export const ZH_NOT_NAMES = `(?:于|向|周[一二三四五六日末]|(?<=[如任为為几幾奈])何|${conditionTerms(/^\p{Script=Han}/u)
  .filter((term) => CN_SURNAMES.includes(term[0]!))
  .join("|")})`;
/** Korean particles of two or more syllables after a relation word (친구에게, 엄마한테, 어머니께서). */
const KO_PARTICLES = "에게서|한테서|에게|한테|께서|하고|이랑|처럼|보다|까지|부터|만큼|마저|조차|밖에|에서|으로";
/** Arabic prepositions, particles and verbs after a relation word (أختي لديها, أمي في, أبي مع). */
const ARABIC_NOT_NAMES =
  "تأخذ|تاخذ|يأخذ|ياخذ|تتناول|يتناول|أجرت|اجرت|أجرى|اجرى|تعمل|يعمل|حصل|حصلت|جاتها|جاته|طلع|طلعت|تستخدم|يستخدم|تخضع|يخضع|تتعالج|يتعالج|عملت|سوت|في|مع|من|على|عن|إلى|الى|لدي|لديها|لديه|عند|عنده|عندها|كان|كانت|قد|لا|لم|لن|ما|هو|هي|مصاب|مصابة|مريض|مريضة|يعاني|تعاني|أصيب|أصيبت|اصيب|اصيبت|تم|منذ|بعد|قبل|بسبب|أيضا|أيضاً|عمره|عمرها";
/** Persian and Urdu particles, verbs and pronouns after a relation word (مادرم سرطان دارد, میری بہن کو): no name. */
const PERSIAN_URDU_NOT_NAMES =
  "که|را|به|از|در|با|هم|هست|است|دارد|داره|گفت|می|نمی|خیلی|این|آن|یک|برای|بیمار|مبتلا|کو|کی|کا|کے|نے|سے|میں|بھی|ہے|ہیں|اور|مریض|تھا|تھی";
/** Chinese time words and adverbs after a relation word (session 53): "我妈妈最近确诊了" names nobody. */
const ZH_NOT_GIVEN = "最近|上周|上週|昨天|前天|今天|去年|今年|刚刚|剛剛|已经|已經|一直|前几|前幾|也在|还在|還在|不幸|突然|终于|終於|后来|後來";
/** Common Hindi surnames (session 53): a Devanagari word before one is a given name. */
const HINDI_SURNAMES =
  "शर्मा|वर्मा|गुप्ता|सिंह|यादव|पटेल|जैन|अग्रवाल|मिश्रा|तिवारी|पांडे|पाण्डेय|चौहान|राठौर|ठाकुर|मेहता|जोशी|श्रीवास्तव|सक्सेना|चौधरी|बंसल|कपूर|मल्होत्रा|भाटिया|सेठी|दुबे|त्रिपाठी|शुक्ला|द्विवेदी|बनर्जी|चटर्जी|मुखर्जी|घोष|नायर|अय्यर|रेड्डी|राव|पिल्लई|मेनन|देसाई|कुलकर्णी|पाटिल|गोयल|मित्तल|रस्तोगी";
/** Hindi public roles before a name ("गायिका अनन्या राठौर": a public figure's apposition, session 53). */
const HINDI_PUBLIC_ROLES = "गायिका|गायक|अभिनेता|अभिनेत्री|नेता|मंत्री|सांसद|विधायक|खिलाड़ी|क्रिकेटर|लेखक|लेखिका|कवि|मशहूर|प्रसिद्ध|पत्रकार|उद्योगपति";
/** Thai words before a relation word that are no name (conjunctions, time words, particles: session 53). */
const THAI_NOT_NAMES = "และ|กับ|ว่า|คือ|ที่|ซึ่ง|แต่|เพราะ|ส่วน|ทั้ง|ตอน|พอ|ถ้า|เลย|ก็|นะ|ค่ะ|ครับ|คะ|วันนี้|เมื่อวาน|ตอนนี้|ล่าสุด|ปีที่แล้ว|เดือนที่แล้ว";
/** A common Korean surname's syllable (the same list as the name-and-title pattern below). */
const KO_SURNAME =
  "[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나엄채원천방공현함변염여추도석선설길연위표명반왕금옥육인맹제모탁국은편용]";

/** A named person in Chinese, Japanese, Korean, Hindi/Hinglish or Arabic (also used by the financial rule). */
export const SCRIPT_PERSON_PATTERNS: RegExp[] = [
  // Chinese: relation word + surname + 1-2 characters, or surname + given + 先生/女士/小姐
  new RegExp(
    `(?:${RELATIONS_ZH})(?!${ZH_NOT_NAMES})[${CN_SURNAMES}][\\p{Script=Han}]{1,2}|[${CN_SURNAMES}][\\p{Script=Han}]{1,2}(?:先生|女士|小姐|同学|老师)|(?:患者|病人|病患)[：:]\\s*[${CN_SURNAMES}]`,
    "u",
  ),
  // Chinese: surname + given name followed, perhaps after an honorific and a time word, by a possessive or a diagnosis
  // verb (张伟的, 李娜被诊断, 王芳患有, 赵宇航上周确诊, 陈国华老先生查出: session 40), or a money word (孙丽，月薪…, 赵建国信用卡欠款…:
  // session 48), or a debt to the writer (李娜欠了我…, 张伟借了我…, 王芳向我借…: session 49)
  new RegExp(
    `(?!${ZH_NOT_NAMES})[${CN_SURNAMES}][\\p{Script=Han}]{1,2}(?:老先生|老太太|先生|女士|老师|老師|阿姨|大爷|大爺)?(?:上周|上週|上个月|上個月|昨天|前天|今天|最近|去年|前几天|前幾天|每天|每日|明天|周[一二三四五六日]|星期[一二三四五六日天])?(?:的|每天服用|服用|在吃|要去做|去做|被诊断|被診斷|被確診|被确诊|确诊|確診|患有|得了|住院|因为|因為|由于|由於|因患|罹患|查出|检查出|檢查出|被查出|[，,]?(?:月薪|年薪|工资|工資|信用卡欠款|欠款|房贷|房貸|贷款|貸款)|欠了?我|借了?我|向我借)`,
    "u",
  ),
  // Japanese: a name followed by さん/様/氏/くん/ちゃん (also OCR-spaced: "高橋  トメ  様", session 40), or relation word +
  // name, or 患者 + name
  new RegExp(
    String.raw`[\p{Script=Han}\p{Script=Katakana}]{1,6}(?:さん|様|氏(?![综綜症病])|くん|ちゃん)|[\p{Script=Han}]{1,3}(?:(?!の)\p{Script=Hiragana}){2,4}(?:さん|様|ちゃん)|[\p{Script=Han}]{1,3}[ 　]{1,2}[\p{Script=Han}\p{Script=Katakana}]{1,4}[ 　]{0,2}(?:さん|様|氏)|(?:同僚|上司|部下|友人|母|父|兄|姉|弟|妹|夫|妻|息子|娘|隣人|患者)(?:の|である)?(?!${HAN_CONDITIONS})(?:[\p{Script=Han}\p{Script=Katakana}]{2,6}|[\p{Script=Han}]{1,3}[ 　][\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{1,4})(?:[（(][^）)\n]{1,16}[）)])?(?:は|が|に|の|です)`,
    "u",
  ),
  // Korean: a name label (환자명: 정하늘), a name followed by 씨/님/선생님, or relation + name (not the plural or
  // honorific of the relation word: 후배들이, 지인분들, 친구들이; session 39 review); before 환자 only a word that starts
  // with a common surname and is no condition (김민수 환자, not 출혈 환자 or 당뇨 환자: a leaflet's patients; session 46)
  new RegExp(
    String.raw`(?:환자명|성명|이름)\s*[:：]\s*[가-힣]{2,4}|[가-힣]{2,4}\s?(?:씨|님|선생님)|(?<![가-힣])(?!${HANGUL_CONDITIONS})${KO_SURNAME}[가-힣]{1,3}\s?환자|(?:동료|친구|엄마|어머니|아버지|아빠|(?<![A-Za-z0-9])형|누나|언니|오빠|남편|아내|아들|딸|이웃|직원|사원|고객|동생|남동생|여동생|시어머니|장모|할머니|할아버지|삼촌|이모|고모|환자|(?:회사|입사|대학|학교)\s?동기|선배|후배|지인|사촌|조카)\s?(?!(?:${KO_PARTICLES})(?![가-힣])|${HANGUL_CONDITIONS}|들|분)[가-힣]{2,4}`,
    "u",
  ),
  // Korean: a three-syllable name from a common surname, a space and a job title (이수진 대리, 김민수 과장: session 40,
  // dev-38); not a team or department before the title (마케팅 팀장, 인사팀 과장, 영업부 차장)
  /(?<![가-힣])(?![가-힣]{2}[팀부과실])[김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나엄채원천방공현함변염여추도석선설길연위표명반왕금옥육인맹제모탁국은편용][가-힣]{2}\s(?:대리|과장|차장|부장|팀장|주임|실장|사원)(?![가-힣])/u,
  // Hindi: given name and surname before the possessive and a money word (सुरेश वर्मा की तनख्वाह: session 40, dev-38)
  /(?<![\u0900-\u097f])(?!(?:मेरी|मेरे|मेरा|उनकी|उनके|उनका|उसकी|उसके|उसका|आपकी|आपके|आपका|हमारी|हमारे|हमारा|इनकी|इसकी)\s)[\u0900-\u097f]{2,}\s[\u0900-\u097f]{2,}\s(?:की|का|के)\s(?:तनख्वाह|तनख़्वाह|वेतन|सैलरी|आय|कर्ज़|कर्ज|क़र्ज़|लोन|उधार|पेंशन)(?![\u0900-\u097f])/u,
  // Hindi: given name and surname owing an amount (सुरेश यादव पर ₹1,85,000 का लोन बकाया: session 48, dev-77)
  /(?<![\u0900-\u097f])[\u0900-\u097f]{2,}\s[\u0900-\u097f]{2,}\sपर\s(?:₹|रु\.?|Rs\.?)\s?\d[\d,.]{0,14}(?:\s(?:लाख|करोड़|हज़ार|हजार))?\s(?:का|की|के)\s(?:लोन|कर्ज़|कर्ज|क़र्ज़|उधार|बकाया)(?![\u0900-\u097f])/u,
  // Hindi (Devanagari) and Hinglish: relation + name, or name + जी/श्री/श्रीमती; डॉ with a dot or a space (डॉक्टर is
  // "doctor", no name: session 39)
  new RegExp(
    String.raw`(?:श्री|श्रीमती|सुश्री|डॉ(?:\.|(?=\s)))\s?[\u0900-\u097f]{2,}|(?:श्रीमती|श्री)\.\s?[\u0900-\u097f]{2,}|(?<![\u0900-\u097f])(?!(?:दादा|दादी|नाना|नानी|पिता|माता|चाचा|चाची|मामा|मामी|ताऊ|ताई|बुआ|मौसी|भाभी|भैया|दीदी|सास|ससुर|बाबू|गुरु)\s?जी)[\u0900-\u097f]{2,}(?:\sजी|(?<![ॉ्])जी)(?![\u0900-\u097f])|(?:(?:मरीज़?|रोगी|रुग्ण)(?:\s(?:का|चे)\s(?:नाम|नाव))?|बीमित व्यक्ति|विमाधारक|बीमाधारक|पॉलिसीधारक)\s*[:：—–-]\s*[\u0900-\u097f]{2,}|(?:बीमित व्यक्ति|विमाधारक|बीमाधारक|पॉलिसीधारक)\s(?!(?:${HINDI_NOT_NAMES})(?![\u0900-\u097f])|${DEVANAGARI_CONDITIONS})[\u0900-\u097f]{2,}|(?:मेरी|मेरे|मेरा|हमारी|हमारे|हमारा)\s(?:माँ|मां|माता|पिता|पापा|भाई|बहन|पत्नी|पति|दोस्त|सहेली|मित्र|सहपाठी|पड़ोसन|ननद|देवर|जीजा|साली|सहकर्मी|बेटा|बेटी|बेटे|चाचा|चाची|मामा|मामी|दादा|दादी|नाना|नानी|बुआ|मौसी|भाभी|ससुर|सास|बहू|पड़ोसी)(?:\s?जी)?,?\s(?!(?:${HINDI_NOT_NAMES})(?![\u0900-\u097f])|${DEVANAGARI_CONDITIONS})[\u0900-\u097f]{2,}|(?:माँ|मां|मम्मी|पापा|पिताजी|भाई|भैया|बहन|दीदी|चाचा|चाची|मामा|मामी|दादा|दादी|नाना|नानी|पत्नी|पति|बेटा|बेटी|सास|ससुर)\s?[(（]\s?[\u0900-\u097f]{2,}(?:\s[\u0900-\u097f]{2,})?\s?[)）]|(?<![A-Za-z])(?!(?:${HINGLISH_NOT_NAMES})\s)[A-Z][a-z]+\s(?:uncle|aunty|auntie|bhaiya|didi|ji)(?![A-Za-z])|(?<![A-Za-z])[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\snaam hai|(?<![A-Za-z])naam\s(?:hai\s)?[A-Z][a-z]+|\b(?:[Mm]eri|[Mm]ere|[Mm]era)\s(?:maa|mummy|mom|papa|bhai|behen|didi|wife|husband|dost|colleague|beta|beti)\s[A-Z][a-z]+`,
    "u",
  ),
  // Arabic: honorific or relation + name
  new RegExp(
    String.raw`(?:السيد|السيدة|الأستاذ|الأستاذة|الدكتور|الموظف|الموظفة|الزميل|الزميلة|زميلي|زميلتي|زميلنا|زميلتنا|صديقي|صديقتي|صديقنا|صديقتنا|جارنا|جارتنا|مديري|مديرتي|مديرنا|مديرتنا|أمي|أبي|أخي|أختي|أخوي|اخوي|أبوي|ابوي|ولدي|بنتي|زوجي|زوجتي|جاري|المريض|المريضة|والدتي|والدي|ابني|ابنتي|عمي|خالي|عمتي|خالتي|جدتي|جدي)(?:\s+في\s+(?:العمل|المكتب|الشركة|الجامعة|المدرسة|السكن))?[:：]?\s+(?!(?:${ARABIC_NOT_NAMES})(?![\p{Script=Arabic}]))[\p{Script=Arabic}]{2,}|(?:مریض|مریضہ)[:：]?\s(?!(?:کو|کے|کی|کا|نے|سے|میں|اور|ہے|ہیں|یا|بھی)(?![\p{Script=Arabic}]))[\p{Script=Arabic}]{2,}|(?:أبو|ابو|بو|أم|ام)\s(?!ظبي)[\p{Script=Arabic}]{3,}\s?[(（][\p{Script=Arabic}\s]{4,30}[)）]|(?:راتب|دخل|قرض|ديون|دين|رصيد|حساب|تشخيص|مرض|إصابة)\s(?!ال|بداء|بمرض|بفيروس|بسرطان|في\s|من\s|على\s|عن\s|بين\s)[\p{Script=Arabic}]{2,}\s(?:ال|بن\s|بنت\s)[\p{Script=Arabic}]{2,}`,
    "u",
  ),
  // Arabic (session 42, dev-44): a ward list's bed or room number before a name ("سرير ٤: فاطمة حسن"), and a given name
  // with an al- family name before "has" or "was diagnosed" ("خالد الشمري عنده", "يوسف المطيري، إيه، طلع عنده"); not a
  // common noun before an al- word ("مريض السكري عنده": a diabetic patient).
  new RegExp(
    String.raw`(?<![\p{Script=Arabic}])(?:سرير|غرفة)\s*[\d٠-٩]+\s*[:：\-–]\s*[\p{Script=Arabic}]{2,}|(?<![\p{Script=Arabic}])(?!ال|مريض|مرضى|شخص|رجل|امرأة|طفل|طفلة|ولد|بنت|كل|أي|اي|مدينة|شركة|مستشفى|منطقة|دولة|جامعة|وزارة|حكومة|مدرسة|بلدية)[\p{Script=Arabic}]{3,}\s+(?!(?:${CONDITIONS})(?![\p{Script=Arabic}]))ال[\p{Script=Arabic}]{3,}[،,]?(?:\s+[\p{Script=Arabic}]{1,4}[،,])?\s+(?:طلع\s+|طلعت\s+)?(?:عنده|عندها|لديه|لديها|مصاب|مصابة|أصيب|أصيبت|تشخص|تشخصت)(?![\p{Script=Arabic}])`,
    "u",
  ),
  // Persian (a relation word with the possessive -م: مادرم، زهرا احمدی; همکارم مریم کریمی) and Urdu (میری بہن عائشہ خان):
  // two words after it that are no particle, verb or condition term (session 38, dev-34)
  new RegExp(
    String.raw`(?<![\p{Script=Arabic}])(?:مادرم|پدرم|برادرم|خواهرم|همسرم|شوهرم|پسرم|دخترم|همکارم|دوستم|مادربزرگم|پدربزرگم|(?:میری|میرے|میرا)\s(?:بہن|بھائی|ماں|امی|والدہ|والد|ابو|شوہر|بیوی|بیٹا|بیٹی|دوست|سہیلی|ساتھی|نانی|دادی))[،,]?\s(?!(?:${PERSIAN_URDU_NOT_NAMES})(?![\p{Script=Arabic}])|${CONDITIONS})[\p{Script=Arabic}]{2,}\s[\p{Script=Arabic}]{2,}`,
    "u",
  ),
  // Session 53 (dev-92): Chinese — a relation word and a given name alone, then a health verb ("我表姐丽娟做了…",
  // "我妹妹美玲確診了…"); not a time word or adverb after the relation word ("我妈妈最近确诊了": nobody named)
  new RegExp(`(?:${RELATIONS_ZH})(?!${ZH_NOT_NAMES}|${ZH_NOT_GIVEN})[\\p{Script=Han}]{2}(?:确诊|確診|得了|做了|在吃|一直在|装了|裝了|患有|查出|住院)`, "u"),
  // Session 53 (dev-92): Hindi — a given name and a common surname ("प्रिया शर्मा को …", "सुनीता वर्मा की …"), not
  // after a public role ("गायिका अनन्या राठौर")
  new RegExp(
    String.raw`(?<![\u0900-\u097f])(?<!(?:${HINDI_PUBLIC_ROLES})\s)(?!(?:${HINDI_NOT_NAMES}|मेरी|मेरे|मेरा)\s)[\u0900-\u097f]{2,}\s(?:${HINDI_SURNAMES})(?![\u0900-\u097f])`,
    "u",
  ),
  // Session 53 (dev-92): Thai — a given name before a relation word and "my" ("นภา ลูกสาวของฉัน", "สมศรี น้องสาวของฉัน")
  new RegExp(
    `(?<![\\u0e01-\\u0e4e])(?!(?:${THAI_NOT_NAMES})\\s)[\\u0e01-\\u0e4e]{2,}\\s(?:น้องสาว|น้องชาย|พี่สาว|พี่ชาย|ลูกสาว|ลูกชาย|แม่|พ่อ|สามี|ภรรยา|เพื่อนร่วมงาน|เพื่อน|หลานสาว|หลานชาย|ยาย|ปู่|ย่า)(?:ของ)?(?:ฉัน|ผม|เรา)`,
    "u",
  ),
  // Thai: a title or relation word before a given name and a surname ("คุณสมชาย ใจดี", "นางสาวสมหญิง รักดี")
  /(?:คุณ|นาย|นางสาว|นาง|เพื่อนร่วมงาน(?:ของฉัน)?\s?คุณ)[\u0e01-\u0e4e]{2,}\s[\u0e01-\u0e4e]{2,}/u,
  // Thai: a relation word, then ชื่อ ("named") and the given name ("เพื่อนชื่อสมชาย", "น้องสาวฉันชื่อพิมพ์ชนก")
  /(?:เพื่อน(?:ร่วมงาน)?|น้อง(?:สาว|ชาย)?|พี่(?:สาว|ชาย)?|แม่|พ่อ|ลูก(?:สาว|ชาย)?|สามี|ภรรยา|แฟน|ป้า|ลุง|น้า|อา|ยาย|ตา|ปู่|ย่า|หลาน|เจ้านาย|ลูกน้อง|คนไข้|ผู้ป่วย)(?:ของ)?(?:ฉัน|ผม|เรา)?\s?ชื่อ\s?[\u0e01-\u0e4e]{2,}/u,
];

/** Bengali kinship words after "my" (session 46, dev-68). */
const BENGALI_KIN = "বাবা|মা|আম্মা|আম্মু|আব্বা|আব্বু|ভাই|বোন|স্বামী|স্ত্রী|ছেলে|মেয়ে|খালা|মামা|মামী|চাচা|চাচী|ফুফু|নানী|নানা|দাদী|দাদি|দাদা|শাশুড়ি|শ্বশুর|বন্ধু|সহকর্মী";
/** Words after a Bengali kinship word that are no name: particles, time words, adverbs, "ill", "in hospital". */
const BENGALI_NOT_NAMES =
  "কে|এর|আর|ও|তো|যে|দুজনেই|দুজন|একজন|তিনি|সে|কি|কী|গত|এখন|আজ|কাল|অনেক|খুব|প্রায়|বেশ|হঠাৎ|অসুস্থ|হাসপাতালে|ডাক্তার|দীর্ঘদিন|কয়েক|সব|সবসময়|নিয়মিত|প্রতিদিন|রোজ|একটু|সম্প্রতি|বহুদিন|এখনও|আবার|বলেছে|বলেছেন|জানিয়েছে|জানিয়েছেন|নিজে|এবং|কিছু|একজন";

/** Gujarati kinship and friend words after "my" (session 53). */
const GUJARATI_KIN =
  "બહેનપણી|મિત્ર|બહેન|ભાઈ|ભાભી|માસી|માસા|કાકા|કાકી|મામા|મામી|ફઈ|ફોઈ|દાદા|દાદી|નાના|નાની|પતિ|પત્ની|દીકરો|દીકરી|પાડોશી|પડોશી|સહકર્મી|મમ્મી|પપ્પા|બા|બાપુજી|સાસુ|સસરા";
/** Words after a Gujarati kinship word that are no name: particles, time words, adverbs, "ill", "in hospital", medicines. */
const GUJARATI_NOT_NAMES =
  "ને|નું|ની|નો|ના|છે|હતા|હતી|પણ|અને|તો|એ|આ|તે|હમણાં|હમણા|આજે|કાલે|ગયા|ઘણા|ઘણી|ઘણાં|બહુ|ખૂબ|ઘણો|હવે|ફરી|રોજ|દરરોજ|બીમાર|માંદા|માંદી|હોસ્પિટલમાં|દવાખાને|ડૉક્ટર|ડોક્ટર|દવા|ગોળી|ઇન્સ્યુલિન|વર્ષોથી|મહિનાથી|થોડા|કેટલાક|બંને|એક|પોતે|કહે|કહ્યું";

/**
 * Named people in scripts and forms that a cheap test rules out in most windows: each pattern runs only when its
 * hint occurs in the window (Bengali or Tamil letters, a Hinglish second-person pronoun after a comma).
 */
const GATED_PERSON_PATTERNS: ReadonlyArray<readonly [hint: RegExp, pattern: RegExp]> = [
  [
    /[\u0980-\u09ff]/,
    // Bengali: an honorific or a colleague/friend/patient word before a name (জনাব শফিকুল, সহকর্মী সুমাইয়া), or a name
    // before a kinship word (রহিম চাচার, নাসরিন আপা) — not a pronoun before it (আমার চাচার: an unnamed relative)
    // — and (session 46, dev-68) "my" and a kinship word before a name that is no particle, time word or condition
    // (আমার বাবা হাবিবুর রহমান, আমার খালা ফাতেমার); "আমার মা অসুস্থ" names nobody
    new RegExp(
      `(?:জনাব|জনাবা|শ্রী|শ্রীমতী|বেগম|মোছাম্মৎ|মোঃ|ডাঃ|সহকর্মী|বন্ধু|প্রতিবেশী|রোগী|বিমাকৃত|বীমাকৃত|রোগীর নাম\\s?[:：])\\s[\\u0980-\\u09ff]{2,}|(?<![\\u0980-\\u09ff])(?!(?:আমার|তোমার|আপনার|ওনার|তার|ওর|আমাদের|তাদের|ওদের|এই|সেই|এক)\\s)[\\u0980-\\u09ff]{2,}\\s(?:চাচা|চাচী|মামা|মামী|খালা|খালু|ফুফু|দাদা|দাদি|দিদি|আপা|আপু|ভাবি|ভাই|সাহেব|সাহেবা|বাবু)|(?<![\\u0980-\\u09ff])(?:আমার|আমাদের)\\s(?:${BENGALI_KIN})\\s(?!(?:${BENGALI_NOT_NAMES}|${BENGALI_KIN})(?![\\u0980-\\u09ff])|${INDIC_CONDITIONS})[\\u0980-\\u09ff]{2,}`.normalize(
        "NFKC",
      ),
      "u",
    ),
  ],
  [
    /[\u0b80-\u0bff]/,
    // Tamil: an honorific or colleague/patient word before a name (திரு. ரமேஷ், சக ஊழியர் …), or a name before a
    // kinship or address word (செல்வி அக்கா, ரமேஷ் சார்) — not a pronoun before it (என் அக்கா: an unnamed relative)
    /(?:திரு\.?|திருமதி|டாக்டர்|சக ஊழியர்|நண்பர்|நோயாளி(?:\s?[:：])?)\s?[\u0b80-\u0bff]{2,}|(?<![\u0b80-\u0bff])(?!(?:என்|எங்கள்|உங்கள்|அவர்|அவள்|நம்ம|என்னுடைய|எங்க|உங்க)\s)[\u0b80-\u0bff]{2,}\s(?:அக்கா|அண்ணா|அண்ணன்|அம்மா|அப்பா|தம்பி|தங்கை|மாமா|அத்தை|பாட்டி|தாத்தா|சார்|மேடம்)/u,
  ],
  [
    /[\u0a80-\u0aff]/,
    // Gujarati (session 50, dev-83): an honorific or a form's patient or insured-person word before a name (શ્રી રમેશ,
    // દર્દી: …, વીમાધારક કિરણબેન), or a given name with the respect suffix -બેન/-ભાઈ (ભાનુબેન, મનસુખભાઈ) — not મોટાભાઈ,
    // નાનીબેન (elder brother, younger sister: a relation, no name)
    // — and (session 53) "my" and a kinship or friend word before a name that is no particle, time word, medicine or
    // condition (મારી બહેનપણી કિરણ સોલંકીને …, as Bengali's আমার বাবা হাবিবুর রহমান); "મારી બહેન બીમાર છે" names nobody
    new RegExp(
      `(?:શ્રી|શ્રીમતી|ડૉ\\.?|દર્દી|વીમાધારક|દર્દીનું નામ)\\s?[:：]?\\s[\\u0a80-\\u0aff]{2,}|(?<![\\u0a80-\\u0aff])(?!(?:મોટા|મોટી|નાના|નાની)(?:બેન|ભાઈ))[\\u0a80-\\u0aff]{2,16}(?:બેન|ભાઈ)(?![\\u0a80-\\u0aff])|(?<![\\u0a80-\\u0aff])(?:મારી|મારા|મારો|અમારી|અમારા)\\s(?:${GUJARATI_KIN})\\s(?!(?:${GUJARATI_NOT_NAMES}|${GUJARATI_KIN})(?![\\u0a80-\\u0aff])|${INDIC_CONDITIONS})[\\u0a80-\\u0aff]{2,}`.normalize(
        "NFKC",
      ),
      "u",
    ),
  ],
  [
    /,\s+(?:tum|aap)/,
    // Hinglish: a message addressed to a named person ("Vikas, tumne …", "Neha, aapka …"): the addressee is named
    /(?:^|["“\n:]\s*)[A-Z][a-z]{2,},\s+(?:tum|tumne|tumhe|tumko|tumhara|tumhari|tumhare|aap|aapne|aapko|aapka|aapki|aapke)(?![A-Za-z])/u,
  ],
];

/** Does `window` name a person in one of the scripts' ways (SCRIPT_PERSON_PATTERNS, then the gated ones)? */
/** `place`: where `window` lies in the scanned text, so that its pattern starts answer the checks (pattern-starts.ts). */
export function namedInScripts(window: string, place?: WindowPlace): boolean {
  const test = (pattern: RegExp) => testWindow(pattern, window, place);
  return SCRIPT_PERSON_PATTERNS.some(test) || GATED_PERSON_PATTERNS.some(([hint, pattern]) => test(hint) && test(pattern));
}

const SCRIPT_HINT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Devanagari}\p{Script=Arabic}\p{Script=Thai}]/u;
/** Hinglish function words (possessives, postpositions, "hai"): the Latin-script Hindi text this rule also reads. */
const HINGLISH_HINT = /(?<![A-Za-z])(?:meri|mere|mera|ko|hai|hain|unka|unki|uska|uski|naam)\s/i;
export const SCRIPT_PUBLIC_CUE =
  /主席|总统|總統|演员|明星|歌手|首相|大統領|俳優|歌手|대통령|배우|가수|राष्ट्रपति|प्रधानमंत्री|अभिनेता|अभिनेत्री|गायिका|गायक|मशहूर|प्रसिद्ध|सांसद|मंत्री|क्रिकेटर|الرئيس|الممثل|الملك|(?<!不是)小说|小説(?!じゃな|ではな)|소설(?!\s?(?:아니|이 아니|은 아니))|उपन्यास|رواية|电视剧|ドラマ|드라마|역할극|롤플레이|가상의 (?:환자|인물|캐릭터|사례|이야기)|ロールプレイ|架空の|角色扮演|虚构|虛構|काल्पनिक|रोलप्ले|(?:حالة|مريض|مريضة|شخصية|دراسية|سيناريو) افتراضي|خيالي|لعب الأدوار/u;

/**
 * Romanised Hindi/Urdu story and screen words ("in the movie Rahul ko TB hota hai", "serial mein", "kahani"): the name
 * before "ko" is a character's (review of session 36).
 */
const HINGLISH_PUBLIC_CUE =
  /(?<![\p{L}])(?:movie|movies|film|films|filmon|serial|serials|web ?series|series|episode|drama|kahani|kahaani|kahaniyan|kirdar|kirdaar|novel|upanyas|natak|naatak|story|script|character|hero|heroine|actor|actress|bollywood|tollywood)(?![\p{L}])/iu;

/**
 * A capitalised word before the Hinglish postposition "ko" ("Sandeep ko TB detect hua hai"), also with a kinship or
 * respect word between ("Rahul bhai ko", "Sunita didi ko", "Verma ji ko": session 39).
 */
const NAME_BEFORE_KO =
  /(?<![A-Za-z])([A-Z][a-z]{2,})(?:\s(?:bhai|bhaiya|didi|di|ji|jee|uncle|aunty|auntie|chacha|chachi|mama|mami|mausi|bhabhi|bhabi|dada|dadi|nana|nani|sir|madam))?\sko\s/g;

/**
 * Hinglish: the person the condition is about, named before "ko", when the word is a known given name (lexicon.ts)
 * or in the people-names lexicon — "Doctor ko", "Bachon ko" or "Office ko" name nobody.
 */
function hinglishNameBeforeKo(window: string): boolean {
  NAME_BEFORE_KO.lastIndex = 0;
  for (let match = NAME_BEFORE_KO.exec(window); match !== null; match = NAME_BEFORE_KO.exec(window)) {
    const word = match[1]!;
    if (HINGLISH_NOT_NAME_SET.has(word)) continue;
    if (GIVEN_NAMES.has(word.toLowerCase()) || isPersonName(word)) return true;
  }
  return false;
}
const HINGLISH_NOT_NAME_SET = new Set([
  ...HINGLISH_NOT_NAMES.split("|"),
  ..."Doctor Patient Mareez Sab Sabhi Kisi Unko Usko Isko Inko Mujhe Hum Aap Tum Baby Bachon Bachchon Logon Office Ghar India Sarkar Company Team Boss Manager Client Sir Madam Bhagwan Insaan Aadmi Aurat Ladki Ladka".split(
    " ",
  ),
]);

/** A letter, mark or digit: a window edge between two of them cuts a word. */
const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;
/** Copies of the term patterns for masking (the originals keep their `lastIndex` in the scan loop). */
const MASKS = new Map<RegExp, RegExp>();
function maskTerms(window: string, pattern: RegExp): string {
  let mask = MASKS.get(pattern);
  if (!mask) MASKS.set(pattern, (mask = new RegExp(pattern.source, pattern.flags)));
  return window.replace(mask, (term: string, at: number) => {
    // In a script written with spaces a term inside a longer word is part of that word, maybe a name ("السل" of
    // "عبد السلام"): kept.
    const inside = SPACED_SCRIPT.test(term) && (LETTER.test(window[at - 1] ?? "") || LETTER.test(window[at + term.length] ?? ""));
    return inside ? term : "·".repeat(term.length);
  });
}
const SPACED_SCRIPT = /[\p{Script=Arabic}\p{Script=Devanagari}\p{Script=Hangul}\p{Script=Latin}]/u;
const LETTER = /[\p{L}\p{M}]/u;

function emitNearNamedPeople(text: string, emit: Emit, pattern: RegExp, nameBeforeKo = false): void {
  pattern.lastIndex = 0;
  let windowEnd = -1;
  let verdict = false;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (match.index >= windowEnd) {
      // The window starts after a space when one is near its edge: a word cut in two is no name ("…या राठौर" of
      // "गायिका अनन्या राठौर": session 53).
      const edge = Math.max(0, match.index - 80);
      const cut = edge > 0 && WORD_CHARACTER.test(text[edge - 1]!) && WORD_CHARACTER.test(text[edge]!);
      const space = cut ? text.slice(edge, edge + 16).search(/\s/u) : -1;
      const from = space < 0 ? edge : edge + space + 1;
      windowEnd = Math.min(text.length, match.index + 80);
      const window = text.slice(from, windowEnd);
      // The person is looked for with the window's own terms masked: the end of a medicine or condition is no name
      // ("舍曲林成人的…": 林 is a surname; session 53).
      const masked = maskTerms(window, pattern);
      const wide = text.slice(Math.max(0, from - 40), windowEnd);
      verdict =
        (namedInScripts(masked) || (nameBeforeKo && hinglishNameBeforeKo(masked))) &&
        // A public role just before the window still makes its person a public one ("गायिका अनन्या राठौर …": session 53).
        !SCRIPT_PUBLIC_CUE.test(wide) &&
        !namesPublicPersonInScripts(window) &&
        !(nameBeforeKo && HINGLISH_PUBLIC_CUE.test(wide));
    }
    if (verdict) emit("health", match.index, match.index + match[0].length, "named-person-condition-script", PRIORITY.contextual);
  }
}

/**
 * A medicine with its dose in Arabic script (a pharmacy label or prescription: "ميتفورمين 500 ملغ", "إنسولين لانتوس 20
 * وحدة"): one or two Arabic words, a number (Latin or Arabic-Indic digits) and a dose unit. The unit is the evidence
 * that the words name a medicine; a named person near it is still needed (emitNearNamedPeople).
 */
const ARABIC_DOSE =
  /(?<![\p{Script=Arabic}])[\p{Script=Arabic}]{3,}(?:[ \t]+[\p{Script=Arabic}]{3,})?[ \t]+[\d٠-٩]+(?:[.,٫][\d٠-٩]+)?[ \t]*(?:ملغ|مجم|ملجم|ملغم|وحدة|وحدات)(?![\p{Script=Arabic}])/gu;
const ARABIC_DOSE_UNITS = ["ملغ", "مجم", "ملجم", "وحدة", "وحدات"];

function runScriptHealth(text: string, emit: Emit, lower: string): void {
  // The Hinglish hint (a pass over the whole text) is read only when a gate below lets a pattern through.
  let hinglish: boolean | undefined;
  const isHinglish = () => (hinglish ??= HINGLISH_HINT.test(text));
  if (SCRIPT_HEALTH_GATE.mayMatch(text, lower) && (isHinglish() || SCRIPT_HINT.test(text))) emitNearNamedPeople(text, emit, CONDITION);
  if (containsAny(lower, INDIC_STEMS)) emitNearNamedPeople(text, emit, INDIC_CONDITION);
  if (containsAny(lower, ARABIC_DOSE_UNITS)) emitNearNamedPeople(text, emit, ARABIC_DOSE);
  // Latin-script Hindi condition words, only in a text with Hinglish function words.
  if (HINGLISH_GATE.mayMatch(text, lower) && isHinglish()) emitNearNamedPeople(text, emit, HINGLISH_CONDITION, true);
}

export const scriptHealthDetectors: Detector[] = [{ name: "script-health", run: runScriptHealth }];
