/**
 * Digest-rules §6, as the rules state it: each RAG status, the word its cell says and its colours (fill / text), so
 * tests check the digest against the rules rather than against the engine's own table.
 */
export const RULES_PALETTE = [
  ['green', 'Green', '#C6EFCE', '#006100'],
  ['amber', 'Amber', '#FFEB9C', '#9C5700'],
  ['red', 'Red', '#FFC7CE', '#9C0006'],
  ['no target', 'No target', '#EDEDED', '#404040'],
  ['no data', 'No data', '#EDEDED', '#404040'],
  ['data only', 'Data only', '#EDEDED', '#404040'],
] as const;
