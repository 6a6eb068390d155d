/**
 * A Wi-Fi network's name versus its key (session 43, dev-49): a token right after a network-name label ("the network
 * is", "la rete è", "sieć", "SSID:") names the network, not the key; after a plain name label ("name", "이름은",
 * "名前", "called") only with a Wi-Fi word in the 120 characters before ("my password is my dog's name: Bruno1987" is a
 * password). Read on bounded windows before the token: constant work per token.
 */
const COPULA = "(?:\\s+(?:is|es|è|é|ist|est|heißt|se llama|si chiama|se chama|c['’]est|to|heet|är|là))?\\s*[:=—–-]?\\s*$";
const NETWORK_LABEL = new RegExp(
  `(?<!\\p{L})(?:network|ssid|red|rete|sieć|sieci|netzwerk|réseau|netwerk|nätverk|ağ|сеть|сети|네트워크|网络|ネットワーク)${COPULA}`,
  "iu",
);
const NAME_LABEL = new RegExp(
  `(?<!\\p{L})(?:name|named|called|nom|nome|naam|namn|ağın adı|이름은?|名前|名称|model|modell|modèle|modelo|modello)${COPULA}`,
  "iu",
);
const WIFI_WORD = /wi-?fi|wlan|wireless|와이파이|ワイファイ|無線LAN|无线|вай-?фай/iu;

/** True when the token at `start` follows a network-name label on its line (not before `from`). */
export function afterNetworkLabel(text: string, start: number, from = 0): boolean {
  const window = text.slice(Math.max(from, start - 24), start);
  // Only this line's part: searched in the 24-character window, not back through the whole text.
  const before = window.slice(window.lastIndexOf("\n") + 1);
  if (NETWORK_LABEL.test(before)) return true;
  return NAME_LABEL.test(before) && WIFI_WORD.test(text.slice(Math.max(0, start - 120), start));
}
