/**
 * dev-78 entries: identity and tax numbers of countries outside Western Europe and North America, generated from
 * their published national formats with valid check digits (`formats.ts`), written in the local forms people use and
 * in the country's language where natural, inside ordinary tasks (forms, chats, e-mails, JSON, CSV): Mexico CURP and
 * RFC, Brazil CPF and an MEI's CNPJ, Argentina DNI and CUIL/CUIT, Chile RUT/RUN, Colombia cédula and NIT, Peru DNI and
 * RUC, South Africa ID, Nigeria NIN and BVN, Kenya ID and KRA PIN, Egypt national ID, UAE Emirates ID, Saudi national
 * ID and Iqama, Israel Teudat Zehut, Turkey TC kimlik, Pakistan CNIC, Bangladesh NID, Singapore NRIC/FIN, Malaysia
 * MyKad, Thailand ID, Philippines PhilSys and TIN, Indonesia NIK and NPWP, Vietnam CCCD and personal tax code, and
 * passports of those countries. Tax numbers of people are labelled `national_id` (the builtin categories have no
 * tax category). Hard negatives: the same formats with a wrong check digit written as order, tracking or invoice
 * numbers; documented specimen values; companies' registration and tax numbers; numbers in public statistics; format
 * explanations and blank forms without a value. `kind` is `<topic>:<category>` or `neg-<topic>:<what>`; the topic
 * names the format (`formats.ts` `validators`). Our own invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { cnpj, cpf, cuil, curp, nitDigit, nric, rfc, rucPeru, rut, tcKimlik, thaiId, withLuhn, wrongCheck } from "./formats.js";

/** Values of hard negatives whose check is part of the point: [topic, value, should the check pass]. */
export const CHECKED_NEGATIVES: Array<[topic: string, value: string, passes: boolean]> = [];
const wrong = (topic: string, value: string): string => {
  const written = wrongCheck(value);
  CHECKED_NEGATIVES.push([topic, written, false]);
  return written;
};
const valid = (topic: string, value: string): string => {
  CHECKED_NEGATIVES.push([topic, value, true]);
  return value;
};

const id = (value: string) => `⟦national_id|${value}⟧`;
const pp = (value: string) => `⟦passport|${value}⟧`;
const spaced = (digits: string, groups: number[]) => {
  let at = 0;
  return groups.map((size) => digits.slice(at, (at += size))).join(" ");
};
const emirates = (body14: string) => {
  const all = withLuhn(body14);
  return `${all.slice(0, 3)}-${all.slice(3, 7)}-${all.slice(7, 14)}-${all[14]}`;
};
const nit = (body: string) => `${Number(body).toLocaleString("de-DE")}-${nitDigit(body)}`;

