/** Nordjysk Socialaftale 2025-2026: the thresholds and the agreement they belong to. Only ../register.ts imports this. */
import type { Profilindgang } from "../typer";
import { AFTALE } from "./aftale";
import { PROFIL } from "./profil";

export const NORDJYLLAND_2025_2026: Profilindgang = { profil: PROFIL, aftale: AFTALE };
