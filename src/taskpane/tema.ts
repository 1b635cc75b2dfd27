/** Light or dark, from Office's theme (isDarkTheme where the host has it, else the body colour). */

export interface OfficeTemaInfo {
  isDarkTheme?: boolean;
  bodyBackgroundColor?: string;
}

/** Relative luminance of "#rrggbb" (or "#rgb"), 0–1; null when the text is not such a colour. */
export function lysstyrke(farve: string | undefined): number | null {
  if (!farve) return null;
  let hex = farve.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return null;
  const kanal = (i: number): number => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * kanal(0) + 0.7152 * kanal(2) + 0.0722 * kanal(4);
}

export function erMoerktTema(tema: OfficeTemaInfo | null | undefined): boolean {
  if (!tema) return false;
  if (typeof tema.isDarkTheme === "boolean") return tema.isDarkTheme;
  const l = lysstyrke(tema.bodyBackgroundColor);
  return l !== null && l < 0.2;
}