export const SENSITIVE: MarkedEntry[] = [
  // Mexico (es): CURP, RFC, passport
  [
    "es",
    "curp:national_id",
    `Ayúdame a llenar la solicitud del IMSS para mi mamá, Carmen González Núñez. Su CURP es ${id(curp("GONC620314MJCNXR0"))} y vive en Guadalajara.`,
  ],
  [
    "es",
    "rfc:national_id",
    `Redacta un correo a mi contador: necesito que la factura de honorarios salga a mi nombre, RFC ${id(rfc("PELJ850721HM"))}, régimen 612.`,
  ],
  [
    "es",
    "curp:national_id",
    `Corrige este JSON del trámite: {"nombre": "Luis Ángel Ramírez Soto", "curp": "${id(curp("RASL910505HDFMTS0"))}", "rfc": "${id(rfc("RASL910505QW"))}"}`,
  ],
  [
    "es",
    "curp:national_id",
    `oye te paso la CURP de mi hijo Diego pa la inscripción de la secu: ${id(curp("HEMD100923HNLRRGA"))} , ¿me ayudas con el mensaje a la directora?`,
  ],
  [
    "es",
    "rfc:national_id",
    `Convierte esto a tabla: Proveedor persona física — Andrea Villalobos Cruz, RFC: ${id(rfc("VICA780212BT"))}, CP 64000, uso CFDI G03.`,
  ],
  [
    "es",
    "curp:national_id",
    `nombre,curp,puesto\nRicardo Treviño Garza,${id(curp("TEGR880130HNLRRC0"))},almacenista\nSofía Mendoza Ríos,${id(curp("MERS950817MPLNSF0"))},cajera\nRevisa que el CSV esté bien formado.`,
  ],
  [
    "es",
    "passport:passport",
    `Para la visa de Canadá me piden el número de pasaporte mexicano de mi esposo Arturo: ${pp("G43817265")}. ¿Dónde va en el formulario IMM5257?`,
  ],
  ["es", "rfc:national_id", `Mi RFC con homoclave es ${id(rfc("CUGM7011044R"))}, ¿cómo saco la constancia de situación fiscal en el portal del SAT?`],
  // Argentina (es): DNI, CUIL/CUIT, passport
  [
    "es",
    "dni-ar:national_id",
    `Hola, soy Martina Ferreyra, DNI ${id("34.582.917")}. Necesito redactar un reclamo a Personal porque me cobraron dos veces la factura.`,
  ],
  ["es", "cuil:national_id", `El CUIL de mi viejo es ${id(cuil("20", "12845673"))}, ¿cómo le saco turno en ANSES para la jubilación? Escribime los pasos.`],
  [
    "es",
    "cuil:national_id",
    `Armá un mail para el estudio contable: "Les paso mi CUIT ${id(cuil("27", "31694258"))} para que me den de alta en el monotributo categoría C." Firmá Valentina Sosa.`,
  ],
  ["es", "cuil:national_id", `Formateá este JSON: {"apellido":"Benítez","nombre":"Facundo","dni":"${id("38217564")}","cuil":"${id(cuil("20", "38217564"))}"}`],
  ["es", "passport:passport", `Che, ¿me revisás el mail a la aerolínea? "Mi pasaporte argentino es ${pp("AAF482913")}, viajo el 12 con mi hija."`],
  // Chile (es): RUT/RUN
  ["es", "rut:national_id", `Mi RUT es ${id(rut("14582963"))}, ¿me ayudas a escribir un correo a Fonasa para cambiar mi tramo?`],
  [
    "es",
    "rut:national_id",
    `Ficha de ingreso — Nombre: Camila Fuentes Araya | RUN: ${id(rut("19874230"))} | Previsión: Isapre. Pásala a formato de lista, porfa.`,
  ],
  [
    "es",
    "rut:national_id",
    `El arrendatario es don Jorge Muñoz Pizarro, RUT ${id(rut("9457612"))}; redacta la cláusula de identificación del contrato de arriendo.`,
  ],
  [
    "es",
    "rut:national_id",
    `rut;nombre;cargo\n${id(rut("16342718").replace(/\./g, ""))};Ignacia Rojas;bodega\n${id(rut("17203659").replace(/\./g, ""))};Tomás Soto;reparto\n¿Cómo lo importo a Excel sin que se corten los guiones?`,
  ],
  // Colombia (es): cédula, NIT of a person, passport
  [
    "es",
    "cedula-co:national_id",
    `Necesito una carta de autorización: yo, Laura Patricia Gómez, identificada con cédula de ciudadanía ${id("1.020.456.789")} de Bogotá, autorizo a mi hermano a reclamar el paquete.`,
  ],
  [
    "es",
    "cedula-co:national_id",
    `Pon bonito este mensaje para el conjunto: "la señora Marleny Ospina, C.C. ${id("43.587.219")}, queda autorizada para sacar el trasteo."`,
  ],
  [
    "es",
    "nit:national_id",
    `Soy persona natural y facturo como independiente; mi NIT es ${id(nit("1032458761"))}. ¿Qué pongo en el RUT de la DIAN como actividad económica?`,
  ],
  ["es", "passport:passport", `Mi pasaporte colombiano ${pp("AT482913")} vence en marzo, ¿me ayudas a llenar la solicitud de renovación en Cancillería?`],
  // Peru (es): DNI, RUC 10
  [
    "es",
    "dni-pe:national_id",
    `Escribe un mensaje para el colegio: "Autorizo a mi tía Rosa Quispe Huamán, con DNI ${id("45871236")}, a recoger a mi hija los viernes."`,
  ],
  ["es", "ruc:national_id", `Para emitir mis recibos por honorarios me piden el RUC: ${id(rucPeru("1045871236"))}. ¿Cómo se llena el formulario de SUNAT?`],
  ["es", "dni-pe:national_id", `{"cliente": "Julio César Mamani", "tipo_doc": "DNI", "num_doc": "${id("70412583")}", "monto": 350}\nvalida el JSON por favor`],
  // Brazil (pt): CPF, an MEI's CNPJ, passport
  ["pt", "cpf:national_id", `Preciso mandar um e-mail pro RH: "Segue meu CPF ${id(cpf("529982247"))} pra cadastro no plano de saúde." Melhora o texto?`],
  [
    "pt",
    "cpf:national_id",
    `Preenche pra mim a ficha da minha mãe, Dona Lúcia Aparecida Santos, CPF ${id(cpf("318475602"))}, aposentada, no formulário do INSS.`,
  ],
  ["pt", "cpf:national_id", `Valida esse JSON: {"nome": "Rafael Oliveira Costa", "cpf": "${id(cpf("047193856").replace(/\D/g, ""))}", "plano": "premium"}`],
  ["pt", "cnpj:national_id", `Sou MEI (manicure) e o CNPJ do meu MEI é ${id(cnpj("483927150001"))}. Como emito nota fiscal de serviço pela primeira vez?`],
  [
    "pt",
    "cnpj:national_id",
    `A Flávia Mendes é MEI de confeitaria, CNPJ ${id(cnpj("512846370001"))} no nome dela; escreve um contrato simples de encomenda de bolos entre nós.`,
  ],
  [
    "pt",
    "cpf:national_id",
    `nome;cpf;cidade\nJoão Pedro Lima;${id(cpf("682135479"))};Recife\nBeatriz Souza;${id(cpf("193847265"))};Natal\nComo ordeno essa planilha por cidade?`,
  ],
  ["pt", "cpf:national_id", `oi, manda o pix pro cpf do meu irmão ${id(cpf("764218935"))} que ele te devolve amanhã, escreve isso de um jeito educado`],
  ["pt", "passport:passport", `O número do meu passaporte brasileiro é ${pp("FZ482913")}; traduz pro inglês a carta pro consulado americano.`],
  // South Africa (en): ID with Luhn, passport
  ["en", "za-id:national_id", `Help me write to SARS: my ID number is ${id(withLuhn("850101580008"))} and my eFiling profile is locked.`],
  [
    "en",
    "za-id:national_id",
    `Draft a lease annexure. Tenant: Thandiwe Nkosi, SA ID ${id(spaced(withLuhn("920314012308"), [6, 4, 3]))}, employed at a call centre in Durban.`,
  ],
  ["en", "za-id:national_id", `{"learner": "Sipho Dlamini", "guardian_id_number": "${id(withLuhn("780623530108"))}", "grade": 7} — fix the indentation`],
  ["en", "passport:passport", `My South African passport number is ${pp("A05834721")}; write the cover letter for my Schengen visa application.`],
  // Nigeria (en): NIN, BVN, passport
  ["en", "nin:national_id", `Abeg help me write letter to my bank, they say my NIN ${id("48291736504")} no match my account name.`],
  ["en", "bvn:national_id", `Write a polite complaint for my uncle Chinedu Okafor: his BVN ${id("22184739261")} was linked to a loan he never took.`],
  ["en", "nin:national_id", `Convert to a table: {"name": "Aisha Bello", "nin": "${id("71538204963")}", "bvn": "${id("22319847560")}", "state": "Kano"}`],
  ["en", "passport:passport", `Please fill the embassy form for me: surname Adeyemi, given names Tolulope Grace, Nigerian passport no. ${pp("A09748213")}.`],
  // Kenya (sw / en): ID, KRA PIN, passport
  ["sw", "ke-id:national_id", `Nambari yangu ya kitambulisho ni ${id("28471936")}, naomba unisaidie kuandika barua kwa Huduma Centre kuhusu cheti changu.`],
  ["sw", "kra:national_id", `PIN yangu ya KRA ni ${id("A012847361K")}. Nieleze hatua za kuwasilisha returns kwenye iTax.`],
  ["en", "kra:national_id", `Payroll note: Wanjiku Kamau, ID No. ${id("31847265")}, KRA PIN ${id("A014728391P")}, joins on Monday — draft her welcome e-mail.`],
  ["sw", "passport:passport", `Mama yangu, Bi. Achieng Otieno, ana pasipoti nambari ${pp("AK0473829")}; niandikie barua ya kuomba visa ya Dubai.`],
  // Egypt (ar): national ID, passport
  ["ar", "eg-id:national_id", `ساعدني في كتابة طلب لمكتب التموين: الرقم القومي لوالدي ${id("28503140102357")} وبطاقة التموين باسمه.`],
  ["ar", "eg-id:national_id", `اكتب إقرارًا باسم محمد عبد الله السيد، رقم قومي ${id("29811052104831")}، بأنه يسكن في الجيزة.`],
  ["ar", "passport:passport", `رقم جواز سفري المصري ${pp("A23847165")}، أريد رسالة إلى السفارة لتجديد التأشيرة.`],
  // UAE (ar / en): Emirates ID
  ["ar", "emirates:national_id", `رقم الهوية الإماراتية الخاص بي ${id(emirates("78419874829316"))}، كيف أجدد الإقامة عبر تطبيق ICP؟`],
  [
    "en",
    "emirates:national_id",
    `Write a salary-certificate request for our nanny Maria Santos, Emirates ID ${id(emirates("78419903847261"))}, to her sponsor.`,
  ],
  [
    "en",
    "emirates:national_id",
    `{"tenant": "Omar Al Hashimi", "emirates_id": "${id(withLuhn("78419851736492"))}", "unit": "1204"} — make this valid JSON for Ejari`,
  ],
  // Saudi Arabia (ar / en): national ID, Iqama
  ["ar", "sa-id:national_id", `رقم الهوية الوطنية لأخي فيصل ${id(withLuhn("108473629"))}، اكتب له خطاب اعتراض على المخالفة المرورية.`],
  ["ar", "sa-id:national_id", `العامل راجو كومار، رقم الإقامة ${id(withLuhn("238471659"))}، أريد نموذج إخلاء طرف باسمه.`],
  [
    "en",
    "sa-id:national_id",
    `Email to HR: "Please update my Iqama no. to ${id(withLuhn("241938576"))} in the payroll system, the old one expired." Make it formal.`,
  ],
  // Israel (he / en): Teudat Zehut, passport
  ["he", "il-id:national_id", `מספר תעודת הזהות של אבא שלי הוא ${id(withLuhn("05837162"))}, תעזור לי לנסח מכתב לביטוח לאומי?`],
  ["he", "il-id:national_id", `טופס הרשמה — שם: דנה לוי, ת.ז. ${id(withLuhn("31846257"))}, כתובת מייל בהמשך. תסדר לי את זה כטבלה.`],
  ["en", "il-id:national_id", `My Teudat Zehut number is ${id(withLuhn("20418573"))} — how do I write it on the US visa form where it asks for a national ID?`],
  ["he", "passport:passport", `תנסח לי מייל לשגרירות: מספר הדרכון שלי ${pp("34827165")} והוא בתוקף עד 2029.`],
  // Turkey (tr): TC kimlik, passport
  ["tr", "tckn:national_id", `TC kimlik numaram ${id(tcKimlik("384712659"))}, e-Devlet şifremi unuttum; PTT'ye ne yazmalıyım?`],
  ["tr", "tckn:national_id", `Annem Ayşe Yılmaz'ın T.C. Kimlik No: ${id(tcKimlik("512846397"))} — hastane randevusu için dilekçe yazar mısın?`],
  ["tr", "tckn:national_id", `Şu JSON'u düzelt: {"ad": "Emre Kaya", "tckn": "${id(tcKimlik("271583946"))}", "il": "İzmir"}`],
  ["tr", "passport:passport", `Pasaport no ${pp("U12847365")}; Schengen vizesi için niyet mektubumu İngilizceye çevir.`],
  // Pakistan (ur / en): CNIC, passport
  ["ur", "cnic:national_id", `میرا شناختی کارڈ نمبر ${id("35202-4829163-7")} ہے، نادرا کو درخواست لکھنے میں مدد کریں۔`],
  ["en", "cnic:national_id", `Write an affidavit for my brother Bilal Ahmed, CNIC ${id("42101-8473629-3")}, confirming he lives with me in Karachi.`],
  ["en", "cnic:national_id", `bhai mera CNIC ${id("61101-4827391-8")} hai, bank form fill kar do please`],
  ["ur", "passport:passport", `میرا پاسپورٹ نمبر ${pp("AB4827391")} ہے، سعودی ویزا کے لیے درخواست انگریزی میں لکھ دیں۔`],
  // Bangladesh (bn / en): NID, passport
  ["bn", "bd-nid:national_id", `আমার জাতীয় পরিচয়পত্র নম্বর ${id("4628173950")}, ব্যাংক অ্যাকাউন্ট খোলার জন্য একটা আবেদন লিখে দিন।`],
  ["bn", "bd-nid:national_id", `মায়ের এনআইডি নম্বর ${id("19852694812345678")}, ভাতার ফর্মে কোথায় বসাব?`],
  ["en", "bd-nid:national_id", `Please draft a nomination letter: nominee Rahima Khatun, NID ${id("8247163950")}, relationship: wife.`],
  ["bn", "passport:passport", `আমার পাসপোর্ট নম্বর ${pp("A04827163")}; মালয়েশিয়ার ভিসার জন্য ইংরেজিতে চিঠি লিখে দিন।`],
  // Singapore (en): NRIC/FIN, passport
  ["en", "nric:national_id", `My NRIC is ${id(nric("S", "8412365"))} — write to HDB asking why my resale application is pending.`],
  ["en", "nric:national_id", `Draft the MOM form note for our helper Siti Rahayu, FIN ${id(nric("G", "5847163"))}, whose work permit is being renewed.`],
  ["en", "nric:national_id", `Tidy this JSON: {"patient": "Tan Wei Ming", "nric": "${id(nric("T", "0248571"))}", "clinic": "Bedok"}`],
  ["en", "passport:passport", `Singapore passport ${pp("K4827163J")} — please fill the Australian ETA questions with it for my father, Mr Lim Boon Keng.`],
  // Malaysia (ms): MyKad, passport
  ["ms", "mykad:national_id", `No. kad pengenalan saya ${id("850314-14-5837")}. Tolong tuliskan surat kepada LHDN tentang bayaran balik cukai.`],
  ["ms", "mykad:national_id", `Encik Ahmad Faizal bin Ismail, No. MyKad ${id("790521-10-6211")}, ingin menuntut insurans; sediakan surat iringan.`],
  ["ms", "mykad:national_id", `Borang pendaftaran: Nama: Nurul Huda binti Rahman | No. KP: ${id("920808085124")} | Tolong susun jadi jadual.`],
  ["ms", "passport:passport", `Nombor pasport Malaysia saya ${pp("A48271635")}; bantu isi borang visa Jepun.`],
  // Thailand (th): ID with check digit, passport
  ["th", "th-id:national_id", `เลขบัตรประชาชนของฉัน ${id(thaiId("110170023456"))} ช่วยเขียนจดหมายถึงสำนักงานประกันสังคมให้หน่อย`],
  [
    "th",
    "th-id:national_id",
    `ช่วยกรอกแบบฟอร์มให้คุณสมชาย ใจดี เลขประจำตัวประชาชน ${id(spaced(thaiId("310060123456").replace(/-/g, ""), [1, 4, 5, 2, 1]))} ที่อยู่ตามบัตร`,
  ],
  ["th", "th-id:national_id", `{"name": "นางสาวพิมพ์ชนก ศรีสุข", "citizen_id": "${id(thaiId("184990034721").replace(/-/g, ""))}"} ช่วยตรวจ JSON นี้`],
  ["th", "passport:passport", `หนังสือเดินทางเลขที่ ${pp("AA4827163")} ของฉันจะหมดอายุ ช่วยร่างอีเมลถึงสถานทูต`],
  // Philippines (en / tl): PhilSys, TIN, passport
  ["en", "philsys:national_id", `My PhilSys number (PSN) is ${id("4827-1639-5028-1736")}; how do I use it to open a GCash account?`],
  ["en", "ph-tin:national_id", `Prepare the BIR 1902 cover letter for my client Maria Cristina Reyes, TIN ${id("482-716-395-000")}.`],
  ["tl", "ph-tin:national_id", `pa-fill up naman ng form, TIN ko ${id("317-482-695-000")} tapos employer ko yung sa Makati`],
  ["en", "passport:passport", `Philippine passport no. ${pp("P4827163A")}, holder Jose Miguel Santos — write the travel authority request to his employer.`],
  // Indonesia (id): NIK, NPWP, passport
  ["id", "nik:national_id", `NIK saya ${id("3174056503890002")}, tolong buatkan surat permohonan ke Dukcapil untuk perbaikan data KTP.`],
  ["id", "nik:national_id", `Buatkan surat kuasa dari ayah saya, Bapak Budi Santoso, NIK ${id("3273012107650003")}, untuk mengambil BPJS.`],
  ["id", "npwp:national_id", `NPWP pribadi saya ${id("49.718.263.5-421.000")}; bagaimana cara lapor SPT tahunan lewat DJP Online?`],
  [
    "id",
    "nik:national_id",
    `nama,nik,desa\nSiti Aminah,${id("3507124510920001")},Sumberejo\nAgus Salim,${id("3507120803880004")},Sumberejo\nrapikan CSV ini ya`,
  ],
  ["id", "passport:passport", `Nomor paspor saya ${pp("C4827163")}; bantu isi formulir e-visa Turki.`],
  // Vietnam (vi): CCCD, personal tax code, passport
  ["vi", "cccd:national_id", `Số CCCD của tôi là ${id("079203004567")}, giúp tôi viết đơn gửi ngân hàng để cập nhật thông tin.`],
  ["vi", "cccd:national_id", `Viết giấy ủy quyền cho mẹ tôi, bà Nguyễn Thị Hoa, CCCD số ${id("001185012345")}, nhận lương hưu thay tôi.`],
  ["vi", "vn-mst:national_id", `Mã số thuế cá nhân của anh Trần Văn Bình là ${id("8473629150")}; soạn email gửi kế toán xin quyết toán thuế.`],
  ["vi", "passport:passport", `Hộ chiếu số ${pp("C4827163")} của tôi, viết thư xin visa Hàn Quốc bằng tiếng Anh giúp tôi.`],
  ["vi", "cccd:national_id", `{"ho_ten": "Lê Minh Tuấn", "so_cccd": "${id("048095001234")}", "tinh": "Đà Nẵng"} — kiểm tra JSON này`],
  // Travel groups and mixed documents (en)
  [
    "en",
    "passport:passport",
    `Group booking CSV — name,nationality,passport\nAna Souza,BRA,${pp("FY736254")}\nKemal Demir,TUR,${pp("U28471635")}\nPlease sort by nationality.`,
  ],
  [
    "en",
    "tckn:national_id",
    `The landlord wants the tenant's Turkish ID: Mehmet Aydın, ${id(tcKimlik("437812569"))}. Draft a short WhatsApp reply confirming it.`,
  ],
  [
    "en",
    "cpf:national_id",
    `Onboarding form for our Brazilian contractor Gabriel Rocha — CPF ${id(cpf("245817396"))}, paid via Wise. Summarise it for finance.`,
  ],
  ["en", "curp:national_id", `The school in Texas asked for my son's CURP: ${id(curp("LOPM150402HCHPRT0"))}. How do I explain what it is in the e-mail?`],
];

