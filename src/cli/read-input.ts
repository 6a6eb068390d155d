import { RouterError } from "../index.js";

/** Reads all of stdin as UTF-8. */
export async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/** The prompt given as an argument, or stdin when none was given and stdin is not a terminal. */
export async function readPromptArgument(argument: string | undefined): Promise<string> {
  if (argument !== undefined && argument.length > 0) return argument;
  if (process.stdin.isTTY) throw new RouterError("INVALID_REQUEST", "give the prompt as an argument or on stdin");
  const text = (await readStdin()).trim();
  if (!text) throw new RouterError("INVALID_REQUEST", "the prompt on stdin is empty");
  return text;
}
