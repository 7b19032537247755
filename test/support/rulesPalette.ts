/**
 * Digest-rules §6, as the rules state it: each RAG status, the word its cell says and its colours (fill / text), so
 * tests check the digest against the rules rather than against the engine's own table. In the order every output
 * lists them: Red first, as managers read them (docs/rules.md, "The officer's quarter").
 */
export const RULES_PALETTE = [
  ['red', 'Red', '#FFC7CE', '#9C0006'],
  ['amber', 'Amber', '#FFEB9C', '#9C5700'],
  ['green', 'Green', '#C6EFCE', '#006100'],
  ['no target', 'No target', '#EDEDED', '#404040'],
  ['no data', 'No data', '#EDEDED', '#404040'],
  ['data only', 'Data only', '#EDEDED', '#404040'],
] as const;
