/**
 * Name of the sheet in which a workbook carries its own profile (JSON in A1). Apart from the
 * profile reader (laes-profil.ts), so what only names the sheet (the task pane's first
 * JavaScript, the Excel adapter) does not bring the reader along.
 */
export const TAKSTPROFIL_ARK = "Takstprofil";
