import { describe, expect, it } from "vitest";
import { found } from "../privacy-helpers.js";

/**
 * Review of session 46's new rules: header tables and label lines (structured/header-tables.ts), values in encodings
 * and escapes (escapes.ts, encoded-values.ts), everyday words of ten weaker languages, look-alike documents
 * (judgement/script-public-people.ts, public-context.ts example lines) and the faster shared passes. Ordinary texts of
 * the same shapes stay quiet; what an attacker or an ordinary user writes around them is found; the gaps left are the
 * `it.fails` probes at the end.
 */
const has = (text: string, category: string) => found(text).some((value) => value.startsWith(`${category}:`));

describe("session 46 rules: ordinary texts of the same shapes", () => {
  it("leaves product, office, animal and release tables, label lines over non-personal values, hex, base32, dumps, words of ten languages, public figures and examples alone", () => {
    for (const text of [
      `["sku","name","dob","price"]\n["A-100","Widget","2021-03-04","9.99"]\n["A-101","Gadget","2022-05-06","19.99"]`,
      `{"columns":["Product ID","Phone model","Release date"],"rows":[["P-4411","Galaxy S21","2021-01-29"],["P-4412","Pixel 6","2021-10-28"]]}`,
      `<table><tr><th>Model</th><th>Phone</th><th>Launch</th></tr><tr><td>iPhone 12</td><td>A2403</td><td>2020-10-23</td></tr></table>`,
      `+-----------+------------+\n| Store     | Phone      |\n+-----------+------------+\n| Downtown  | 0800 123 456 |\n+-----------+------------+`,
      `Item        SKU          Released\nKettle      4006381333   2019-04-01\nToaster     4006381334   2020-02-11`,
      `Server      IP           Build date\nweb-01      build-7731   2023-11-02\nweb-02      build-7732   2023-11-03`,
      `Breed       DOB          Chip ID\nBeagle      2019-05-12   276098106512345\nPoodle      2020-01-30   276098106598765`,
      `| Release | Date | Build ID |\n|---|---|---|\n| v2.3.1 | 2024-02-14 | 8f3a2c1d |\n| v2.3.2 | 2024-03-01 | 9b4e7d20 |`,
      `| Planet | Diameter (km) | Discovered |\n|---|---|---|\n| Uranus | 50724 | 1781-03-13 |\n| Neptune | 49244 | 1846-09-23 |`,
      `DATE OF BIRTH\n(leave blank if unknown)`,
      `PHONE\n0800 555 0199 is our free support line, Mon–Fri 9–5.`,
      `ACCOUNT NUMBER\n12 characters, letters and digits, found on your invoice.`,
      `Order number\n2024-118832`,
      `Build number\n20240314.3`,
      `Invoice date\n14/03/2024`,
      `Date of birth\nFormat: DD/MM/YYYY`,
      `PESEL\n11 cyfr, np. pole wypełniane automatycznie`,
      `Serial number\nSN 4412 8890 1234`,
      `Version\n1.42.0-rc.3 (2024-05-02)`,
      `Release date:\n2024-06-01`,
      `Tracking number:\n1Z999AA10123456784`,
      `カルテ番号\n（受付でお渡しします）`,
      `病历号\n请在挂号处领取`,
      `Part number\n0402-10K-1%`,
      `Firmware date\n2023-09-17`,
      `Model year\n2019`,
      `Room\n4.12`,
      `Flight\nLH 454 2024-07-01`,
      `Table 3. Patients by age group\nAge      Count   Share\n0-17     1204    12%\n18-64    6033    61%`,
      `Build 7f3e9a1c2b4d5e6f8a9b0c1d2e3f4a5b6c7d8e9f passed on CI.`,
      `sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`,
      `Colours: #ff6600 #0033cc #33cc33 #ffffff #000000 #cccccc #999999 #666666`,
      `const palette = [0xff6600, 0x0033cc, 0x33cc33, 0xffffff, 0x000000, 0xcccccc, 0x999999, 0x666666];`,
      `uint8_t lut[] = {0x00, 0x11, 0x22, 0x33, 0x44, 0x55, 0x66, 0x77, 0x88, 0x99, 0xaa, 0xbb};`,
      `const crc_table = {0x00000000, 0x77073096, 0xee0e612c, 0x990951ba, 0x076dc419, 0x706af48f, 0xe963a535, 0x9e6495a3};`,
      `00000000: 7f45 4c46 0201 0100 0000 0000 0000 0000  .ELF............\n00000010: 0300 3e00 0100 0000 1005 0000 0000 0000  ..>.............`,
      `00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|\n00000010  00 00 01 00 00 00 01 00  08 06 00 00 00 5c 72 a8  |.............\\r.|`,
      `00000000: 4865 6c6c 6f2c 2057 6f72 6c64 210a       Hello, World!.`,
      `Firmware dump:\n0000: de ad be ef ca fe ba be 00 11 22 33 44 55 66 77\n0010: 88 99 aa bb cc dd ee ff 01 02 03 04 05 06 07 08`,
      `MAC 00:1A:2B:3C:4D:5E on eth0, 00:1a:2b:3c:4d:5f on eth1`,
      `uuid 123e4567-e89b-12d3-a456-426614174000`,
      `commit 3f2a1b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a Merge branch 'main'`,
      `IPFS: bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi`,
      `The test vector from RFC 4648: BASE32("foobar") = "MZXW6YTBOI======".`,
      `Group code: ABCD EFGH IJKL MNOP (seating blocks for the conference)`,
      `Word list: LOVE MAKE GOOD TIME FOUR FIVE SIX2 TWO3 NINE`,
      `Licence key format: XXXX XXXX XXXX XXXX (see your receipt).`,
      `Flight codes: LH23 BA45 AF67 KL22 UA34 for the week`,
      `Postcodes: SW1A 1AA, EC1A 1BB, W1A 0AX, M1 1AE`,
      `Part numbers: 74HC 595N 2N22 22A7 BC54 7BTA`,
      `The device ID is shown as "a3f2 9c1d 7e4b 0f65" in the settings menu; it identifies the hardware model.`,
      `bytes([0x48, 0x54, 0x54, 0x50, 0x2f, 0x31, 0x2e, 0x31, 0x20, 0x32, 0x30, 0x30])`,
      `byte[] header = {(byte)0xCA, (byte)0xFE, (byte)0xBA, (byte)0xBE, (byte)0x00, (byte)0x00, (byte)0x00, (byte)0x34};`,
      `auth=dGVzdDp0ZXN0 is what the tutorial uses; replace it with your own.`,
      `&auth=bm9uZQ%3D%3D&lang=en`,
      `curl "https://example.org/search?q=caf%C3%A9%20cr%C3%A8me&lang=fr"`,
      `https://de.wikipedia.org/wiki/Lungenentz%C3%BCndung`,
      `Escape table: \\x41 = A, \\x42 = B, \\x40 = @, \\x2e = .`,
      `printf("\\x48\\x65\\x6c\\x6c\\x6f\\x20\\x57\\x6f\\x72\\x6c\\x64")`,
      `The Wireshark trace shows 0000  45 00 00 3c 1c 46 40 00 40 06 b1 e6 c0 a8 00 68  E..<.F@.@......h`,
      `AES S-box row: 63 7c 77 7b f2 6b 6f c5 30 01 67 2b fe d7 ab 76`,
      `echo 68656c6c6f20776f726c64 | xxd -r -p`,
      `GPS: 4a 6f 68 6e 20 53 74 2e is the street name field in the NMEA dump (test fixture)`,
      `Colour table (RGB): 255 102 0 | 0 51 204 | 51 204 51`,
      `Máma říkala, že v sobotu bude pršet, tak vezmi deštník.`,
      `Můj šéf má dnes narozeniny, koupíme dort?`,
      `A férjem, Gábor ma főz vacsorát, gyere át hétkor!`,
      `Szabó Tibor nyerte a sakkversenyt a kerületben.`,
      `Soțul meu Radu a reparat bicicleta ieri.`,
      `Mama mea, Maria, face cea mai bună ciorbă de burtă.`,
      `Η μαμά μου φτιάχνει μουσακά την Κυριακή.`,
      `Ο άντρας μου δουλεύει στην Αθήνα, έρχεται αύριο.`,
      `আমার বাবা হাবিবুর রহমান আজ ঢাকা থেকে ফিরবেন।`,
      `আমার মা আজ বিরিয়ানি রান্না করেছেন।`,
      `Моя мама пече найкращий борщ у світі.`,
      `Ткаченко Максим виграв олімпіаду з математики.`,
      `Mój brat ma nową pracę w Krakowie, zaczyna od poniedziałku.`,
      `Moja babcia mieszka na os. Tysiąclecia, odwiedzam ją w niedzielę.`,
      `Мой брат купил новую машину, красную.`,
      `Бронхиальная астма — хроническое заболевание дыхательных путей, сообщает ВОЗ.`,
      `Annem bugün kek yaptı, akşam gel.`,
      `Ritim bozukluğu olan hastalar için yeni bir kılavuz yayımlandı, Sağlık Bakanlığı açıkladı.`,
      `우리 엄마가 김치찌개를 끓여 주셨어.`,
      `동생이 오늘 시험을 봤어, 잘 봤대.`,
      `Bere bere, kamaráde, dáme si pivo?`,
      `Petr má rád zánět... ne, myslel jsem zánět jako metaforu pro hádku v týmu.`,
      `Influenza A vírus: a szezonban 120 ezer megbetegedés volt, közölte az NNGYK.`,
      `Sintrom is a brand name of acenocoumarol, an anticoagulant.`,
      `číslo na pizzerii je 777 123 456, objednej dvě margherity`,
      `numer do pizzerii: 12 345 67 89`,
      `Το κινητό μου χάλασε, το πήγα για επισκευή.`,
      `Telefonszám: 1 234 5678 (ügyfélszolgálat, hétköznap 8–16)`,
      `Στείλε μου τη διεύθυνση του μαγαζιού, Ερμού 25, 105 63 Αθήνα.`,
      `Kancelář sídlí na adrese Vinohradská 12, 120 00 Praha 2, pobočka otevřena denně.`,
      `Az iroda címe: 1134 Budapest, Váci út 47/B (ügyfélszolgálat).`,
      `Bahçelievler Mah. 7. Cadde No: 34/8 adresindeki mağazamız açıldı.`,
      `Invoice NID 19851234567890123 (tracking code for the parcel)`,
      `Order number 19901234567890123 — জাতীয় পরিচয় যাচাই সেবা চালু হয়েছে`,
      `大谷翔平（1994年7月5日生まれ）は右肘の手術を受けた。`,
      `손흥민(1992년 7월 8일생)은 득점왕에 올랐다.`,
      `姚明（1980年9月12日出生）是中国篮球运动员。`,
      `김연아는 2010년 밴쿠버 올림픽에서 금메달을 땄다.`,
      `鲁迅（1881年9月25日－1936年10月19日）是中国作家。`,
      `Exemple : +33 1 23 45 67 89`,
      `Beispiel einer Telefonnummer im internationalen Format: +49 30 12345678`,
      `[예시] 010-1234-5678`,
      `記入例：東京都千代田区千代田1-1`,
      `libphonenumber example numbers: +44 7400 123456, +1 201-555-0123`,
      `Example form: Name: John Doe, DOB: 01/01/1970, Phone: 555-0100`,
      `SELECT * FROM patients WHERE dob < '2000-01-01';`,
      `Max Mustermann, geb. 01.01.1970, Musterstraße 1, 12345 Musterstadt (Musterausweis)`,
      `Sample CV (Lebenslauf): Erika Mustermann, geboren am 12.08.1964 in Berlin`,
      `The kit ships with the firmware at 0x08000000, bootloader at 0x1FFF0000 and option bytes at 0x1FFFC000.`,
      `Colour | Hex | RGB\nOrange | #FF6600 | 255,102,0\nBlue | #0033CC | 0,51,204`,
      `Name,Phone,Opening hours\nCity Library,020 7946 0000,9-17\nTown Hall,020 7946 0001,8-16`,
      `Vehicle,VIN,Year\nFord Focus,1FADP3F20EL123456,2014\nVW Golf,WVWZZZ1KZAW123456,2010`,
      `Species,Date of birth,Name\nGiraffe,2018-04-12,Kiko\nElephant,2015-11-02,Tembo`,
    ])
      expect(found(text), text).toEqual([]);
  });
});

