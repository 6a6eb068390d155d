/**
 * The key after a Wi-Fi password frame (dev-49, session 43): a Wi-Fi word and a key word within 40 characters of each
 * other on one line ("la chiave del wifi è …", "Senha do wifi da casa: …", "Wi-Fi u nas: sieć …, klucz …", "the Wi-Fi …
 * and the key is … it's …"), then the first key-shaped token in the 80 characters after the later of the two. A token
 * after a network-name label ("la rete è", "sieć", "이름은", "SSID") is the network, not the key; a placeholder, a
 * standard's name (WPA2) or an address is no key. Bounded windows around each Wi-Fi word: linear in the text.
 */
import type { Detector, Emit } from "../detector.js";
import { PRIORITY, containsAny } from "../detector.js";
import { isPlaceholderValue } from "../context.js";
import { afterNetworkLabel } from "./network-names.js";

const WIFI_WORD = /wi-?fi|wlan|wireless|와이파이|ワイファイ|無線LAN|无线|вай-?фай/giu;
const WIFI_STEMS = ["wifi", "wi-fi", "wlan", "wireless", "와이파이", "ワイファイ", "無線lan", "无线", "вайфай", "вай-фай"];
const KEY_WORD =
  /passwor[dt]|kennwort|passphrase|\bkey\b|\bpass\b|\bcode\b|clave|contraseña|chiave|senha|chave|klucz|hasło|mot de passe|\bclé|schlüssel|wachtwoord|sleutel|lösenord|nyckel|heslo|şifre|пароль|ключ|비밀번호|비번|パスワード|密码|密碼|كلمة المرور|كلمة السر/giu;
/** A token after a preposition ("the Wi-Fi password on Windows11", "für FritzBox7590") is not the key. */
const PREPOSITION_BEFORE =
  /(?<!\p{L})(?:on|for|in|at|with|from|of|into|onto|under|via|para|pour|für|auf|per|di|de|del|da|dla|для|на|при|avec|mit|con|com|sur)\s+$/iu;
const TOKEN = /[^\s"'“”«»()「」『』,;!?]{8,63}/gu;
const STANDARD = /^(?:wpa|wep|aes|tkip|ssid|802\.|ieee)/i;
const ADDRESS_OR_NUMBER = /:\/\/|^www\.|@|^\d+(?:[.,]\d+)*$|^[\d.]+$/;
const JOINED_WORDS = /^\p{Ll}{2,}(?:[_.-]\p{Ll}{2,}){2,}$/u;

/**
 * A router's printed key of 16 to 63 digits only (a FRITZ!Box's 20 digits: session 50, dev-85), no longer read as a
 * number: nothing else of that length follows a Wi-Fi key word.
 */
const DIGIT_KEY = /^\d{16,63}$/;
const DIGIT_KEY_GAP = 24;
/**
 * Session 51: a key of 8 to 15 digits ("pass 30571948", "Hasło do mojego Wi-Fi to 61938274", "my flat's wifi is
 * 29384710") only right after its frame, a colon, "=" or a copula between them (nothing else), never after "code" (a
 * ticket's or a model's code is a number too), never a counting run ("wifi密码 12345678") and never with a default's or
 * a manual's word on its line.
 */
const SHORT_DIGIT_KEY = /^\d{8,15}$/;
const SHORT_DIGIT_KEY_GAP = /^[ \t]{0,2}(?:[:=：][ \t]{0,2}|(?:is|was|to|es|est|ist|är|er|è|é|je|jest|это)[ \t]{1,2}(?:[:=][ \t]?)?)?$/iu;
/** A router's default or a manual's key ("The default Wi-Fi password 12345678 in the router manual"): nobody's own. */
const DEFAULT_KEY_CUE =
  /(?<![\p{L}])(?:default|factory|manual|handbuch|werks\p{L}{0,12}|standard\p{L}{0,3}|par défaut|por defecto|predefinit\p{L}|padrão)(?![\p{L}])/iu;

/** A run of one digit or of digits counting up or down ("12345678", "87654321", "00000000"): a router's default. */
function countingDigits(value: string): boolean {
  const step = (value.charCodeAt(1) - value.charCodeAt(0) + 10) % 10;
  if (step !== 0 && step !== 1 && step !== 9) return false;
  for (let index = 2; index < value.length; index++) if ((value.charCodeAt(index) - value.charCodeAt(index - 1) + 10) % 10 !== step) return false;
  return true;
}

/** A `name=` parameter before a token: the value after it is the candidate (review b, session 50). */
const PARAMETER = /^\p{L}{2,16}=/u;

/** A Wi-Fi key: letters with digits or symbols, three or more joined lower-case words, or 16+ digits; not a placeholder. */
function wifiKeyValue(value: string): boolean {
  if (DIGIT_KEY.test(value) || SHORT_DIGIT_KEY.test(value)) return !isPlaceholderValue(value);
  if (STANDARD.test(value) || ADDRESS_OR_NUMBER.test(value) || isPlaceholderValue(value)) return false;
  const letters = /\p{L}/u.test(value);
  const digitsOrSymbols = /[\d!#$%&*+=?@^_~]/.test(value);
  return (letters && digitsOrSymbols) || JOINED_WORDS.test(value);
}

/** Trailing sentence punctuation and closing marks are not part of the key. */
const TRAILING = /[.。，、:：)）\]]+$/u;

