/**
 * What one language contributes to the default topics. Each entry is a query in the language of
 * ../query-parser.ts; default-topics.ts ORs the entries of every language into one query per topic, so adding a
 * language is adding a file here and a line in ./index.ts.
 */
export interface DefaultTopicTerms {
  /** ISO 639-1. */
  lang: string;
  /** Any of these says the article is about NATO enlargement (accession, membership bids, open door…). */
  natoEnlargement: string[];
  /**
   * Any of these names security guarantees for Ukraine (or the Budapest Memorandum, the coalition of the
   * willing…). "Security guarantees" are discussed for other countries too, and the ones Russia demanded in
   * 2021–22 were about stopping NATO's expansion (they belong to `natoEnlargement`): generic guarantee words
   * therefore need Ukraine (or Kyiv, Zelensky) within a few words in the same sentence.
   */
  securityGuarantees: string[];
}