describe("session 46 rules: what users and attackers write", () => {
  it("finds headers, label lines, grouped base32, byte lists, dumps, escapes, examples hiding a real value, namesakes and the ten languages", () => {
    for (const [text, category] of [
      [`{"columns":["Name","Birthdate","SSN"],"rows":[["John Miller","1979-02-11","512-44-9081"]]}`, "us_ssn"],
      [`<table><tr><th>Patient</th><th>D.O.B</th></tr><tr><td>Maria Lopez</td><td>1982-07-19</td></tr></table>`, "date_of_birth"],
      [
        `+--------------+------------+\n| Name         | Birth date |\n+--------------+------------+\n| Tom Becker   | 1990-05-04 |\n+--------------+------------+`,
        "date_of_birth",
      ],
      [`Name           Phone            DOB\nSarah Connor   +1 415 555 0143  1965-08-29\nKyle Reese     +1 415 555 0178  1959-03-02`, "date_of_birth"],
      [`Name           Mobile\nSarah Connor   07911 123456\nKyle Reese     07922 654321`, "phone"],
      [`DATE OF BIRTH\n: 14/03/1987`, "date_of_birth"],
      [`Patient: Jan Nowak\nPESEL\n:  85071412341`, "national_id"],
      [`Date of birth\n\n14/03/1987`, "date_of_birth"],
      [`Mother's name: Eva Kral\nDate of Birth -\n12.04.1961`, "date_of_birth"],
      [`Name: Li Wei\n病历号\nMR-2024-88123`, "medical_record"],
      [`Passport No.\nX1234567 (Jane Roe)`, "passport"],
      [`SSN\n512-44-9081 (John Miller, new hire)`, "us_ssn"],
      [`IBAN\nDE44 5001 0517 5407 3249 31 (Anna Schmidt)`, "iban"],
      [`totp secret for my bank: k5ww c4tb mj2h i6lq`, "password"],
      [`2FA key: k5ww-c4tb-mj2h-i6lq-a3qx`, "password"],
      // An ungrouped setup key is found as a generic secret (api_key), not as the 2FA password dev-49 labels.
      [`here is the secret: K5WWC4TBMJ2HI6LQ (google authenticator, my account)`, "api_key"],
      [`email in base32: mfxg 4yjo nnxx oylm onvw cqdh nvqw s3bo mnxw 2=== for anna`, "email"],
      [`my wifi password in base32: LJYT OILN KJ2D E4CM PA4Q`, "password"],
      [`email = bytes([0x61,0x6e,0x6e,0x61,0x2e,0x6b,0x6f,0x77,0x40,0x67,0x6d,0x61,0x69,0x6c,0x2e,0x63,0x6f,0x6d])`, "email"],
      [`0000: 61 6e 6e 61 2e 6b 6f 77 40 67 6d 61 69 6c 2e 63  anna.kow@gmail.c\n0010: 6f 6d 0a                                         om.`, "email"],
      [`printf '%s' "\\x61\\x6e\\x6e\\x61\\x40\\x77\\x70\\x2e\\x70\\x6c"`, "email"],
      [`Authorization: basic YW5uYTpodW50ZXIyMDI0IQ==`, "password"],
      [`creds=YW5uYTpodW50ZXIyMDI0IQ== in the cron job`, "password"],
      [`AUTH = "YW5uYTpodW50ZXIyMDI0IQ=="`, "password"],
      [`token: NjE2ZTZlNjEyZTZiNmY3NzQwNjc2ZDYxNjk2YzJlNjM2ZjZk`, "email"],
      [`6d:61-72 74 69 6e 2e 6b:6f-77 40 77 70 2e 70 6c`, "email"],
      [`Example: my real number is +44 7911 204617, call me after 6`, "phone"],
      [`Beispiel: meine Nummer ist 0171 2345678, ruf mich an`, "phone"],
      [`e.g. my sister Olga Brandt, born 14/03/1987 — is that enough for the form?`, "date_of_birth"],
      [`[예시] 제 전화번호는 010-9876-5432 입니다, 연락 주세요`, "phone"],
      [`Exemple de formulaire rempli pour ma fille : Nom : Chloé Martin, née le 03/05/2012`, "date_of_birth"],
      [`Test: my SSN is 219-09-9999? no wait, real one is 512-44-9081`, "us_ssn"],
      [`我的同事姚明（1990年5月3日出生）最近确诊了糖尿病。`, "health"],
      [`내 친구 김연아가 우울증 진단을 받았대, 비밀로 해줘.`, "health"],
      [`My neighbour Michael Jordan (born 12/04/1971) was just diagnosed with lung cancer, he lives at 14 Elm Street.`, "health"],
      [`Můj tchán Josef má zápal plic, leží v nemocnici.`, "health"],
      [`A férjem, Gábor cukorbetegségben szenved, inzulint szed.`, "health"],
      [`Soțul meu Radu are fibrilație atrială și ia Sintrom.`, "health"],
      [`Η μαμά μου η Μαρίνα έχει κολπική μαρμαρυγή και παίρνει βαρφαρίνη.`, "health"],
      [`Моя сестра Ольга, 12.03.1985 р.н., хворіє на гіпотиреоз.`, "health"],
      [`Mój brat Paweł ma nowotwór jelita grubego, jest po operacji.`, "health"],
      [`Annem Ayşe Yılmaz'ın kalp ritim bozukluğu var, aritmi ilacı kullanıyor.`, "health"],
      [`আমার বাবা হাবিবুর রহমানের জাতীয় পরিচয়পত্র নম্বর 19851234567890123`, "national_id"],
      [`NID: 19851234567890123 (my father's card, he needs a new SIM)`, "national_id"],
      [`우리 엄마 이순자 씨가 당뇨 진단을 받았어요.`, "health"],
      [`Мой отец Иван Петров лечится от пиелонефрита.`, "health"],
      [`Numărul mamei mele Maria: 0722 123 456`, "phone"],
    ] as Array<[string, string]>)
      expect(has(text, category), text).toBe(true);
  });
});

