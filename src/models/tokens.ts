/**
 * Token counting with gpt-tokenizer (o200k_base, the GPT-4o encoding): offline, no download.
 * Used wherever a server reports no usage, and by triage for prompt length. The one tokenizer of
 * the project: the simulation counts with it too (js-tiktoken is only @langchain/*'s own dependency,
 * never loaded: ChatOpenAI's token counts are overridden to call this).
 */
import { createRequire } from "node:module";
import type { BaseMessage } from "@langchain/core/messages";

type CountFunction = (text: string, options?: { disallowedSpecial?: Set<string> }) => number;
/** Special-token markers (`<|endoftext|>`) in a prompt are ordinary text here: counting must never throw on user input. */
const AS_TEXT = { disallowedSpecial: new Set<string>() };
let countEncodedTokens: CountFunction | undefined;

/**
 * The o200k encoding's tables take ~65 MB once loaded, and most requests never need them (servers
 * report usage), so the encoder is loaded on the first count rather than at import.
 */
function encoder(): CountFunction {
  if (!countEncodedTokens) {
    const require = createRequire(import.meta.url);
    countEncodedTokens = (require("gpt-tokenizer/cjs/encoding/o200k_base") as { countTokens: CountFunction }).countTokens;
  }
  return countEncodedTokens;
}

/** Per-message framing overhead of the chat format (role and separators), as OpenAI documents it. */
const TOKENS_PER_MESSAGE = 3;
/** Every reply is primed with `<|start|>assistant<|message|>`. */
const TOKENS_PER_REPLY = 3;

export function countTokens(text: string): number {
  if (text.length === 0) return 0;
  return encoder()(text, AS_TEXT);
}

/** The text of a message's content: a string, or the text parts of a content-block array. */
export function messageText(message: Pick<BaseMessage, "content">): string {
  const { content } = message;
  if (typeof content === "string") return content;
  return content
    .map((part) => {
      if (typeof part === "string") return part;
      if (part && typeof part === "object" && "text" in part && typeof part.text === "string") return part.text;
      return "";
    })
    .join("");
}

/** Tokens a chat request costs: each message's text plus the chat format's framing. */
export function countMessageTokens(messages: readonly Pick<BaseMessage, "content">[]): number {
  if (messages.length === 0) return 0;
  let total = TOKENS_PER_REPLY;
  for (const message of messages) total += TOKENS_PER_MESSAGE + countTokens(messageText(message));
  return total;
}
