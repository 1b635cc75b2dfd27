/** The Excel.DocumentProperties texts the reader loads (ExcelApi 1.7): one list for the reader and the fake. */
export const DOKUMENTEGENSKABER = [
  "title",
  "subject",
  "author",
  "keywords",
  "comments",
  "lastAuthor",
  "category",
  "manager",
  "company",
] as const;
export type Dokumentegenskab = (typeof DOKUMENTEGENSKABER)[number];
