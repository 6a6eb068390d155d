/**
 * Field names, column headers and record keys that say what a value is. Keys are compared after
 * lower-casing and removing everything but letters and digits (`passport_no`, `Passport No.` and
 * `passportNo` are all `passportno`); for dotted paths only the last part counts.
 * `person` marks a field that names a person (evidence for the record, never a span by itself);
 * `health` a field whose value is a condition, diagnosis or medication.
 */
import type { BuiltinPrivacyCategory } from "../types.js";
import { exportColumnStem } from "./export-columns.js";

/**
 * Regex literals of this file's functions, made once: a literal is a new RegExp object (~74 bytes)
 * each time it is evaluated. None is global or sticky where it is tested or executed, so none keeps
 * state between calls (`replace`, `match`, `split` and `search` reset or leave `lastIndex` as it was).
 */
const COMPUTE_NORMALIZED_FIELD_NAME_PATTERN_1 = /\.\s*$/;
const COMPUTE_NORMALIZED_FIELD_NAME_PATTERN_2 = /[^a-z0-9]/g;

/** `undecoded` (encoded content left unread) names no field. */
export type FieldKind = Exclude<BuiltinPrivacyCategory, "undecoded"> | "person";

const FIELDS: Record<FieldKind, string> = {
  passport:
    "passport passportno passportnumber passportnum passportid passnummer reisepass reisepassnummer passeport numeropasseport pasaporte numeropasaporte passaporto travel document traveldocument traveldocumentnumber paspor nopaspor nomorpaspor paspoort paspoortnummer paszport numerpaszportu pasaport pasaportno passaporte numeropassaporte hochieu sohochieu pasipoti zagranpasport zagranpassport npass numpass nrpass passnr numpassaporte numpasseport nrpaszportu npassaporto numeropassaporto nrpassaporto reisepassnr npasaporte numpasaporte paspoortnr nrpaspoort ppt pptno pptnum ppno passno nummerdesreisedokuments reisedokumentnummer numberoftraveldocument traveldocumentno numerodudocumentdevoyage numerodeldocumentodeviaje numerodeldocumentodiviaggio numerododocumentodeviagem numerdokumentupodrozy arithmosdiavatiriou",
  national_id:
    "personidentifier cccd socccd cmnd socmnd nationalid nationalidnumber nationalidentifier idnumber idno idcard idcardnumber identitycard identitynumber personalid personalnumber citizenid residentid residentidnumber sin nin nino ninumber nationalinsurance nationalinsurancenumber taxid tin taxidentificationnumber steuerid steueridnr steuernummer aadhaar aadhar aadhaarno aadhaarnumber uid pan panno pannumber pancard nric dni nie nif numerofiscal cpf curp rrn residentregistrationnumber mynumber kojinbango personnummer bsn burgerservicenummer codicefiscale nir insee numerosecu emiratesid iqama civilid rodnecislo tajszam taj adoazonositojel adoazonosito nik noktp nokp mykad nokadpengenalan kadpengenalan sssno sss philsys philsysnumber nambayakitambulisho kitambulisho krapin nida nidanumber pesel nip numsecu nsecu nss numss nuss naf numseguridadsocial numeroseguridadsocial niss nsns numsns nutente numutente numeroutente svnummer svnr sozialversicherungsnummer rentenversicherungsnummer rvnr codfisc codfiscale idnr inn snils voterid sfz sfzh sfzhm",
  us_ssn: "ssn socialsecurity socialsecuritynumber socsec ssnlast4",
  medical_record:
    "mrn medicalrecord medicalrecordnumber medicalrecordno patientid patientno patientnumber chartnumber chartno ehrid emrid nhsnumber nhsno healthcardnumber healthcard healthinsurancenumber insuranceid memberid subscriberid policynumber krankenversichertennummer versichertennummer kvnr fallnummer casenumber hospitalnumber hospitalno urn urno urnumber uhid ipp patid patnr patientennummer patientnummer patientnr patientnumer nhc historiaclinica expediente numeroexpediente prontuario numeroprontuario cartellaclinica nosologico ziekenhuisnummer journalnummer ncartella numcartella nrcartella numerocartella ncartellaclinica nrhistoriichoroby numerhistoriichoroby historiachoroby nrhistorii nrkartoteki nprocessoclinico processoclinico numeroprocessoclinico ndossiermedical numerodossiermedical dossiermedical nhistoria numhistoria historiaclinicanumero fallnr fallid patientennr patnummer cartella idpaziente codicepaziente numeropaziente nrkarty numerkarty kartapacjenta nrpacjenta idpacjenta numdossier nodossier ndossier dossierpatient numerodossier clientnr clientnummer clientnumber",
  date_of_birth:
    "ngaysinh janmtithi janamtithi dob dateofbirth birthdate birthday bday born geburtsdatum geburtstag datenaissance fechanacimiento fechadenacimiento datadinascita geboortedatum datadenascimento datanascita datanascimento datanasc dtnascita dtnascimento fechanac fechadenac datenaiss datedenaissance gebdatum gebdat geburtsdat geboortedat fodelsedatum fodselsdato dataurodzenia dogumtarihi datarozhdeniya datumnarozeni narozen szuletesiido szuletesidatum szuletesidatuma datanasterii tanggallahir tgllahir tarikhlahir petsangkapanganakan kapanganakan tareheyakuzaliwa fnacimiento fnac nasc dataur naissance nascimento geb neele",
  phone:
    "sodienthoai sdt phone phonenumber phoneno tel telephone telefon telefonnummer telefono mobile mobilephone mobilenumber mobil handy cell cellphone msisdn fax whatsapp contactnumber homephone workphone telefonszam nohp nomorhp notelefon simu numarudetelefon telefone telemovel celular movil",
  email: "email emailaddress mail eaddress",
  street_address:
    "diachi iachi address streetaddress homeaddress street addressline addressline1 addressline2 addr line1 line2 residence postaladdress mailingaddress anschrift adresse direccion domicilio indirizzo bydliste adresa trvalebydliste lakcim domiciliu alamat tirahan anwani makazi",
  bank_account:
    "conto numeroconto nrconto account accountnumber accountno acct acctno acctnumber bankaccount bankaccountnumber routing routingnumber routingno aba sortcode bsb kontonummer konto numerodecompte numerocuenta cuenta clabe cislouctu ucet szamlaszam bankszamlaszam norekening rekening nomorrekening bankacct bankacctno bankaccountno bank conta contacorrente numeroconta numerodaconta nrb numerkonta numerrachunku rachunek hesapno hesapnumarasi nrkonta",
  iban: "iban",
  driver_license:
    "driverslicense driverslicence driverlicense driverlicence drivinglicense drivinglicence licensenumber licencenumber licenseno licenceno licno licnum license licence dlnumber dlno dln driverslicensenumber driverlicensenumber drivinglicencenumber fuhrerschein fuehrerschein fuhrerscheinnummer fuehrerscheinnummer permisdeconduire numeropermis numpermis licenciadeconducir carnedeconducir permisodeconducir patentedigiuda patente cartadeconducao cnh rijbewijs rijbewijsnummer prawojazdy nrpj nrprawajazdy fsnr menkyo menkyono menkyoshobango jszh",
  financial:
    "salary salaries annualsalary basesalary grosssalary netsalary income annualincome monthlyincome grossincome netpay grosspay wage wages hourlyrate bonus compensation totalcompensation pay payrate debt debts totaldebt outstandingdebt loan loanamount loanbalance mortgage mortgagebalance balance accountbalance currentbalance creditscore ficoscore fico creditrating networth arrears overdue pension gehalt jahresgehalt einkommen lohn schulden kredit salaire revenu dette salario sueldo ingresos deuda stipendio reddito debito pensione salaris inkomen schuld wynagrodzenie pensja dochod zadluzenie bruttogehalt nettogehalt monatsgehalt bruttolohn nettolohn monatslohn jahreseinkommen kreditlimit creditlimit gross grosspay netamount salariobruto salarioneto sueldobruto sueldoneto salairebrut salairenet solde saldo maas lon manadslon lonn gaji gajipokok mzda hrubamzda cistamzda fizetes berezes salariu mshahara net deductions deduction netto brutto takehome overtime basepay basicpay canone arretrati affitto mietschulden mietruckstand loyersimpayes ral retribuzione retribuzionelorda retribuzioneannualorda retribuzionemensile vencimento vencimentobase vencimentoliquido salariobase maandsalaris brutomaandsalaris nettomaandsalaris brutosalaris nettosalaris jaarsalaris brutojaarsalaris schufa schufascore bonitaet bonitat kredite offenekredite fido ratearretrate rateinsolute saldoattuale saldoactual saldodisponible kontostand salairebrutannuel remuneration remuneracion stipendiolordo stipendionetto wynagrodzenienetto",
  biometric:
    "bdb biometricdatablock fingerprinttemplate fingerprinthash fingerprintdata faceembedding facevector faceencoding facetemplate facialtemplate faceprint facialgeometry iriscode iristemplate irishash irisscan retinascan voiceprint voicetemplate voiceembedding speakerembedding biometric biometrics biometrictemplate biometrichash biometricdata biometricid palmprint palmvein veinpattern gaitsignature dnaprofile dnasequence genotype strprofile geneticmarkers geneticdata minutiae voiceprintid veinpatternid palmveinid palmveinhash huellavocal huelladactilar empreintevocale empreintedigitale minuties stimmabdruck fingerabdruck fingerabdrucktemplate gesichtsmerkmale fingertemplate fingerprinttemplateid gabaritempreinte templateimpronta templatedigital szablonodcisku vingerafdruktemplate venenmuster vecteurfacial templatevolto odciskglosowy codeiris iriscoderight iriscodeleft iriscodelinks iriscoderechts plantillahuella idplantillahuella",
  payment_card: "card cardnumber cardno ccnumber creditcard creditcardnumber debitcard cardpan primaryaccountnumber",
  password:
    "password passwd pwd pass passphrase passcode presharedkey psk wpapsk unicodepwd pin kennwort passwort motdepasse contrasena senha wachtwoord heslo jelszo parola katasandi nenosiri otp otpcode onetimecode onetimepassword onetimepasscode totp totpcode smscode verificationcode mfacode twofactorcode",
  api_key:
    "apikey xapikey apitoken accesstoken authtoken xauthtoken secretkey clientsecret privatetoken sessiontoken refreshtoken bearertoken cleapi clefapi claveapi clavedeapi chiaveapi chaveapi chavedeapi apischlussel apischluessel",
  health:
    "diagnosis diagnoses diag dx condition conditions diagnosiscode icd icd10 icd10code medication medications meds prescription prescriptions allergies allergy allergie allergien alergia alergias allergia allergieen chiefcomplaint complaint disease illness problemlist hivstatus mentalhealth diagnose diagnostic diagnostico assessment impression pmh pastmedicalhistory medicalhistory findings labresult labresults testresult testresults pathology presentingcomplaint befund anamnese diagnosi rozpoznanie diagnostico pathologie patologia sickleavereason sicknessreason absencereason reasonforabsence illnessreason krankheitsgrund medicalcondition medicalconditions healthcondition healthconditions chroniccondition chronicconditions healthissue healthissues medicalissue medicalissues medicalnotes clinicalnotes healthnotes medicalinfo healthinfo medicalinformation healthinformation disability disabilities chronicillness illnesses vorerkrankungen hauptdiagnose nebendiagnose krankheit erkrankung krankheitsbild maladie pathologie enfermedad malattia ziekte aandoening choroba sjukdom diagnos medikation medikamente eingriff eingriffe intervento interventi intervencion intervenciones procedimento procedimentos ingreep ingrepen zabieg zabiegi traitement tratamiento terapia antecedentes antecedents medicacao medicacion medicatie leki lakemedel diagnoza diagnozis betegseg gyogyszer diagnosa obat gamot dawa ugonjwa farmaco farmaci medicamento medicamentos medicament medicaments medicijn medicijnen lekarstwa dauermedikation",
  person:
    "cliente klant klient klientka hoten naam name fullname kind kinder schuler schulerin teilnehmer teilnehmerin child childname student studentname pupil eleve alumno alumna patient patientname firstname lastname surname givenname given family familyname employee employeename customer customername member membername client clientname contact contactname insured subscriber holder accountholder cardholder vorname nachname nom prenom nombre apellido apellidos cognome nome pt resident residentname residente paciente patientin paziente pacjent pacjentka patiente mitarbeiter mitarbeiterin angestellter angestellte kunde kundin bewohner bewohnerin medewerker werknemer empleado empleada dipendente salarie employe pracownik pracownica anstalld jmenoaprijmeni jmeno prijmeni nev nume numesiprenume nama namalengkap namapasien pangalan pasyente jina mgonjwa beteg pacient pacientka angajat karyawan pegawai inquilino inquilina tenant tenantname locataire mieter mieterin huurder najemca nazwisko imie imieinazwisko aluno versicherungsnehmer versicherter versicherte versichertenname policyholder policyholdername asegurado asegurada tomador assicurato assicurata contraente segurado tomadordoseguro ubezpieczony ubezpieczona verzekerde assure assuree guest guestname huesped ospite gast gosc hospede passenger passengername pasajero passeggero reisender reisende viajero applicant applicantname borrower borrowername debtor debtorname",
  ip_address: "",
  jwt: "",
  private_key: "",
  connection_string: "",
};