describe("session 46 rules: review fixes", () => {
  it("reads a breed or species column in a space-aligned or CSV header as an animal table (its dates of birth are animals')", () => {
    for (const text of [
      "Breed       DOB          Chip ID\nBeagle      2019-05-12   276098106512345\nPoodle      2020-01-30   276098106598765",
      "Species,Date of birth,Name\nGiraffe,2018-04-12,Kiko\nElephant,2015-11-02,Tembo",
    ])
      expect(found(text), text).toEqual([]);
    // Twins: a race (ethnicity) column of patients and a plain people table keep their birth dates.
    expect(has("Name,DOB,Race\nMaria Lopez,1982-07-19,Hispanic", "date_of_birth")).toBe(true);
    expect(has("Name        DOB          City\nTom Becker  1990-05-04   Leeds", "date_of_birth")).toBe(true);
  });

  it("reads 'číslo na pizzerii' and 'numer do pizzerii' as a business's number; 'číslo na mámu', 'numer do mamy' stay found", () => {
    expect(found("číslo na pizzerii je 777 123 456, objednej dvě margherity")).toEqual([]);
    expect(found("numer do pizzerii: 512 345 678")).toEqual([]);
    expect(has("číslo na mámu je 777 123 456", "phone")).toBe(true);
    expect(has("numer do mamy: 512 345 678", "phone")).toBe(true);
  });

  it("finds an authenticator key in lower-case groups of four after a secret cue; hex groups and words stay quiet", () => {
    expect(has("totp secret for my bank: k5ww c4tb mj2h i6lq", "password")).toBe(true);
    expect(has("recovery key: k5ww-c4tb-mj2h-i6lq", "password")).toBe(true);
    expect(found("backup id: a3f2 9c1d 7e4b 0f65")).toEqual([]);
    expect(found("my totp secret: abcd efgh ijkl mnop")).toEqual([]);
  });

  it("reads a famous Latin name after 'my neighbour', 'mon voisin' … as the writer's acquaintance; the star alone stays public", () => {
    expect(has("My neighbour Michael Jordan was just diagnosed with lung cancer.", "health")).toBe(true);
    expect(has("Michael Jordan was diagnosed with lung cancer, ESPN reports.", "health")).toBe(false);
    expect(has("My hero Michael Jordan was diagnosed with lung cancer, ESPN reports.", "health")).toBe(false);
    expect(has("Mein Kollege Thomas Müller hat Krebs.", "health")).toBe(true);
    expect(has("Thomas Müller hat Krebs, meldet der FC Bayern.", "health")).toBe(false);
  });
});

