// Declarations for two small untyped text packages used by the semantic routes' encoder.

declare module "snowball-stemmers" {
  export interface SnowballStemmer {
    stem(word: string): string;
  }
  const snowball: { newStemmer(language: string): SnowballStemmer; algorithms(): string[] };
  export default snowball;
}

declare module "stopword" {
  /** Stop-word lists keyed by ISO 639-3 code (eng, deu, fra, zho, ...). */
  const lists: Record<string, readonly string[]>;
  export = lists;
}
