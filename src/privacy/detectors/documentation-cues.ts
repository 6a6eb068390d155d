/**
 * Example, test, template and documentation cues before a told value (session 43, dev-49): "RFC 6238's test secret …",
 * "Vorlage für Gäste: WLAN-Schlüssel …", "sample SMS", "for example". Such a value is nobody's (docs/privacy.md policy).
 * Read on the 200 characters before the value: constant work per value.
 */
const DOCUMENTATION_CUE =
  /(?<!\p{L})(?:rfc|test vectors?|test secret|examples?|sample|placeholder|dummy|fake|template|documentation|docs|tutorial|vorlage|beispiel\p{L}*|muster|plantilla|ejemplo|exemple|modèle de|esempio|exemplo|modelo de|voorbeeld|sjabloon|przykład\p{L}*|szablon|şablon|örnek|шаблон|пример\p{L}*|mall för|exempel)(?!\p{L})|テンプレート|サンプル|模板|示例|例文|템플릿|예시/iu;

/** True when an example, test, template or documentation cue stands in the 200 characters before `start`. */
export function documentationCueBefore(text: string, start: number): boolean {
  return DOCUMENTATION_CUE.test(text.slice(Math.max(0, start - 200), start));
}
