/** Wire formats of the prompt-style endpoints: OpenAI legacy `/v1/completions` and Ollama `/api/generate`. */
import { finishReasonOf, openAiUsage, type ChatProtocol } from "./chat-protocols.js";

export function createCompletionsProtocol(requestId: string, includeUsage: boolean): ChatProtocol {
  const id = `cmpl-${requestId}`;
  const created = Math.floor(Date.now() / 1000);
  const chunk = (model: string, text: string, finish: string | null, extra: Record<string, unknown> = {}) =>
    `data: ${JSON.stringify({ id, object: "text_completion", created, model, choices: [{ text, index: 0, logprobs: null, finish_reason: finish }], ...extra })}\n\n`;
  return {
    streamContentType: "text/event-stream; charset=utf-8",
    token: (text, model) => chunk(model, text, null),
    end(result) {
      let out = chunk(result.model, "", finishReasonOf(result, false));
      if (includeUsage)
        out += `data: ${JSON.stringify({ id, object: "text_completion", created, model: result.model, choices: [], usage: openAiUsage(result) })}\n\n`;
      return `${out}data: [DONE]\n\n`;
    },
    streamError: (error) => `data: ${JSON.stringify(error.toBody())}\n\n`,
    json: (result) => ({
      id,
      object: "text_completion",
      created,
      model: result.model,
      choices: [{ text: result.answer, index: 0, logprobs: null, finish_reason: finishReasonOf(result, false) }],
      usage: openAiUsage(result),
    }),
  };
}

export function createGenerateProtocol(): ChatProtocol {
  const startedAt = process.hrtime.bigint();
  const final = (result: Parameters<ChatProtocol["json"]>[0], response: string) => ({
    model: result.model,
    created_at: new Date().toISOString(),
    response,
    done: true,
    done_reason: finishReasonOf(result, false) === "length" ? "length" : "stop",
    context: [],
    total_duration: Number(process.hrtime.bigint() - startedAt),
    load_duration: 0,
    prompt_eval_count: result.usage.inputTokens,
    prompt_eval_duration: 0,
    eval_count: result.usage.outputTokens,
    eval_duration: 0,
  });
  return {
    streamContentType: "application/x-ndjson",
    token: (text, model) => `${JSON.stringify({ model, created_at: new Date().toISOString(), response: text, done: false })}\n`,
    end: (result) => `${JSON.stringify(final(result, ""))}\n`,
    streamError: (error) => `${JSON.stringify({ error: error.message })}\n`,
    json: (result) => final(result, result.answer),
  };
}
