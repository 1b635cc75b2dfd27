/** The profile's region as Driftsherre (§ 2.2 "Region Nordjyllands … tilbud er altid omfattet af styringsaftalen"). */
import type { Takstskema } from "../../../model";
import type { Profil } from "../../../profil/typer";

function noegle(s: string): string {
  return s
    .replace(/[\u00a0\u202f]/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLocaleLowerCase("da-DK");
}

/**
 * Driftsherre, trimmed and case-insensitive, equals or starts with the profile's `region`
 * ("Region Nordjylland", also "Region Nordjylland, Specialsektoren"; regler.md 2026.3 point 8).
 */
export function erRegionensTilbud(skema: Takstskema, profil: Pick<Profil, "region">): boolean {
  const c = skema.stamdata?.felter.driftsherre;
  const region = noegle(profil.region);
  if (!c || c.mangler || c.ulaeselig || c.vaerdi === null || region === "") return false;
  return noegle(c.vaerdi).startsWith(region);
}
