/**
 * Development set 3 (`dataset-dev-3.jsonl`): hand-written by the author of the language- and
 * script-aware detectors together with them (national identifiers with checksums, addresses, dates
 * of birth and credentials after local-language cues), so it is a DEVELOPMENT set and an upper
 * bound, like dataset.jsonl and dataset-dev-2.jsonl, never an independent one. It holds positives
 * in structured, free-text and adversarial variants in Turkish, Ukrainian, Vietnamese, Indonesian,
 * Swedish, Spanish, Korean, Chinese, Japanese, Hindi/Hinglish, Arabic, French and other European
 * languages, and hard negatives in the same languages: business and public text, organisation and
 * product numbers, dates, identifiers that fail their checksum, technical text.
 * Values are invented; checksummed identifiers were computed with src/privacy/checksums.ts.
 * Each prompt marks its sensitive values as ⟦category|value⟧; the offsets are computed on output.
 * Rebuild: npx tsx eval/privacy/dev-3.ts  (writes eval/privacy/dataset-dev-3.jsonl)
 */
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

type Entry = [lang: string, kind: string, text: string];

const ENTRIES: Entry[] = [
  // --- Turkish ---------------------------------------------------------------------------------------
  ["tr", "plain", "TC kimlik numaram ⟦national_id|38471029510⟧, başvuru formunu doldurur musun?"],
  ["tr", "plain", "Annemin T.C. Kimlik No'su ⟦national_id|52718403628⟧ ve doğum tarihi ⟦date_of_birth|14.03.1961⟧."],
  ["tr", "json", '{"ad": "Ayşe Yılmaz", "tckn": "⟦national_id|19037582656⟧", "telefon": "⟦phone|0532 418 27 93⟧"}'],
  ["tr", "plain", "Bu numarayı kontrol et: ⟦national_id|38471029510⟧ geçerli bir kimlik mi?"],
  ["tr", "plain", "Wi-Fi şifresi: ⟦password|Kedi2019!ev⟧ — misafirlere söyleme."],
  ["tr", "plain", "E-devlet şifrem ⟦password|Ankara.1987x⟧, unutursam diye buraya yazıyorum."],
  ["tr", "plain", "Kargo adresi: ⟦street_address|Bağdat Cad. No: 214 Daire: 7, Kadıköy/İstanbul⟧"],
  ["tr", "plain", "Doğum tarihim ⟦date_of_birth|02/11/1990⟧, yaşımı hesaplar mısın?"],
  ["tr", "plain", "Cep telefonum ⟦phone|0 (544) 317 80 26⟧, beni arayın."],
  ["tr", "plain", "Kardeşim Mehmet Kaya'nın IBAN'ı ⟦iban|TR13 0001 0004 8291 7365 0284 13⟧."],
  // --- Ukrainian -------------------------------------------------------------------------------------
  ["uk", "plain", "Мій РНОКПП ⟦national_id|3151803717⟧, заповніть, будь ласка, декларацію."],
  ["uk", "plain", "ІПН: ⟦national_id|2916015848⟧, Коваленко Олена Петрівна."],
  ["uk", "csv", "піб,іпн,телефон\nШевченко Андрій,⟦national_id|3383822063⟧,⟦phone|+380 67 482 19 05⟧"],
  ["uk", "plain", "Пароль від пошти: ⟦password|Kyiv_2023!mail⟧"],
  ["uk", "plain", "мій пароль — ⟦password|Sonechko#1985⟧, не кажи нікому"],
  ["uk", "plain", "Адреса: ⟦street_address|м. Львів, вул. Городоцька, буд. 45, кв. 12⟧"],
  ["uk", "plain", "Дата народження: ⟦date_of_birth|17.04.1986⟧, Бондаренко Ірина."],
  ["uk", "plain", "Паспорт ⟦passport|FN 482913⟧ виданий у 2019 році, номер ID-картки ⟦national_id|004829173⟧."],
  ["uk", "plain", "Телефон сестри: ⟦phone|067 482 19 05⟧."],
  // --- Vietnamese ------------------------------------------------------------------------------------
  ["vi", "plain", "Số CCCD của tôi là ⟦national_id|079188012345⟧, giúp tôi điền tờ khai."],
  ["vi", "plain", "Căn cước công dân: ⟦national_id|001092004517⟧ – Nguyễn Thị Lan."],
  ["vi", "plain", "CMND số ⟦national_id|025917384⟧ cấp ngày 12/05/2010."],
  ["vi", "plain", "Mật khẩu wifi là ⟦password|Hanoi@2024vn⟧ nhé."],
  ["vi", "plain", "mat khau email cua toi: ⟦password|Lan1990!xyz⟧"],
  ["vi", "plain", "Địa chỉ: ⟦street_address|Số 25 đường Lê Lợi, phường Bến Nghé, quận 1, TP. Hồ Chí Minh⟧"],
  ["vi", "plain", "Ngày sinh: ⟦date_of_birth|15/08/1992⟧, họ tên Trần Văn Minh."],
  ["vi", "plain", "Số điện thoại của anh Hùng là ⟦phone|0912 345 678⟧."],
  ["vi", "json", '{"ho_ten": "Phạm Thu Hà", "sdt": "⟦phone|0987654321⟧", "ngay_sinh": "⟦date_of_birth|1995-02-28⟧"}'],
  ["vi", "plain", "Hộ chiếu số ⟦passport|C4829173⟧ hết hạn năm 2030."],
  // --- Indonesian ------------------------------------------------------------------------------------
  ["id", "plain", "NIK saya ⟦national_id|3174055203880003⟧, tolong isi formulirnya."],
  ["id", "plain", "No. KTP: ⟦national_id|3273011507900012⟧ a.n. Budi Santoso"],
  ["id", "plain", "Kata sandi akun saya ⟦password|Jakarta#2022⟧, jangan disebar."],
  ["id", "plain", "password wifi rumah: ⟦password|RumahKita88!⟧"],
  ["id", "plain", "Alamat: ⟦street_address|Jl. Melati No. 17, RT 03/RW 05, Kel. Cempaka Putih, Jakarta Pusat 10510⟧"],
  ["id", "plain", "Tanggal lahir: ⟦date_of_birth|12-03-1988⟧, Siti Rahayu."],
  ["id", "plain", "Nomor HP saya ⟦phone|0812-3456-7890⟧, hubungi lewat WA."],
  ["id", "plain", "Nomor rekening BCA ⟦bank_account|1234567890⟧ atas nama Dewi Lestari."],
  // --- Swedish ---------------------------------------------------------------------------------------
  ["sv", "plain", "Mitt personnummer är ⟦national_id|850709-2388⟧, kan du fylla i blanketten?"],
  ["sv", "plain", "Personnr: ⟦national_id|19910214-4574⟧, Karin Lindqvist."],
  ["sv", "plain", "Kolla om ⟦national_id|780930-1265⟧ är ett giltigt nummer."],
  ["sv", "plain", "Lösenordet till routern är ⟦password|Sommar2023!⟧"],
  ["sv", "plain", "Adress: ⟦street_address|Storgatan 14, 411 38 Göteborg⟧"],
  ["sv", "plain", "Födelsedatum: ⟦date_of_birth|1985-07-09⟧"],
  ["sv", "plain", "Ring mig på ⟦phone|070-123 45 67⟧ efter lunch."],
  // --- Spanish ---------------------------------------------------------------------------------------
  ["es", "plain", "Mi DNI es ⟦national_id|48291736Q⟧, ¿me ayudas con la solicitud?"],
  ["es", "plain", "NIE: ⟦national_id|Y-4827361-C⟧ (permiso de residencia)."],
  ["es", "plain", "La contraseña del banco es ⟦password|Sevilla_1984!⟧"],
  ["es", "plain", "Domicilio: ⟦street_address|Calle de Alcalá 123, 4º B, 28009 Madrid⟧"],
  ["es", "plain", "Fecha de nacimiento: ⟦date_of_birth|3 de mayo de 1979⟧, Laura Gómez."],
  ["es", "plain", "Mi móvil es ⟦phone|612 34 56 78⟧, escríbeme por WhatsApp."],
  ["es", "csv", "nombre,dni,telefono\nPedro Martín,⟦national_id|70563128W⟧,⟦phone|+34 655 123 987⟧"],
  // --- Korean ----------------------------------------------------------------------------------------
  ["ko", "plain", "제 주민등록번호는 ⟦national_id|880715-1234560⟧ 입니다."],
  ["ko", "plain", "주민번호 ⟦national_id|950302-2345671⟧ 로 본인인증 해줘"],
  ["ko", "plain", "비밀번호는 ⟦password|Seoul2024!!⟧ 이에요"],
  ["ko", "plain", "집 주소: ⟦street_address|서울특별시 마포구 월드컵북로 396, 101동 1203호⟧"],
  ["ko", "plain", "생년월일: ⟦date_of_birth|1988년 7월 15일⟧, 김민지"],
  ["ko", "plain", "제 휴대폰 번호는 ⟦phone|010-4829-1736⟧ 입니다."],
  ["ko", "plain", "여권번호 ⟦passport|M48291736⟧ 확인 부탁드립니다."],
  // --- Chinese ---------------------------------------------------------------------------------------
  ["zh", "plain", "我的身份证号是⟦national_id|11010519880715123X⟧，帮我查一下。"],
  ["zh", "plain", "身份证：⟦national_id|440306199203045610⟧ 姓名：陈静"],
  ["zh", "plain", "收货地址：⟦street_address|广东省深圳市南山区科技园路18号3栋1201室⟧"],
  ["zh", "plain", "王磊，⟦date_of_birth|1990年3月4日⟧出生，籍贯湖南。"],
  ["zh", "plain", "出生日期：⟦date_of_birth|1992年3月4日⟧"],
  ["zh", "plain", "我的邮箱密码是⟦password|wang123456!⟧，帮我想个更安全的。"],
  ["zh", "plain", "护照号码：⟦passport|E48291736⟧"],
  ["zh", "plain", "手机号：⟦phone|138 1234 5678⟧"],
  // --- Japanese --------------------------------------------------------------------------------------
  ["ja", "plain", "私のマイナンバーは⟦national_id|4820 1736 4523⟧です。"],
  ["ja", "plain", "住所：⟦street_address|東京都世田谷区三軒茶屋2丁目14番3号⟧"],
  ["ja", "plain", "生年月日：⟦date_of_birth|1985年7月9日⟧"],
  ["ja", "plain", "パスワードは⟦password|Tokyo2024#pw⟧です。"],
  ["ja", "plain", "携帯番号：⟦phone|090-1234-5678⟧"],
  // --- Hindi and Hinglish ----------------------------------------------------------------------------
  ["hi", "plain", "मेरा आधार नंबर ⟦national_id|4862 7193 0553⟧ है।"],
  ["hi", "plain", "पैन कार्ड: ⟦national_id|ABCPK1234F⟧"],
  ["hi", "plain", "मेरा पासवर्ड ⟦password|Ram@1990⟧ है, इसे बदलना है।"],
  ["hinglish", "plain", "mera aadhaar ⟦national_id|7315 0482 9615⟧ hai aur PAN ⟦national_id|BNZPM2501F⟧"],
  ["hinglish", "plain", "bhai ka number ⟦phone|98765-43210⟧ hai, usko call karo"],
  ["hinglish", "plain", "address: ⟦street_address|Flat 204, Shanti Apartments, MG Road, Andheri East, Mumbai 400069⟧"],
  // --- Arabic ----------------------------------------------------------------------------------------
  ["ar", "plain", "رقم الهوية الوطنية: ⟦national_id|1048291734⟧"],
  ["ar", "plain", "كلمة المرور الخاصة بي هي ⟦password|Riyadh@2023⟧"],
  ["ar", "plain", "تاريخ الميلاد: ⟦date_of_birth|1990/05/12⟧"],
  ["ar", "plain", "رقم جوالي ⟦phone|0551234567⟧"],
  // --- French and other European languages -----------------------------------------------------------
  ["fr", "plain", "Mon mot de passe c'est ⟦password|Lyon2024!⟧, tu peux le garder ?"],
  ["fr", "plain", "mot de passe : ⟦password|chatNoir_77⟧"],
  ["fi", "plain", "Henkilötunnukseni on ⟦national_id|250386-421A⟧."],
  ["fi", "hard-negative", "Esimerkki henkilötunnuksesta: 131052-308T (Väestörekisterikeskuksen ohje)."],
  ["sv", "hard-negative", "Testpersonnummer för utveckling: 19121212-1212 (Tolvan Tolvansson)."],
  ["es", "hard-negative", "Ejemplo de formato: DNI 12345678Z."],
  ["no", "plain", "Fødselsnummer: ⟦national_id|15078641387⟧"],
  ["ro", "plain", "CNP-ul meu este ⟦national_id|1850715410039⟧."],
  ["cs", "plain", "Rodné číslo: ⟦national_id|885715/1237⟧"],
  ["pt", "plain", "O meu NIF é ⟦national_id|234567899⟧, preciso da fatura."],
  ["nl", "plain", "Rijksregisternummer: ⟦national_id|85.07.30-033.28⟧"],
  ["et", "plain", "Isikukood: ⟦national_id|38503120221⟧"],
  ["pl", "plain", "Hasło do konta to ⟦password|Warszawa!2020⟧"],
  // --- hard negatives --------------------------------------------------------------------------------
  ["tr", "hard-negative", "Sipariş numaranız 38471029511 olarak kaydedildi, kargo yarın çıkacak."],
  ["tr", "hard-negative", "T.C. Kimlik numarası 11 haneden oluşur; son iki hane kontrol basamağıdır. Nasıl hesaplanır?"],
  ["tr", "hard-negative", "Şifre en az 8 karakter olmalı ve bir büyük harf içermelidir."],
  ["tr", "hard-negative", "Mağazamız Bağdat Caddesi üzerinde, hafta içi 09:00-18:00 açıktır. Müşteri hizmetleri: 444 0 123"],
  ["tr", "hard-negative", "Atatürk 1881 yılında Selanik'te doğdu."],
  ["uk", "hard-negative", "Номер замовлення 3151803718, доставка через 3 дні."],
  ["uk", "hard-negative", "Як змінити пароль у Windows 11? Пароль має бути довгим."],
  ["uk", "hard-negative", "Офіс компанії: м. Київ, вул. Хрещатик, 22 — приймальня працює з 9 до 18."],
  ["uk", "hard-negative", "Тарас Шевченко народився 9 березня 1814 року."],
  ["uk", "hard-negative", "ЄДРПОУ підприємства 14360570, ТОВ «Приклад»."],
  ["vi", "hard-negative", "Mã sản phẩm: 079188012346, giá 250.000 đồng."],
  ["vi", "hard-negative", "Mật khẩu phải có ít nhất 8 ký tự, gồm chữ hoa và số."],
  ["vi", "hard-negative", "Cửa hàng ở số 12 đường Nguyễn Huệ, mở cửa từ 8 giờ sáng. Tổng đài: 1900 6868."],
  ["vi", "hard-negative", "Ngày 2/9/1945 là ngày Quốc khánh Việt Nam."],
  ["vi", "hard-negative", "Căn cước công dân gắn chip có 12 chữ số; 3 số đầu là mã tỉnh."],
  ["id", "hard-negative", "Kantor pusat kami di Jl. Jenderal Sudirman Kav. 52-53, Jakarta. Call center 1500 888."],
  ["id", "hard-negative", "Nomor pesanan 3174055203880004 sedang diproses."],
  ["id", "hard-negative", "Kata sandi harus terdiri dari minimal 8 karakter."],
  ["id", "hard-negative", "Soekarno lahir pada 6 Juni 1901 di Surabaya."],
  ["id", "hard-negative", "NPWP perusahaan: 01.234.567.8-901.000, PT Contoh Jaya Tbk."],
  ["id", "hard-negative", "Harga paket internet 100 GB Rp 150.000 per bulan, kode promo HEMAT2024."],
  ["sv", "hard-negative", "Org.nr 556703-7485, Exempelbolaget AB, Storgatan 1, Stockholm."],
  ["sv", "hard-negative", "Bankgiro 5050-1055 för inbetalning av medlemsavgiften."],
  ["sv", "hard-negative", "Ett personnummer har tio siffror och en kontrollsiffra enligt Luhn-algoritmen."],
  ["sv", "hard-negative", "Ring kundtjänst på 0771-123 123 vardagar 8-17."],
  ["sv", "hard-negative", "Lösenordet måste vara minst 12 tecken långt."],
  ["sv", "hard-negative", "Astrid Lindgren föddes den 14 november 1907 i Vimmerby."],
  ["es", "hard-negative", "La Ley Orgánica 3/2018, de 5 de diciembre, regula la protección de datos."],
  ["es", "hard-negative", "Nuestra tienda está en la Calle Mayor 15, Madrid. Atención al cliente: 900 123 456."],
  ["es", "hard-negative", "Referencia del producto: 48291736R, talla M."],
  ["es", "hard-negative", "¿Cómo se calcula la letra del DNI a partir del número?"],
  ["es", "hard-negative", "Gabriel García Márquez nació el 6 de marzo de 1927 en Aracataca."],
  ["es", "hard-negative", "La contraseña debe tener al menos ocho caracteres."],
  ["ko", "hard-negative", "사업자등록번호 120-81-47521, 주식회사 예시."],
  ["ko", "hard-negative", "법인등록번호 110111-1234567 인 회사의 공시 자료를 요약해줘."],
  ["ko", "hard-negative", "본사: 서울특별시 강남구 테헤란로 152, 고객센터 1588-1234"],
  ["ko", "hard-negative", "비밀번호는 8자 이상이어야 합니다."],
  ["ko", "hard-negative", "세종대왕은 1397년 5월 15일에 태어났다."],
  ["ko", "hard-negative", "주문번호 20240315-0001234 배송 조회 부탁드려요."],
  ["zh", "hard-negative", "身份证号码由18位数字组成，最后一位是校验码。"],
  ["zh", "hard-negative", "订单号 202403151234567890 已发货。"],
  ["zh", "hard-negative", "公司地址：北京市海淀区中关村大街27号，欢迎来访。"],
  ["zh", "hard-negative", "密码长度至少8位。"],
  ["ja", "hard-negative", "本社所在地：東京都千代田区丸の内1丁目1番1号（受付は平日のみ）"],
  ["ja", "hard-negative", "パスワードを忘れた場合はリセットしてください。"],
  ["hi", "hard-negative", "आधार नंबर 12 अंकों का होता है।"],
  ["ar", "hard-negative", "كلمة المرور يجب أن تحتوي على ثمانية أحرف على الأقل."],
  ["fr", "hard-negative", "Le mot de passe doit contenir au moins 12 caractères."],
  ["en", "hard-negative", "Version 3151803717 of the build failed; see ticket 2916015849."],
  ["en", "hard-negative", "The CSV has 38471029510 rows? No — that is the byte count: 38,471,029,510."],
  // --- batch B: written after the rules above, scored first as found (see docs/privacy.md) -----------
  ["tr", "yaml", "musteri:\n  ad_soyad: Emre Demir\n  tc_kimlik_no: ⟦national_id|26184039766⟧\n  dogum_tarihi: ⟦date_of_birth|1993-06-21⟧"],
  ["tr", "adversarial", "Kimlik no: ⟦national_id|４５８０２１７６３６２⟧ (tam genişlikte yazdım)"],
  ["tr", "adversarial", "TC: ⟦national_id|261 840 397 66⟧"],
  ["tr", "log", "2024-03-15 10:22:01 INFO basvuru alindi tckn=⟦national_id|45802176362⟧ durum=ok"],
  ["tr", "plain", "Arkadaşım Zeynep'in adresi ⟦street_address|Atatürk Mah. Gül Sok. No: 5/3, Çankaya/Ankara⟧, hediyeyi oraya gönder."],
  ["tr", "plain", "Banka uygulamasının parolası ⟦password|Gizli_Parola42⟧ idi, değiştirdim mi bilmiyorum."],
  ["tr", "plain", "Beni ⟦phone|0555 123 45 67⟧ numarasından arayabilirsin."],
  ["uk", "json", '{"прізвище": "Мельник", "рнокпп": "⟦national_id|2557225196⟧", "дата_народження": "⟦date_of_birth|05.01.1970⟧"}'],
  ["uk", "plain", "Ідентифікаційний код моєї доньки ⟦national_id|3707100421⟧, потрібен для школи."],
  ["uk", "plain", "Надішліть посилку на адресу: ⟦street_address|м. Одеса, просп. Шевченка, буд. 8, кв. 41⟧."],
  ["uk", "plain", "Логін admin, пароль ⟦password|Zaporizhzhia1!⟧"],
  ["uk", "plain", "Номер мобільного: ⟦phone|+380 93 123 45 67⟧"],
  ["vi", "csv", "ho_ten,cccd,sdt\nLê Văn Tám,⟦national_id|036085001234⟧,⟦phone|0903 123 456⟧"],
  ["vi", "plain", "Em gái tôi sinh ngày ⟦date_of_birth|20/11/2001⟧, số định danh cá nhân ⟦national_id|001301012345⟧."],
  ["vi", "plain", "Giao hàng tới ⟦street_address|số 8 ngõ 120 phố Trần Duy Hưng, phường Trung Hòa, quận Cầu Giấy, Hà Nội⟧ giúp mình."],
  ["vi", "plain", "Tài khoản: lan.nguyen, mật khẩu: ⟦password|MatKhau!2024⟧"],
  ["vi", "adversarial", "CCCD: ⟦national_id|079 188 012 345⟧"],
  ["id", "json", '{"nama": "Rina Wijaya", "nik": "⟦national_id|3578014405920003⟧", "no_hp": "⟦phone|081234567890⟧"}'],
  ["id", "plain", "Tolong kirim paket ke ⟦street_address|Jalan Kenanga No. 9, RT 002/RW 004, Kelurahan Sukajadi, Bandung 40162⟧."],
  ["id", "plain", "Tgl. lahir ⟦date_of_birth|05/04/1992⟧, tempat lahir Surabaya."],
  ["id", "plain", "username: rina92 / password: ⟦password|Rina@Bandung92⟧"],
  ["id", "adversarial", "NIK ⟦national_id|3578 0144 0592 0003⟧"],
  ["sv", "csv", "namn,personnummer,telefon\nErik Johansson,⟦national_id|670123-4525⟧,⟦phone|073-456 78 90⟧"],
  ["sv", "plain", "Min dotter har personnummer ⟦national_id|20030512-8902⟧, behöver det till skolan."],
  ["sv", "plain", "Skicka paketet till ⟦street_address|Vasagatan 22, 111 20 Stockholm⟧, jag bor där."],
  ["sv", "plain", "Lösenord: ⟦password|Hemligt#2024⟧"],
  ["sv", "adversarial", "pnr ⟦national_id|6701234525⟧"],
  ["es", "json", '{"nombre": "Lucía Fernández", "nie": "⟦national_id|X7364821Z⟧", "fecha_nacimiento": "⟦date_of_birth|1991-09-14⟧"}'],
  ["es", "plain", "Envíalo a mi casa: ⟦street_address|Avenida de la Constitución 45, 2º A, 41001 Sevilla⟧."],
  ["es", "plain", "El DNI de mi padre es ⟦national_id|32817465-F⟧ y su móvil ⟦phone|699 123 456⟧."],
  ["es", "plain", "Mi clave del wifi es ⟦password|Casa_Verde2023⟧"],
  ["ko", "json", '{"이름": "박서준", "주민등록번호": "⟦national_id|770101-1567890⟧", "연락처": "⟦phone|010-2345-6789⟧"}'],
  ["ko", "plain", "딸 주민번호는 ⟦national_id|020814-3456786⟧ 이에요. 학교 서류에 필요해요."],
  ["ko", "plain", "우리 집 주소는 ⟦street_address|부산광역시 해운대구 센텀중앙로 79, 1502호⟧ 입니다."],
  ["ko", "plain", "와이파이 비밀번호: ⟦password|happy2024!home⟧"],
  ["zh", "json", '{"姓名": "刘洋", "身份证号": "⟦national_id|310115197902284028⟧", "电话": "⟦phone|13912345678⟧"}'],
  ["zh", "plain", "我家住在⟦street_address|上海市浦东新区张杨路500号10楼1002室⟧。"],
  ["zh", "plain", "银行卡密码：⟦password|882716⟧，千万别告诉别人。"],
  ["ja", "plain", "母の生年月日は⟦date_of_birth|1958年4月2日⟧です。"],
  ["ja", "plain", "自宅住所は⟦street_address|大阪府大阪市北区梅田3丁目1番1号⟧です。"],
  ["hi", "plain", "मेरा मोबाइल नंबर ⟦phone|98765 43210⟧ है।"],
  ["hinglish", "plain", "mera aadhar card number ⟦national_id|5296 3810 4779⟧ hai, verify kar do"],
  ["hinglish", "plain", "mere account ka password ⟦password|Delhi@2024⟧ hai"],
  ["ar", "plain", "رقم الإقامة ⟦national_id|2047182932⟧ الخاص بزوجي."],
  ["fi", "plain", "Tyttäreni henkilötunnus on ⟦national_id|010594Y9076⟧."],
  ["no", "plain", "Mitt fødselsnummer er ⟦national_id|31129956391⟧."],
  ["da", "plain", "Mit CPR-nummer er ⟦national_id|120583-4417⟧."],
  ["ro", "plain", "CNP: ⟦national_id|2950304400125⟧, Ioana Popescu."],
  ["fr", "plain", "Voici mes identifiants : login marie.dupont, mot de passe ⟦password|Soleil#2023⟧"],
  // batch B hard negatives
  ["ko", "hard-negative", "서버 포트는 8080이고 버전 2.3.1로 업데이트했습니다."],
  ["ko", "hard-negative", "2024년 3월 15일 오후 2시에 회의가 있습니다."],
  ["ko", "hard-negative", "주민등록번호 뒷자리 첫 숫자는 성별을 나타냅니다. 예시는 보여주지 마세요."],
  ["ko", "hard-negative", "상품코드 8801234567890 의 재고를 확인해 주세요."],
  ["ko", "hard-negative", "비밀번호 변경 주기는 90일입니다."],
  ["es", "hard-negative", "El CIF de la empresa es B12345674 y la factura nº 2024/00123."],
  ["es", "hard-negative", "Real Decreto 1720/2007, de 21 de diciembre: reglamento de desarrollo."],
  ["es", "hard-negative", "El código postal 28013 corresponde al centro de Madrid."],
  ["es", "hard-negative", "Mi cumpleaños es en mayo, ¿qué regalo me recomiendas?"],
  ["es", "hard-negative", "Reserva confirmada: localizador 7XK2PQ, vuelo IB3166 el 12/06/2024."],
  ["id", "hard-negative", "Nomor Induk Berusaha (NIB) 9120001234567 milik PT Sinar Jaya."],
  ["id", "hard-negative", "Kode pos 10110 untuk wilayah Gambir, Jakarta Pusat."],
  ["id", "hard-negative", "Rapat diadakan tanggal 17-08-2024 jam 08.00-17.00 WIB."],
  ["id", "hard-negative", "Harga laptop Rp 12.500.000, garansi 2 tahun, nomor seri SN2024X8812."],
  ["id", "hard-negative", "Cara membuat password yang kuat: gunakan huruf, angka dan simbol."],
  ["sv", "hard-negative", "Momsregistreringsnummer SE556703748501 står på fakturan."],
  ["sv", "hard-negative", "Fakturanummer 20240315, OCR 4820193847, förfallodag 2024-04-15."],
  ["sv", "hard-negative", "Version 3.2.1 släpptes 2024-03-15 med nya lösenordsregler."],
  ["sv", "hard-negative", "Mötet är klockan 14.30 på Drottninggatan, ta med datorn."],
  ["tr", "hard-negative", "Vergi numarası 1234567890 olan şirketin faturası ekte."],
  ["tr", "hard-negative", "Toplantı 15.03.2024 saat 14:00'te, Zoom ID 812 3456 7890."],
  ["uk", "hard-negative", "Код КВЕД 62.01, ЄДРПОУ 40075815, юридична адреса компанії в Києві."],
  ["vi", "hard-negative", "Mã số thuế doanh nghiệp 0312345678, hotline 1800 1234."],
  ["vi", "hard-negative", "Sinh viên cần nộp hồ sơ trước ngày 30/06/2024."],
  ["zh", "hard-negative", "本产品型号为 XG-2024-0815，保修期两年。"],
  ["ja", "hard-negative", "注文番号：1234-5678-9012 の配送状況を教えてください。"],
  ["en", "hard-negative", "Use the regex ^[1-9][0-9]{10}$ to validate a Turkish ID field in the form."],
  // --- batch C: a named person's health in Ukrainian, Turkish, Vietnamese, Indonesian and Swedish -------
  ["uk", "plain", "Моя колега Олена Коваль хворіє на ⟦health|цукровий діабет⟧, як їй допомогти?"],
  ["uk", "plain", "Пані Ірина Бондар проходить ⟦health|хіміотерапію⟧ після операції."],
  ["tr", "plain", "Meslektaşım Ayşe Yılmaz'a ⟦health|meme kanseri⟧ teşhisi kondu."],
  ["tr", "plain", "Arkadaşım Mehmet Kaya ⟦health|diyabet⟧ hastası, ona yemek önerir misin?"],
  ["vi", "plain", "Đồng nghiệp của tôi, anh Nguyễn Văn Nam, bị ⟦health|ung thư phổi⟧."],
  ["vi", "plain", "Chị Trần Thị Lan bị ⟦health|tiểu đường⟧ type 2, nên ăn gì?"],
  ["id", "plain", "Teman saya Budi Santoso menderita ⟦health|diabetes⟧ sejak tahun lalu."],
  ["id", "plain", "Ibu Siti Rahayu didiagnosis ⟦health|kanker payudara⟧ bulan lalu."],
  ["sv", "plain", "Min kollega Anna Svensson har fått ⟦health|bröstcancer⟧, vad kan jag säga till henne?"],
  ["sv", "plain", "Patienten Erik Johansson behandlas för ⟦health|depression⟧."],
  ["uk", "hard-negative", "Які симптоми цукрового діабету другого типу?"],
  ["tr", "hard-negative", "Diyabet hastaları hangi meyveleri yiyebilir?"],
  ["vi", "hard-negative", "Bệnh tiểu đường có những triệu chứng gì và điều trị thế nào?"],
  ["id", "hard-negative", "Ibu hamil sebaiknya menghindari makanan apa saja?"],
  ["id", "hard-negative", "Gejala awal kanker payudara yang perlu diwaspadai."],
  ["sv", "hard-negative", "Hur vanligt är diabetes i Sverige jämfört med Norge?"],
  ["sv", "hard-negative", "Astrid Lindgrens romanfigur Pippi har aldrig varit sjuk i cancer."],
  ["tr", "hard-negative", "Cumhurbaşkanı dün hastaneyi ziyaret etti; kanser tedavisinde yeni dönem başlıyor."],
];

const MARK = /⟦([a-z_]+)\|([^⟧]*)⟧/g;

function build(): string {
  return ENTRIES.map(([lang, kind, source], index) => {
    const spans: Array<{ start: number; end: number; category: string }> = [];
    let prompt = "";
    let last = 0;
    for (const match of source.matchAll(MARK)) {
      prompt += source.slice(last, match.index);
      spans.push({ start: prompt.length, end: prompt.length + match[2]!.length, category: match[1]! });
      prompt += match[2]!;
      last = match.index! + match[0].length;
    }
    prompt += source.slice(last);
    const id = `dev3-${String(index + 1).padStart(3, "0")}`;
    return JSON.stringify({ id, prompt, sensitive: spans.length > 0, spans, lang, kind });
  }).join("\n");
}

const out = join(dirname(fileURLToPath(import.meta.url)), "dataset-dev-3.jsonl");
writeFileSync(out, build() + "\n");
process.stdout.write(`wrote ${ENTRIES.length} prompts to ${out}\n`);
