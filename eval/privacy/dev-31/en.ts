/**
 * Development set 31, English entries: biographies, quizzes, fact cards, infoboxes, timelines, obituaries and
 * encyclopaedia tables of public figures (sport, music, film, politics, science) in prose, tables, JSON and code —
 * then positives of the same shape: a CV or form of a named private person, a named relative's or neighbour's birth
 * date (also inside a "biography" or "Wikipedia-style" request), a private obituary notice, a patient label.
 * Written before anything under src/privacy was opened (README.md).
 */
import type { MarkedEntry } from "../marked-prompts.js";

export const EN: MarkedEntry[] = [
  // --- public figures: biography requests, quizzes, fact cards, infoboxes, timelines, obituaries -----------------------
  [
    "en",
    "neg-date:biography-request:free",
    `Write a short biography of Serena Williams (born September 26, 1981, Saginaw, Michigan) for a school sports poster, about 150 words, upbeat tone.`,
  ],
  [
    "en",
    "neg-date:quiz:doc",
    `Quiz round 3 – Music birthdays\n1. Which singer was born on 16 August 1958 in Bay City, Michigan? (Madonna)\n2. Who was born on December 13, 1989 in West Reading, Pennsylvania? (Taylor Swift)\nCan you add three more questions in the same style?`,
  ],
  [
    "en",
    "neg-date:infobox:code",
    `{"name": "Lionel Messi", "birth_date": "1987-06-24", "birth_place": "Rosario, Argentina", "position": "Forward", "clubs": ["Barcelona", "PSG", "Inter Miami"]}\nTurn this JSON into a Wikipedia-style infobox table in Markdown.`,
  ],
  [
    "en",
    "neg-date:encyclopaedia-lead:doc",
    `Rewrite this lead sentence for a ten-year-old: "Stephen William Hawking (8 January 1942 – 14 March 2018) was an English theoretical physicist, cosmologist, and author who was director of research at the Centre for Theoretical Cosmology at the University of Cambridge."`,
  ],
  [
    "en",
    "neg-date:timeline:doc",
    `| Year | Event |\n|------|-------|\n| 1955 | Steve Jobs born on February 24 in San Francisco |\n| 1976 | Apple founded in the Jobs family garage |\n| 1985 | Leaves Apple |\n| 1997 | Returns to Apple |\nAdd rows for the iPod, iPhone and iPad launches.`,
  ],
  [
    "en",
    "neg-date:obituary:doc",
    `Draft a short obituary paragraph for our music magazine: Prince Rogers Nelson, born June 7, 1958, in Minneapolis, died April 21, 2016, at Paisley Park. Focus on Purple Rain and his guitar playing.`,
  ],
  [
    "en",
    "neg-date:fact-card:doc",
    `Fact card\nName: Usain Bolt\nDate of birth: 21 August 1986\nBirthplace: Sherwood Content, Jamaica\nEvents: 100 m, 200 m, 4×100 m\nMake this into a kid-friendly paragraph for a sports-day handout.`,
  ],
  ["en", "neg-date:trivia:free", `Is it true that Keanu Reeves was born on September 2, 1964 in Beirut? My friend swears he's Canadian-born.`],
  [
    "en",
    "neg-date:encyclopaedia-table:code",
    `name,born,nationality,known_for\nMarie Curie,1867-11-07,Polish-French,radioactivity\nKatherine Johnson,1918-08-26,American,orbital mechanics\nTim Berners-Lee,1955-06-08,British,World Wide Web\nHow do I sort this by birth year in pandas and parse the dates?`,
  ],
  ["en", "neg-date:biography-request:free", `Write 100 words on Jennifer Doudna, born February 19, 1964, for the intro of a CRISPR explainer video.`],
  ["en", "neg-date:politics:free", `Angela Merkel was born 17 July 1954 in Hamburg — how old was she when she first became chancellor?`],
  [
    "en",
    "neg-date:fact-card:doc",
    `Film-buff fact card — Meryl Streep\nBorn: June 22, 1949, Summit, New Jersey\nOscar nominations: 21\nPlease make this sound less like a spreadsheet.`,
  ],
  ["en", "neg-date:sport:free", `Michael Jordan was born February 17, 1963 in Brooklyn — what year was he drafted and by which pick?`],
  ["en", "neg-date:biography-request:free", `Write a Spotify-style artist bio for Beyoncé Knowles-Carter (born September 4, 1981, Houston, Texas), 80 words.`],
  [
    "en",
    "neg-date:encyclopaedia-table:doc",
    `| Name | Born | Died | Field |\n|---|---|---|---|\n| Alan Turing | 23 June 1912 | 7 June 1954 | computing |\n| Rosalind Franklin | 25 July 1920 | 16 April 1958 | X-ray crystallography |\n| Carl Sagan | 9 November 1934 | 20 December 1996 | astronomy |\nAdd a column with one famous work each.`,
  ],
  [
    "en",
    "neg-date:quiz:code",
    `[\n  {"q": "On what date was Neil Armstrong born?", "a": "August 5, 1930"},\n  {"q": "In which city was Bill Gates born on October 28, 1955?", "a": "Seattle"}\n]\nWrite a JSON Schema for these quiz items.`,
  ],
  ["en", "neg-date:trivia:free", `Who was born first, Bill Gates (October 28, 1955) or Steve Jobs (February 24, 1955)?`],
  ["en", "neg-date:music:free", `Write a birthday tweet for Elton John — born 25 March 1947 in Pinner — without using the word "legend".`],
  [
    "en",
    "neg-date:obituary:code",
    `obit = {\n    "name": "Aretha Franklin",\n    "born": "1942-03-25",\n    "died": "2018-08-16",\n    "place_of_birth": "Memphis, Tennessee",\n}\n# How do I compute her age at death from these two fields?`,
  ],
  [
    "en",
    "neg-date:biography-request:free",
    `Magnus Carlsen, born 30 November 1990 in Tønsberg — summarise his rise to the top of chess in five bullet points.`,
  ],
  [
    "en",
    "neg-date:timeline:free",
    `For my homework I need a timeline of Malala Yousafzai's life. She was born on 12 July 1997 in Mingora. What happened in 2012 and 2014?`,
  ],
  [
    "en",
    "neg-date:on-this-day:doc",
    `Draft an "On this day" entry for our science newsletter: Sally Ride, born May 26, 1951, the first American woman in space.`,
  ],
  [
    "en",
    "neg-date:code:code",
    `from datetime import date\nPEOPLE = [("Tom Hanks", date(1956, 7, 9)), ("Denzel Washington", date(1954, 12, 28))]\n# "born today" bot: why does my filter never match when today is 9 July?`,
  ],
  [
    "en",
    "neg-date:infobox:code",
    `{{Infobox person\n| name        = Dolly Parton\n| birth_date  = {{birth date and age|1946|1|19}}\n| birth_place = Pittman Center, Tennessee, U.S.\n}}\nWhy does this infobox render the age twice on my wiki?`,
  ],
  ["en", "neg-date:biography-request:free", `Write a biography of Toni Morrison, born February 18, 1931, in Lorain, Ohio, in 200 words for a library display.`],
  ["en", "neg-date:sport:free", `Simone Biles was born March 14, 1997 in Columbus, Ohio — when did she win her first world all-around title?`],
  [
    "en",
    "neg-date:quiz:free",
    `Jeopardy-style clue check: "This singer, born May 24, 1941 in Duluth, Minnesota, won the 2016 Nobel Prize in Literature." Is the clue accurate?`,
  ],
  [
    "en",
    "neg-date:on-this-day:free",
    `Today in music history: on 29 August 1958 Michael Jackson was born in Gary, Indiana. Give me two more facts for the radio segment.`,
  ],
  [
    "en",
    "neg-date:code:code",
    `SELECT ?dob WHERE { wd:Q44946 wdt:P569 ?dob }\n-- Wikidata returns 1960-10-30 for Diego Maradona but my chart shows 29 October. Timezone issue?`,
  ],
  // --- positives of the same shapes -------------------------------------------------------------------------------------
  [
    "en",
    "date:cv:doc",
    `Please polish my CV header:\nDaniel Okafor\nDate of birth: ⟦date_of_birth|14 March 1991⟧\nNationality: Nigerian\nProfile: data engineer with six years of experience in logistics.`,
  ],
  [
    "en",
    "date:biography-request:free",
    `Write a short biography of my neighbour Jan Kowalski, born ⟦date_of_birth|3 May 1961⟧, for the booklet at his 65th birthday party. He was a bus driver for 30 years.`,
  ],
  [
    "en",
    "date:relative:free",
    `My father, Robert Haines, was born on ⟦date_of_birth|12 October 1948⟧ in Leeds. Help me write a eulogy that mentions his years at the steelworks.`,
  ],
  [
    "en",
    "date:obituary:doc",
    `Margaret Ellen Price (née Dawson), born ⟦date_of_birth|2 February 1937⟧, passed away peacefully on 28 November 2026 at home in Stockport, surrounded by her children Susan and Mark. Funeral details to follow. Please make this notice a little warmer.`,
  ],
  [
    "en",
    "date:patient:doc",
    `Appointment letter header — please format:\nPatient: Aisha Rahman\nDOB: ⟦date_of_birth|07/11/1983⟧\nClinic: Outpatients B, Tuesday 10:40`,
  ],
  [
    "en",
    "date:application:code",
    `{"applicant": "Tomasz Nowicki", "dob": "⟦date_of_birth|1995-08-19⟧", "course": "MSc Data Science", "intake": "2027-09"}\nWhy does my form validator reject this application JSON?`,
  ],
  [
    "en",
    "date:fact-card:doc",
    `Make a fun "All about me" fact card for my daughter's class wall:\nName: Lily Carter\nBirthday: ⟦date_of_birth|9 April 2017⟧\nFavourite animal: otter`,
  ],
  [
    "en",
    "date:timeline:doc",
    `Family history timeline for grandma's album:\n| Date | Event |\n|---|---|\n| ⟦date_of_birth|3 June 1932⟧ | Edith Morley born in Hull |\n| 1954 | Marries Frank Morley |\nAdd a row for when they moved to Scarborough in 1961.`,
  ],
  [
    "en",
    "date:quiz:free",
    `Office quiz for Priya's leaving do: "Priya Raman was born on ⟦date_of_birth|22 January 1990⟧ in Leicester — true or false?" Give me four more questions like that about her.`,
  ],
  [
    "en",
    "date:encyclopaedia-lead:free",
    `Write a Wikipedia-style article about me, starting "Kevin Marsh (born ⟦date_of_birth|17 September 1986⟧) is a plumber from Swindon", for my business website's about page.`,
  ],
  [
    "en",
    "date:hr-table:code",
    `name,born,team\nSarah Lind,⟦date_of_birth|1979-04-02⟧,Finance\nOmar Haddad,⟦date_of_birth|1988-12-15⟧,IT\nHow do I add an age column to this staff export in Excel?`,
  ],
  [
    "en",
    "date:biography-request:free",
    `Write a biography of my grandfather, Harold Bennett, born ⟦date_of_birth|5 May 1940⟧ in Bristol, who ran the corner shop on our street for forty years.`,
  ],
  [
    "en",
    "date:infobox:code",
    `{{Infobox person\n| name        = Craig Dunmore\n| birth_date  = ⟦date_of_birth|12 July 1984⟧\n| occupation  = accountant at our office\n}}\nI'm making a joke wiki page for my colleague's birthday — why won't the infobox render?`,
  ],
];
