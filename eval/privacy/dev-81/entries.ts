/**
 * dev-81 entries: contact details as exports carry them — vCard 2.1/3.0/4.0 (folded lines, `ADR;TYPE=home:;;…`,
 * quoted-printable), Google and Outlook contacts CSV, Shopify and WooCommerce order exports, shipping-label text,
 * Salesforce and HubSpot CSV, a delivery app's JSON — for private customers and contacts in Brazil, Mexico, Argentina,
 * Nigeria, Kenya, South Africa, Egypt, Saudi Arabia, Pakistan, Bangladesh, Indonesia, Vietnam, the Philippines,
 * Thailand, Poland, Ukraine, Romania and Greece, with phones and homes as natives write them (some in the local script
 * and digits). Sensitive: a private person's phone, home address or e-mail. Hard negatives: the same exports for
 * businesses (shop, hotel, embassy, hospital switchboard), documentation samples (example.com, 555 numbers, the vCard
 * RFC's and the WooCommerce docs' samples), postal codes or cities alone, coordinates of landmarks. `kind` is
 * `<export>:<category>` or `neg-<export>:<what>`. Our own invented text; every person is invented.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // Brazil (pt)
  [
    "pt",
    "vcard:address+phone",
    `Importa esse contato no meu celular? BEGIN:VCARD
VERSION:3.0
FN:Juliana Prates Moreira
TEL;TYPE=CELL:⟦phone|+55 11 98734-2210⟧
ADR;TYPE=home:;;⟦street_address|Rua Cardeal Arcoverde, 1480, apto 72;São Paulo;SP;05407-002⟧;Brasil
END:VCARD`,
  ],
  [
    "pt",
    "shopify:address+phone",
    `Planilha de pedidos da loja (export do Shopify), confere se o frete tá certo:
Name,Shipping Name,Shipping Address1,Shipping Address2,Shipping City,Shipping Zip,Shipping Province,Shipping Phone
#1043,Renata Albuquerque,⟦street_address|Rua Doutor Mário Viana, 312⟧,Bloco B apto 104,Niterói,24241-001,RJ,⟦phone|(21) 99654-3187⟧`,
  ],
  [
    "pt",
    "label:address+phone",
    `Etiqueta dos Correios pra imprimir:
DESTINATÁRIO: Carlos Eduardo Nogueira
⟦street_address|Av. Afonso Pena, 2711, ap. 1502 - Funcionários, Belo Horizonte - MG, 30130-007⟧
Tel: ⟦phone|(31) 98812-4470⟧`,
  ],
  [
    "pt",
    "google-csv:phone+email",
    `Esse CSV do Google Contatos tá com a coluna de telefone errada, arruma:
First Name,Last Name,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value
Tatiane,Figueiredo,⟦email|tati.figueiredo84@gmail.com⟧,Mobile,⟦phone|81 9 9712-0435⟧`,
  ],
  [
    "pt",
    "delivery-json:address",
    `O app de entrega devolveu isso, por que o motoboy não achou? {"cliente":"Marcos Vinícius","endereco_entrega":"⟦street_address|Rua Padre Chagas, 415, casa 2, Moinhos de Vento, Porto Alegre⟧","complemento":"portão verde"}`,
  ],
  [
    "pt",
    "vcard:address",
    `Contato exportado do Android (vCard 2.1), decodifica o endereço:
BEGIN:VCARD
VERSION:2.1
N:Lacerda;Beatriz;;;
ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;⟦street_address|Rua S=C3=A3o Bento, 88, apto 31;Campinas;SP;13010-=\n050⟧;Brasil
END:VCARD`,
  ],
  // Mexico (es)
  [
    "es",
    "woo:address+phone",
    `Export de pedidos de WooCommerce, ¿por qué no calcula el envío?
Order Number,First Name (Billing),Last Name (Billing),Address 1&2 (Billing),City (Billing),State Code (Billing),Postcode (Billing),Phone (Billing)
5821,Alejandra,Quintero,⟦street_address|Calle Hidalgo 245 Int. 3, Col. Centro⟧,Guadalajara,JAL,44100,⟦phone|33 1874 5521⟧`,
  ],
  [
    "es",
    "label:address+phone",
    `Guía de envío de Estafeta para mi tía:
Destinatario: Guadalupe Ramírez Solís
⟦street_address|Av. Insurgentes Sur 1602, Depto. 804, Col. Crédito Constructor, Benito Juárez, C.P. 03940, CDMX⟧
Cel. ⟦phone|55 4187 2936⟧`,
  ],
  [
    "es",
    "vcard:phone",
    `Pásame este contato a formato CSV: BEGIN:VCARD\nVERSION:4.0\nFN:Rodrigo Treviño Garza\nTEL;TYPE=cell;VALUE=uri:tel:⟦phone|+52-81-1657-3390⟧\nEND:VCARD`,
  ],
  [
    "es",
    "hubspot:address+email",
    `Limpia este CSV de HubSpot antes de importarlo:
First Name,Last Name,Email,Street Address,City,State/Region,Postal Code
Fernanda,Orozco,⟦email|fer.orozco.m@hotmail.com⟧,⟦street_address|Privada de los Pinos 18, Fracc. Las Ánimas⟧,Xalapa,Veracruz,91190`,
  ],
  [
    "es",
    "delivery-json:phone",
    `Esto manda la app de Rappi al repartidor, ¿qué campo falta? {"nombre_cliente":"Iván Mejía","telefono":"⟦phone|+52 55 3921 6048⟧","referencias":"casa azul junto a la tiendita"}`,
  ],
  // Argentina (es)
  [
    "es",
    "google-csv:address+phone",
    `Me exportó así los contactos de Google, ¿cómo separo el piso?
Name,Phone 1 - Value,Address 1 - Formatted
Lucía Bertolotti,⟦phone|011 15-4872-3190⟧,"⟦street_address|Av. Corrientes 3247, Piso 5 Depto B, C1193AAF CABA⟧"`,
  ],
  [
    "es",
    "label:address",
    `Rótulo para Andreani, ¿está bien escrito? Destinatario: Martín Echeverría — ⟦street_address|Calle 7 N° 1234 e/ 57 y 58, La Plata (1900), Buenos Aires⟧`,
  ],
  [
    "es",
    "salesforce:phone",
    `Del export de Salesforce, sacá los móviles mal cargados: Contact,Mobile\nSofía Arregui,⟦phone|+54 9 351 624-8817⟧\nNahuel Ferraro,⟦phone|+54 9 11 3845-2206⟧`,
  ],
  [
    "es",
    "woo:address",
    `Pedido de la tienda: envío a Florencia Gatti, ⟦street_address|Bv. Oroño 1456, 3° A, S2000 Rosario, Santa Fe⟧ — ¿cuánto sale por Correo Argentino?`,
  ],
  // Nigeria (en)
  [
    "en",
    "label:address+phone",
    `Print this waybill for GIG Logistics:
Receiver: Chiamaka Okafor
⟦street_address|No. 14, Bode Thomas Close, off Ikorodu Road, Surulere, Lagos⟧
Phone: ⟦phone|0803 412 7785⟧`,
  ],
  [
    "en",
    "shopify:address+phone",
    `Our Shopify export mangled the Nigerian numbers, fix the Shipping Phone column:
Name,Shipping Name,Shipping Address1,Shipping City,Shipping Province,Shipping Phone
#2210,Emeka Nwosu,⟦street_address|Plot 23, 3rd Avenue, Gwarinpa Estate⟧,Abuja,FCT,⟦phone|+234 706 518 2294⟧`,
  ],
  [
    "en",
    "vcard:phone",
    `Why does my iPhone reject this vCard? BEGIN:VCARD
VERSION:3.0
N:Adeyemi;Folake;;;
TEL;TYPE=CELL,VOICE:⟦phone|0909 225 6613⟧
END:VCARD`,
  ],
  [
    "en",
    "delivery-json:address+phone",
    `Chowdeck rider app payload, which field is the landmark? {"customer":"Tunde Bakare","phone":"⟦phone|08124630871⟧","address":"⟦street_address|House 7, Adebayo Street, Agege, Lagos⟧","landmark":"opposite the mosque"}`,
  ],
  // Kenya (en/sw)
  [
    "en",
    "hubspot:address+phone",
    `Dedupe these HubSpot rows, the same lady twice:
First Name,Last Name,Phone Number,Street Address,City
Wanjiru,Kamau,⟦phone|0712 483 906⟧,⟦street_address|Apartment B4, Kileleshwa Court, Othaya Road⟧,Nairobi
Wanjiru,Kamau,⟦phone|+254 712 483906⟧,,Nairobi`,
  ],
  [
    "en",
    "label:address+phone",
    `Sendy delivery label: To Otieno Ouma, ⟦street_address|House No. 18, Milimani Estate, Kisumu⟧, tel ⟦phone|0722 905 317⟧. Is the format right for G4S?`,
  ],
  [
    "sw",
    "delivery-json:phone",
    `Hii ni JSON ya agizo kutoka app ya Glovo, namba ya mteja iko sawa? {"jina":"Achieng Odhiambo","simu":"⟦phone|+254 110 482 375⟧","maelezo":"piga simu ukifika geti"}`,
  ],
  [
    "en",
    "outlook-csv:phone+email",
    `Outlook contacts CSV, convert to vCard:
First Name,Last Name,E-mail Address,Mobile Phone
Kipchoge,Rotich,⟦email|krotich.eldoret@gmail.com⟧,⟦phone|0733 619 042⟧`,
  ],
  // South Africa (en)
  [
    "en",
    "woo:address+phone",
    `WooCommerce order export, the courier says the suburb is missing:
Order Number,Address 1&2 (Shipping),City (Shipping),Postcode (Shipping),Phone (Billing)
10482,"⟦street_address|14 Jacaranda Street, Lynnwood⟧",Pretoria,0081,⟦phone|082 614 3390⟧`,
  ],
  [
    "en",
    "vcard:address",
    `Fix the folding in this vCard:
BEGIN:VCARD
VERSION:3.0
FN:Thandiwe Mokoena
ADR;TYPE=home:;;⟦street_address|Unit 12, Sunbird Gardens, 45 Beyers Naud
 e Drive;Northcliff;Johannesburg;2195⟧;South Africa
END:VCARD`,
  ],
  [
    "en",
    "label:address+phone",
    `The Courier Guy waybill: Deliver to Pieter van der Merwe, ⟦street_address|7 Protea Close, Durbanville, Cape Town, 7550⟧, cell ⟦phone|+27 72 318 5546⟧ — write the SMS notification`,
  ],
  [
    "en",
    "salesforce:phone",
    `Salesforce contact export — standardise the numbers to E.164: Nomvula Dlamini, Mobile: ⟦phone|083 507 2281⟧; Sipho Ndlovu, Mobile: ⟦phone|061 448 9017⟧`,
  ],
  // Egypt (ar)
  ["ar", "label:address+phone", `اكتب بوليصة الشحن دي: المستلم: منى عبد الرحمن، ⟦street_address|١٢ شارع مصدق، الدقي، الجيزة⟧، موبايل ⟦phone|٠١٠٠٦٢٤٨٣١٥⟧`],
  [
    "ar",
    "vcard:phone",
    `حوّل جهة الاتصال دي لصيغة CSV:
BEGIN:VCARD
VERSION:3.0
FN:أحمد سمير الشناوي
TEL;TYPE=CELL:⟦phone|+20 11 2748 3906⟧
END:VCARD`,
  ],
  [
    "ar",
    "delivery-json:address",
    `ده رد تطبيق طلبات، ليه العنوان مش بيظهر؟ {"customer_name":"ياسمين فؤاد","address":"⟦street_address|عمارة ٨، شارع ٩، المعادي، القاهرة، الدور الرابع شقة ١٦⟧"}`,
  ],
  [
    "ar",
    "shopify:address+phone",
    `Shopify export from our Cairo store, numbers lost their leading zero:
Shipping Name,Shipping Address1,Shipping City,Shipping Phone
Omar Hegazy,⟦street_address|45 Abbas El Akkad St, Apt 9, Nasr City⟧,Cairo,⟦phone|1227 405 118⟧`,
  ],
  // Saudi Arabia (ar)
  [
    "ar",
    "label:address+phone",
    `بيانات الشحنة لسمسا: المستلم فيصل العتيبي، ⟦street_address|حي النخيل، شارع الأمير سعود بن عبدالله، مبنى ٢٩٢٩، الرياض ١٢٣٨٤⟧، جوال ⟦phone|٠٥٥٤٨١٣٢٩٠⟧`,
  ],
  [
    "ar",
    "woo:address",
    `WooCommerce order from Jeddah: Shipping: Nouf Al-Harbi, ⟦street_address|JEDA4512, 4512 Prince Sultan Rd, Al Rawdah, Jeddah 23435-7211⟧ — is the short national address code in the right field?`,
  ],
  ["ar", "hubspot:phone", `رتب أرقام الجوال في ملف HubSpot: سارة القحطاني ⟦phone|+966 50 318 4476⟧، عبدالله الدوسري ⟦phone|0569027713⟧`],
  [
    "ar",
    "vcard:phone+email",
    `BEGIN:VCARD\nVERSION:4.0\nFN:Rakan Al-Shehri\nTEL;TYPE=cell:⟦phone|+966 53 624 1185⟧\nEMAIL;TYPE=home:⟦email|rakan.shehri92@outlook.sa⟧\nEND:VCARD\nاستورد هذا الكرت في جهات اتصال أندرويد`,
  ],
  // Pakistan (en/ur)
  [
    "en",
    "label:address+phone",
    `TCS booking slip — Consignee: Ayesha Siddiqui, ⟦street_address|House No. 45, Street 12, F-8/3, Islamabad⟧, Cell: ⟦phone|0300-5274816⟧. Translate into Urdu for the rider`,
  ],
  [
    "ur",
    "delivery-json:address+phone",
    `یہ فوڈ پانڈا آرڈر کا JSON ہے، رائیڈر کو پتہ سمجھ نہیں آیا: {"name":"عمران بٹ","address":"⟦street_address|مکان نمبر ۲۱، گلی ۴، بلاک سی، گلشن اقبال، کراچی⟧","phone":"⟦phone|0321-8406237⟧"}`,
  ],
  [
    "en",
    "google-csv:address+phone",
    `Google Contacts export, split the address into columns:
Name,Phone 1 - Value,Address 1 - Formatted
Bilal Chaudhry,⟦phone|+92 333 4198027⟧,"⟦street_address|Flat 3B, Block 7, Askari 11, Lahore⟧"`,
  ],
  [
    "ur",
    "vcard:phone",
    `BEGIN:VCARD
VERSION:3.0
FN:ثناء ملک
TEL;TYPE=CELL:⟦phone|0345 6120398⟧
END:VCARD
اس کارڈ میں نمبر ٹھیک ہے؟`,
  ],
  // Bangladesh (bn/en)
  [
    "bn",
    "label:address+phone",
    `পাঠাও পার্সেলের লেবেল ঠিক করে দাও: প্রাপক: নুসরাত জাহান, ⟦street_address|বাড়ি ১২, রোড ৫, ধানমন্ডি, ঢাকা ১২০৫⟧, মোবাইল: ⟦phone|০১৭১২-৪৮৬৩০৯⟧`,
  ],
  [
    "en",
    "woo:address+phone",
    `WooCommerce export from our Dhaka shop:
Order Number,Address 1&2 (Shipping),City (Shipping),Phone (Billing)
3310,"⟦street_address|Flat 6C, House 27, Road 11, Banani⟧",Dhaka,⟦phone|+880 1819-357204⟧`,
  ],
  ["bn", "vcard:phone", `এই vCard ফাইলটা খুলছে না কেন? BEGIN:VCARD\nVERSION:3.0\nFN:তানভীর হাসান\nTEL;TYPE=CELL:⟦phone|01911-620487⟧\nEND:VCARD`],
  [
    "bn",
    "delivery-json:address",
    `ফুডপান্ডার অর্ডার: {"customer":"রুমানা আক্তার","address":"⟦street_address|হাউজ ৪৩, রোড ২, সেক্টর ৭, উত্তরা, ঢাকা⟧"} — রাইডারকে ইংরেজিতে লিখে দাও`,
  ],
  // Indonesia (id)
  [
    "id",
    "shopify:address+phone",
    `Tolong rapikan ekspor pesanan Shopify ini:
Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Phone
Dewi Lestari Putri,⟦street_address|Jl. Melati No. 17, RT 003/RW 005, Kel. Cempaka Putih⟧,Jakarta Pusat,10510,⟦phone|0812-3874-5190⟧`,
  ],
  [
    "id",
    "label:address+phone",
    `Label JNE: Penerima: Budi Santoso, ⟦street_address|Perum Griya Asri Blok C2 No. 9, Kec. Sukun, Kota Malang 65147⟧, HP ⟦phone|0857-3320-4816⟧ — sudah benar formatnya?`,
  ],
  [
    "id",
    "vcard:phone+email",
    `BEGIN:VCARD
VERSION:3.0
FN:Rina Wahyuningsih
TEL;TYPE=CELL:⟦phone|+62 878-5512-0934⟧
EMAIL;TYPE=INTERNET:⟦email|rina.wahyu88@yahoo.co.id⟧
END:VCARD
Kenapa kontak ini tidak bisa diimpor ke Gmail?`,
  ],
  [
    "id",
    "delivery-json:address",
    `Data order GoFood: {"nama":"Agus Pratama","alamat":"⟦street_address|Gg. Mawar II No. 5, Jl. Kaliurang Km 7, Sleman, Yogyakarta⟧","catatan":"rumah pagar hitam"} — kenapa driver nyasar?`,
  ],
  // Vietnam (vi)
  [
    "vi",
    "label:address+phone",
    `Phiếu gửi hàng GHTK: Người nhận: Nguyễn Thị Thu Hà, ⟦street_address|Số 12, ngõ 45 phố Hào Nam, phường Ô Chợ Dừa, quận Đống Đa, Hà Nội⟧, SĐT ⟦phone|0912 735 408⟧`,
  ],
  [
    "vi",
    "woo:address+phone",
    `File xuất đơn WooCommerce bị lỗi dấu, sửa giúp:
Order Number,Address 1&2 (Shipping),City (Shipping),Phone (Billing)
7712,"⟦street_address|123/4 Nguyễn Thị Minh Khai, P.6, Q.3⟧",TP.HCM,⟦phone|0368 214 905⟧`,
  ],
  [
    "vi",
    "vcard:phone",
    `Danh bạ xuất từ điện thoại cũ:
BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Tr=E1=BA=A7n;Minh;;;
TEL;CELL:⟦phone|0987 214 563⟧
END:VCARD
Giải mã tên giúp mình`,
  ],
  [
    "vi",
    "delivery-json:address+phone",
    `App giao đồ ăn trả về: {"khach":"Lê Hoàng Phúc","dia_chi":"⟦street_address|Hẻm 58 Trần Quang Diệu, phường 14, quận 3, TP. Hồ Chí Minh⟧","sdt":"⟦phone|+84 776 318 249⟧"} — dịch sang tiếng Anh cho shipper`,
  ],
  // Philippines (tl/en)
  [
    "tl",
    "label:address+phone",
    `Paki-check ang waybill ng J&T: Receiver: Maricel Dela Cruz, ⟦street_address|Blk 5 Lot 12, Phase 2, Camella Homes, Brgy. Talon Dos, Las Piñas City 1747⟧, CP# ⟦phone|0917 583 2046⟧`,
  ],
  [
    "en",
    "shopify:address+phone",
    `Shopify orders CSV from our PH store:
Shipping Name,Shipping Address1,Shipping City,Shipping Province,Shipping Phone
Jerome Villanueva,⟦street_address|1824 Dapitan St., Brgy. 498, Sampaloc⟧,Manila,Metro Manila,⟦phone|+63 918 640 2275⟧`,
  ],
  ["tl", "vcard:phone", `Bakit hindi ma-import 'tong contact? BEGIN:VCARD\nVERSION:3.0\nFN:Kristine Mae Santos\nTEL;TYPE=CELL:⟦phone|09985127306⟧\nEND:VCARD`],
  [
    "tl",
    "delivery-json:address",
    `Ito yung JSON galing sa Lalamove, tama ba ang drop-off? {"recipient":"Ramon Bautista","dropoff":"⟦street_address|Unit 3B, Dona Juana Townhomes, 27 Sct. Rallos St., Quezon City⟧"}`,
  ],
  // Thailand (th)
  [
    "th",
    "label:address+phone",
    `ช่วยเช็คใบปะหน้าพัสดุ Kerry ให้หน่อย: ผู้รับ: คุณสุภาวดี ศรีสุข ⟦street_address|99/123 หมู่บ้านพฤกษา ซอย 5 ถนนรามอินทรา แขวงคันนายาว เขตคันนายาว กรุงเทพฯ 10230⟧ โทร ⟦phone|081-734-2956⟧`,
  ],
  [
    "th",
    "vcard:phone",
    `BEGIN:VCARD
VERSION:3.0
FN:ธนากร วงศ์ใหญ่
TEL;TYPE=CELL:⟦phone|089 426 1708⟧
END:VCARD
ทำไมนำเข้าไปใน Google Contacts ไม่ได้`,
  ],
  [
    "th",
    "delivery-json:address+phone",
    `ข้อมูลออเดอร์จาก LINE MAN: {"ชื่อ":"กิตติพงษ์ แสงทอง","ที่อยู่":"⟦street_address|เลขที่ 45/7 ซอยสุขุมวิท 101/1 แขวงบางจาก เขตพระโขนง กรุงเทพฯ 10260⟧","โทร":"⟦phone|+66 62 518 3094⟧"}`,
  ],
  ["th", "woo:address", `ออเดอร์จาก WooCommerce: ส่งถึง คุณอรุณี ทองดี ⟦street_address|88 หมู่ 3 ตำบลสุเทพ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50200⟧ ค่าส่งเท่าไหร่`],
  // Poland (pl)
  [
    "pl",
    "label:address+phone",
    `Etykieta InPost do wydruku: Odbiorca: Katarzyna Wiśniewska, ⟦street_address|ul. Długa 15/7, 31-147 Kraków⟧, tel. ⟦phone|601 482 935⟧`,
  ],
  [
    "pl",
    "shopify:address+phone",
    `Eksport zamówień z Shopify, popraw kolumnę telefonu:
Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Phone
Tomasz Zieliński,⟦street_address|os. Piastowskie 22 m. 41⟧,Poznań,61-158,⟦phone|+48 512 307 664⟧`,
  ],
  [
    "pl",
    "vcard:address",
    `Popraw ten vCard (zawinięte linie):
BEGIN:VCARD
VERSION:4.0
FN:Agnieszka Kowalczyk
ADR;TYPE=home:;;⟦street_address|ul. Marszałka Józefa Piłsudskiego 48 m
 . 12;Wrocław;;50-032⟧;Polska
END:VCARD`,
  ],
  [
    "pl",
    "outlook-csv:phone+email",
    `Plik CSV z Outlooka:
First Name,Last Name,E-mail Address,Mobile Phone,Home Street,Home City,Home Postal Code
Paweł,Nowicki,⟦email|pawel.nowicki77@wp.pl⟧,⟦phone|698 214 530⟧,⟦street_address|ul. Lipowa 3⟧,Białystok,15-424
zamień na format Google`,
  ],
  // Ukraine (uk)
  [
    "uk",
    "label:address+phone",
    `Заповни накладну Нової пошти: Отримувач: Олена Коваленко, ⟦street_address|вул. Шевченка, 12, кв. 34, Київ, 01001⟧, тел. ⟦phone|067 123 45 67⟧`,
  ],
  [
    "uk",
    "vcard:phone",
    `Чому телефон не бачить цей контакт?
BEGIN:VCARD
VERSION:3.0
FN:Богдан Мельник
TEL;TYPE=CELL:⟦phone|+380 50 418 27 93⟧
END:VCARD`,
  ],
  [
    "uk",
    "delivery-json:address+phone",
    `Відповідь API служби доставки: {"recipient":"Ірина Бондар","address":"⟦street_address|просп. Науки, 47, кв. 108, Харків⟧","phone":"⟦phone|0936142807⟧"} — чому курʼєр не знайшов?`,
  ],
  ["uk", "hubspot:address", `Експорт з HubSpot, розбий адресу на поля: Дмитро Савчук, ⟦street_address|вул. Городоцька, 85, кв. 6, Львів, 79007⟧`],
  // Romania (ro)
  [
    "ro",
    "label:address+phone",
    `AWB Fan Courier, verifică te rog: Destinatar: Andreea Popescu, ⟦street_address|Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, ap. 18, sector 2, București⟧, tel. ⟦phone|0722 514 809⟧`,
  ],
  [
    "ro",
    "woo:address+phone",
    `Export comenzi WooCommerce, lipsește județul:
Order Number,Address 1&2 (Shipping),City (Shipping),Postcode (Shipping),Phone (Billing)
4471,"⟦street_address|Calea Dorobanților 62, ap. 5⟧",Cluj-Napoca,400609,⟦phone|0744 216 390⟧`,
  ],
  [
    "ro",
    "vcard:phone+email",
    `BEGIN:VCARD
VERSION:3.0
FN:Mihai Ionescu
TEL;TYPE=CELL:⟦phone|+40 755 318 402⟧
EMAIL:⟦email|mihai.ionescu.iasi@yahoo.com⟧
END:VCARD
de ce nu se importă în iCloud?`,
  ],
  [
    "ro",
    "salesforce:address",
    `Din exportul Salesforce: Mailing Street = ⟦street_address|Str. Avram Iancu nr. 7, bl. C4, ap. 22⟧, Mailing City = Timișoara (Elena Stoica). E bine așa?`,
  ],
  // Greece (el)
  [
    "el",
    "label:address+phone",
    `Συμπλήρωσε το voucher της ACS: Παραλήπτης: Γεωργία Παπαδοπούλου, ⟦street_address|Αγίου Δημητρίου 34, 546 31 Θεσσαλονίκη⟧, κιν. ⟦phone|694 318 2756⟧`,
  ],
  [
    "el",
    "shopify:address+phone",
    `Εξαγωγή παραγγελιών Shopify:
Shipping Name,Shipping Address1,Shipping City,Shipping Zip,Shipping Phone
Νίκος Αντωνίου,⟦street_address|Λεωφ. Κηφισίας 112, 3ος όροφος⟧,Μαρούσι,151 25,⟦phone|+30 697 452 1830⟧`,
  ],
  [
    "el",
    "vcard:phone",
    `Γιατί δεν περνάει αυτή η επαφή στο κινητό; BEGIN:VCARD\nVERSION:3.0\nFN:Ελένη Καραγιάννη\nTEL;TYPE=CELL:⟦phone|698 207 4415⟧\nEND:VCARD`,
  ],
  [
    "el",
    "delivery-json:address",
    `Το efood έστειλε αυτό: {"πελάτης":"Δημήτρης Βλάχος","διεύθυνση":"⟦street_address|Πατησίων 187, 4ος όροφος, Αθήνα 112 53⟧","κουδούνι":"ΒΛΑΧΟΣ"} — γιατί ο διανομέας δεν το βρήκε;`,
  ],
  // more exports, mixed countries
  [
    "pt",
    "salesforce:address+phone",
    `Export do Salesforce (Contatos), traduz os cabeçalhos:
First Name,Last Name,Mailing Street,Mailing City,Mailing State/Province,Mailing Zip/Postal Code,Mobile
Gustavo,Ribeiro,⟦street_address|SQN 308 Bloco F apto 503, Asa Norte⟧,Brasília,DF,70747-060,⟦phone|(61) 99203-8841⟧`,
  ],
  [
    "es",
    "outlook-csv:address+phone",
    `CSV de Outlook con los contactos de la familia, pásalo a vCard:
First Name,Last Name,Mobile Phone,Home Street,Home City,Home State,Home Postal Code
Rosa María,Cárdenas,⟦phone|(999) 241 8376⟧,⟦street_address|Calle 60 No. 412 x 47 y 49, Centro⟧,Mérida,Yucatán,97000`,
  ],
  [
    "en",
    "google-csv:address",
    `Google Contacts CSV from my mum's phone:
Name,Address 1 - Type,Address 1 - Formatted
Ngozi Eze,Home,"⟦street_address|12 Okpara Avenue, GRA, Enugu⟧"
Which column holds the state?`,
  ],
  [
    "en",
    "woo:address+phone",
    `WooCommerce order #9031 (M-Pesa): Billing: Njeri Mwangi, ⟦street_address|Kahawa Sukari, Baringo Road, House 42, Nairobi⟧, Phone: ⟦phone|0790 318 245⟧ — draft the dispatch SMS`,
  ],
  [
    "en",
    "delivery-json:address+phone",
    `Mr D Food order JSON: {"customer":"Lerato Mahlangu","street":"⟦street_address|2218 Vilakazi Street, Orlando West, Soweto, 1804⟧","cell":"⟦phone|0725519034⟧"} - why is the pin off?`,
  ],
  [
    "ar",
    "salesforce:phone",
    `Salesforce export, normalise the Egyptian mobiles: Mahmoud Ragab, Mobile: ⟦phone|0155 241 7038⟧; Heba Mansour, Mobile: ⟦phone|+201013864207⟧`,
  ],
  [
    "ar",
    "google-csv:address+phone",
    `ملف جهات اتصال جوجل:
Name,Phone 1 - Value,Address 1 - Formatted
لمى الزهراني,⟦phone|0541 237 809⟧,"⟦street_address|حي الروضة، شارع الأمير ماجد، فيلا ١٤، جدة ٢٣٤٣٥⟧"
افصل العنوان إلى أعمدة`,
  ],
  [
    "en",
    "shopify:address+phone",
    `Shopify export for our Karachi orders, the rider wants landmarks:
Shipping Name,Shipping Address1,Shipping City,Shipping Phone
Hina Qureshi,⟦street_address|B-214, Block 13-D, Gulshan-e-Iqbal⟧,Karachi,⟦phone|+92 300 2174653⟧`,
  ],
  ["bn", "google-csv:phone", `গুগল কন্টাক্টস CSV: Name,Phone 1 - Value\nমাহমুদুল করিম,⟦phone|+৮৮০ ১৫৩৪-২৭১৬০৯⟧ — নম্বরটা ইংরেজি অঙ্কে লিখে দাও`],
  ["id", "hubspot:phone", `Ekspor HubSpot, ubah nomor ke format +62: Siti Nurhaliza Rahman, Phone Number: ⟦phone|0813 9064 2287⟧`],
  [
    "vi",
    "google-csv:address+phone",
    `File CSV danh bạ Google:
Name,Phone 1 - Value,Address 1 - Formatted
Phạm Văn Đức,⟦phone|+84 903 612 475⟧,"⟦street_address|27 Lê Lợi, phường Vĩnh Ninh, TP. Huế⟧"
Tách địa chỉ ra giúp mình`,
  ],
  [
    "tl",
    "outlook-csv:address+phone",
    `Outlook CSV ng mga kamag-anak, gawing vCard:
First Name,Last Name,Mobile Phone,Home Street,Home City
Rowena,Manalo,⟦phone|0927 418 6053⟧,⟦street_address|Purok 4, Brgy. Lahug⟧,Cebu City`,
  ],
  ["th", "google-csv:phone", `ไฟล์ CSV รายชื่อจาก Google: Name,Phone 1 - Value\nปิยะพงษ์ ใจดี,⟦phone|๐๘๕-๖๑๒-๓๔๗๐⟧ แปลงเลขไทยเป็นเลขอารบิก`],
  [
    "pl",
    "delivery-json:address+phone",
    `Pyszne.pl zwróciło: {"klient":"Marta Lewandowska","adres":"⟦street_address|ul. Grunwaldzka 203/14, 80-266 Gdańsk⟧","telefon":"⟦phone|+48 792 615 038⟧"} — co znaczy /14?`,
  ],
  [
    "uk",
    "outlook-csv:phone+email",
    `CSV з Outlook: First Name,Last Name,E-mail Address,Mobile Phone\nСвітлана,Гнатюк,⟦email|svitlana.hnatiuk@ukr.net⟧,⟦phone|+380 97 305 61 48⟧ — перетвори на vCard 4.0`,
  ],
  [
    "ro",
    "delivery-json:address+phone",
    `Glovo a trimis: {"client":"Radu Constantinescu","adresa":"⟦street_address|Bd. Independenței nr. 21, bl. B2, ap. 9, Iași⟧","telefon":"⟦phone|0766 203 915⟧"} — ce e „bl.”?`,
  ],
  [
    "el",
    "google-csv:address+phone",
    `CSV επαφών Google:
Name,Phone 1 - Value,Address 1 - Formatted
Σταύρος Μιχαηλίδης,⟦phone|699 512 3048⟧,"⟦street_address|Ελ. Βενιζέλου 58, Ηράκλειο 712 02⟧"
χώρισε τη διεύθυνση σε στήλες`,
  ],
  [
    "es",
    "vcard:address",
    `Este vCard 4.0 de mi suegra no muestra la dirección:
BEGIN:VCARD
VERSION:4.0
FN:Graciela Pereyra
ADR;TYPE=home;LABEL="⟦street_address|Belgrano 845, Dpto 2, Mendoza⟧":;;⟦street_address|Belgrano 845, Dpto 2;Mendoza;;M5500⟧;Argentina
END:VCARD`,
  ],
  [
    "uk",
    "vcard:address",
    `vCard 2.1 з адресою в quoted-printable, розкодуй:
BEGIN:VCARD
VERSION:2.1
FN:Taras Hrytsenko
ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;⟦street_address|=D0=B2=D1=83=D0=BB. =D0=A1=D0=B0=D0=B4=D0=BE=D0=B2=D0=B0, 9, =D0=BA=D0=B2. 3;=D0=9E=D0=B4=D0=B5=D1=81=D0=B0⟧;;65023
END:VCARD`,
  ],
];

export const NEGATIVES: MarkedEntry[] = [
  // Brazil
  [
    "pt",
    "neg-vcard:business",
    `Cartão de visita da loja pra importar: BEGIN:VCARD
VERSION:3.0
ORG:Padaria Santa Tereza Ltda.
TEL;TYPE=WORK:(11) 3256-4411
ADR;TYPE=work:;;Rua Conselheiro Ramalho, 920;São Paulo;SP;01325-000;Brasil
END:VCARD`,
  ],
  ["pt", "neg-label:postal-code", `O CEP 01310-100 é de qual bairro de São Paulo? Preciso preencher a etiqueta.`],
  [
    "pt",
    "neg-delivery-json:landmark",
    `O app de entrega marcou o ponto de retirada em {"local":"Cristo Redentor","lat":-22.9519,"lng":-43.2105} — isso é dentro do Parque Nacional da Tijuca?`,
  ],
  [
    "pt",
    "neg-shopify:docs-sample",
    `No exemplo da documentação da API da Shopify aparece "phone": "555-625-1199" e "address1": "123 Amoebobacterium St" — preciso trocar por dados reais no teste?`,
  ],
  [
    "pt",
    "neg-salesforce:hospital",
    `Export do Salesforce com contas de clientes: Account Name,Phone,Billing Street,Billing City
Hospital Sírio-Libanês,(11) 3394-0200,"Rua Dona Adma Jafet, 91",São Paulo
converte para JSON`,
  ],
  // Mexico
  [
    "es",
    "neg-vcard:embassy",
    `vCard de la embajada para el directorio: BEGIN:VCARD\nVERSION:3.0\nORG:Embajada de España en México\nTEL;TYPE=WORK:+52 55 5282 2974\nADR;TYPE=work:;;Galileo 114, Polanco;Ciudad de México;;11550;México\nEND:VCARD`,
  ],
  [
    "es",
    "neg-woo:docs-sample",
    `En la documentación de la API REST de WooCommerce, el pedido de ejemplo trae "first_name": "John", "last_name": "Doe", "address_1": "969 Market", "city": "San Francisco", "phone": "(555) 555-5555", "email": "john.doe@example.com" — ¿cómo lo adapto a México?`,
  ],
  ["es", "neg-label:postal-code", `¿El código postal 44100 corresponde al centro de Guadalajara? Es para la guía de envío.`],
  [
    "es",
    "neg-shopify:hotel",
    `Export de Shopify de un pedido mayorista: Shipping Company,Shipping Address1,Shipping City,Shipping Phone
Hotel Riu Palace Cancún,"Blvd. Kukulcán Km 5.5, Zona Hotelera",Cancún,998 848 7800
¿el IVA está bien aplicado?`,
  ],
  // Argentina
  [
    "es",
    "neg-delivery-json:landmark",
    `La app de delivery me devolvió {"punto":"Obelisco de Buenos Aires","lat":-34.6037,"lng":-58.3816,"dir":"Av. 9 de Julio y Av. Corrientes"} — ¿por qué lo toma como dirección de entrega?`,
  ],
  [
    "es",
    "neg-hubspot:business",
    `CSV de HubSpot con empresas: Company name,Phone Number,Street Address,City
Librería El Ateneo Grand Splendid,011 4813-6052,Av. Santa Fe 1860,Buenos Aires
¿cómo lo importo como empresa y no como contacto?`,
  ],
  ["es", "neg-label:city", `Envío a Córdoba capital, ¿cuánto tarda Andreani desde Rosario? Solo sé la ciudad, sin dirección todavía.`],
  [
    "es",
    "neg-google-csv:template",
    `Plantilla para importar en Google Contacts: Name,Phone 1 - Value,Address 1 - Formatted\nNombre Apellido,+54 9 11 XXXX-XXXX,"Calle 123, Ciudad"\n¿Qué columnas son obligatorias?`,
  ],
  // Nigeria
  [
    "en",
    "neg-vcard:hospital",
    `Add this to the clinic directory: BEGIN:VCARD
VERSION:3.0
ORG:Lagos University Teaching Hospital
TITLE:Switchboard
TEL;TYPE=WORK:+234 1 280 3400
ADR;TYPE=work:;;Ishaga Road, Idi-Araba;Lagos;;;Nigeria
END:VCARD`,
  ],
  [
    "en",
    "neg-shopify:shop",
    `Shopify pickup location export: Location,Address1,City,Phone
Jumia Pickup Station Ikeja,"12 Allen Avenue, Ikeja",Lagos,0700 600 0000
— what does the 0700 prefix mean?`,
  ],
  ["en", "neg-label:city", `How long does GIG Logistics take from Lagos to Port Harcourt? I only have the city for now.`],
  [
    "en",
    "neg-delivery-json:landmark",
    `Rider app pinned {"place":"National Theatre, Iganmu","lat":6.4761,"lng":3.3724} as the drop-off — is that the right spot for the event vendors?`,
  ],
  // Kenya
  [
    "en",
    "neg-salesforce:embassy",
    `Salesforce account export: Account Name,Phone,Billing Street,Billing City
Embassy of the United States Nairobi,+254 20 363 6000,United Nations Avenue,Nairobi
convert to a vCard for the visa team`,
  ],
  ["sw", "neg-label:postal-code", `Namba ya posta 00100 ni ya Nairobi GPO? Naandika lebo ya kifurushi.`],
  [
    "en",
    "neg-vcard:docs-sample",
    `The vCard RFC 6350 example has TEL;VALUE=uri;TYPE="work,voice";PREF=1:tel:+1-418-656-9254;ext=102 and ADR;TYPE=work:;;4321 Rue Somewhere;Quebec;QC;G1V 2M2;Canada — can I use it as a test fixture for our Kenyan CRM import?`,
  ],
  [
    "en",
    "neg-woo:hotel",
    `WooCommerce order shipped to a hotel: Shipping: Sarova Stanley Hotel, Kenyatta Avenue & Kimathi Street, Nairobi, Phone: +254 20 275 7000 (front desk) — do we need a room number?`,
  ],
  // South Africa
  [
    "en",
    "neg-google-csv:business",
    `Google Contacts CSV of our suppliers: Name,Organization 1 - Name,Phone 1 - Value,Address 1 - Formatted
Accounts desk,Checkers Hyper Sandton,011 784 8900,"Sandton City, Rivonia Road, Sandhurst, Johannesburg"
merge it with the HubSpot list`,
  ],
  [
    "en",
    "neg-delivery-json:landmark",
    `Uber Eats payload pinned {"name":"Table Mountain Aerial Cableway","lat":-33.9486,"lng":18.4032} — why would a delivery go to the cableway?`,
  ],
  ["en", "neg-label:postal-code", `Which suburb has postal code 2196? Filling in a Courier Guy label.`],
  [
    "en",
    "neg-vcard:hospital",
    `vCard for the switchboard: BEGIN:VCARD\nVERSION:3.0\nORG:Groote Schuur Hospital\nTEL;TYPE=WORK:021 404 9111\nADR;TYPE=work:;;Main Road, Observatory;Cape Town;;7925;South Africa\nEND:VCARD\nIs WORK the right TYPE?`,
  ],
  // Egypt
  [
    "ar",
    "neg-vcard:hotel",
    `أضف الفندق لجهات الاتصال: BEGIN:VCARD
VERSION:3.0
ORG:فندق ماريوت القاهرة
TEL;TYPE=WORK:+20 2 2728 3000
ADR;TYPE=work:;;16 شارع السراي الكبرى، الزمالك;القاهرة;;11211;مصر
END:VCARD`,
  ],
  ["ar", "neg-label:postal-code", `الرقم البريدي ١١٥١١ تبع أنهي حي في القاهرة؟ عاوز أكتبه على البوليصة.`],
  ["ar", "neg-delivery-json:landmark", `تطبيق التوصيل حط نقطة الاستلام {"place":"الأهرامات - هضبة الجيزة","lat":29.9792,"lng":31.1342} — ده صح؟`],
  [
    "ar",
    "neg-shopify:hospital",
    `Shopify B2B export: Company,Address,Phone
مستشفى السلام الدولي,كورنيش النيل، المعادي، القاهرة,19885
هل الرقم المختصر ينفع في خانة الهاتف؟`,
  ],
  // Saudi Arabia
  [
    "ar",
    "neg-salesforce:embassy",
    `Salesforce export: Account Name,Phone,Billing Street,Billing City
British Embassy Riyadh,+966 11 481 9100,Diplomatic Quarter,Riyadh
حوّله إلى vCard`,
  ],
  ["ar", "neg-label:city", `كم يوم تأخذ الشحنة من الرياض إلى الدمام مع سمسا؟ ما عندي العنوان الكامل بعد.`],
  ["ar", "neg-delivery-json:landmark", `{"destination":"برج المملكة","lat":24.7114,"lng":46.6744} — تطبيق التوصيل يعرض هذا، هل البرج في حي العليا؟`],
  ["ar", "neg-woo:docs-sample", `في مثال التوثيق: العنوان الوطني المختصر "ABCD1234" ورقم الجوال "05XXXXXXXX" — كيف أتحقق من الصيغة في WooCommerce؟`],
  // Pakistan
  [
    "en",
    "neg-vcard:hospital",
    `Hospital directory vCard: BEGIN:VCARD\nVERSION:3.0\nORG:Aga Khan University Hospital\nTEL;TYPE=WORK:+92 21 111 911 911\nADR;TYPE=work:;;Stadium Road;Karachi;;74800;Pakistan\nEND:VCARD\nIs the UAN number format right?`,
  ],
  ["ur", "neg-label:city", `لاہور سے ملتان ٹی سی ایس کتنے دن لیتا ہے؟ ابھی صرف شہر کا نام معلوم ہے۔`],
  [
    "en",
    "neg-shopify:shop",
    `Shopify location export: Location,Address1,City,Phone
Liberty Books Park Towers,"Park Towers, Clifton Block 5",Karachi,021 3583 2641
— is this the store's landline?`,
  ],
  ["en", "neg-delivery-json:landmark", `The app dropped the pin at {"place":"Faisal Mosque","lat":33.7295,"lng":73.0372} — is the mosque inside sector E-7?`],
  // Bangladesh
  [
    "bn",
    "neg-vcard:hospital",
    `হাসপাতালের নম্বর সেভ করব: BEGIN:VCARD\nVERSION:3.0\nORG:ঢাকা মেডিকেল কলেজ হাসপাতাল\nTEL;TYPE=WORK:+880 2-55165088\nADR;TYPE=work:;;বকশীবাজার;ঢাকা;;1000;বাংলাদেশ\nEND:VCARD`,
  ],
  ["bn", "neg-label:postal-code", `পোস্ট কোড ১২০৫ কোন এলাকার? পার্সেলের লেবেলে লিখতে হবে।`],
  [
    "en",
    "neg-salesforce:embassy",
    `Salesforce accounts: Account Name,Phone,Billing Street,Billing City
High Commission of India Dhaka,+880 2 5506 7301,"Plot 1-3, Park Road, Baridhara",Dhaka
merge duplicates`,
  ],
  ["bn", "neg-delivery-json:landmark", `ডেলিভারি অ্যাপ বলছে {"place":"জাতীয় সংসদ ভবন","lat":23.7625,"lng":90.3786} — এটা কি শেরেবাংলা নগরে?`],
  // Indonesia
  [
    "id",
    "neg-vcard:hotel",
    `Kartu kontak hotel: BEGIN:VCARD
VERSION:3.0
ORG:Hotel Indonesia Kempinski Jakarta
TEL;TYPE=WORK:+62 21 2358 3800
ADR;TYPE=work:;;Jl. M.H. Thamrin No. 1;Jakarta Pusat;;10310;Indonesia
END:VCARD
tolong ubah jadi CSV`,
  ],
  [
    "id",
    "neg-google-csv:docs-sample",
    `Contoh format di dokumentasi impor: Name,Phone 1 - Value,Address 1 - Formatted\nBudi Contoh,0812-3456-7890,"Jl. Contoh No. 1, Jakarta"\nApakah kolom lain wajib?`,
  ],
  ["id", "neg-label:postal-code", `Kode pos 65147 itu kecamatan mana di Malang? Buat label JNE.`],
  ["id", "neg-delivery-json:landmark", `Titik jemput di aplikasi: {"lokasi":"Monas","lat":-6.1754,"lng":106.8272} — apakah itu pintu masuk yang benar?`],
  [
    "id",
    "neg-shopify:shop",
    `Ekspor lokasi toko Shopify: Location,Address1,City,Phone
Toko Kopi Tuku Cipete,"Jl. Cipete Raya No. 7",Jakarta Selatan,021 2765 1234
jam buka berapa?`,
  ],
  // Vietnam
  [
    "vi",
    "neg-vcard:embassy",
    `Thêm đại sứ quán vào danh bạ: BEGIN:VCARD\nVERSION:3.0\nORG:Đại sứ quán Nhật Bản tại Việt Nam\nTEL;TYPE=WORK:+84 24 3846 3000\nADR;TYPE=work:;;27 Liễu Giai, Ba Đình;Hà Nội;;;Việt Nam\nEND:VCARD`,
  ],
  ["vi", "neg-label:city", `Gửi hàng từ Hà Nội vào Đà Nẵng mất mấy ngày? Mình chưa có địa chỉ cụ thể.`],
  ["vi", "neg-delivery-json:landmark", `App giao hàng ghim {"dia_diem":"Chợ Bến Thành","lat":10.7725,"lng":106.6980} — có đúng cổng chính không?`],
  [
    "vi",
    "neg-salesforce:hospital",
    `Xuất từ Salesforce: Account Name,Phone,Billing Street,Billing City
Bệnh viện Bạch Mai,024 3869 3731,78 Giải Phóng,Hà Nội
đổi sang JSON`,
  ],
  // Philippines
  [
    "en",
    "neg-vcard:hospital",
    `Hospital trunkline vCard: BEGIN:VCARD
VERSION:3.0
ORG:St. Luke's Medical Center Global City
TEL;TYPE=WORK:(02) 8789 7700
ADR;TYPE=work:;;Rizal Drive cor. 32nd St. and 5th Ave.;Taguig;;1634;Philippines
END:VCARD`,
  ],
  ["tl", "neg-label:postal-code", `Anong lugar ang zip code 1747? Para sa waybill ng J&T.`],
  ["tl", "neg-delivery-json:landmark", `Yung pin ng Grab: {"place":"Rizal Park","lat":14.5826,"lng":120.9787} — tama ba yung gate?`],
  [
    "en",
    "neg-woo:docs-sample",
    `Our test order uses billing phone 0917 000 0000 and email test@example.com from the WooCommerce docs — will PayMongo reject it?`,
  ],
  // Thailand
  [
    "th",
    "neg-vcard:hotel",
    `บันทึกเบอร์โรงแรม: BEGIN:VCARD\nVERSION:3.0\nORG:โรงแรมแมนดาริน โอเรียนเต็ล กรุงเทพฯ\nTEL;TYPE=WORK:02 659 9000\nADR;TYPE=work:;;48 ถนนเจริญกรุง 40 แขวงบางรัก;กรุงเทพฯ;;10500;ประเทศไทย\nEND:VCARD`,
  ],
  ["th", "neg-label:postal-code", `รหัสไปรษณีย์ 50200 คืออำเภออะไรในเชียงใหม่`],
  ["th", "neg-delivery-json:landmark", `แอปส่งของปักหมุดที่ {"สถานที่":"วัดพระแก้ว","lat":13.7515,"lng":100.4927} — ทางเข้าอยู่ถนนหน้าพระลานใช่ไหม`],
  [
    "th",
    "neg-shopify:hospital",
    `Export จาก Shopify (ลูกค้าองค์กร): Company,Address1,City,Phone
โรงพยาบาลบำรุงราษฎร์,33 สุขุมวิท 3,กรุงเทพฯ,02 066 8888
แปลงเป็น JSON`,
  ],
  // Poland
  [
    "pl",
    "neg-vcard:shop",
    `vCard sklepu do firmowej książki adresowej: BEGIN:VCARD
VERSION:4.0
ORG:Księgarnia Matras Sp. z o.o.
TEL;TYPE=work:+48 22 826 12 01
ADR;TYPE=work:;;ul. Marszałkowska 104/122;Warszawa;;00-017;Polska
END:VCARD`,
  ],
  ["pl", "neg-label:postal-code", `Kod pocztowy 31-147 to które osiedle w Krakowie? Do etykiety InPost.`],
  [
    "pl",
    "neg-delivery-json:landmark",
    `Aplikacja dostaw zapisała {"miejsce":"Pałac Kultury i Nauki","lat":52.2318,"lng":21.0060} — gdzie jest wejście od Marszałkowskiej?`,
  ],
  [
    "pl",
    "neg-hubspot:docs-sample",
    `W przykładzie z dokumentacji importu HubSpot jest "jan.kowalski@example.com" i telefon "+48 123 456 789" — czy mogę to zostawić w testach?`,
  ],
  // Ukraine
  [
    "uk",
    "neg-vcard:embassy",
    `Додай посольство в контакти: BEGIN:VCARD\nVERSION:3.0\nORG:Посольство Польщі в Україні\nTEL;TYPE=WORK:+380 44 230 07 00\nADR;TYPE=work:;;вул. Ярославів Вал, 12;Київ;;01901;Україна\nEND:VCARD`,
  ],
  ["uk", "neg-label:city", `Скільки їде посилка Новою поштою з Києва до Львова? Адресу отримувача ще не знаю.`],
  [
    "uk",
    "neg-delivery-json:landmark",
    `Служба доставки поставила точку {"place":"Монумент Батьківщина-Мати","lat":50.4266,"lng":30.5631} — як туди під'їхати?`,
  ],
  [
    "uk",
    "neg-salesforce:hospital",
    `Експорт Salesforce: Account Name,Phone,Billing Street,Billing City
Охматдит,044 236 30 05,вул. Вячеслава Чорновола 28/1,Київ
переведи в JSON`,
  ],
  // Romania
  [
    "ro",
    "neg-vcard:hotel",
    `vCard pentru recepția hotelului: BEGIN:VCARD
VERSION:3.0
ORG:Hotel Athénée Palace Bucharest
TEL;TYPE=WORK:+40 21 303 3777
ADR;TYPE=work:;;Str. Episcopiei 1-3;București;;010292;România
END:VCARD`,
  ],
  ["ro", "neg-label:postal-code", `Codul poștal 400609 e din ce cartier al Clujului? Pentru AWB.`],
  ["ro", "neg-delivery-json:landmark", `Aplicația de livrare a pus pinul la {"loc":"Palatul Parlamentului","lat":44.4275,"lng":26.0875} — pe unde se intră?`],
  [
    "ro",
    "neg-woo:shop",
    `Comandă WooCommerce livrată la magazin: Shipping: Carturesti Carusel, Str. Lipscani 55, București, tel. 0728 828 922 (librărie) — trebuie și persoană de contact?`,
  ],
  // Greece
  [
    "el",
    "neg-vcard:hospital",
    `Πρόσθεσε το τηλεφωνικό κέντρο: BEGIN:VCARD\nVERSION:3.0\nORG:Γενικό Νοσοκομείο Αθηνών Ο Ευαγγελισμός\nTEL;TYPE=WORK:213 204 1000\nADR;TYPE=work:;;Υψηλάντου 45-47;Αθήνα;;106 76;Ελλάδα\nEND:VCARD`,
  ],
  ["el", "neg-label:postal-code", `Ο ταχυδρομικός κώδικας 546 31 σε ποια περιοχή της Θεσσαλονίκης είναι;`],
  ["el", "neg-delivery-json:landmark", `Η εφαρμογή έβαλε το σημείο στο {"τοποθεσία":"Ακρόπολη","lat":37.9715,"lng":23.7257} — από πού είναι η είσοδος;`],
  [
    "el",
    "neg-shopify:hotel",
    `Εξαγωγή Shopify για παραγγελία ξενοδοχείου: Shipping Company,Shipping Address1,Shipping City,Shipping Phone
Hotel Grande Bretagne,Βασιλέως Γεωργίου Α' 1,Αθήνα,210 333 0000
σωστός ο ΦΠΑ;`,
  ],
  // documentation samples and reserved values, mixed
  [
    "en",
    "neg-hubspot:docs-sample",
    `HubSpot import docs sample row: First Name,Last Name,Email,Phone Number\nJane,Doe,jane.doe@example.com,555-0123 — why does our Lagos upload fail but this row works?`,
  ],
  [
    "en",
    "neg-outlook-csv:docs-sample",
    `Outlook's sample CSV has "Mobile Phone: (555) 0100" and "Home Street: 1 Example Way" — do I need to delete the sample row before importing our Nairobi contacts?`,
  ],
  [
    "es",
    "neg-salesforce:docs-sample",
    `La guía de Salesforce usa "Mailing Street: 1 Market St", "Phone: (415) 555-0199" y "ana@example.org" como ejemplo — ¿sirve para probar la carga?`,
  ],
  [
    "pt",
    "neg-vcard:docs-sample",
    `No RFC 6350 o exemplo é FN:Simon Perreault e TEL;TYPE=work:tel:+1-418-656-9254;ext=102 — esse vCard serve pra testar o parser?`,
  ],
  [
    "en",
    "neg-delivery-json:reserved",
    `Our staging webhook sends {"customer":"Test User","phone":"+1 202-555-0142","email":"qa@example.com","ip":"203.0.113.7"} — which field trips the validator?`,
  ],
  [
    "id",
    "neg-woo:business",
    `Pesanan WooCommerce untuk kantor: Shipping: PT Sinar Jaya Abadi (kantor pusat), Jl. Gatot Subroto Kav. 38, Jakarta Selatan, Telp. 021 5290 1122 — perlu NPWP?`,
  ],
  [
    "vi",
    "neg-google-csv:business",
    `CSV danh bạ công ty: Name,Organization 1 - Name,Phone 1 - Value,Address 1 - Formatted
Lễ tân,Công ty TNHH Bánh kẹo Hải Hà,024 3863 2956,"25 Trương Định, Hai Bà Trưng, Hà Nội"
gộp với danh bạ HubSpot`,
  ],
  ["th", "neg-label:city", `ส่งพัสดุจากกรุงเทพไปภูเก็ตใช้เวลากี่วัน ยังไม่มีที่อยู่ผู้รับ`],
  [
    "pl",
    "neg-google-csv:postal-only",
    `Eksport Google: Name,Address 1 - City,Address 1 - Postal Code\nKlient 1,Gdańsk,80-266\nKlient 2,Poznań,61-158 — policz klientów według województwa`,
  ],
];
