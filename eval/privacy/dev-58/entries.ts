/**
 * dev-58 entries: a named private person (or "my wife", "mein Vater") with a drug by brand or generic name, a
 * treatment (dialysis, a chemo cycle, IVF, physiotherapy) or a medical device (insulin pump, CPAP, pacemaker, hearing
 * aid, stoma bag, wheelchair): `⟦health|…⟧`. Hard negatives use the same words without a private person: leaflets,
 * prices, shortages, pharmacology questions, a drug's history, public figures, pets' medicines, homonyms (Lyrica the
 * name, a lithium battery, a pump in plumbing), companies. `kind` is `<topic>:health` or `neg-<topic>:<what>`.
 * Our own invented text.
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const SENSITIVE: MarkedEntry[] = [
  // English: drugs
  ["en", "drug:health", `my wife Anna started ⟦health|Jardiance⟧ last week and keeps getting thirsty, is that normal?`],
  ["en", "drug:health", `Dad (Robert, 74) is on ⟦health|donepezil⟧ now, how long before we see any change?`],
  ["en", "drug:health", `my husband Tom takes ⟦health|Entresto⟧ twice a day, can he have a beer at the wedding?`],
  ["en", "drug:health", `Can my son Jake take ibuprofen while he's on ⟦health|Concerta⟧ 36mg?`],
  ["en", "drug:health", `my girlfriend Priya just got prescribed ⟦health|Descovy⟧ for ⟦health|PrEP⟧, does she need to take it daily?`],
  ["en", "drug:health", `My mum Linda has been on ⟦health|Keppra⟧ since the fall, she's so irritable now`],
  ["en", "drug:health", `Helping my neighbour Frank sort his pill box: ⟦health|Plavix⟧ in the morning, ⟦health|Crestor⟧ at night. Right?`],
  ["en", "drug:health", `my brother Kevin is on ⟦health|Vivitrol⟧ shots now, one every month`],
  ["en", "drug:health", `Sarah forgot her ⟦health|Yaz⟧ pill two days in a row, what should she do?`],
  ["en", "drug:health", `my partner Sam was switched from Zoloft to ⟦health|Trintellix⟧, any tips for the first weeks?`],
  ["en", "drug:health", `Grandma Doris takes ⟦health|Januvia⟧ and ⟦health|glipizide⟧, her sugar still drops at night`],
  ["en", "drug:health", `My dad Michael starts ⟦health|Revlimid⟧ next Monday for his myeloma, what side effects should we watch for?`],
  ["en", "drug:health", `my wife Emily is on ⟦health|Dupixent⟧ injections every two weeks, can she get the flu jab?`],
  ["en", "drug:health", `Can I give my husband Mark Tylenol? He takes ⟦health|Xeljanz⟧`],
  ["en", "drug:health", `Chris has been on ⟦health|Strattera⟧ for a month and says he can't sleep`],
  ["en", "drug:health", `my mother Carol takes ⟦health|Farxiga⟧ and ⟦health|Lasix⟧, is grapefruit ok?`],
  ["en", "drug:health", `my sister Megan is on ⟦health|Clomid⟧ this cycle, day 5 to 9`],
  ["en", "drug:health", `Jason's doctor put him on ⟦health|Trulicity⟧ instead of Ozempic because of the shortage`],
  ["en", "drug:health", `my wife Rachel is starting ⟦health|Stelara⟧ for her ⟦health|Crohn's⟧, anyone know how fast it works?`],
  ["en", "drug:health", `my uncle Gary is on ⟦health|Subutex⟧, can he still drive for work?`],
  // English: treatments and devices
  ["en", "treatment:health", `my father-in-law Harold goes to ⟦health|haemodialysis⟧ three times a week, can we still fly to Spain?`],
  ["en", "treatment:health", `Nicole is on her third ⟦health|FOLFOX⟧ cycle and can't feel her fingers in the cold`],
  ["en", "treatment:health", `my wife Laura and I start our second round of ⟦health|IVF⟧ in March, nervous`],
  ["en", "treatment:health", `My son Liam has ⟦health|physiotherapy after his ACL reconstruction⟧ twice a week`],
  ["en", "device:health", `my daughter Chloe just got an ⟦health|Omnipod⟧ ⟦health|insulin pump⟧, how do we stick it on a toddler's arm?`],
  ["en", "device:health", `my husband Paul uses a ⟦health|CPAP⟧ machine and it's so loud`],
  ["en", "device:health", `Dad (George) had a ⟦health|pacemaker⟧ fitted yesterday, can he use his phone?`],
  ["en", "device:health", `my grandad Walter has a ⟦health|colostomy bag⟧ now, what clothes are easiest?`],
  ["en", "device:health", `my mum Helen needs new ⟦health|hearing aids⟧, are the Phonak ones worth it?`],
  // German
  ["de", "drug:health", `Meine Frau Sabine nimmt seit Januar ⟦health|Xarelto⟧, darf sie Aspirin nehmen?`],
  ["de", "drug:health", `Mein Vater Klaus bekommt jetzt ⟦health|Marcumar⟧, worauf muss er beim Essen achten?`],
  ["de", "drug:health", `Meine Tochter Lena nimmt ⟦health|Medikinet⟧ für die Schule, darf sie Cola trinken?`],
  ["de", "drug:health", `Jürgen ist auf ⟦health|Lyrica⟧ und ⟦health|Tilidin⟧, ist das zusammen zu viel?`],
  ["de", "drug:health", `Meine Mutter Helga hat ⟦health|L-Thyroxin⟧ 75 verschrieben bekommen`],
  ["de", "treatment:health", `Mein Opa Heinz muss dreimal die Woche zur ⟦health|Dialyse⟧, wie plant man da einen Urlaub?`],
  ["de", "device:health", `Mein Mann Stefan hat seit gestern einen ⟦health|Herzschrittmacher⟧, darf er Rad fahren?`],
  ["de", "device:health", `Unsere Tochter Mia bekommt eine ⟦health|Insulinpumpe⟧, zahlt das die Krankenkasse?`],
  // French
  ["fr", "drug:health", `Ma femme Claire prend du ⟦health|Levothyrox⟧ depuis deux ans, peut-elle le prendre avec du café ?`],
  ["fr", "drug:health", `Mon fils Hugo est sous ⟦health|Ritaline⟧, il ne mange plus le midi`],
  ["fr", "drug:health", `Mon père Bernard prend du ⟦health|Kardegic⟧ et du ⟦health|Tahor⟧, c'est compatible avec l'ibuprofène ?`],
  ["fr", "drug:health", `Sophie est sous ⟦health|Deroxat⟧ et veut arrêter d'un coup`],
  ["fr", "treatment:health", `Ma mère Monique commence sa ⟦health|chimio⟧ lundi, qu'est-ce qu'on peut lui apporter ?`],
  ["fr", "device:health", `Mon mari Thierry dort avec une ⟦health|machine à PPC⟧, comment la nettoyer ?`],
  // Spanish
  ["es", "drug:health", `Mi marido Javier toma ⟦health|Sintrom⟧, ¿puede comer espinacas?`],
  ["es", "drug:health", `Mi hija Lucía toma ⟦health|Elvanse⟧, ¿le quita el hambre a todos?`],
  ["es", "drug:health", `Mi madre Carmen toma ⟦health|Adiro⟧ y ⟦health|omeprazol⟧ cada mañana`],
  ["es", "treatment:health", `Mi padre Manuel empieza ⟦health|hemodiálisis⟧ la semana que viene, ¿qué debe comer?`],
  ["es", "device:health", `Mi abuela Pilar lleva ⟦health|marcapasos⟧ desde 2020`],
  // Italian
  ["it", "drug:health", `Mia moglie Giulia prende il ⟦health|Eutirox⟧ a digiuno, può fare colazione dopo mezz'ora?`],
  ["it", "drug:health", `Mio padre Giuseppe è in terapia con ⟦health|Coumadin⟧, può prendere l'aspirina?`],
  ["it", "drug:health", `Mio fratello Luca prende lo ⟦health|Xanax⟧ ogni sera per dormire`],
  ["it", "treatment:health", `Mia madre Rosa fa la ⟦health|dialisi⟧ tre volte a settimana`],
  ["it", "device:health", `Mio nonno Aldo ora usa la ⟦health|sedia a rotelle⟧, che rampe servono in casa?`],
  // Portuguese
  ["pt", "drug:health", `A minha mulher Mariana toma ⟦health|Victoza⟧, pode fazer jejum?`],
  ["pt", "drug:health", `O meu pai João toma ⟦health|Concor⟧ e ⟦health|Lipitor⟧ de manhã`],
  ["pt", "drug:health", `Minha irmã Beatriz está tomando ⟦health|Venvanse⟧ para o TDAH`],
  ["pt", "treatment:health", `O meu avô Afonso faz ⟦health|hemodiálise⟧ às segundas, quartas e sextas`],
  ["pt", "device:health", `A minha mãe Leonor usa ⟦health|aparelho auditivo⟧ nos dois ouvidos`],
  // Dutch
  ["nl", "drug:health", `Mijn vrouw Sanne gebruikt ⟦health|Stesolid⟧ bij paniekaanvallen, mag ze dan autorijden?`],
  ["nl", "drug:health", `Mijn vader Pieter slikt ⟦health|acenocoumarol⟧, mag hij een griepprik?`],
  ["nl", "drug:health", `Onze zoon Daan gebruikt ⟦health|Ritalin⟧ en eet niks meer`],
  ["nl", "treatment:health", `Mijn moeder Inge krijgt ⟦health|fysiotherapie na haar knieoperatie⟧`],
  ["nl", "device:health", `Mijn opa Joost heeft een ⟦health|stomazakje⟧, kan hij nog zwemmen?`],
  // Polish
  ["pl", "drug:health", `Moja żona Agnieszka bierze ⟦health|Euthyrox⟧, czy może pić kawę rano?`],
  ["pl", "drug:health", `Mój tata Andrzej bierze ⟦health|Polocard⟧ i ⟦health|Atoris⟧ od ⟦health|zawału⟧`],
  ["pl", "drug:health", `Mój syn Kuba bierze ⟦health|Medikinet⟧, czy to normalne, że nie je obiadu?`],
  ["pl", "treatment:health", `Moja mama Ewa jest ⟦health|dializowana⟧ trzy razy w tygodniu`],
  ["pl", "device:health", `Mój dziadek Marek ma ⟦health|rozrusznik serca⟧, czy może przejść przez bramkę na lotnisku?`],
];

export const NEGATIVES: MarkedEntry[] = [
  // English: leaflets, prices, pharmacology, history, shortages
  ["en", "neg-drug:leaflet", `What are the common side effects of Jardiance listed on the leaflet?`],
  ["en", "neg-drug:leaflet", `How does donepezil work in Alzheimer's, and why is it taken at night?`],
  ["en", "neg-drug:leaflet", `Is Entresto cheaper than generic valsartan in the US?`],
  ["en", "neg-drug:leaflet", `Why is there a shortage of Concerta and Vyvanse in pharmacies this year?`],
  ["en", "neg-drug:leaflet", `Explain the difference between Descovy and Truvada for PrEP in a table`],
  ["en", "neg-drug:leaflet", `What's the mechanism of action of Keppra compared with lamotrigine?`],
  ["en", "neg-drug:leaflet", `Write a short history of Plavix and its patent expiry`],
  ["en", "neg-drug:leaflet", `Summarise the Revlimid REMS programme requirements for pharmacies`],
  ["en", "neg-drug:leaflet", `Dupixent list price vs biosimilars — what's coming in 2027?`],
  ["en", "neg-drug:leaflet", `Which SGLT2 inhibitors are approved for heart failure: Farxiga, Jardiance, others?`],
  ["en", "neg-treatment:leaflet", `How long does a haemodialysis session usually take and how does the machine filter blood?`],
  ["en", "neg-treatment:leaflet", `What is the FOLFOX regimen and which cancers is it used for?`],
  ["en", "neg-treatment:leaflet", `Average IVF success rates by age in the UK`],
  ["en", "neg-device:leaflet", `Compare Omnipod 5 and Tandem t:slim for a product review`],
  ["en", "neg-device:leaflet", `How do I clean a CPAP mask? Writing a care guide for our pharmacy website`],
  ["en", "neg-device:leaflet", `Can pacemakers be affected by induction hobs? General question for an FAQ`],
  // English: public figures, pets, homonyms, companies
  ["en", "neg-drug:public", `Elon Musk said on a podcast he had been prescribed ketamine; what did the press make of it?`],
  ["en", "neg-drug:public", `Which US president had a pacemaker while in office?`],
  ["en", "neg-drug:pet", `My dog Max is on Apoquel for itching, can he have it with his Bravecto?`],
  ["en", "neg-drug:pet", `our cat Luna takes Semintra for kidney disease, is the liquid hard to give?`],
  ["en", "neg-drug:homonym", `Lyrica Anderson's new album is out, who produced it?`],
  ["en", "neg-drug:homonym", `My lithium battery swells when charging, is it dangerous?`],
  ["en", "neg-device:homonym", `the heat pump in our basement makes a clicking noise every hour`],
  ["en", "neg-device:homonym", `Our sump pump failed during the storm, which brand should we buy?`],
  ["en", "neg-drug:company", `Novo Nordisk shares jumped after the Wegovy trial results, summarise the news`],
  ["en", "neg-drug:company", `Write a LinkedIn post about Pfizer's new plant in Kalamazoo`],
  // German
  ["de", "neg-drug:leaflet", `Welche Nebenwirkungen hat Xarelto laut Beipackzettel?`],
  ["de", "neg-drug:leaflet", `Warum gibt es gerade Lieferengpässe bei Medikinet und Elvanse?`],
  ["de", "neg-treatment:leaflet", `Wie funktioniert eine Dialyse und wie lange dauert eine Sitzung?`],
  ["de", "neg-device:homonym", `Unsere Wärmepumpe ist zu laut, was kann man tun?`],
  ["de", "neg-drug:pet", `Unser Hund Bello bekommt Rimadyl, darf er dazu noch Metacam?`],
  ["de", "neg-drug:company", `Bayer hat mit Xarelto Milliarden verdient, wie geht es nach dem Patentablauf weiter?`],
  // French
  ["fr", "neg-drug:leaflet", `Pourquoi la nouvelle formule du Levothyrox a-t-elle fait scandale en 2017 ?`],
  ["fr", "neg-drug:leaflet", `Quelle est la différence entre Kardegic et aspirine classique ?`],
  ["fr", "neg-treatment:leaflet", `Combien coûte une séance de chimio en France sans mutuelle ?`],
  ["fr", "neg-device:homonym", `La pompe de ma piscine fait du bruit, que vérifier ?`],
  ["fr", "neg-drug:pet", `Mon chat Minou prend du Semintra, comment lui donner ?`],
  // Spanish
  ["es", "neg-drug:leaflet", `¿Por qué el Sintrom interactúa con tantos alimentos?`],
  ["es", "neg-drug:leaflet", `¿Cuánto cuesta el Elvanse sin receta en España?`],
  ["es", "neg-treatment:leaflet", `¿Cuántas horas dura una sesión de hemodiálisis normalmente?`],
  ["es", "neg-device:homonym", `La bomba de agua del coche pierde líquido, ¿qué hago?`],
  // Italian
  ["it", "neg-drug:leaflet", `Qual è la differenza tra Eutirox e Tirosint in compresse?`],
  ["it", "neg-drug:leaflet", `Perché il Coumadin richiede controlli dell'INR frequenti?`],
  ["it", "neg-treatment:leaflet", `Quante persone fanno la dialisi in Italia ogni anno?`],
  ["it", "neg-drug:pet", `Il mio cane Rocco prende il Rimadyl, posso dargli anche il Previcox?`],
  // Portuguese
  ["pt", "neg-drug:leaflet", `Quais são os efeitos secundários mais comuns do Victoza?`],
  ["pt", "neg-drug:leaflet", `Porque é que o Venvanse está em falta nas farmácias?`],
  ["pt", "neg-treatment:leaflet", `Como funciona a hemodiálise e quanto tempo dura?`],
  // Dutch
  ["nl", "neg-drug:leaflet", `Wat zijn de bijwerkingen van Ritalin bij volwassenen volgens de bijsluiter?`],
  ["nl", "neg-drug:leaflet", `Waarom is acenocoumarol in Nederland populairder dan warfarine?`],
  ["nl", "neg-device:homonym", `Onze warmtepomp maakt lawaai, is dat normaal?`],
  // Polish
  ["pl", "neg-drug:leaflet", `Jakie są skutki uboczne Euthyroxu według ulotki?`],
  ["pl", "neg-drug:leaflet", `Dlaczego brakuje Medikinetu w aptekach?`],
  ["pl", "neg-treatment:leaflet", `Ile trwa jedna dializa i jak działa maszyna?`],
  ["pl", "neg-device:homonym", `Pompa ciepła w domu hałasuje w nocy, co sprawdzić?`],
];