const LOOKUP = new Map<string, FieldKind>();
for (const [kind, names] of Object.entries(FIELDS) as Array<[FieldKind, string]>) for (const name of names.split(/\s+/)) if (name) LOOKUP.set(name, kind);

const NORMALIZED_CACHE = new Map<string, string>();

/** `Passport No.` → `passportno`; `patient.birthDate` → `birthdate` (cached: the same keys recur in every record). */
export function normalizeFieldName(name: string): string {
  let normalized = NORMALIZED_CACHE.get(name);
  if (normalized === undefined) {
    normalized = computeNormalizedFieldName(name);
    if (NORMALIZED_CACHE.size > 4096) NORMALIZED_CACHE.clear();
    NORMALIZED_CACHE.set(name, normalized);
  }
  return normalized;
}

function computeNormalizedFieldName(name: string): string {
  const last = name.includes(".") && !COMPUTE_NORMALIZED_FIELD_NAME_PATTERN_1.test(name) ? name.slice(name.lastIndexOf(".") + 1) : name;
  // Accents go first (`Diagnóstico` → `diagnostico`, `Prénom` → `prenom`): dropping them kept only `diagnstico`.
  return last.normalize("NFD").toLowerCase().replace(COMPUTE_NORMALIZED_FIELD_NAME_PATTERN_2, "");
}

