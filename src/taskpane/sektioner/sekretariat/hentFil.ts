/** Hands the user a file (the built takstbilag, a letter) as a download. */
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const TEKST_TYPE = "text/plain;charset=utf-8";

export function hentFil(data: Uint8Array | string, navn: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = navn;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
