/**
 * Development set 14, Italian, Portuguese, Dutch and Polish entries. Marks: ⟦category|value⟧ (see
 * ../marked-prompts.ts). Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";
import { iban } from "../dev-10/values.js";

export const IT_PT_NL_PL: MarkedEntry[] = [
  // --- Italian -------------------------------------------------------------------------------------------------
  [
    "it",
    "health:whatsapp-it:free",
    `Sistemami questo messaggio: "Ragazzi, la Federica Colombo è ricoverata al Niguarda, le hanno trovato un ⟦health|linfoma di Hodgkin⟧, inizia la ⟦health|chemio ABVD⟧ martedì. Non chiamatela, scrivetele."`,
  ],
  [
    "it",
    "health:certificato-it:free",
    `Rendi più formale: "Gentile responsabile, il sig. Davide Ferri sarà assente per ⟦health|frattura del polso destro⟧, ingessato per 30 giorni, in terapia con ⟦health|Toradol⟧ al bisogno."`,
  ],
  [
    "it",
    "health:referto-it:structured",
    `Traduci in inglese questo referto:
Paziente: Rosaria Esposito, 71 aa
Esami: ⟦health|emoglobina 8,9 g/dl⟧, ⟦health|ferritina 6⟧
Conclusione: ⟦health|anemia sideropenica⟧, si consiglia ⟦health|gastroscopia⟧`,
  ],
  [
    "it",
    "health:scuola-it:free",
    `Correggi la mail per la maestra: "Buongiorno, le segnalo che Tommaso Ricci ha la ⟦health|celiachia⟧ e da settembre anche una ⟦health|dermatite atopica⟧ forte, quindi in mensa solo pasti senza glutine."`,
  ],
  [
    "it",
    "financial:stipendio-it:free",
    `Aiutami a rispondere: "Ho scoperto che la Chiara Marchetti prende ⟦financial|2.450 € netti al mese⟧ più ⟦financial|buoni pasto⟧ e io 1.900 per lo stesso livello, come lo dico al capo?"`,
  ],
  [
    "it",
    "financial:crif-it:free",
    `Spiegami: "Gentile sig. Salvatore Greco, risulta ⟦financial|segnalato in CRIF come cattivo pagatore⟧ per ⟦financial|tre rate non pagate del prestito Findomestic (1.320 €)⟧."`,
  ],
  [
    "it",
    "financial:bonifico-it:free",
    `Traduci in inglese: "Ho fatto un bonifico di ⟦financial|850 €⟧ a Martina De Luca, IBAN ⟦iban|${iban("IT", "Q0306987982067333742166")}⟧, per la sua quota dell'affitto di dicembre."`,
  ],
  [
    "it",
    "financial:condominio-it:structured",
    `Ordina per importo:
Condomino;Interno;Morosità
Giuseppe Russo;3;⟦financial|2.140,00 €⟧
Anna Galli;7;⟦financial|385,50 €⟧`,
  ],
  ["it", "neg-health:pubblico-it:free", `Riassumi: secondo i giornali, Silvio Berlusconi è stato curato per una leucemia mielomonocitica cronica nel 2023.`],
  ["it", "neg-health:domanda-it:free", `Quali sono i sintomi della celiachia negli adulti e come si fa la diagnosi?`],
  [
    "it",
    "neg-health:bugiardino-it:free",
    `Semplifica il bugiardino: "Toradol 10 mg compresse. Non usare per più di 5 giorni. Controindicato in caso di ulcera peptica."`,
  ],
  ["it", "neg-financial:azienda-it:free", `Riassumi: Intesa Sanpaolo ha chiuso il 2023 con un utile netto di 7,7 miliardi di euro.`],
  ["it", "neg-financial:proprio-it:free", `Ho un prestito da 15.000 € al 9% e guadagno 1.700 al mese, conviene estinguerlo prima?`],
  ["it", "neg-financial:modello-it:structured", `Migliora il modello:\nGentile {nome_cliente}, la rata di {importo} € del {data} risulta non pagata.`],
  // --- Portuguese (Portugal and Brazil) ------------------------------------------------------------------------
  [
    "pt",
    "health:zap-br:free",
    `Me ajuda a responder no grupo: "Gente, o seu Antônio Pereira do 302 teve um ⟦health|AVC⟧ ontem, tá na UTI do Einstein, ficou com ⟦health|o lado direito paralisado⟧. A dona Célia pediu oração."`,
  ],
  [
    "pt",
    "health:atestado-br:free",
    `Deixa esse e-mail mais formal: "Bia, a Juliana Castro vai ficar afastada 15 dias, ⟦health|CID F41.0⟧, o psiquiatra passou ⟦health|clonazepam 0,5⟧ e ⟦health|sertralina 50⟧."`,
  ],
  [
    "pt",
    "health:receita-pt:structured",
    `Passa esta receita a limpo:
Utente: Sr. Manuel Fonseca
⟦health|Insulina Lantus 18 U⟧ à noite
⟦health|Metformina 1000 mg⟧ 2x/dia
Diagnóstico: ⟦health|diabetes tipo 2 insulinotratada⟧`,
  ],
  [
    "pt",
    "health:traducao-pt:free",
    `Traduz para francês para a médica da minha avó: "A D. Albertina Sousa tem ⟦health|insuficiência cardíaca⟧, toma ⟦health|furosemida 40 mg⟧ e ⟦health|ficou com edema nas pernas⟧ esta semana."`,
  ],
  [
    "pt",
    "financial:serasa-br:free",
    `Me explica: "Prezado Rafael Nogueira, seu ⟦financial|nome foi negativado no Serasa⟧ por uma ⟦financial|dívida de R$ 3.874,90⟧ com o Banco Pan. ⟦financial|Score atual: 312⟧."`,
  ],
  [
    "pt",
    "financial:pix-br:free",
    `Traduz pro inglês: "Mandei ⟦financial|R$ 1.500⟧ no Pix pra Larissa Moura, chave ⟦phone|(21) 98765-4321⟧, do empréstimo que ela me pediu."`,
  ],
  [
    "pt",
    "financial:renda-pt:free",
    `Torna isto mais educado: "Sr. Rui Carvalho, tem ⟦financial|três rendas em atraso (1.950 €)⟧. Caso não regularize até dia 10 avançamos com o procedimento especial de despejo."`,
  ],
  [
    "pt",
    "financial:planilha-br:structured",
    `Organiza essa planilha de inadimplência:
aluno;responsável;mensalidades em atraso;valor
Pedro Lima;Cláudia Lima;3;⟦financial|R$ 2.670,00⟧
Sofia Ramos;Marcos Ramos;1;⟦financial|R$ 890,00⟧`,
  ],
  ["pt", "neg-health:publico-br:free", `Resume: Lula passou por uma cirurgia no quadril em 2023, segundo boletim do Hospital Sírio-Libanês.`],
  ["pt", "neg-health:pergunta-pt:free", `Quais são os sinais de insuficiência cardíaca e a furosemida faz baixar a tensão?`],
  ["pt", "neg-health:ficcao-br:free", `Na novela, a personagem Helena descobre que tem leucemia. Escreve uma sinopse do capítulo.`],
  ["pt", "neg-financial:empresa-br:free", `Resume: o Itaú Unibanco lucrou R$ 35,6 bilhões em 2023, segundo o balanço.`],
  ["pt", "neg-financial:pergunta-br:free", `Quanto tempo o nome fica negativado no Serasa depois que a dívida prescreve?`],
  ["pt", "neg-financial:modelo-pt:structured", `Melhora o modelo:\nExmo.(a) Sr.(a) [NOME], a fatura n.º [N] no valor de [VALOR] € encontra-se por liquidar.`],
  // --- Dutch ---------------------------------------------------------------------------------------------------
  [
    "nl",
    "health:mail-hr-nl:free",
    `Maak dit zakelijker: "Sanne de Vries is voorlopig ziek thuis, ze heeft ⟦health|long covid⟧ en ⟦health|ME/CVS-achtige klachten⟧, de bedrijfsarts ziet haar op 12 december."`,
  ],
  [
    "nl",
    "health:huisarts-nl:structured",
    `Vat samen in het Engels:
Patiënt: dhr. Henk Bosman, 66 jr
E: ⟦health|COPD GOLD 2⟧, ⟦health|prostaatcarcinoom⟧ (2021)
Med: ⟦health|Spiriva 2,5 µg⟧, ⟦health|Zoladex 10,8 mg⟧ 3-maandelijks`,
  ],
  [
    "nl",
    "health:school-be:free",
    `Kun je dit verbeteren? "Beste juf, Lotte Peeters heeft ⟦health|dyslexie⟧ en sinds kort ⟦health|ADHD⟧, ze krijgt ⟦health|Medikinet 10 mg⟧ 's ochtends. Mag ze extra tijd bij toetsen?"`,
  ],
  [
    "nl",
    "financial:bkr-nl:free",
    `Leg uit: "Geachte heer Ruud Jansen, u heeft een ⟦financial|BKR-registratie A⟧ vanwege een ⟦financial|achterstand van € 2.310⟧ op uw doorlopend krediet, daarom wijzen wij de hypotheekaanvraag af."`,
  ],
  [
    "nl",
    "financial:tikkie-nl:free",
    `Vertaal naar het Engels: "Ik heb Daan Smit ⟦financial|€ 640⟧ geleend voor zijn huur, graag terug op ⟦iban|${iban("NL", "INGB0181939077")}⟧ voor het eind van de maand."`,
  ],
  [
    "nl",
    "financial:loon-nl:structured",
    `Klopt deze loonstrook?
Werknemer: Fatima El Amrani
Bruto: ⟦financial|€ 3.420,00⟧ | Loonbeslag: ⟦financial|€ 385,00⟧ | Netto: ⟦financial|€ 2.236,14⟧`,
  ],
  ["nl", "neg-health:publiek-nl:free", `Vat samen: koning Willem-Alexander is volgens de RVD met succes geopereerd aan zijn knie.`],
  ["nl", "neg-health:vraag-nl:free", `Wat zijn de symptomen van long covid en hoe lang duurt het meestal?`],
  ["nl", "neg-health:bijsluiter-nl:free", `Maak de bijsluiter begrijpelijk: "Medikinet 10 mg. Niet gebruiken bij hartritmestoornissen of ernstige angst."`],
  ["nl", "neg-financial:bedrijf-nl:free", `Vat samen: ING boekte over 2023 een nettowinst van 7,3 miljard euro.`],
  ["nl", "neg-financial:eigen-nl:free", `Ik heb € 8.000 studieschuld en verdien € 2.600 netto. Moet ik extra aflossen of sparen?`],
  [
    "nl",
    "neg-financial:sjabloon-nl:structured",
    `Verbeter het sjabloon:\nBeste {voornaam}, je betaling van € {bedrag} voor factuur {nummer} is nog niet ontvangen.`,
  ],
  // --- Polish --------------------------------------------------------------------------------------------------
  [
    "pl",
    "health:messenger-pl:free",
    `Popraw tę wiadomość: "Kochani, u pani Haliny Wróbel wykryli ⟦health|raka jelita grubego⟧, w poniedziałek ma ⟦health|operację⟧ w Centrum Onkologii, potem ⟦health|chemioterapia⟧. Zbieramy na wózek."`,
  ],
  [
    "pl",
    "health:l4-pl:free",
    `Przepisz oficjalnie: "Pan Krzysztof Zieliński jest na zwolnieniu L4 do 20.12, ⟦health|kod J18⟧ — ⟦health|zapalenie płuc⟧, bierze ⟦health|Augmentin 875 mg⟧."`,
  ],
  [
    "pl",
    "health:wypis-pl:structured",
    `Przetłumacz na angielski wypis:
Pacjentka: Agnieszka Dudek, lat 38
Rozpoznanie: ⟦health|cukrzyca ciążowa⟧ (⟦health|O24.4⟧), ⟦health|30 tc⟧
Zalecenia: ⟦health|insulina Humulin N 6 j.⟧ wieczorem`,
  ],
  [
    "pl",
    "financial:windykacja-pl:free",
    `Złagodź ten list: "Szanowny Panie Marku Kowalczyk, Pana ⟦financial|zadłużenie wobec Providenta wynosi 6 842,15 zł⟧, sprawa zostanie przekazana komornikowi."`,
  ],
  [
    "pl",
    "financial:bik-pl:free",
    `Wyjaśnij: "Pani Joanna Lis, Pani ⟦financial|scoring BIK to 48 punktów⟧, a ⟦financial|opóźnienie w spłacie karty wynosi 93 dni⟧, dlatego odmawiamy kredytu."`,
  ],
  [
    "pl",
    "financial:przelew-pl:free",
    `Przetłumacz: "Przelałem Tomkowi Nowakowi ⟦financial|2 300 zł⟧ na konto ⟦iban|${iban("PL", "102047686408363888893381")}⟧ za kaucję za mieszkanie."`,
  ],
  [
    "pl",
    "financial:pensja-pl:structured",
    `Zrób tabelę:
Imię i nazwisko;Stanowisko;Brutto;Zajęcie komornicze
Ewa Mazur;księgowa;⟦financial|8 900 zł⟧;⟦financial|1 250 zł⟧
Paweł Wójcik;magazynier;⟦financial|5 400 zł⟧;-`,
  ],
  ["pl", "neg-health:publiczny-pl:free", `Streść: według mediów Jerzy Stuhr chorował na raka krtani i przeszedł zawał.`],
  ["pl", "neg-health:pytanie-pl:free", `Jakie są objawy cukrzycy ciążowej i kiedy robi się test obciążenia glukozą?`],
  ["pl", "neg-health:ulotka-pl:free", `Uprość ulotkę: "Augmentin 875 mg. Nie stosować u osób uczulonych na penicyliny."`],
  ["pl", "neg-financial:firma-pl:free", `Streść: PKO BP zarobiło w 2023 roku 5,4 mld zł netto.`],
  ["pl", "neg-financial:pytanie-pl:free", `Jak długo BIK przechowuje informacje o spłaconym kredycie bez zgody klienta?`],
  ["pl", "neg-financial:szablon-pl:structured", `Popraw szablon:\nSzanowny Panie/Pani {NAZWISKO}, kwota {KWOTA} zł z faktury {NR} pozostaje nieopłacona.`],
];