const KIND_CACHE = new Map<string, FieldKind | null>();

/** The kind of value a field holds, or undefined for fields that say nothing (id, value, note ...). */
export function fieldKind(name: string): FieldKind | undefined {
  const cached = KIND_CACHE.get(name);
  if (cached !== undefined) return cached ?? undefined;
  const kind = computeFieldKind(name);
  if (KIND_CACHE.size > 4096) KIND_CACHE.clear();
  KIND_CACHE.set(name, kind ?? null);
  return kind;
}

/**
 * Column headers and keys in Chinese (simplified and traditional), Japanese, Korean, Arabic, Persian, Urdu, Hindi, Hebrew, Greek,
 * Bengali, Tamil, Thai, Russian and Ukrainian (compared as written, trimmed; `|`-separated; `_` joins words in
 * JSON keys). Latin-script Vietnamese and Hinglish keys are in FIELDS (they normalise to ASCII).
 */
const SCRIPT_FIELDS: Partial<Record<FieldKind, string>> = {
  person:
    "学生|児童|入居者|租客|姓名|名字|员工|患者|客户|病人|申请人|借款人|持卡人|户名|社員名|従業員|従業員名|利用者|收件人|租客姓名|氏名|名前|社員|患者名|이름|성명|직원|환자|고객|الاسم|المريض|الموظف|الاسم الكامل|नाम|मरीज़|कर्मचारी|نام|نام و نام خانوادگی|নাম|பெயர்|ชื่อ|ชื่อ-นามสกุล|ФИО|Ф.И.О.|ПІБ|Пациент|Пацієнт|Пацієнтка|שם|שם מלא|שם פרטי|שם משפחה|מטופל|מטופלת|עובד|עובדת|Όνομα|Ονοματεπώνυμο|Επώνυμο|Ασθενής|Ασθενής|المريضة|الاسم بالكامل|بیمار|مریض|مریضہ|রোগী|রোগীর নাম",
  financial:
    "工资|薪资|薪水|月薪|年薪|收入|贷款|欠款|债务|余额|存款|月供|給与|給料|年収|月収|月給|賞与|支給額|手取り|借入|借金|残高|월급|연봉|급여|소득|대출|부채|잔액|الراتب|الدخل|القرض|الديون|الدين|المديونية|वेतन|सैलरी|आय|कर्ज़|ऋण|حقوق|تنخواہ|বেতন|சம்பளம்|เงินเดือน|Зарплата|Оклад|משכורת|שכר|Μισθός|Αποδοχές|المرتب|الراتب الشهري|حقوق ماهانه|ماہانہ تنخواہ|মাসিক বেতন",
  health:
    "过敏|持病|アレルギー|処置|手術|服薬|诊断|疾病|用药|病名|診断|処方|診斷|處方|진단|진단명|병명|처방|التشخيص|المرض|الدواء|निदान|बीमारी|दवा|تشخیص|بیماری|রোগ|রোগনির্ণয়|நோய்|நோயறிதல்|การวินิจฉัย|โรค|Диагноз|Діагноз|אבחנה|אבחון|טיפול תרופתי|תרופות|Διάγνωση|Φάρμακα|Πάθηση|دارو|داروها|بیماری|دوا|ادویات|مرض|রোগ নির্ণয়|ওষুধ",
  national_id:
    '身份证号|身份证号码|身份证|证件号|证件号码|在留カード番号|在留カード|वोटर आईडी|वोटर_आईडी|मतदाता पहचान पत्र|身分證字號|身分證號碼|身分證|香港身份證|香港身份證號碼|个人番号|個人番号|マイナンバー|주민등록번호|주민번호|رقم الهوية|الرقم القومي|رقم الهوية الوطنية|आधार|आधार संख्या|کد ملی|کد_ملی|شناختی کارڈ نمبر|شناختی کارڈ|এনআইডি|জাতীয় পরিচয়পত্র নম্বর|আধার|ஆதார்|ஆதார் எண்|เลขบัตรประชาชน|เลขประจำตัวประชาชน|ИНН|СНИЛС|РНОКПП|ІПН|תעודת זהות|מספר תעודת זהות|מספר זהות|ת.ז.|ת.ז|ת"ז|ת״ז|ΑΜΚΑ|Α.Μ.Κ.Α.|ΑΔΤ|Αριθμός ταυτότητας|رقم الهوية الإماراتية|رقم الإقامة|الرقم_القومي|رقم_الهوية|شماره ملی|قومی شناختی کارڈ نمبر|এনআইডি নম্বর',
  phone:
    "电话|手机|手机号|联系电话|電話|電話番号|携帯|聯絡電話|手機|전화|전화번호|휴대폰|연락처|수신번호|발신번호|수신자번호|휴대폰번호|핸드폰번호|휴대전화번호|الهاتف|الجوال|رقم الهاتف|फ़ोन|मोबाइल|موبایل|تلفن همراه|موبائل|মোবাইল|கைபேசி|தொலைபேசி|เบอร์โทร|โทรศัพท์|Телефон|טלפון|טלפון נייד|נייד|טל׳|Τηλέφωνο|Κινητό|Κιν.|Τηλ.|الموبايل|التلفون|تلفون|رقم الجوال|تلفن|شماره تلفن|شماره موبایل|فون نمبر|موبائل نمبر|ফোন|ফোন নম্বর",
  street_address:
    "地址|住址|现住址|住所|주소|العنوان|पता|آدرس|نشانی|پتہ|ঠিকানা|முகவரி|ที่อยู่|Адрес|Адреса|כתובת|כתובת מגורים|Διεύθυνση|Δ/νση|Διεύθυνση κατοικίας|عنوان السكن|العنوان بالتفصيل|محل سکونت|نشانی منزل|ایڈریس|گھر کا پتہ|বর্তমান ঠিকানা|স্থায়ী ঠিকানা",
  bank_account:
    "银行账号|账号|卡号|帳號|口座番号|계좌번호|계좌|رقم الحساب|खाता संख्या|شماره حساب|اکاؤنٹ نمبر|অ্যাকাউন্ট নম্বর|கணக்கு எண்|เลขที่บัญชี|מספר חשבון|חשבון בנק|Αριθμός λογαριασμού|رقم الحساب البنكي|شماره کارت|بینک اکاؤنٹ|ব্যাংক অ্যাকাউন্ট",
  date_of_birth:
    "出生日期|生日|生年月日|생년월일|تاريخ الميلاد|जन्म तिथि|تاریخ تولد|تاریخ_تولد|تاریخ پیدائش|জন্ম তারিখ|பிறந்த தேதி|วันเกิด|Дата рождения|Дата народження|תאריך לידה|Ημερομηνία γέννησης|Ημ. γέννησης|تاريخ الولادة|تاريخ_الميلاد|تاریخ ولادت|জন্মতারিখ|জন্ম তারিখ",
  medical_record: "病历号|病历号码|住院号|门诊号|病案号|就诊卡号|病歴番号|カルテ番号|患者ID|患者番号|診察券番号|환자번호|병록번호",
  biometric:
    "지문|지문템플릿|정맥패턴|홍채코드|얼굴특징|指纹|指纹模板|人脸特征值|人脸特征|声纹|虹膜码|指紋|顔特徴量|静脈パターン|静脈テンプレートID|静脈テンプレート|指紋テンプレートID|指紋テンプレート|顔テンプレートID",
  passport:
    "护照号码|护照号|護照號碼|旅券番号|여권번호|رقم جواز السفر|पासपोर्ट नंबर|شماره گذرنامه|Паспорт|Загранпаспорт|Αριθμός διαβατηρίου|Αριθμός Διαβατηρίου|αριθμός διαβατηρίου|Αρ. διαβατηρίου|Διαβατήριο|पासपोर्ट संख्या|หมายเลขหนังสือเดินทาง|Номер паспорта|номер паспорта",
  driver_license: "驾驶证号|驾驶证号码|驾照号|運転免許証番号|免許証番号|운전면허번호|ड्राइविंग लाइसेंस|डीएल नंबर|Водительское удостоверение|ВУ",
};
const SCRIPT_LOOKUP = new Map<string, FieldKind>();
// NFKC like the scanned text (Bengali য় and Devanagari nukta letters are stored decomposed there).
for (const [kind, names] of Object.entries(SCRIPT_FIELDS) as Array<[FieldKind, string]>)
  for (const name of names.split("|")) SCRIPT_LOOKUP.set(name.normalize("NFKC"), kind);