describe("session 46 rules: gaps closed in session 48", () => {
  it("reads a phone under an office column of a box-drawn table as the office's", () => {
    expect(found("┌────────┬────────────┐\n│ Office │ Telephone  │\n├────────┼────────────┤\n│ Berlin │ 030 901820 │\n└────────┴────────────┘")).toEqual([]);
    expect(found("| Office | Telephone |\n|---|---|\n| Berlin | 030 901820 |")).toEqual([]);
    // Hard negative: a person column makes the rows people's.
    expect(
      found(
        "┌───────────┬────────┬──────────────┐\n│ Name      │ Office │ Telephone    │\n├───────────┼────────┼──────────────┤\n│ Anna Berg │ Berlin │ 0151 2345678 │\n└───────────┴────────┴──────────────┘",
      ),
    ).toEqual(["phone:0151 2345678"]);
  });

  it("reads a Russian street address named as a city hall's building as no home", () => {
    expect(found("Красный проспект, д. 82 — здание мэрии Новосибирска.")).toEqual([]);
    // Hard negative: the writer's brother lives there.
    expect(has("Красный проспект, д. 82, кв. 5 — здесь живёт мой брат.", "street_address")).toBe(true);
  });

  it("reads a Romanian shop's landline ('al magazinului') as the shop's", () => {
    expect(found("Numărul de telefon al magazinului este 021 123 4567.")).toEqual([]);
    // Hard negatives: a relative's and a named person's number.
    expect(has("Numărul de telefon al mamei mele este 0721 123 456.", "phone")).toBe(true);
    expect(has("Numărul de telefon al lui Andrei Popescu este 0721 123 456.", "phone")).toBe(true);
  });

  it("reads a date column under a misspelt header ('date of brith') as birth dates", () => {
    expect(has('["naem","date of brith","phone"]\n["Anna Wrona","1987-03-14","+48 601 834 567"]', "date_of_birth")).toBe(true);
    expect(has('["naem","date of bitrh","phone"]\n["Anna Wrona","1987-03-14","+48 601 834 567"]', "date_of_birth")).toBe(true);
    // Hard negative: a column of another date.
    expect(has('["naem","date of event","phone"]\n["Anna Wrona","1987-03-14","+48 601 834 567"]', "date_of_birth")).toBe(false);
  });

  it("reads a password written as a C byte list after a 'pw' variable", () => {
    expect(has("char pw[] = {0x68, 0x75, 0x6e, 0x74, 0x65, 0x72, 0x32, 0x30, 0x32, 0x34, 0x21};  // my db password", "password")).toBe(true);
    expect(found('char password[] = "hunter2024!";')).toEqual(["password:hunter2024!"]);
    // Hard negatives: the same bytes in a lookup table, and a password array of control bytes.
    expect(found("static const uint8_t lut[] = {0x68, 0x75, 0x6e, 0x74, 0x65, 0x72, 0x32, 0x30, 0x32, 0x34, 0x21};")).toEqual([]);
    expect(found("char pw[] = {0x00, 0x01, 0x02};")).toEqual([]);
  });

  it("reads an address whose dots are escaped as %2E ('anna%2Ekowalska%40gmail%2Ecom')", () => {
    expect(has("?email=anna%2Ekowalska%40gmail%2Ecom&x=1", "email")).toBe(true);
    // Hard negative: escaped dots with no escaped "@" stay as written.
    expect(found("?q=release%2Enotes%2Dv2&page=1")).toEqual([]);
  });

  it("reads a form body's diagnosis whose patient is named in a later field", () => {
    expect(has("?diag=Lungenentz%C3%BCndung&patient=Klaus%20Weber", "health")).toBe(true);
    // Hard negatives: a diagnostics switch, with a name or without.
    expect(found("?diag=enabled&name=Klaus%20Weber")).toEqual([]);
    expect(found("?diag=verbose&patient_id=&x=1")).toEqual([]);
  });

  it("reads a condition after a name and a birth-date parenthesis in Japanese (a namesake of a star, or anyone)", () => {
    expect(has("うちの息子の大谷翔平（2012年4月1日生まれ）が喘息で入院しました。", "health")).toBe(true);
    // Hard negative: the star himself, with his birth date.
    expect(found("大谷翔平（1994年7月5日生まれ）が右肘の手術を受けた。")).toEqual([]);
  });

  it("knows appendix surgery (맹장 수술) as a condition of a named relative", () => {
    expect(has("우리 동생 손흥민(1998년 3월 2일생)이 어제 맹장 수술을 받았어요.", "health")).toBe(true);
    // Hard negative: the footballer himself, in a club's news.
    expect(found("손흥민(1992년 7월 8일생)이 어제 맹장 수술을 받았다고 구단이 밝혔다.")).toEqual([]);
  });
});
