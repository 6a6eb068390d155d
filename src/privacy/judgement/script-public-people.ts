/**
 * Public people in scripts without letter case (issue #15, session 46, dev-69): `public-entities.ts` finds well-known
 * people by capitalised word runs, which Han, Kana and Hangul text does not have, so an encyclopaedia line such as
 * "大谷翔平（1994年7月5日生まれ）は…手術を受けた" or "손흥민(1992년 7월 8일생)은 … 득점왕" read as a private person's birth
 * date and health. Two cues:
 *  - a well-known person's name written in Han, Kana or Hangul (sport, music, film, politics, business, literature,
 *    history), matched as a literal (a Hangul name not right after another Hangul letter);
 *  - a parenthesised life span whose death year is 90 or more years ago ("鲁迅（1881年9月25日－1936年10月19日）",
 *    "(1881–1936)"): the person is historical, as `person-near.ts` already reads "died in 1890".
 * Only names that are no everyday word and rarely a private person's were listed (no 李娜, 공유, 보아, 김민재), and a name
 * after a relation or first-person word (동생 김연아, 我的朋友姚明) is the writer's acquaintance. Both regexes
 * are alternations of literals or bounded runs: linear in the window, which the callers keep to a sentence.
 */

/** Han and Kana names (Chinese and Japanese; simplified and traditional forms where they differ). */
const HAN_PEOPLE = [
  // Japanese sport, culture, politics, business, history
  "大谷翔平|鈴木一朗|イチロー|羽生結弦|大坂なおみ|錦織圭|本田圭佑|三笘薫|久保建英|松井秀喜|王貞治|長嶋茂雄|藤井聡太|浅田真央|吉田沙保里",
  "宮崎駿|黒澤明|北野武|是枝裕和|村上春樹|川端康成|夏目漱石|芥川龍之介|太宰治|三島由紀夫|大江健三郎|坂本龍一|美空ひばり|木村拓哉|宇多田ヒカル",
  "安倍晋三|岸田文雄|石破茂|小泉純一郎|田中角栄|菅義偉|孫正義|松下幸之助|豊田章男|柳井正|稲盛和夫|山中伸弥|湯川秀樹|野口英世",
  "織田信長|豊臣秀吉|徳川家康|坂本龍馬|西郷隆盛|伊藤博文|福沢諭吉|紫式部",
  // Chinese politics, sport, culture, business, science, history
  "鲁迅|魯迅|毛泽东|毛澤東|邓小平|鄧小平|周恩来|周恩來|孙中山|孫中山|习近平|習近平|李克强|李克強|胡锦涛|胡錦濤|江泽民|江澤民|蒋介石|蔣介石",
  "姚明|刘翔|劉翔|谷爱凌|谷愛凌|苏炳添|蘇炳添|郎平|李小龙|李小龍|周杰伦|周杰倫|刘德华|劉德華|张艺谋|張藝謀|巩俐|鞏俐|章子怡|邓丽君|鄧麗君|梅兰芳|梅蘭芳",
  "马云|馬雲|马化腾|馬化騰|任正非|雷军|雷軍|李嘉诚|李嘉誠|莫言|金庸|老舍|巴金|钱学森|錢學森|屠呦呦|杨振宁|楊振寧|袁隆平|张爱玲|張愛玲|林徽因",
  "孔子|孟子|李白|杜甫|苏轼|蘇軾|曹雪芹|秦始皇|诸葛亮|諸葛亮|武则天|武則天|林黛玉|贾宝玉|賈寶玉|孙悟空|孫悟空",
].join("|");

/** Hangul names (Korean sport, music, film, politics, business, history). */
const HANGUL_PEOPLE = [
  "손흥민|김연아|박지성|류현진|황희찬|추신수|이승엽|차범근|박세리|페이커",
  "아이유|방탄소년단|블랙핑크|이효리|송강호|이병헌|전지현|송혜교|손예진|이정재|박찬욱|봉준호|윤여정|조용필",
  "이건희|이재용|정주영|이병철",
  "문재인|윤석열|이명박|박근혜|노무현|김대중|김영삼|전두환|노태우|박정희|이승만|김정은|김정일|김일성|반기문",
  "세종대왕|이순신|안중근|유관순|윤동주|신사임당|장영실",
].join("|");

const WELL_KNOWN_IN_SCRIPTS = new RegExp(`${HAN_PEOPLE}|(?<![가-힣])(?:${HANGUL_PEOPLE})`, "gu");

/**
 * A relation or first-person word right before the name: "동생 김연아", "我的朋友姚明", "母の美空ひばり" is someone in the
 * writer's life who bears the name, not the public person.
 */
const KIN_BEFORE =
  /(?:동생|형|누나|언니|오빠|엄마|아빠|어머니|아버지|남편|아내|아들|딸|친구|동료|이웃|사촌|조카|삼촌|이모|고모|할머니|할아버지|우리|제|내|我的|我|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|朋友|同事|邻居|鄰居|儿子|女儿|兒子|女兒|丈夫|妻子|私の|母|父|兄|姉|弟|妹|息子|娘|夫|妻|友人|同僚)[\s의の]*$/u;

/** A listed name in `window` that no relation or first-person word introduces. */
function wellKnownPersonIn(window: string): boolean {
  WELL_KNOWN_IN_SCRIPTS.lastIndex = 0;
  for (let match = WELL_KNOWN_IN_SCRIPTS.exec(window); match !== null; match = WELL_KNOWN_IN_SCRIPTS.exec(window))
    if (!KIN_BEFORE.test(window.slice(Math.max(0, match.index - 8), match.index))) return true;
  return false;
}

/** A letter of a script without case: the names above can occur only then. */
const CASELESS_LETTER = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;

/** A date after a year inside a life span: 年9月25日, 년 7월 8일, -09-25, .9.25. */
const SPAN_DATE = String.raw`(?:\s?年\s?\d{1,2}\s?月\s?\d{1,2}\s?日|\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일|[./-]\d{1,2}[./-]\d{1,2}|\s?[年년])?`;
/** "(1881–1936)", "（1881年9月25日－1936年10月19日）", "(1930년 3월 1일 ~ 1935년)": birth and death years in parentheses. */
const LIFE_SPAN = new RegExp(String.raw`[（(]\s?(?<!\d)(1\d{3}|20\d{2})${SPAN_DATE}\s?[－–—~〜‐-]\s?(1\d{3}|20\d{2})(?!\d)${SPAN_DATE}\s?[）)]`, "u");

/** Died this many years ago or earlier, a person is historical (the same 90 years as person-near.ts's death words). */
const HISTORIC_YEARS = 90;

/** A life span in `window` whose death year is 90 or more years ago. */
export function historicLifeSpan(window: string): boolean {
  if (!window.includes("(") && !window.includes("（")) return false;
  const span = LIFE_SPAN.exec(window);
  if (span === null) return false;
  const born = Number(span[1]);
  const died = Number(span[2]);
  return born < died && died <= new Date().getUTCFullYear() - HISTORIC_YEARS;
}

/** True when `window` names a well-known person in Han, Kana or Hangul, or holds a historical life span. */
export function namesPublicPersonInScripts(window: string): boolean {
  return (CASELESS_LETTER.test(window) && wellKnownPersonIn(window)) || historicLifeSpan(window);
}