function computeFieldKind(name: string): FieldKind | undefined {
  const key = normalizeFieldName(name);
  // A JSON key joins its words with "_" (`"الرقم_القومي"`, `"تاریخ_تولد"`): looked up as written, then with spaces.
  if (key.length === 0) return name.length <= 28 ? (SCRIPT_LOOKUP.get(name.trim()) ?? SCRIPT_LOOKUP.get(name.trim().replaceAll("_", " "))) : undefined;
  if (key.length > 40) return undefined;
  const direct = LOOKUP.get(key);
  if (direct) return direct;
  // Postal codes (an Indian "pincode", a "zipcode") are no PIN and no code of another kind.
  if (POSTAL_CODE_KEYS.has(key)) return undefined;
  // Prefixed and suffixed forms: patient_dob, home_phone_number, customerEmail, emergency_contact_phone.
  for (const suffix of ["number", "no", "num", "nr", "id", "value", "code"]) {
    if (key.endsWith(suffix) && key.length > suffix.length + 2) {
      const stem = LOOKUP.get(key.slice(0, -suffix.length));
      if (stem && stem !== "person") return stem;
    }
  }
  for (const [stem, kind] of SUFFIX_KINDS) if (key.endsWith(stem) && key.length > stem.length) return kind;
  const prefixed = ownerPrefixedKind(key);
  if (prefixed) return prefixed;
  const misspelt = transposedKind(key);
  if (misspelt) return misspelt;
  // A money field with its period before or after it: gross_monthly, net_annual, monthly_gross, sueldo_mensual (session 38).
  for (const period of PAY_PERIODS) {
    if (key.endsWith(period) && LOOKUP.get(key.slice(0, -period.length)) === "financial") return "financial";
    if (key.startsWith(period) && LOOKUP.get(key.slice(period.length)) === "financial") return "financial";
  }
  // A contact or order export's column (`Shipping Address1`, `Phone (Billing)`, `Phone 1 - Value`, `Mailing Street`;
  // session 49, dev-81): read again without the export's decoration.
  const stem = exportColumnStem(key);
  return stem === undefined ? undefined : computeFieldKind(stem);
}

