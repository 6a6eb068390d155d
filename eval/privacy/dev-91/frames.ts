/**
 * dev-91 frames: per language, the verbs that join a holder to a term, the holders (a named private person, a named
 * relative, a colleague by name, a patient by identifier), the containers people paste health text in and the hard
 * negatives that use the same terms with no identifiable private person. Every person is invented; the public figures
 * in the negatives are invented too, presented with the cues newspapers use (an Olympic rower at a press conference).
 * `T` is a term in the form its verb takes (vocabulary.ts), `B` its bare form (the bracketed words), both already
 * marked or unmarked by the generator.
 */
import type { Holder, PersonFrames } from "../health-grid.js";
import type { Lang, Verb } from "./vocabulary.js";

export type Say = (subject: string) => string;

export type { Holder };

export interface Filled {
  readonly say: Say;
  /** The same clause in the first person ("I have …"). */
  readonly own: () => string;
  readonly B: string;
  readonly verb: Verb;
  readonly lab: boolean;
}

export interface LanguageFrames extends PersonFrames<Verb> {
  readonly patient: (id: string) => Holder;
  /** Form field names by verb: the condition, the medicine, the procedure. */
  readonly field: Readonly<Record<Verb, string>>;
  /** Containers that take a sentence (`clause` starts with the holder). */
  readonly sentence: Readonly<Record<string, (clause: string) => string>>;
  /** Containers that take the holder's label and the bare term under a field name. */
  readonly labelled: Readonly<Record<string, (label: string, field: string, B: string) => string>>;
  /** Hard negatives: the same term, no identifiable private person. */
  readonly negatives: Readonly<Record<string, (f: Filled) => string>>;
}

export const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

const question = (f: Filled, q: Record<"has" | "takes" | "had" | "lab", string>) => (f.lab ? q.lab : q[f.verb]);