function runWifiKeys(text: string, emit: Emit, lower: string): void {
  if (!containsAny(lower, WIFI_STEMS)) return;
  let scannedTo = 0;
  for (const wifi of text.matchAll(WIFI_WORD)) {
    const wifiEnd = wifi.index + wifi[0].length;
    if (wifiEnd <= scannedTo) continue;
    // The line's part of a bounded window on each side (newlines searched in the windows, not through the whole text).
    const left = text.slice(Math.max(0, wifi.index - 40), wifi.index);
    const nearStart = wifi.index - left.length + left.lastIndexOf("\n") + 1;
    const right = text.slice(wifiEnd, wifiEnd + 40);
    const near = text.slice(nearStart, wifiEnd + (right.includes("\n") ? right.indexOf("\n") : right.length));
    let frameEnd = -1;
    let codeWord = false;
    for (const key of near.matchAll(KEY_WORD)) {
      const keyEnd = nearStart + key.index + key[0].length;
      if (keyEnd >= frameEnd) codeWord = key[0].toLowerCase() === "code";
      frameEnd = Math.max(frameEnd, keyEnd);
    }
    if (frameEnd < 0) continue;
    const from = Math.max(frameEnd, wifiEnd);
    const ahead = text.slice(from, from + 80);
    const to = from + (ahead.includes("\n") ? ahead.indexOf("\n") : ahead.length);
    const tail = text.slice(from, to);
    for (const token of tail.matchAll(TOKEN)) {
      // A command's parameter ("netsh … name=Home key=clear") is judged by its value, not by its "=".
      const parameter = PARAMETER.exec(token[0]);
      const value = token[0].slice(parameter ? parameter[0].length : 0).replace(TRAILING, "");
      if (value.length < 8) continue;
      if (!wifiKeyValue(value)) continue;
      const start = from + token.index + (parameter ? parameter[0].length : 0);
      // A router's digit key stands right after its frame, not after other words ("… 63 characters; order no. …").
      if (DIGIT_KEY.test(value) && start - from > DIGIT_KEY_GAP) continue;
      if (
        SHORT_DIGIT_KEY.test(value) &&
        (codeWord ||
          countingDigits(value) ||
          !SHORT_DIGIT_KEY_GAP.test(text.slice(from, start)) ||
          DEFAULT_KEY_CUE.test(text.slice(nearStart, Math.min(to, start + 60))))
      )
        continue;
      if (afterNetworkLabel(text, start, from) || PREPOSITION_BEFORE.test(text.slice(Math.max(from, start - 24), start))) continue;
      // A guest-note template or an example ("Vorlage: WLAN-Schlüssel …") is judged by the scanner (judgement/documentation-cues.ts).
      emit("password", start, start + value.length, "told-wifi-key", PRIORITY.contextual);
      break;
    }
    scannedTo = to;
  }
}

export const toldWifiKeyDetectors: Detector[] = [{ name: "told-wifi-keys", run: runWifiKeys }];