/**
 * Session 51 (dev-89): a machine key with its owner or a number word before the name (`pt_dx`, `cust_dob`, `usr_pwd`,
 * `num_dni`, `nr_ssn`) and a birth-date key with "date" after it (`dobDate`): the kind of the name alone. Never a person
 * column; the name after the prefix must be a known field name of two letters or more.
 */
const OWNER_PREFIXES = ["patient", "customer", "client", "member", "employee", "user", "cust", "usr", "pt", "emp", "num", "nr"];

function ownerPrefixedKind(key: string): FieldKind | undefined {
  for (const prefix of OWNER_PREFIXES) {
    if (!key.startsWith(prefix) || key.length < prefix.length + 2) continue;
    const kind = LOOKUP.get(key.slice(prefix.length));
    if (kind !== undefined && kind !== "person") return kind;
  }
  if (key.endsWith("date") && LOOKUP.get(key.slice(0, -4)) === "date_of_birth") return "date_of_birth";
  return undefined;
}

/**
 * A long field name typed with two neighbouring letters swapped (`date of brith` for `dateofbirth`; session
 * 48): the kind of the name it reads as once they are swapped back, for names of nine letters or more (a shorter swap
 * makes another word too easily) and never a person column. At most 40 look-ups per distinct key (cached).
 */