export const FRAMES: Record<Lang, LanguageFrames> = {
  en: {
    say: (s, v, T) => `${s} ${{ has: "has", takes: "takes", had: "had" }[v]} ${T}`,
    own: (v, T) => `I ${{ has: "have", takes: "take", had: "had" }[v]} ${T}`,
    names: [
      ["Megan", "Doyle"],
      ["Priya", "Raman"],
      ["Siobhan", "Kerr"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `my sister ${g}`, (g) => `my daughter ${g}`, (g) => `my mum's carer ${g}`],
    colleague: (n) => `my colleague ${n}`,
    patient: (id) => ({ subject: `the patient with NHS number ${id}`, label: `NHS no. ${id}` }),
    field: { has: "Condition", takes: "Medication", had: "Procedure" },
    sentence: {
      chat: (c) =>
        `Help me reply kindly to this message from the family group:\n[07/12/2026, 19:42] Dad: ${cap(c)}, so we'll skip the Christmas market this year 😔`,
      email: (c) =>
        `Can you reword this so it sounds less blunt?\n\nSubject: Friday rota\n\nHi Sam,\nheads-up for the rota: ${c}, so no night shifts for now.\nThanks, Jo`,
      voice: (c) => `Clean up this voice-note transcript: "hi it's me, um, just so you know, ${c}, so, er, can you pick up the kids on Thursday? thanks, bye"`,
      school: (c) =>
        `Check the spelling in this absence note:\nDear Mrs Patel,\n${cap(c)}, so she will be off school until Wednesday. Please tell the PE teacher.\nKind regards`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Fit note (statement of fitness for work)\nPatient: ${l}\n${f}: ${B}\nNot fit for work from 07/12/2026 to 21/12/2026. Turn this into a short e-mail to HR.`,
      calendar: (l, _f, B) => `Add to my calendar:\nTue 15 Dec 09:30–10:00 — ${l}: ${B} review, outpatients room 4B`,
      pharmacy: (l, f, B) => `Fill in the rest of this repeat-prescription request:\nName: ${l}\n${f}: ${B}\nCollect from: pharmacy counter`,
      insurance: (l, f, B) => `Travel insurance medical screening — is this enough?\nTraveller: ${l}\n${f}: ${B}\nHospital stay in the last 2 years: no`,
      handover: (l, _f, B) => `Tidy this care-home handover:\nnight shift, room 12 – ${l} – ${B}; slept well, fluids encouraged, family visiting Sunday.`,
      json: (l, f, B) => `Fix the trailing comma in this export:\n{"resident": "${l}", "${f.toLowerCase()}": "${B}", "updated": "2026-12-04",}`,
      csv: (l, f, B) => `Sort these rows by date:\nname,${f.toLowerCase()},date\n${l},${B},2026-11-28\nTom Reyes,,2026-12-01`,
    },
    negatives: {
      encyclopaedic: (f) => `Write an encyclopaedia paragraph on ${f.B} for a Year 9 biology project: what it is, how common it is and how it is managed.`,
      leaflet: (f) => `Simplify this leaflet text: "${cap(f.B)} — what you need to know. Ask your GP or pharmacist if anything here is unclear."`,
      statistics: (f) => `Chart this: national health survey, adults reporting ${f.B}: 2019 3.1 %, 2022 3.6 %, 2024 4.2 %.`,
      own: (f) => `${cap(f.own())}. What questions should I ask at my next appointment?`,
      case: (f) => `Anonymised case study for nursing students: ${f.say("a 47-year-old woman")} and lives alone. What should the discharge plan include?`,
      public: (f) =>
        `Summarise this news item: at a press conference on Monday the Olympic rower Hannah Blackwood said publicly that ${f.say("she")} and will miss the season.`,
      question: (f) =>
        question(f, {
          has: `How common is ${f.B} in people over 60, and how is it usually treated?`,
          takes: `What is the usual adult dose of ${f.B}, and can it be taken with food?`,
          had: `How long does recovery from ${f.B} usually take?`,
          lab: `In a blood test, what does ${f.B} usually mean?`,
        }),
      fiction: (f) => `Continue my short story: Inspector Clara Wren stared at the letter. ${cap(f.say("she"))}, and nobody at the station could know.`,
      job: (f) => `Proofread this job advert: "We're hiring a clinical nurse specialist for our ${f.B} service — band 6, full time, Leeds."`,
      catalogue: (f) =>
        `Bookshop catalogue, health section:\n• "Living well with ${f.B}" – paperback, 212 pages, £12.99\n• "The Calm Kitchen" – hardback, £18.00`,
      relative: (f) => `${cap(f.say("my mum"))}. How can I support her without being pushy?`,
    },
  },
  de: {
    say: (s, v, T) => `${s} ${{ has: "hat", takes: "nimmt", had: "hatte" }[v]} ${T}`,
    own: (v, T) => `ich ${{ has: "habe", takes: "nehme", had: "hatte" }[v]} ${T}`,
    names: [
      ["Katrin", "Vogel"],
      ["Aylin", "Demir"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `meine Schwester ${g}`, (g) => `meine Tochter ${g}`],
    colleague: (n) => `meine Kollegin ${n}`,
    patient: (id) => ({ subject: `die Patientin mit der Fallnummer ${id}`, label: `Fallnr. ${id}` }),
    field: { has: "Diagnose", takes: "Medikament", had: "Eingriff" },
    sentence: {
      chat: (c) =>
        `Hilf mir, freundlich auf diese Nachricht zu antworten:\n[07.12.2026, 19:42] Papa: ${cap(c)}, deshalb fällt der Weihnachtsmarkt dieses Jahr aus 😔`,
      email: (c) =>
        `Formulier das bitte weniger schroff:\n\nBetreff: Dienstplan Freitag\n\nHallo Sven,\nzur Info: ${c}, also bitte vorerst keine Nachtdienste.\nDanke, Jule`,
      voice: (c) =>
        `Mach aus dieser Sprachnachricht einen sauberen Text: „hallo, ich bin's, ähm, nur damit du Bescheid weißt, ${c}, also, kannst du am Donnerstag die Kinder abholen? tschüss"`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Arbeitsunfähigkeitsbescheinigung\nVersicherte: ${l}\n${f}: ${B}\narbeitsunfähig vom 07.12. bis 21.12.2026. Schreib daraus eine kurze Mail an die Personalabteilung.`,
      handover: (l, _f, B) => `Übergabe Nachtdienst, bitte ordnen:\nZi. 12 – ${l} – ${B}; gut geschlafen, Trinkmenge beachten, Besuch am Sonntag.`,
      json: (l, f, B) => `Warum ist dieses JSON ungültig?\n{"bewohnerin": "${l}", "${f.toLowerCase()}": "${B}", "stand": "2026-12-04",}`,
    },
    negatives: {
      encyclopaedic: (f) => `Schreib einen Lexikonartikel für ein Schulreferat. Stichwort: ${f.B} – was es ist, wie häufig, wie man es behandelt.`,
      leaflet: (f) => `Vereinfache diesen Text aus der Packungsbeilage: „${f.B} – was Sie wissen sollten. Fragen Sie Ihren Arzt oder Apotheker."`,
      statistics: (f) => `Mach ein Diagramm: Gesundheitssurvey, Indikator „${f.B}", Anteil der Erwachsenen: 2019 3,1 %, 2022 3,6 %, 2024 4,2 %.`,
      own: (f) => `${cap(f.own())}. Was sollte ich beim nächsten Termin fragen?`,
      case: (f) => `Anonymisierter Fall für die Pflegeausbildung: ${cap(f.say("eine 47-jährige Frau"))} und lebt allein. Was gehört in den Entlassplan?`,
      public: (f) =>
        `Fass die Meldung zusammen: Auf einer Pressekonferenz sagte die Olympiaruderin Hanna Brückner öffentlich, ${f.say("sie")}, und fällt für die Saison aus.`,
      question: (f) =>
        question(f, {
          has: `Stichwort ${f.B}: Wie häufig ist das bei über 60-Jährigen, und wie wird es behandelt?`,
          takes: `Wie hoch ist die übliche Dosis von ${f.B} bei Erwachsenen?`,
          had: `Wie lange dauert die Erholung nach ${f.B} normalerweise?`,
          lab: `Was bedeutet ${f.B} im Blutbild?`,
        }),
      fiction: (f) =>
        `Schreib meine Kurzgeschichte weiter: Kommissarin Clara Wendt starrte auf den Brief. ${cap(f.say("sie"))}, und niemand im Revier durfte es wissen.`,
    },
  },
  fr: {
    say: (s, v, T) => `${s} ${{ has: "a", takes: "prend", had: "a eu" }[v]} ${T}`,
    own: (v, T) => `${{ has: "j'ai", takes: "je prends", had: "j'ai eu" }[v]} ${T}`,
    names: [
      ["Élodie", "Marchand"],
      ["Nadia", "Benali"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `ma sœur ${g}`, (g) => `ma fille ${g}`],
    colleague: (n) => `ma collègue ${n}`,
    patient: (id) => ({ subject: `la patiente immatriculée ${id}`, label: `NIR ${id}` }),
    field: { has: "Diagnostic", takes: "Traitement", had: "Intervention" },
    sentence: {
      chat: (c) =>
        `Aide-moi à répondre gentiment à ce message du groupe familial :\n[07/12/2026 19:42] Papa : ${cap(c)}, donc on ne fera pas le marché de Noël cette année 😔`,
      email: (c) =>
        `Tu peux reformuler ça de façon moins sèche ?\n\nObjet : planning de vendredi\n\nBonjour Sophie,\npour info : ${c}, donc pas de gardes de nuit pour l'instant.\nMerci, Julie`,
      voice: (c) =>
        `Transcris proprement ce message vocal : « salut c'est moi, euh, juste pour te dire, ${c}, donc, tu peux récupérer les enfants jeudi ? bisous »`,
    },
    labelled: {
      sicknote: (l, f, B) => `Avis d'arrêt de travail\nAssurée : ${l}\n${f} : ${B}\nArrêt du 07/12 au 21/12/2026. Rédige un court mail aux RH à partir de ça.`,
      handover: (l, _f, B) =>
        `Mets en forme cette transmission de nuit (EHPAD) :\nch. 12 – ${l} – ${B} ; a bien dormi, hydratation à surveiller, visite de la famille dimanche.`,
      json: (l, f, B) => `Pourquoi ce JSON est invalide ?\n{"residente": "${l}", "${f.toLowerCase()}": "${B}", "maj": "2026-12-04",}`,
    },
    negatives: {
      encyclopaedic: (f) => `Rédige un article d'encyclopédie pour un exposé de 3e. Sujet : ${f.B} — définition, fréquence, prise en charge.`,
      leaflet: (f) => `Simplifie ce passage de notice : « ${f.B} : ce qu'il faut savoir. Demandez conseil à votre médecin ou à votre pharmacien. »`,
      statistics: (f) => `Fais un graphique : enquête santé, indicateur « ${f.B} », part des adultes : 2019 3,1 %, 2022 3,6 %, 2024 4,2 %.`,
      own: (f) => `${cap(f.own())}. Quelles questions poser à mon prochain rendez-vous ?`,
      case: (f) => `Cas clinique anonymisé pour les étudiants infirmiers : ${f.say("une femme de 47 ans")} et vit seule. Que doit contenir le plan de sortie ?`,
      public: (f) =>
        `Résume cette dépêche : lors d'une conférence de presse lundi, la championne olympique d'aviron Hélène Berthier a déclaré publiquement qu'${f.say("elle")} et manquera la saison.`,
      question: (f) =>
        question(f, {
          has: `${cap(f.B)} : quelle est la fréquence après 60 ans et comment la prend-on en charge ?`,
          takes: `${cap(f.B)} : quelle est la posologie habituelle chez l'adulte ?`,
          had: `${cap(f.B)} : combien de temps dure la convalescence ?`,
          lab: `Prise de sang : que signifie « ${f.B} » ?`,
        }),
      fiction: (f) =>
        `Continue ma nouvelle : la commissaire Clara Vidal fixait la lettre. ${cap(f.say("elle"))}, et personne au commissariat ne devait le savoir.`,
    },
  },
  es: {
    say: (s, v, T) => `${s} ${{ has: "tiene", takes: "toma", had: "tuvo" }[v]} ${T}`,
    own: (v, T) => `${{ has: "tengo", takes: "tomo", had: "tuve" }[v]} ${T}`,
    names: [
      ["Lucía", "Herrera"],
      ["Marta", "Iglesias"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `mi hermana ${g}`, (g) => `mi hija ${g}`],
    colleague: (n) => `mi compañera ${n}`,
    patient: (id) => ({ subject: `la paciente con NHC ${id}`, label: `NHC ${id}` }),
    field: { has: "Diagnóstico", takes: "Medicación", had: "Intervención" },
    sentence: {
      chat: (c) =>
        `Ayúdame a contestar con cariño este mensaje del grupo familiar:\n[07/12/2026, 19:42] Papá: ${cap(c)}, así que este año no iremos al mercadillo de Navidad 😔`,
      email: (c) =>
        `¿Puedes reescribir esto para que suene menos brusco?\n\nAsunto: turnos del viernes\n\nHola Sergio:\nte aviso: ${c}, así que de momento nada de turnos de noche.\nGracias, Alba`,
      voice: (c) =>
        `Limpia la transcripción de este audio: "hola soy yo, eh, solo para que lo sepas, ${c}, así que, ¿puedes recoger a los niños el jueves? un beso"`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Parte de baja (incapacidad temporal)\nTrabajadora: ${l}\n${f}: ${B}\nBaja del 07/12 al 21/12/2026. Escribe un correo breve a RR. HH. con esto.`,
      handover: (l, _f, B) =>
        `Ordena este relevo del turno de noche (residencia):\nhab. 12 – ${l} – ${B}; ha dormido bien, vigilar hidratación, visita de la familia el domingo.`,
      json: (l, f, B) => `¿Por qué este JSON no es válido?\n{"residente": "${l}", "${f.toLowerCase()}": "${B}", "actualizado": "2026-12-04",}`,
    },
    negatives: {
      encyclopaedic: (f) => `Escribe un artículo de enciclopedia para un trabajo de 3.º de ESO. Tema: ${f.B} (qué es, frecuencia y tratamiento).`,
      leaflet: (f) => `Simplifica este texto del prospecto: «${f.B}: lo que debe saber. Consulte a su médico o farmacéutico.»`,
      statistics: (f) => `Haz un gráfico: Encuesta Nacional de Salud, indicador «${f.B}», porcentaje de adultos: 2019 3,1 %, 2022 3,6 %, 2024 4,2 %.`,
      own: (f) => `${cap(f.own())}. ¿Qué debería preguntar en la próxima consulta?`,
      case: (f) => `Caso clínico anonimizado para estudiantes de enfermería: ${f.say("una mujer de 47 años")} y vive sola. ¿Qué debe incluir el plan de alta?`,
      public: (f) =>
        `Resume esta noticia: en rueda de prensa el lunes, la remera olímpica Helena Castro dijo públicamente que ${f.say("ella")} y se perderá la temporada.`,
      question: (f) =>
        question(f, {
          has: `Sobre ${f.B}: ¿qué frecuencia tiene en mayores de 60 años y cómo se trata?`,
          takes: `¿Cuál es la dosis habitual de ${f.B} en adultos?`,
          had: `Sobre ${f.B}: ¿cuánto dura la recuperación?`,
          lab: `¿Qué significa ${f.B} en un análisis de sangre?`,
        }),
      fiction: (f) => `Continúa mi relato: la inspectora Clara Vidal miraba la carta. ${cap(f.say("ella"))}, y nadie en la comisaría podía saberlo.`,
    },
  },
  it: {
    say: (s, v, T) => `${s} ${{ has: "ha", takes: "prende", had: "ha avuto" }[v]} ${T}`,
    own: (v, T) => `${{ has: "ho", takes: "prendo", had: "ho avuto" }[v]} ${T}`,
    names: [
      ["Giulia", "Ferrante"],
      ["Chiara", "Esposito"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `mia sorella ${g}`, (g) => `mia figlia ${g}`],
    colleague: (n) => `la mia collega ${n}`,
    patient: (id) => ({ subject: `la paziente con codice fiscale ${id}`, label: `CF ${id}` }),
    field: { has: "Diagnosi", takes: "Terapia", had: "Intervento" },
    sentence: {
      chat: (c) =>
        `Aiutami a rispondere con gentilezza a questo messaggio del gruppo di famiglia:\n[07/12/26, 19:42] Papà: ${cap(c)}, quindi quest'anno niente mercatini di Natale 😔`,
      email: (c) =>
        `Puoi riscrivere questo in modo meno brusco?\n\nOggetto: turni di venerdì\n\nCiao Marco,\nti avviso: ${c}, quindi per ora niente turni di notte.\nGrazie, Sara`,
      voice: (c) =>
        `Sistema la trascrizione di questo vocale: "ciao sono io, ehm, giusto per dirti che ${c}, quindi, puoi prendere tu i bambini giovedì? un bacio"`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Certificato di malattia\nLavoratrice: ${l}\n${f}: ${B}\nPrognosi dal 07/12 al 21/12/2026. Scrivi una breve mail all'ufficio personale.`,
      handover: (l, _f, B) =>
        `Riordina questa consegna del turno di notte (RSA):\nstanza 12 – ${l} – ${B}; ha dormito bene, controllare idratazione, visita dei familiari domenica.`,
      json: (l, f, B) => `Perché questo JSON non è valido?\n{"ospite": "${l}", "${f.toLowerCase()}": "${B}", "aggiornato": "2026-12-04",}`,
    },
    negatives: {
      encyclopaedic: (f) => `Scrivi una voce di enciclopedia per una ricerca di scuola media. Voce: ${f.B} (cos'è, quanto è diffuso, come si cura).`,
      leaflet: (f) => `Semplifica questo testo del foglietto illustrativo: «${f.B}: cosa sapere. Si rivolga al medico o al farmacista.»`,
      statistics: (f) => `Fai un grafico: indagine ISTAT, indicatore «${f.B}», quota di adulti: 2019 3,1 %, 2022 3,6 %, 2024 4,2 %.`,
      own: (f) => `${cap(f.own())}. Cosa dovrei chiedere alla prossima visita?`,
      case: (f) =>
        `Caso clinico anonimo per studenti di infermieristica: ${f.say("una donna di 47 anni")} e vive da sola. Cosa deve includere il piano di dimissione?`,
      public: (f) =>
        `Riassumi questa notizia: in conferenza stampa lunedì la canottiera olimpica Elena Bassi ha detto pubblicamente che ${f.say("lei")} e salterà la stagione.`,
      question: (f) =>
        question(f, {
          has: `Domanda generale su ${f.B}: quanto è frequente dopo i 60 anni e come si cura?`,
          takes: `Qual è la dose abituale di ${f.B} negli adulti?`,
          had: `Domanda generale su ${f.B}: quanto dura di solito la convalescenza?`,
          lab: `Cosa significa ${f.B} nelle analisi del sangue?`,
        }),
    },
  },
  pt: {
    say: (s, v, T) => `${s} ${{ has: "tem", takes: "toma", had: "teve" }[v]} ${T}`,
    own: (v, T) => `${{ has: "tenho", takes: "tomo", had: "tive" }[v]} ${T}`,
    names: [
      ["Inês", "Carvalho"],
      ["Beatriz", "Moura"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `a minha irmã ${g}`, (g) => `a minha filha ${g}`],
    colleague: (n) => `a minha colega ${n}`,
    patient: (id) => ({ subject: `a utente n.º ${id}`, label: `N.º utente ${id}` }),
    field: { has: "Diagnóstico", takes: "Medicação", had: "Procedimento" },
    sentence: {
      chat: (c) =>
        `Ajuda-me a responder com carinho a esta mensagem do grupo da família:\n[07/12/2026, 19:42] Pai: ${cap(c)}, por isso este ano não vamos ao mercado de Natal 😔`,
      email: (c) =>
        `Consegues reescrever isto de forma menos seca?\n\nAssunto: escala de sexta\n\nOlá Rui,\npara saberes: ${c}, por isso nada de turnos da noite por agora.\nObrigada, Ana`,
      voice: (c) =>
        `Limpa a transcrição desta mensagem de voz: "olá sou eu, hum, só para saberes, ${c}, por isso, podes ir buscar os miúdos na quinta? beijinhos"`,
    },
    labelled: {
      sicknote: (l, f, B) =>
        `Certificado de incapacidade temporária\nBeneficiária: ${l}\n${f}: ${B}\nIncapacidade de 07/12 a 21/12/2026. Escreve um e-mail curto aos recursos humanos.`,
      handover: (l, _f, B) =>
        `Organiza esta passagem de turno da noite (lar):\nquarto 12 – ${l} – ${B}; dormiu bem, vigiar hidratação, visita da família no domingo.`,
      json: (l, f, B) => `Porque é que este JSON é inválido?\n{"residente": "${l}", "${f.toLowerCase()}": "${B}", "atualizado": "2026-12-04",}`,
    },
    negatives: {
      encyclopaedic: (f) => `Escreve um artigo de enciclopédia para um trabalho do 9.º ano. Tema: ${f.B} (o que é, frequência e tratamento).`,
      leaflet: (f) => `Simplifica este texto do folheto informativo: «${f.B}: o que precisa de saber. Fale com o seu médico ou farmacêutico.»`,
      statistics: (f) => `Faz um gráfico: Inquérito Nacional de Saúde, indicador «${f.B}», percentagem de adultos: 2019 3,1 %, 2022 3,6 %, 2024 4,2 %.`,
      own: (f) => `${cap(f.own())}. O que devo perguntar na próxima consulta?`,
      case: (f) =>
        `Caso clínico anonimizado para estudantes de enfermagem: ${f.say("uma mulher de 47 anos")} e vive sozinha. O que deve incluir o plano de alta?`,
      public: (f) =>
        `Resume esta notícia: em conferência de imprensa, na segunda-feira, a remadora olímpica Helena Matos disse publicamente que ${f.say("ela")} e vai falhar a época.`,
      question: (f) =>
        question(f, {
          has: `Sobre ${f.B}: qual a frequência depois dos 60 anos e como se trata?`,
          takes: `Qual é a dose habitual de ${f.B} em adultos?`,
          had: `Sobre ${f.B}: quanto tempo demora a recuperação?`,
          lab: `O que significa ${f.B} numa análise ao sangue?`,
        }),
    },
  },
  nl: {
    say: (s, v, T) => (v === "had" ? `${s} heeft ${T} gehad` : `${s} ${v === "has" ? "heeft" : "gebruikt"} ${T}`),
    own: (v, T) => (v === "had" ? `ik heb ${T} gehad` : `ik ${v === "has" ? "heb" : "gebruik"} ${T}`),
    names: [
      ["Femke", "de Vries"],
      ["Sanne", "Bakker"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `mijn zus ${g}`, (g) => `mijn dochter ${g}`],
    colleague: (n) => `mijn collega ${n}`,
    patient: (id) => ({ subject: `de patiënt met BSN ${id}`, label: `BSN ${id}` }),
    field: { has: "Diagnose", takes: "Medicatie", had: "Ingreep" },
    sentence: {
      chat: (c) =>
        `Help me dit bericht uit de familieapp lief te beantwoorden:\n[07-12-2026 19:42] Papa: ${cap(c)}, dus we slaan de kerstmarkt dit jaar over 😔`,
      email: (c) =>
        `Kun je dit minder bot formuleren?\n\nOnderwerp: rooster vrijdag\n\nHoi Bram,\nter info: ${c}, dus voorlopig geen nachtdiensten.\nBedankt, Lotte`,
      voice: (c) =>
        `Maak van dit spraakbericht een nette tekst: "hoi met mij, eh, even dat je het weet, ${c}, dus, kun jij donderdag de kinderen ophalen? doei"`,
    },
    labelled: {
      sicknote: (l, f, B) => `Ziekmelding\nWerknemer: ${l}\n${f}: ${B}\nArbeidsongeschikt van 07-12 t/m 21-12-2026. Maak er een korte mail aan HR van.`,
      handover: (l, _f, B) =>
        `Zet deze overdracht van de nachtdienst (verpleeghuis) netjes op een rij:\nkamer 12 – ${l} – ${B}; goed geslapen, vochtinname letten, familie komt zondag.`,
      json: (l, f, B) => `Waarom is deze JSON ongeldig?\n{"bewoner": "${l}", "${f.toLowerCase()}": "${B}", "bijgewerkt": "2026-12-04",}`,
    },
    negatives: {
      encyclopaedic: (f) => `Schrijf een encyclopedie-artikel voor een spreekbeurt. Onderwerp: ${f.B} (wat het is, hoe vaak het voorkomt, de behandeling).`,
      leaflet: (f) => `Vereenvoudig deze tekst uit de bijsluiter: "${f.B}: wat u moet weten. Vraag uw arts of apotheker om advies."`,
      statistics: (f) => `Maak een grafiek: Gezondheidsenquête CBS, indicator "${f.B}", aandeel volwassenen: 2019 3,1 %, 2022 3,6 %, 2024 4,2 %.`,
      own: (f) => `${cap(f.own())}. Wat moet ik vragen bij mijn volgende afspraak?`,
      case: (f) => `Geanonimiseerde casus voor verpleegkundestudenten: ${f.say("een vrouw van 47")} en woont alleen. Wat hoort in het ontslagplan?`,
      public: (f) =>
        `Vat dit nieuwsbericht samen: op een persconferentie maandag zei de olympische roeister Hanna Verbeek publiekelijk: "${cap(f.own())}." Ze mist het seizoen.`,
      question: (f) =>
        question(f, {
          has: `Hoe vaak komt ${f.B} voor bij 60-plussers en hoe wordt het behandeld?`,
          takes: `Wat is de gebruikelijke dosis ${f.B} voor volwassenen?`,
          had: `Hoe lang duurt het herstel na ${f.B} meestal?`,
          lab: `Wat betekent ${f.B} in bloedonderzoek?`,
        }),
    },
  },
  pl: {
    say: (s, v, T) => `${s} ${{ has: "ma", takes: "bierze", had: s.startsWith("ktoś") ? "przeszedł" : "przeszła" }[v]} ${T}`,
    own: (v, T) => `${{ has: "mam", takes: "biorę", had: "przeszłam" }[v]} ${T}`,
    names: [
      ["Magdalena", "Nowak"],
      ["Zofia", "Wiśniewska"],
    ],
    full: (g, f) => `${g} ${f}`,
    relatives: [(g) => `moja siostra ${g}`, (g) => `moja córka ${g}`],
    colleague: (n) => `koleżanka z pracy ${n}`,
    patient: (id) => ({ subject: `pacjentka o numerze PESEL ${id}`, label: `PESEL ${id}` }),
    field: { has: "Rozpoznanie", takes: "Leki", had: "Zabieg" },
    sentence: {
      chat: (c) =>
        `Pomóż mi ciepło odpisać na tę wiadomość z rodzinnej grupy:\n[07.12.2026, 19:42] Tata: ${cap(c)}, więc w tym roku odpuszczamy jarmark świąteczny 😔`,
      email: (c) =>
        `Przeredaguj to, żeby brzmiało mniej szorstko:\n\nTemat: grafik na piątek\n\nCześć Tomek,\ndla informacji: ${c}, więc na razie bez nocnych dyżurów.\nDzięki, Ola`,
      voice: (c) => `Uporządkuj transkrypcję tej notatki głosowej: "cześć to ja, yyy, tylko żebyś wiedział, ${c}, więc, odbierzesz dzieci w czwartek? pa"`,
      sicknote: (c) => `Napisz z tego krótkiego maila do kadr: ${c}, lekarz wystawił L4 od 07.12 do 21.12.2026.`,
      handover: (c) => `Uporządkuj raport z nocnego dyżuru (DPS): pokój 12 – ${c}; spała dobrze, pilnować nawodnienia, rodzina w niedzielę.`,
    },
    labelled: {},
    negatives: {
      encyclopaedic: (f) => `Wyjaśnij prostym językiem do referatu szkolnego, co dzieje się w organizmie, gdy ${f.say("ktoś")}, i jak się to leczy.`,
      leaflet: (f) => `Uprość ten fragment ulotki: „Jeśli ${f.say("pacjentka")}, należy skonsultować się z lekarzem lub farmaceutą."`,
      statistics: (f) => `Zrób wykres: badanie EHIS, odpowiedzi „tak" na pytanie ankiety „${cap(f.own())}": 2019 3,1 %, 2022 3,6 %, 2024 4,2 %.`,
      own: (f) => `${cap(f.own())}. O co zapytać na następnej wizycie?`,
      case: (f) => `Zanonimizowany przypadek dla studentów pielęgniarstwa: ${f.say("47-letnia kobieta")} i mieszka sama. Co powinien zawierać plan wypisu?`,
      public: (f) =>
        `Streść tę wiadomość: na poniedziałkowej konferencji prasowej olimpijska wioślarka Helena Mazur powiedziała publicznie, że ${f.say("").trim()}, i opuści sezon.`,
      question: (f) => `Pytanie ogólne: jak często zdarza się, że ${f.say("ktoś po sześćdziesiątce")}, i jakie są zalecenia?`,
    },
  },
  ja: {
    say: (s, v, T) => `${s}は${T}${{ has: "があります", takes: "を使っています", had: "を経験しました" }[v]}`,
    own: (v, T) => `私は${T}${{ has: "があります", takes: "を使っています", had: "を経験しました" }[v]}`,
    names: [
      ["美咲", "佐藤"],
      ["由美", "高橋"],
    ],
    full: (g, f) => `${f}${g}`,
    relatives: [(g) => `妹の${g}`, (g) => `娘の${g}`],
    colleague: (n) => `同僚の${n}さん`,
    patient: (id) => ({ subject: `患者ID ${id} の患者さん`, label: `患者ID ${id}` }),
    field: { has: "病名", takes: "服薬", had: "処置" },
    sentence: {
      chat: (c) =>
        `家族のグループLINEのこのメッセージに優しく返信したい：\n[2026/12/07 19:42] 父：${c}。だから今年はクリスマスマーケットは行かないことにした😔`,
      email: (c) =>
        `もう少し柔らかい言い方に直してください。\n\n件名：金曜日のシフト\n\n山田さん\n念のため共有します。${c}。当面、夜勤は外してください。\n鈴木`,
      voice: (c) => `この音声メモの文字起こしを整えて：「もしもし、えっと、一応伝えておくね、${c}。だから、木曜日に子どもたちを迎えに行ってくれる？じゃあね」`,
    },
    labelled: {
      sicknote: (l, f, B) => `診断書\n氏名：${l}\n${f}：${B}\n2026年12月7日から12月21日まで休業を要する。これを人事部への短いメールにしてください。`,
      handover: (l, _f, B) => `介護施設の夜勤の申し送りを整理して：\n12号室 ${l}　${B}。よく眠れた。水分補給に注意、日曜日に家族が面会。`,
      json: (l, f, B) => `このJSONはなぜ無効？\n{"入居者": "${l}", "${f}": "${B}", "更新日": "2026-12-04",}`,
    },
    negatives: {
      encyclopaedic: (f) => `中学生の自由研究のために、${f.B}について百科事典風に説明してください。どんなものか、どのくらい多いか、どう対処するか。`,
      leaflet: (f) => `この説明書の文章をやさしくして：「${f.B}について知っておきたいこと。わからないことは医師または薬剤師にご相談ください。」`,
      statistics: (f) => `グラフにして：国民健康調査、${f.B}と回答した成人の割合 2019年 3.1%、2022年 3.6%、2024年 4.2%。`,
      own: (f) => `${f.own()}。次の診察で何を聞けばいいですか？`,
      case: (f) => `看護学生向けの匿名症例：${f.say("47歳の女性")}。一人暮らし。退院計画に何を入れるべきか。`,
      public: (f) => `このニュースを要約して：五輪ボート代表の選手が月曜日の記者会見で、${f.say("自分")}と公表し、今季を欠場する。`,
      question: (f) =>
        question(f, {
          has: `60歳以上で${f.B}はどのくらい多いですか？治療法は？`,
          takes: `${f.B}の成人の通常の用量は？`,
          had: `${f.B}のあと、回復にはふつうどのくらいかかりますか？`,
          lab: `血液検査で${f.B}とはどういう意味ですか？`,
        }),
    },
  },
};
