/** Development set 41, European languages (de fr es it pt nl pl sv): public documents as published, with twins. */
import type { Group } from "./group.js";

export const EU: Group[] = [
  // German
  [
    [
      "de",
      "neg-address:imprint:doc",
      `Impressum
Angaben gemäß § 5 TMG
Brennwerk Software GmbH
Hafenstraße 17, 20457 Hamburg
Handelsregister: HRB 158273, Amtsgericht Hamburg
Vertreten durch die Geschäftsführer: Jana Krüger, Malte Petersen
Umsatzsteuer-ID: DE 318 447 102
Telefon: +49 40 8822 1450, E-Mail: info@brennwerk.de

Ist dieses Impressum vollständig? Fehlt etwas nach TMG/DDG?`,
    ],
    [
      "de",
      "address:letter:doc",
      `Bitte formuliere diesen Widerspruch höflicher:

Lukas Hofbauer
⟦street_address|Lindenweg 8, 21465 Reinbek⟧

An die Brennwerk Software GmbH, Hafenstraße 17, 20457 Hamburg
Sehr geehrte Damen und Herren, hiermit widerspreche ich der Verlängerung meines Abos …`,
    ],
  ],
  [
    [
      "de",
      "neg-date:biography:doc",
      `Aus der Wikipedia:
Helene Fischer (* 5. August 1984 in Krasnojarsk, Sowjetunion) ist eine deutsche Sängerin, Entertainerin und Schauspielerin. Mit über 18 Millionen verkauften Tonträgern gehört sie zu den kommerziell erfolgreichsten Sängerinnen Deutschlands.

Fasse das in einem Satz für ein Quiz zusammen.`,
    ],
    [
      "de",
      "date:form:doc",
      `Kannst du das Anmeldeformular für den Sportverein prüfen?
Mitglied: Emilia Schwarzer
Geburtsdatum: ⟦date_of_birth|17.06.2015⟧
Erziehungsberechtigte: Katrin Schwarzer
Abteilung: Leichtathletik`,
    ],
  ],
  [
    [
      "de",
      "neg-financial:annual-report:doc",
      `Vergütungsbericht 2025 (Auszug): Die Gesamtvergütung des Vorstandsvorsitzenden Dr. Klaus Reinhardt betrug 7,8 Mio. € (Vorjahr: 6,9 Mio. €), davon Festvergütung 1,6 Mio. €. Das Finanzvorstandsmitglied Sabine Lorenz erhielt 3,4 Mio. €.

Wie hoch ist der variable Anteil beim Vorstandsvorsitzenden ungefähr?`,
    ],
    [
      "de",
      "financial:message:chat",
      `Kollege schreibt mir auf Teams: "Ich bin's, Florian Weidner – ab März bekomme ich ⟦financial|4.250 € brutto⟧ im Monat, reicht das für die Wohnung in Bogenhausen?" Was soll ich ihm antworten?`,
    ],
  ],
  [
    [
      "de",
      "neg-financial:job-ad:doc",
      `Stellenanzeige: Pflegefachkraft (m/w/d) in Vollzeit
Vergütung nach TVöD-P, P8: 3.680 € bis 4.420 € brutto monatlich, zzgl. Jahressonderzahlung
Klinikum Nordstadt, Haltenhoffstraße 41, 30167 Hannover
Bewerbungen an karriere@klinikum-nordstadt.de

Mach daraus einen LinkedIn-Post.`,
    ],
  ],
  [
    [
      "de",
      "neg-address:museum:doc",
      `Besucherinformation
Pergamonmuseum. Das Panorama, Am Kupfergraben 2, 10117 Berlin
Öffnungszeiten: Di–So 10–18 Uhr
Eintritt 14 €, ermäßigt 7 €

Übersetze das ins Englische.`,
    ],
  ],
  [
    [
      "de",
      "neg-date:gazette:doc",
      `Amtsgericht Charlottenburg, Bekanntmachung vom 02.12.2026, HRB 241877 B: Lumen Mobility GmbH, Berlin, Torstraße 109, 10119 Berlin. Geschäftsführer: Yusuf Demir, geb. 14.03.1981, Berlin; einzelvertretungsberechtigt.

Was bedeutet "einzelvertretungsberechtigt"?`,
    ],
  ],
  // French
  [
    [
      "fr",
      "neg-address:imprint:doc",
      `Mentions légales
Éditeur du site : Atelier Brume SAS, au capital de 50 000 €
Siège social : 12 rue de la Roquette, 75011 Paris
RCS Paris 852 417 390 — TVA intracommunautaire FR 47 852417390
Directeur de la publication : Camille Fournier
Hébergeur : OVH SAS, 2 rue Kellermann, 59100 Roubaix
Contact : contact@atelierbrume.fr

Ces mentions légales sont-elles conformes à la LCEN ?`,
    ],
    [
      "fr",
      "address:letter:doc",
      `Peux-tu corriger cette lettre de résiliation ?

Mme Élodie Marchand
⟦street_address|5 allée des Tilleuls, 69140 Rillieux-la-Pape⟧

Atelier Brume SAS, 12 rue de la Roquette, 75011 Paris
Objet : résiliation de mon abonnement`,
    ],
  ],
  [
    [
      "fr",
      "neg-date:obituary:doc",
      `Nécrologie — Jean-Paul Belmondo, né le 9 avril 1933 à Neuilly-sur-Seine et mort le 6 septembre 2021 à Paris, était un acteur français, figure de la Nouvelle Vague avec À bout de souffle (1960).

Résume en deux phrases pour un podcast.`,
    ],
    [
      "fr",
      "date:obituary:doc",
      `Aide-moi à rédiger l'avis de décès pour le journal local :
Madame Josette Leclerc, née le ⟦date_of_birth|3 février 1942⟧ à Vierzon, nous a quittés le 30 novembre 2026. Ses obsèques auront lieu en l'église Saint-Céols.`,
    ],
  ],
  [
    [
      "fr",
      "neg-financial:job-ad:doc",
      `Offre d'emploi — Chargé·e de communication (CDI), Lyon
Rémunération : 38 000 € – 44 000 € brut annuel selon expérience
Télétravail 2 jours/semaine. Candidature : recrutement@agence-lumiere.fr

Reformule l'annonce de façon plus dynamique.`,
    ],
    [
      "fr",
      "financial:message:chat",
      `Message de ma collègue Nadia Benali : "Je viens de signer, mon salaire passe à ⟦financial|41 500 € brut⟧ par an, tu crois que je pouvais négocier plus ?" Aide-moi à lui répondre gentiment.`,
    ],
  ],
  [
    [
      "fr",
      "neg-email:paper:doc",
      `Auteurs : Marie Lefebvre (1), Antoine Girard (2)
(1) Laboratoire de Physique, École normale supérieure, 24 rue Lhomond, 75005 Paris
(2) CNRS, Institut Néel, 25 avenue des Martyrs, 38042 Grenoble
Auteur correspondant : marie.lefebvre@phys.ens.fr

Mets ces affiliations au format de la revue (numérotation en exposant).`,
    ],
  ],
  [
    [
      "fr",
      "neg-address:programme:doc",
      `Festival d'Avignon — programme du 8 juillet
Cour d'honneur du Palais des papes, Place du Palais, 84000 Avignon, 22h00
Cloître des Carmes, Place des Carmes, 84000 Avignon, 18h00
Billetterie : 04 90 14 14 14

Fais-moi un planning de la soirée.`,
    ],
  ],
  // Spanish
  [
    [
      "es",
      "neg-address:imprint:doc",
      `Aviso legal
Titular: Viñedos del Sur, S.L., CIF B-91234567
Domicilio social: Calle Larios 14, 29005 Málaga
Inscrita en el Registro Mercantil de Málaga, Tomo 4521, Folio 88, Hoja MA-102938
Correo electrónico: info@vinedosdelsur.es

¿Falta algún dato obligatorio según la LSSI?`,
    ],
    [
      "es",
      "address:letter:chat",
      `Tengo que mandar una reclamación a Viñedos del Sur. Mis datos: Rocío Fernández Gil, ⟦street_address|Calle Almendro 7, 3.º B, 29010 Málaga⟧. Escríbeme la carta, me cobraron dos cajas que nunca llegaron.`,
    ],
  ],
  [
    [
      "es",
      "neg-date:biography:doc",
      `Gabriel García Márquez (Aracataca, 6 de marzo de 1927 – Ciudad de México, 17 de abril de 2014) fue un escritor y periodista colombiano. Premio Nobel de Literatura en 1982.

Haz una ficha para mis alumnos de secundaria.`,
    ],
  ],
  [
    [
      "es",
      "neg-financial:press-release:doc",
      `NOTA DE PRENSA — Madrid, 30 de octubre de 2026. Grupo Aranda obtuvo un beneficio neto de 412 millones de euros hasta septiembre, un 9 % más, y sus ventas alcanzaron 5.870 millones. La retribución total del consejero delegado, Javier Ruiz, fue de 3,2 millones según el informe anual.

Resume en un tuit.`,
    ],
    [
      "es",
      "financial:message:chat",
      `Mi compañero Andrés Cabello me ha escrito por WhatsApp: "me han bajado el sueldo a ⟦financial|1.650 euros⟧ netos y tengo la hipoteca". ¿Cómo le contesto para animarle?`,
    ],
  ],
  [
    [
      "es",
      "neg-date:form:doc",
      `Instrucciones del modelo EX-15 (NIE): "Fecha de nacimiento: indique día, mes y año (ej.: 05/11/1990). Lugar de nacimiento: municipio y país." Rellénese en mayúsculas.

¿Dónde se presenta este formulario en Barcelona?`,
    ],
  ],
  // Italian
  [
    [
      "it",
      "neg-address:imprint:doc",
      `Note legali
Pasticceria Fratelli Conti S.r.l. — Via dei Mille 23, 80121 Napoli
P.IVA 07654321218 — REA NA-912345 — Capitale sociale € 20.000 i.v.
PEC: fratelliconti@pec.it — Tel. 081 764 2210

Traduci in inglese per il sito.`,
    ],
    [
      "it",
      "address:letter:doc",
      `Correggi questa lettera per la consegna:

Gentile Pasticceria Conti, vi prego di consegnare la torta per il battesimo di mia nipote a casa mia: Giuseppina Russo, ⟦street_address|Via Tasso 112, 80127 Napoli⟧, sabato entro le 10.`,
    ],
  ],
  [
    [
      "it",
      "neg-date:biography:doc",
      `Samantha Cristoforetti (Milano, 26 aprile 1977) è un'astronauta e aviatrice italiana, prima donna italiana negli equipaggi dell'Agenzia Spaziale Europea.

Scrivi tre domande per un quiz a scuola.`,
    ],
  ],
  [
    [
      "it",
      "neg-financial:job-ad:doc",
      `Annuncio: cercasi sviluppatore/trice backend, sede Torino. RAL 35.000 – 42.000 € a seconda dell'esperienza, buoni pasto, welfare aziendale. Inviare CV a lavora@nebbiolo-tech.it.

Rendi l'annuncio più chiaro.`,
    ],
  ],
  // Portuguese
  [
    [
      "pt",
      "neg-address:listing:doc",
      `Vende-se apartamento T2 — Rua Garrett 74, 1200-204 Lisboa (Chiado)
Preço: 640.000 €. Área útil 92 m², elevador, certificado energético B.
Contacto: Imobiliária Tejo, 21 340 5522

Traduz o anúncio para inglês.`,
    ],
    [
      "pt",
      "address:letter:chat",
      `A minha tia Fernanda Lopes mudou-se para ⟦street_address|Rua das Flores 18, 2.º Esq., 4050-262 Porto⟧. Escreve-me um postal de Natal curto para lhe enviar.`,
    ],
  ],
  [
    [
      "pt",
      "neg-date:biography:doc",
      `José Saramago (Azinhaga, 16 de novembro de 1922 — Tías, 18 de junho de 2010) foi um escritor português, vencedor do Prémio Nobel da Literatura de 1998.

Faz um resumo para uma apresentação.`,
    ],
    [
      "pt",
      "date:form:doc",
      `Confere esta ficha de inscrição na creche:
Criança: Beatriz Almeida Santos
Data de nascimento: ⟦date_of_birth|04/09/2023⟧
Encarregado de educação: Rui Santos`,
    ],
  ],
  [
    [
      "pt",
      "neg-email:paper:doc",
      `Autores: Ana Carolina Ribeiro¹, Pedro Henrique Costa²
¹ Departamento de Química, Universidade Federal de Minas Gerais, Av. Antônio Carlos 6627, Belo Horizonte, MG 31270-901
² Embrapa Agroindústria, Rio de Janeiro
E-mail para correspondência: acribeiro@ufmg.br

Formata no estilo ABNT.`,
    ],
  ],
  // Dutch
  [
    [
      "nl",
      "neg-address:imprint:doc",
      `Colofon
Studio Grachtwerk B.V.
Keizersgracht 221, 1016 DV Amsterdam
KvK-nummer 71234567, btw-id NL858912345B01
E-mail: hallo@grachtwerk.nl

Wat moet er volgens de wet nog meer in een colofon staan?`,
    ],
    [
      "nl",
      "email:contact:chat",
      `Mijn buurvrouw Ingrid de Wit wil de nieuwsbrief van de bibliotheek ontvangen maar kan zelf niet goed met de computer. Haar e-mail is ⟦email|ingrid.dewit54@hotmail.nl⟧. Schrijf een korte aanmeldmail namens haar.`,
    ],
  ],
  [
    [
      "nl",
      "neg-financial:annual-report:doc",
      `Uit het jaarverslag 2025: de totale beloning van de CEO, Peter van Dijk, bedroeg € 2,9 miljoen (2024: € 2,6 miljoen), waarvan vast salaris € 1,1 miljoen. De beloningsverhouding CEO/medewerker was 38:1.

Leg uit wat de beloningsverhouding betekent.`,
    ],
  ],
  // Polish
  [
    [
      "pl",
      "neg-address:imprint:doc",
      `Dane firmy:
Piekarnia Złoty Kłos sp. z o.o., ul. Piotrkowska 120, 90-006 Łódź
KRS 0000712345, NIP 7251234567, REGON 369876543
Kapitał zakładowy 50 000 zł
kontakt@zlotyklos.pl, tel. 42 630 11 22

Przetłumacz na angielski do stopki strony.`,
    ],
    [
      "pl",
      "address:letter:doc",
      `Popraw tę reklamację:

Tomasz Wieczorek
⟦street_address|ul. Jaśminowa 4 m. 12, 91-345 Łódź⟧

Piekarnia Złoty Kłos sp. z o.o.
Dzień dobry, tort zamówiony na 5 grudnia nie został dostarczony.`,
    ],
  ],
  [
    [
      "pl",
      "neg-date:biography:doc",
      `Wisława Szymborska (ur. 2 lipca 1923 w Prowencie, zm. 1 lutego 2012 w Krakowie) – polska poetka, eseistka, laureatka Nagrody Nobla w dziedzinie literatury (1996).

Napisz krótką notkę do gazetki szkolnej.`,
    ],
  ],
  [
    [
      "pl",
      "neg-financial:job-ad:doc",
      `Ogłoszenie: Księgowa/Księgowy, Warszawa. Wynagrodzenie: 8 500 – 10 500 zł brutto miesięcznie, umowa o pracę, prywatna opieka medyczna. CV: rekrutacja@biurorachunkowe-wisla.pl

Skróć ogłoszenie do 3 zdań.`,
    ],
  ],
  // Swedish
  [
    [
      "sv",
      "neg-address:imprint:doc",
      `Om företaget
Fjällbrygg AB, org.nr 556912-3456
Besöksadress: Sveavägen 44, 111 34 Stockholm
Styrelsens säte: Stockholm
E-post: kundtjanst@fjallbrygg.se

Översätt till engelska för vår webbsida.`,
    ],
    [
      "sv",
      "address:letter:chat",
      `Min farfar Bengt Lindqvist fyller 90 och bor på ⟦street_address|Björkvägen 3, 791 41 Falun⟧. Skriv ett kort gratulationskort som vi skickar dit.`,
    ],
  ],
  [
    [
      "sv",
      "neg-date:biography:doc",
      `Astrid Lindgren, född 14 november 1907 på Näs utanför Vimmerby, död 28 januari 2002 i Stockholm, var en svensk författare.

Gör tre frågor till en frågesport.`,
    ],
  ],
];