const DIGIT_IN_KEY = /\d/;

function transposedKind(key: string): FieldKind | undefined {
  // A header typed by hand has no digit: a generated key ("field17", "col_2024") is no misspelling.
  if (key.length < 9 || DIGIT_IN_KEY.test(key)) return undefined;
  for (let index = 0; index + 1 < key.length; index++) {
    if (key[index] === key[index + 1]) continue;
    const swapped = key.slice(0, index) + key[index + 1] + key[index] + key.slice(index + 2);
    const kind = LOOKUP.get(swapped);
    if (kind !== undefined && kind !== "person") return kind;
  }
  return undefined;
}

const PAY_PERIODS = ["monthly", "annual", "yearly", "weekly", "hourly", "mensual", "mensuel", "mensile", "monatlich", "anual", "annuel", "annuale", "jahres"];

const POSTAL_CODE_KEYS: ReadonlySet<string> = new Set(["pincode", "zipcode", "postcode", "postalcode"]);

/** Endings that keep their meaning after any prefix (billing_address, patient_dob, work_phone ...). */
const SUFFIX_KINDS: Array<[string, FieldKind]> = [
  ["passportnumber", "passport"],
  ["passportno", "passport"],
  ["dateofbirth", "date_of_birth"],
  ["birthdate", "date_of_birth"],
  ["dob", "date_of_birth"],
  ["phonenumber", "phone"],
  ["phone", "phone"],
  ["mobile", "phone"],
  ["email", "email"],
  ["address", "street_address"],
  ["accountnumber", "bank_account"],
  ["iban", "iban"],
  ["ssn", "us_ssn"],
  ["mrn", "medical_record"],
  ["password", "password"],
  ["passwd", "password"],
  ["salary", "financial"],
  ["income", "financial"],
  ["creditscore", "financial"],
  ["licensenumber", "driver_license"],
  ["licencenumber", "driver_license"],
  ["diagnosis", "health"],
  ["diagnoses", "health"],
  ["diagnose", "health"],
  ["diagnostico", "health"],
  ["fullname", "person"],
  ["firstname", "person"],
  ["lastname", "person"],
  ["surname", "person"],
];
