/**
 * Development set 33, further shapes in several languages: structured data about businesses (schema.org
 * PostalAddress, OpenStreetMap and libpostal examples, tracking pages), spreadsheet age formulas, legal dates,
 * vaccination schedules by age, cohort statements — with positives of the same shapes (a private person's address or
 * birth date in JSON-LD, a geocoding call, a spreadsheet). Written before anything under src/privacy was opened
 * (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const MIXED: MarkedEntry[] = [
  [
    "en",
    "neg-address:schema-org:code",
    `<script type="application/ld+json">\n{"@context": "https://schema.org", "@type": "Restaurant", "name": "Blue Heron Bistro",\n "address": {"@type": "PostalAddress", "streetAddress": "210 Water Street", "addressLocality": "Portland", "addressRegion": "ME", "postalCode": "04101"}}\n</script>\nGoogle's Rich Results test says "missing field priceRange" — is that an error or a warning?`,
  ],
  [
    "en",
    "neg-address:osm:code",
    `https://nominatim.openstreetmap.org/search?street=221B+Baker+Street&city=London&postalcode=NW1+6XE&format=json\nWhy does Nominatim return the Sherlock Holmes Museum and not the exact house number?`,
  ],
  [
    "en",
    "neg-address:libpostal:code",
    `>>> from postal.parser import parse_address\n>>> parse_address("The Book Club, 100-106 Leonard St, Shoreditch, London EC2A 4RH")\nHow do I get the venue name out as its own field?`,
  ],
  [
    "en",
    "neg-address:tracking:doc",
    `Tracking update: "Your parcel has arrived at our depot, DPD Hinckley Hub, Hinckley Island, Watling Street, Hinckley LE10 3JA." Does that mean it will be delivered today?`,
  ],
  [
    "en",
    "neg-address:sports-ground:free",
    `Which gate at Old Trafford, Sir Matt Busby Way, Manchester M16 0RA, is closest to the North Stand for wheelchair access?`,
  ],
  [
    "en",
    "neg-address:clinic-leaflet:doc",
    `Simplify this leaflet paragraph: "The Sexual Health Clinic is at Northgate Health Centre, 2 Northgate Street, Gloucester GL1 2AN. Walk-in Monday to Friday, 9 am to 4 pm. No need to give your name."`,
  ],
  [
    "en",
    "neg-address:mail-merge:code",
    `Dear {{first_name}},\nYour order will be shipped from our warehouse at 1 Fulfilment Way, Daventry NN11 8PB to {{street}}, {{city}} {{postcode}}.\nWhy does my Mailchimp merge leave {{postcode}} blank for Irish customers?`,
  ],
  [
    "en",
    "neg-date:excel-age:free",
    `In Excel, how do I compute someone's age in whole years from a birth date in A2 (e.g. 15/06/1985) and today's date? DATEDIF gives odd results.`,
  ],
  ["en", "neg-date:legal:free", `The GDPR has applied since 25 May 2018. Does it cover data collected before that date?`],
  [
    "en",
    "neg-date:vaccine-schedule:doc",
    `Turn this into a table: MMR first dose at 12 months, second dose at 3 years 4 months; 4-in-1 pre-school booster from 3 years 4 months.`,
  ],
  [
    "en",
    "neg-date:cohort:free",
    `People born in 1990 turn 36 this year. What share of them own a home in the UK compared with people born in 1960 at the same age?`,
  ],
  [
    "en",
    "neg-date:data-retention:doc",
    `Rewrite our retention policy line: "Application records received before 1 January 2020 will be deleted on 31 December 2026."`,
  ],
  [
    "de",
    "neg-address:schema-org:code",
    `{"@type": "Bakery", "name": "Bäckerei Sonnenkorn", "address": {"streetAddress": "Marktplatz 3", "postalCode": "79098", "addressLocality": "Freiburg im Breisgau"}}\nWie ergänze ich hier die Öffnungszeiten im richtigen Format?`,
  ],
  ["de", "neg-date:legal:free", `Das BGB trat am 1. Januar 1900 in Kraft. Welche Paragraphen gelten heute noch unverändert?`],
  [
    "fr",
    "neg-address:tracking:doc",
    `Que signifie ce message de suivi : « Votre colis est disponible au point relais Tabac de la Gare, 2 place de la Gare, 67000 Strasbourg, jusqu'au 12/12 » ?`,
  ],
  ["es", "neg-date:excel-age:free", `En Google Sheets, ¿cómo calculo la edad exacta a partir de una fecha de nacimiento en B2, por ejemplo 14/02/1979?`],
  ["ja", "neg-date:vaccine-schedule:free", `生後2か月から始まる予防接種のスケジュールを表にしてください。名前は不要です。`],
  ["zh", "neg-address:format-question:free", `中国的地址写法是从大到小，比如“广东省深圳市南山区科技园科苑路15号”，翻译成英文时顺序应该怎么改？`],
  // --- positives of the same shapes ------------------------------------------------------------------------------
  [
    "en",
    "address:schema-org:code",
    `{"@type": "Person", "name": "Rachel Ambrose", "address": {"@type": "PostalAddress", "streetAddress": "⟦street_address|14 Kingfisher Way, Didcot OX11 7GF⟧"}}\nI'm putting my own details on my personal homepage as JSON-LD — is this valid?`,
  ],
  [
    "en",
    "address:osm:code",
    `requests.get(NOMINATIM, params={"q": "⟦street_address|37 Beech Avenue, Harrogate HG2 8DS⟧", "format": "json"})  # my ex, Colin Shaw — where does he live now?\nWhy does this return nothing?`,
  ],
  [
    "en",
    "date:excel-age:code",
    `Name\tDOB\tAge\nHannah Cole\t⟦date_of_birth|15/06/1985⟧\t=DATEDIF(B2,TODAY(),"y")\nOwen Price\t⟦date_of_birth|02/01/1979⟧\t=DATEDIF(B3,TODAY(),"y")\nWhy does the second row show #NUM! in my team's sheet?`,
  ],
  [
    "de",
    "address:schema-org:code",
    `{"@type": "Person", "name": "Katrin Ebert", "homeLocation": {"streetAddress": "⟦street_address|Amselweg 9, 79111 Freiburg im Breisgau⟧"}}\nIst dieses JSON-LD für die Mitgliederliste unseres Vereins korrekt?`,
  ],
  [
    "es",
    "date:excel-age:code",
    `Socio | Fecha de nacimiento\nRamón Vidal | ⟦date_of_birth|14/02/1979⟧\nInés Soler | ⟦date_of_birth|30/09/1988⟧\n¿Cómo calculo en Google Sheets la edad de cada socio del club?`,
  ],
  [
    "fr",
    "address:tracking:doc",
    `Mon voisin Bernard Lemaire m'a demandé de récupérer son colis ; l'adresse de livraison est ⟦street_address|5 impasse des Lilas, 67200 Strasbourg⟧. Que dois-je dire au livreur ?`,
  ],
];
