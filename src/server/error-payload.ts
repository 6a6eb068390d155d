import type { HttpError } from "./http-errors.js";

/** Ollama clients read `{ "error": "..." }`; everything else gets OpenAI's error body. */
export function errorPayload(url: string, error: HttpError): unknown {
  if (url.startsWith("/api/")) return { error: error.message };
  return error.toBody();
}