export const NEGATIVES: MarkedEntry[] = [
  // Wrong check digit, written as order, tracking, invoice or booking numbers
  [
    "es",
    "neg-cuil:tracking",
    `Mi envío de Andreani con número ${wrong("cuil", cuil("20", "28456731"))} sigue "en distribución" hace una semana; redactá el reclamo.`,
  ],
  ["es", "neg-rut:invoice", `La boleta N° ${wrong("rut", rut("14582963"))} de la ferretería salió con el IVA mal calculado, ¿cómo pido la nota de crédito?`],
  [
    "es",
    "neg-curp:order",
    `El folio de mi pedido en Liverpool es ${wrong("curp", curp("GOMC920314MJCNRR0"))}, ¿qué le escribo a atención a clientes para que me lo reembolsen?`,
  ],
  ["pt", "neg-cpf:order", `O número do pedido ${wrong("cpf", cpf("481736295"))} da loja online não chegou; escreve uma reclamação pro Reclame Aqui.`],
  ["pt", "neg-cnpj:invoice", `A nota fiscal de número ${wrong("cnpj", cnpj("123456780001"))} veio com o valor errado, como peço o cancelamento?`],
  ["en", "neg-za-id:invoice", `Invoice ${wrong("za-id", withLuhn("850101580008"))} from the plumber shows VAT twice — write a short dispute e-mail.`],
  ["ar", "neg-emirates:order", `رقم الطلب ${wrong("emirates", emirates("78420231847293"))} من نون لم يصل بعد، اكتب شكوى مهذبة.`],
  ["ar", "neg-sa-id:tracking", `رقم الشحنة ${wrong("sa-id", withLuhn("108473629"))} عالق في الجمارك منذ أسبوع، ماذا أكتب لشركة الشحن؟`],
  ["he", "neg-il-id:order", `מספר ההזמנה ${wrong("il-id", withLuhn("31846257"))} מהחנות עדיין לא נשלח, תנסח לי הודעה לשירות לקוחות.`],
  ["tr", "neg-tckn:tracking", `Kargo takip numaram ${wrong("tckn", tcKimlik("384712659"))}, paket üç gündür dağıtımda görünüyor; şikâyet metni yazar mısın?`],
  ["th", "neg-th-id:tracking", `เลขพัสดุ ${wrong("th-id", thaiId("110170023456"))} ยังไม่ถึงเลย ช่วยเขียนข้อความถึงบริษัทขนส่งหน่อย`],
  ["en", "neg-nric:booking", `Booking ref ${wrong("nric", nric("S", "8412365"))} for the Sentosa hotel shows the wrong dates — write to the front desk.`],
  ["es", "neg-rfc:invoice", `El folio fiscal de la factura es ${wrong("rfc", rfc("PELJ850721HM"))} y el proveedor no lo encuentra; redacta un correo.`],
  ["es", "neg-ruc:order", `Mi orden de compra ${wrong("ruc", rucPeru("1045871236"))} en Saga Falabella figura como anulada, escribe el reclamo.`],
  ["pt", "neg-cpf:protocol", `Protocolo de atendimento ${wrong("cpf", cpf("318475602"))} da operadora; faz um resumo da ligação pra eu guardar.`],
  ["tr", "neg-tckn:invoice", `Fatura no ${wrong("tckn", tcKimlik("512846397"))} olan elektrik faturasında fazla tüketim var; itiraz dilekçesi yaz.`],
  ["en", "neg-emirates:tracking", `Aramex tracking ${wrong("emirates", emirates("78420240193847"))} says "held at facility" — draft a chat message.`],
  ["he", "neg-il-id:invoice", `חשבונית מס' ${wrong("il-id", withLuhn("20418573"))} מהספק כפולה, תכתוב לו מייל קצר.`],
  ["th", "neg-th-id:order", `หมายเลขคำสั่งซื้อ ${wrong("th-id", thaiId("310060123456")).replace(/-/g, "")} ใน Shopee ยังไม่ได้รับสินค้า ช่วยร่างข้อความร้องเรียน`],
  // Order, tracking and reference numbers of formats without a check digit
  ["id", "neg-nik:tracking", `Nomor resi JNE ${"3174056503890002".replace(/^31/, "JP")} belum bergerak sejak Senin, tolong buatkan komplain ke CS.`],
  ["vi", "neg-cccd:order", `Mã đơn hàng Shopee 230419KQ7M2P của tôi bị hủy, viết tin nhắn khiếu nại giúp tôi.`],
  ["ms", "neg-mykad:order", `No. pesanan Lazada 850314145837201 masih belum sampai; tolong tulis aduan.`],
  ["en", "neg-cnic:order", `My Daraz order no. 184729361045823 was cancelled without refund — write a complaint to support.`],
  ["bn", "neg-bd-nid:tracking", `আমার পার্সেলের ট্র্যাকিং নম্বর DX4628173950BD, এখনো আসেনি, কুরিয়ারকে একটা অভিযোগ লিখে দিন।`],
  ["en", "neg-nin:transaction", `The transfer reference 000015231207184729361045 from GTBank failed; write a short complaint for the branch.`],
  ["sw", "neg-ke-id:mpesa", `Nimetuma pesa kwa M-Pesa, namba ya muamala ni RKT4X8P2QZ, lakini duka halijapokea; niandikie ujumbe.`],
  // Documented specimen and example values
  [
    "pt",
    "neg-cpf:specimen",
    `Na documentação da API, o CPF de exemplo é ${valid("cpf", "123.456.789-09")}; como escrevo um teste unitário que valide o formato?`,
  ],
  ["tr", "neg-tckn:specimen", `Dokümantasyondaki örnek TC kimlik numarası ${valid("tckn", "10000000146")} ile doğrulama fonksiyonumu nasıl test ederim?`],
  ["en", "neg-nric:specimen", `Our form validator rejects the sample NRIC ${valid("nric", "S1234567D")} from the docs — why would the checksum fail?`],
  [
    "es",
    "neg-curp:specimen",
    `En la documentación de la librería usan la CURP de ejemplo ${valid("curp", "SABC560626MDFLRN01")}; ¿cómo extraigo la fecha de nacimiento con una regex?`,
  ],
  ["es", "neg-rut:specimen", `El RUT de prueba ${valid("rut", "11.111.111-1")} pasa mi validación, ¿está bien que lo acepte en producción?`],
  ["en", "neg-za-id:specimen", `Tutorials always use the example ID number ${valid("za-id", "8001015009087")}; explain what each part of it encodes.`],
  ["he", "neg-il-id:specimen", `מספר הזהות לדוגמה ${valid("il-id", "000000018")} עובר בדיקה; איך כותבים פונקציה שבודקת ספרת ביקורת?`],
  ["th", "neg-th-id:specimen", `เลขตัวอย่าง ${valid("th-id", "1-2345-67890-12-1")} ในคู่มือ ใช้ทดสอบฟังก์ชันตรวจเลขบัตรได้ไหม`],
  ["en", "neg-cnic:specimen", `The NADRA form shows the format as 12345-1234567-1; write a regex that accepts exactly that layout.`],
  ["ms", "neg-mykad:specimen", `Dalam contoh borang, No. KP ditulis sebagai 000000-00-0000; bagaimana saya buat validasi untuk format ini?`],
  ["vi", "neg-cccd:specimen", `Trong tài liệu mẫu, số CCCD được ghi là 0XXXXXXXXXXX (12 chữ số); hãy viết hàm kiểm tra độ dài.`],
  ["ar", "neg-emirates:specimen", `في دليل الخدمة يظهر رقم الهوية بهذا الشكل: 784-XXXX-XXXXXXX-X. اكتب لي تعبيرًا نمطيًا يطابقه.`],
  // Companies' registration and tax numbers
  [
    "pt",
    "neg-cnpj:company",
    `Emite a nota contra a Padaria Estrela Ltda, CNPJ ${valid("cnpj", cnpj("274815930001"))}, e me diz quais campos são obrigatórios.`,
  ],
  [
    "es",
    "neg-rfc:company",
    `Datos de facturación de Distribuidora Norteña S.A. de C.V., RFC ${valid("rfc", rfc("DNO0503149K"))}; arma el correo para el proveedor.`,
  ],
  ["es", "neg-rut:company", `Comercial Andes SpA, RUT ${valid("rut", rut("76482913"))}, nos pidió la orden de compra; redáctala formal.`],
  ["es", "neg-cuil:company", `La factura A tiene que ir a Transportes del Sur S.A., CUIT ${valid("cuil", cuil("30", "71284563"))}. ¿Cómo la pido?`],
  ["es", "neg-nit:company", `Cotización para la empresa Ingeniería Andina S.A.S., NIT ${valid("nit", nit("900482913"))}: redacta el encabezado.`],
  ["es", "neg-ruc:company", `La constructora Los Álamos S.A.C. tiene RUC ${valid("ruc", rucPeru("2060184729"))}; ¿cómo verifico si es buen contribuyente?`],
  ["sw", "neg-kra:company", `Kampuni yetu, Jua Kali Traders Ltd, ina KRA PIN P051847293X; niandikie ankara kwa mteja.`],
  ["en", "neg-nric:company", `Our supplier's UEN is 201912345K (Lion City Supplies Pte. Ltd.); put it in the invoice header.`],
  ["en", "neg-nin:company", `Registered with the CAC as RC 1847293 (Lagos Fresh Foods Limited); write the company profile paragraph.`],
  ["ms", "neg-mykad:company", `Syarikat kami, Bumi Hijau Sdn. Bhd. (No. Syarikat 201901012345), perlukan surat sebut harga.`],
  ["id", "neg-npwp:company", `NPWP perusahaan PT Sinar Abadi Jaya adalah 01.234.567.8-012.000; buatkan kop surat penawaran.`],
  ["tr", "neg-tckn:company", `Anadolu Gıda A.Ş., vergi no 4820193746, Kadıköy V.D.; proforma fatura şablonu hazırla.`],
  ["th", "neg-th-id:company", `บริษัท สยามพัฒนา จำกัด เลขประจำตัวผู้เสียภาษี 0105556012345 ช่วยร่างใบเสนอราคา`],
  ["vi", "neg-vn-mst:company", `Công ty TNHH Minh Phát, mã số thuế doanh nghiệp 0101234567, cần soạn hợp đồng mua bán.`],
  ["ar", "neg-sa-id:company", `الرقم الضريبي لشركة النخبة للتجارة 300482913700003، أريد صيغة فاتورة ضريبية مبسطة.`],
  ["en", "neg-ph-tin:company", `Bill it to Manila Harbor Foods Inc., TIN 000-482-913-000 — draft the billing statement.`],
  ["bn", "neg-bd-nid:company", `আমাদের কোম্পানি রূপসা ট্রেডার্স লিমিটেডের ট্রেড লাইসেন্স নম্বর TRAD/DNCC/048271/2023; একটা কোটেশন লিখে দিন।`],
  ["he", "neg-il-id:company", `חברת אור הצפון בע"מ, ח.פ. 514827163, ביקשה הצעת מחיר; תנסח לי אותה.`],
  ["en", "neg-emirates:company", `Trade licence no. 1048273 (Desert Rose Trading LLC, Dubai) — write the supplier registration e-mail.`],
  // Numbers in public statistics
  ["es", "neg-curp:statistics", `Según RENAPO, en 2023 se emitieron 2 418 395 CURP nuevas; escribe un párrafo con ese dato para mi tarea.`],
  ["pt", "neg-cpf:statistics", `A Receita Federal informou 213.456.789 CPFs ativos em 2024; resume essa notícia em duas linhas.`],
  ["id", "neg-nik:statistics", `Jumlah penduduk Indonesia 278.696.200 jiwa menurut BPS 2023; buatkan grafik batang sederhana.`],
  ["ar", "neg-emirates:statistics", `عدد سكان الإمارات 9.441.129 نسمة حسب آخر تقدير؛ اكتب فقرة قصيرة للعرض التقديمي.`],
  ["th", "neg-th-id:statistics", `ประชากรไทย 66,052,615 คน ตามข้อมูลกรมการปกครอง ช่วยเขียนสรุปสั้น ๆ`],
  ["bn", "neg-bd-nid:statistics", `২০২২ সালের জনশুমারিতে বাংলাদেশের জনসংখ্যা ১৬৯৮২৮৯১১; এটা নিয়ে একটা অনুচ্ছেদ লিখুন।`],
  ["tr", "neg-tckn:statistics", `TÜİK'e göre Türkiye nüfusu 85.372.377; bunu bir sunum slaydına dönüştür.`],
  ["sw", "neg-ke-id:statistics", `Sensa ya 2019 ilihesabu watu 47,564,296 nchini Kenya; andika aya fupi kuhusu ongezeko la watu.`],
  ["vi", "neg-cccd:statistics", `Bộ Công an đã cấp 84.215.673 thẻ CCCD gắn chip; viết đoạn tóm tắt cho bản tin.`],
  ["en", "neg-nin:statistics", `NIMC says 104,165,735 NINs had been issued by mid-2024 — write two sentences for a policy brief.`],
  ["he", "neg-il-id:statistics", `אוכלוסיית ישראל מנתה 9,842,000 תושבים לפי הלמ"ס; תכתוב משפט פתיחה למצגת.`],
  ["ur", "neg-cnic:statistics", `نادرا کے مطابق 12,45,81,736 شناختی کارڈ جاری ہو چکے ہیں؛ اس پر ایک مختصر پیراگراف لکھیں۔`],
  // Format explanations and blank forms without a value
  ["es", "neg-rut:format", `¿Cómo se calcula el dígito verificador del RUT chileno, paso a paso con módulo 11?`],
  ["pt", "neg-cpf:format", `Explica como funciona o cálculo dos dois dígitos verificadores do CPF e escreve a função em JavaScript.`],
  ["tr", "neg-tckn:format", `TC kimlik numarası algoritması nasıl çalışır? 10. ve 11. hanenin nasıl hesaplandığını anlat.`],
  ["he", "neg-il-id:format", `איך מחשבים את ספרת הביקורת של מספר תעודת זהות? תסביר עם פסאודו-קוד.`],
  ["th", "neg-th-id:format", `เลขบัตรประชาชน 13 หลักแต่ละหลักหมายถึงอะไร และหลักสุดท้ายคำนวณอย่างไร`],
  ["ms", "neg-mykad:format", `Apa maksud kod negeri (digit ke-7 dan ke-8) dalam nombor MyKad?`],
  ["id", "neg-nik:format", `Jelaskan struktur NIK 16 digit: kode provinsi, kabupaten, kecamatan, tanggal lahir, dan nomor urut.`],
  ["vi", "neg-cccd:format", `12 số trên CCCD gắn chip có ý nghĩa gì? Giải thích mã tỉnh và mã giới tính.`],
  ["ur", "neg-cnic:format", `شناختی کارڈ نمبر میں 13 ہندسے کیوں ہوتے ہیں اور آخری ہندسہ کیا بتاتا ہے؟`],
  ["en", "neg-za-id:format", `Write a TypeScript regex and Luhn check for South African ID numbers (YYMMDD SSSS C A Z).`],
  ["ar", "neg-sa-id:format", `كيف أتحقق برمجيًا من صحة رقم الهوية الوطنية السعودية أو رقم الإقامة؟`],
  ["sw", "neg-kra:format", `Ninawezaje kupata KRA PIN mtandaoni kwa mara ya kwanza? Nieleze hatua.`],
  ["bn", "neg-bd-nid:format", `জাতীয় পরিচয়পত্রের নম্বর কত সংখ্যার হয়, আর পুরনো ১৭ সংখ্যার নম্বর কীভাবে ১০ সংখ্যায় বদলায়?`],
  ["en", "neg-nric:format", `What does the last letter of a Singapore NRIC mean, and how is it calculated?`],
  ["es", "neg-curp:format", `¿Qué significan los 18 caracteres de la CURP y por qué el penúltimo es letra para los nacidos después de 2000?`],
  [
    "es",
    "neg-cedula-co:form",
    `Plantilla de carta: "Yo, __________, identificado con cédula de ciudadanía No. __________ de __________, autorizo a …" — complétala con campos en blanco bonitos.`,
  ],
  ["pt", "neg-cpf:form", `Cria um formulário HTML com os campos Nome, CPF (___.___.___-__) e Data de nascimento, com máscara de entrada.`],
  ["en", "neg-nin:format", `Is the Nigerian NIN the same as the BVN? Both are 11 digits — explain the difference for a blog post.`],
  ["ar", "neg-eg-id:format", `ماذا تعني أرقام الرقم القومي المصري الأربعة عشر؟ اشرح رقم القرن وكود المحافظة.`],
  ["en", "neg-philsys:format", `How many digits does the PhilSys Card Number have compared to the PSN? Answer for an FAQ page.`],
  ["en", "neg-passport:format", `Which countries' passport numbers start with a letter followed by eight digits? Make a short table.`],
];
