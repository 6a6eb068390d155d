/** dev-24 entries in Spanish, French, German, Portuguese, Russian and Italian (see README.md). */
import type { MarkedEntry } from "../marked-prompts.js";

export const EUROPE: MarkedEntry[] = [
  // es
  [
    "es",
    "financial:nomina:table",
    "Revisa esta nómina, creo que me han quitado de más:\nTrabajador: Lucía Fernández Ortega\nSalario base ⟦financial|2.140,00 €⟧\nIRPF (15 %) -321,00\nLíquido a percibir ⟦financial|1.682,44 €⟧\nIBAN abono: ⟦iban|ES15 8232 2009 6420 0395 5286⟧",
  ],
  [
    "es",
    "financial:prestamo:form",
    "SOLICITUD DE PRÉSTAMO\nTitular: Javier Molina Ruiz\nIngresos netos mensuales: ⟦financial|1.950 €⟧\nDeudas actuales: ⟦financial|tarjeta 4.300 € y coche 9.800 €⟧\n¿Me lo van a aprobar con estos datos?",
  ],
  [
    "es",
    "credentials:ticket-soporte:ticket",
    "Incidencia 5521 — la usuaria Marta Gil no puede entrar al ERP. Dice que su contraseña es ⟦password|Girasol_2024⟧ y que le sale 'bloqueada'. Redacta la respuesta.",
  ],
  ["es", "credentials:sin-clave:free", "entro al panel de la cámara con usuario admin y ⟦password|Perro.Negro77⟧ pero no me deja ver la grabación, ¿qué hago?"],
  [
    "es",
    "health:informe-alta:note",
    "INFORME DE ALTA\nPaciente: Dña. Carmen Vidal Soler\nJuicio clínico: ⟦health|insuficiencia cardiaca descompensada⟧, ⟦health|fibrilación auricular⟧\nTratamiento: ⟦health|furosemida 40 mg/día⟧, ⟦health|apixabán 5 mg/12 h⟧\nExplícaselo a su hija con palabras sencillas.",
  ],
  [
    "es",
    "health:analitica:table",
    "Analítica de Pedro Navarro:\nCreatinina  ⟦health|2,3 mg/dL⟧ (0,7–1,2)\nFG estimado ⟦health|29 ml/min⟧\n¿Es grave? ¿Qué significa para él?",
  ],
  [
    "es",
    "health:terapia:note",
    "Notas sesión 4 – Andrés Castillo: refiere ⟦health|ideación suicida pasiva⟧, sin plan. Continúa con ⟦health|escitalopram 10 mg⟧. Ayúdame a redactar el informe para su médico de cabecera.",
  ],
  [
    "es",
    "driver_license:alquiler-coche:form",
    "CONTRATO DE ALQUILER\nConductor: Sergio Peña Lozano\nPermiso de conducir nº: ⟦driver_license|48213907L⟧  Expedido: 2016\n¿Me sirve este permiso para alquilar en Portugal?",
  ],
  [
    "es",
    "driver_license:nota-voz:voice",
    "pásalo a texto: 'oye, el número del carnet de conducir de mi padre Ramón es ⟦driver_license|71560284Q⟧, apúntalo para el seguro'",
  ],
  [
    "es",
    "neg-financial:plantilla-nomina:table",
    "Explícame los conceptos de una nómina española: salario base, IRPF, contingencias comunes, líquido a percibir.",
  ],
  ["es", "neg-health:prospecto:free", "Resume el prospecto: la furosemida es un diurético que se usa para la insuficiencia cardiaca y la hipertensión."],
  ["es", "neg-credentials:politica:free", "¿Cada cuánto conviene cambiar la contraseña del wifi de casa y qué longitud mínima recomiendas?"],
  // fr
  [
    "fr",
    "financial:releve-bancaire:table",
    "Relevé de compte – M. Antoine Lefebvre\nIBAN : ⟦iban|FR38 1470 1128 74S4 3614 1225 412⟧\n02/11 VIR SALAIRE  +⟦financial|3 104,72 €⟧\n05/11 PRLV EDF  -86,10\nSolde au 30/11 : ⟦financial|-412,35 €⟧\nAide-moi à faire un budget.",
  ],
  [
    "fr",
    "financial:avis-imposition:form",
    "AVIS D'IMPÔT 2025 sur les revenus 2024\nDéclarant 1 : Mme Sophie Garnier\nRevenu fiscal de référence : ⟦financial|38 412 €⟧\nMontant de votre impôt : ⟦financial|2 871 €⟧\nEst-ce que j'ai droit à la prime d'activité ?",
  ],
  [
    "fr",
    "financial:dossier-location:email",
    "Bonjour, voici le dossier de mon locataire, Karim Benali : CDI, salaire net ⟦financial|2 450 € par mois⟧, garant son père. Le loyer est de 890 €. Rédige un mail d'acceptation.",
  ],
  [
    "fr",
    "credentials:export-mdp:csv",
    "Export de mon gestionnaire, trie par site :\ntitre,identifiant,mot de passe\nImpots.gouv,1 84 07 75 112 004,⟦password|Cerise!Lyon84⟧\nAmeli,lucie.roux,⟦password|Lrx_2023secu⟧",
  ],
  [
    "fr",
    "credentials:code-porte:free",
    "Mets en forme pour le voisin : le digicode c'est ⟦password|4B271⟧, la clé est dans la boîte à clés (code ⟦password|0935⟧).",
  ],
  [
    "fr",
    "health:compte-rendu:note",
    "COMPTE RENDU D'HOSPITALISATION\nPatient : M. Julien Marchand\nDiagnostic : ⟦health|AVC ischémique sylvien gauche⟧\nTraitement de sortie : ⟦health|clopidogrel 75 mg⟧\nRéécris en langage clair pour sa femme.",
  ],
  [
    "fr",
    "health:ordonnance:ocr",
    "Dr  P. Aubert\nPour : Mme  Hélène  Giraud\n⟦health|LEVOTHYROX  75 µg⟧  1 cp le matin à jeun\n⟦health|METFORMINE  850 mg⟧  matin et soir\nQSP 3 mois\nje n'arrive pas à lire l'ordonnance, tu peux la retranscrire ?",
  ],
  [
    "fr",
    "health:arret-travail:email",
    "Objet : absence de Nadia Haddad\nNadia sera absente jusqu'au 15 pour ⟦health|une dépression sévère⟧. Merci de ne pas la contacter. Rédige une note pour l'équipe sans donner le motif.",
  ],
  [
    "fr",
    "driver_license:constat:form",
    "CONSTAT AMIABLE – Véhicule B\nConducteur : Thomas Girard\nPermis de conduire n° : ⟦driver_license|12AB34567890⟧  délivré le 04/05/2012 par Préfecture du Rhône\nAide-moi à remplir la partie observations.",
  ],
  ["fr", "neg-financial:explication:free", "C'est quoi le revenu fiscal de référence et à quoi il sert pour les aides ?"],
  ["fr", "neg-health:generalites:free", "Quels sont les signes d'un AVC ? Fais-moi un moyen mnémotechnique pour les enfants."],
  ["fr", "neg-driver_license:format:free", "Combien de chiffres a un numéro de permis de conduire français depuis 2013 ?"],
  // de
  [
    "de",
    "financial:gehaltsabrechnung:table",
    "Gehaltsabrechnung November\nMitarbeiter: Florian Brandt  Pers.-Nr. 2217\nBrutto ⟦financial|4.850,00 €⟧\nNetto ⟦financial|3.012,66 €⟧\nÜberweisung an ⟦iban|DE39 8250 7128 8844 1361 14⟧\nWarum ist die Lohnsteuer so hoch?",
  ],
  [
    "de",
    "financial:schufa:free",
    "Kannst du mir einen Brief an die Bank schreiben? Mein Mann Tobias Keller hat einen Schufa-Score von ⟦financial|83 %⟧ und ⟦financial|12.000 € Schulden⟧ aus dem Autokredit.",
  ],
  [
    "de",
    "credentials:zugangsdaten:email",
    "Hallo Frau Becker, anbei Ihre Zugangsdaten für das Mieterportal:\nBenutzer: becker.i\nKennwort: ⟦password|Mx7!tuLp⟧\nBitte ändern Sie es nach der ersten Anmeldung. — übersetz das ins Türkische",
  ],
  ["de", "credentials:ohne-stichwort:free", "ich log mich mit ⟦password|Rheinufer#19⟧ ins NAS ein, aber die Freigaben sind weg. Was ist da los?"],
  [
    "de",
    "health:arztbrief:note",
    "Arztbrief\nPatientin: Frau Ingrid Hoffmann\nDiagnosen: ⟦health|Diabetes mellitus Typ 2⟧, ⟦health|diabetische Polyneuropathie⟧\nMedikation: ⟦health|Metformin 1000 mg 1-0-1⟧\nFasse das für die Pflegekraft zusammen.",
  ],
  ["de", "health:krankmeldung:free", "Schreib eine Nachricht an die Kita: Leonie Schulz (4) hat ⟦health|Scharlach⟧ und bleibt bis Montag zu Hause."],
  [
    "de",
    "driver_license:mietwagen:form",
    "Fahrerdaten Mietwagen\nName: Jan-Erik Vogel\nFührerscheinnummer: ⟦driver_license|B072RRE2I55⟧\nKlasse: B, BE\nIst das für die USA gültig?",
  ],
  ["de", "neg-financial:lohnsteuer:free", "Wie berechnet sich die Lohnsteuer in Steuerklasse 1 bei 4.850 € brutto ungefähr?"],
  [
    "de",
    "neg-credentials:vorlage:email",
    "Vorlage: 'Ihr Benutzername lautet [BENUTZER], Ihr Kennwort erhalten Sie in einem separaten Brief.' Mach das freundlicher.",
  ],
  ["de", "neg-health:lehrbuch:note", "Fallbeispiel Pflegeschule: Patientin, 72 J., Diabetes Typ 2 seit 10 Jahren, Fußulkus. Welche Pflegediagnosen passen?"],
  // pt
  [
    "pt-BR",
    "financial:holerite:table",
    "Holerite outubro – Funcionária: Camila Rocha Santos\nSalário bruto ⟦financial|R$ 5.200,00⟧\nINSS -572,00  IRRF -310,12\nLíquido ⟦financial|R$ 4.317,88⟧\nO desconto do INSS está certo?",
  ],
  [
    "pt-BR",
    "financial:pix-print:ocr",
    "Comprovante  Pix\nValor  ⟦financial|R$ 2.750,00⟧\nDe:  Ricardo  Alves  Pereira\nPara:  Fernanda  Lima\nconfere se esse comprovante é de verdade?",
  ],
  ["pt-BR", "credentials:senha-cartao:free", "minha mãe Dona Sueli anotou a senha do cartão no papel: ⟦password|7314⟧. Como ensino ela a decorar sem anotar?"],
  [
    "pt-BR",
    "health:laudo:note",
    "Laudo – Paciente: Marcos Vinícius Teixeira\nConclusão: ⟦health|nódulo pulmonar de 14 mm no lobo superior direito⟧, sugere-se PET-CT.\nMe explica isso de um jeito que ele entenda.",
  ],
  [
    "pt-BR",
    "driver_license:cnh-locadora:form",
    "Dados do condutor – Locadora\nNome: Gustavo Henrique Barros\nCNH nº registro: ⟦driver_license|48205913741⟧  Validade: 2030\nFalta alguma coisa?",
  ],
  [
    "pt",
    "financial:iban-senhorio:free",
    "O meu senhorio, o Sr. Duarte Matos, pediu a renda de ⟦financial|750 €⟧ para o IBAN ⟦iban|PT31 0957 6798 8145 1472 1413 0⟧. Escreve-lhe a confirmar a transferência.",
  ],
  [
    "pt",
    "health:baixa-medica:email",
    "Assunto: ausência da Inês Carvalho\nA Inês está de baixa por ⟦health|hérnia discal L5-S1⟧ até dia 20. Reformula para ser mais formal.",
  ],
  [
    "pt-BR",
    "neg-financial:holerite-explicacao:free",
    "O que significa cada linha do holerite: INSS, IRRF, FGTS? Explica com um exemplo de salário de R$ 3.000.",
  ],
  ["pt", "neg-health:folheto:free", "Quais são os sintomas de hérnia discal e quando devo ir às urgências?"],
  // ru
  [
    "ru",
    "financial:spravka-dohody:form",
    "Справка о доходах\nСотрудник: Смирнова Ольга Викторовна\nСреднемесячный доход: ⟦financial|142 300 ₽⟧\nЗадолженность по кредиту: ⟦financial|1 180 000 ₽⟧\nСоставь сопроводительное письмо в банк.",
  ],
  [
    "ru",
    "financial:perevod:free",
    "Напиши Игорю Васильеву, что я перевёл ему ⟦financial|35 000 рублей⟧ на карту ⟦payment_card|5446 3757 2110 9178⟧ и жду расписку.",
  ],
  ["ru", "credentials:parol-bez-slova:free", "захожу в личный кабинет как ivanova_t и ввожу ⟦password|Solnce2020!⟧ — пишет ошибка, почему?"],
  [
    "ru",
    "health:vypiska:note",
    "Выписной эпикриз\nПациент: Кузнецов Дмитрий Олегович\nДиагноз: ⟦health|острый инфаркт миокарда⟧\nРекомендовано: ⟦health|аспирин 100 мг⟧, ⟦health|бисопролол 5 мг⟧\nОбъясни простыми словами для его жены.",
  ],
  [
    "ru",
    "health:anketa:form",
    "Анкета сотрудника для медосмотра\nФИО: Павлова Анна Сергеевна\nХронические заболевания: ⟦health|бронхиальная астма⟧\nПринимаемые препараты: ⟦health|сальбутамол⟧\nПереведи на английский.",
  ],
  [
    "ru",
    "driver_license:prava:form",
    "Данные водителя для ОСАГО\nВодитель: Морозов Алексей Петрович\nВодительское удостоверение: ⟦driver_license|77 15 482913⟧\nСтаж с 2011 г.\nПроверь, всё ли заполнено.",
  ],
  ["ru", "neg-financial:kredit:free", "Как рассчитать ежемесячный платёж по кредиту 1 000 000 ₽ на 5 лет под 18 % годовых?"],
  ["ru", "neg-credentials:politika:free", "Какие требования к паролю для госуслуг и как включить двухфакторную аутентификацию?"],
  ["ru", "neg-driver_license:format:free", "Сколько цифр в номере российского водительского удостоверения и что означают первые четыре?"],
  // it
  [
    "it",
    "financial:busta-paga:table",
    "Busta paga – Dipendente: Giulia Romano\nRetribuzione lorda ⟦financial|2.380,00 €⟧\nNetto in busta ⟦financial|1.744,20 €⟧\nperché il netto è sceso rispetto a settembre?",
  ],
  [
    "it",
    "health:referto:note",
    "Referto – Sig. Paolo Esposito\nConclusioni: ⟦health|steatosi epatica di grado moderato⟧, ⟦health|colelitiasi⟧.\nSpiegamelo in parole semplici.",
  ],
  [
    "it",
    "driver_license:noleggio:form",
    "Noleggio auto – Conducente: Marco De Luca\nPatente n.: ⟦driver_license|U1A23B456C⟧  Scadenza: 2031\nMi serve la patente internazionale per il Giappone?",
  ],
  ["it", "neg-health:generale:free", "Cos'è la steatosi epatica e come si cura con la dieta?"],
];
