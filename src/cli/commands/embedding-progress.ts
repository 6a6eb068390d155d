/** Progress of embedding prompts with a service encoder (Ollama, OpenAI), on stderr so --json output stays clean. */
export function reportEmbeddingProgress(done: number, total: number): void {
  if (process.stderr.isTTY) process.stderr.write(`\rembedding prompts ${done}/${total}${done === total ? "\n" : ""}`);
  else if (done === total) process.stderr.write(`embedded ${total} prompts\n`);
}
