/** The one takstbilag status (src/core/takstbilag-status.ts), as the CLI's bilag and the pane's Marker status use it. */
import { rmSync } from "node:fs";
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { laesXlsx } from "../src/adapters/xlsx/laes-xlsx";
import { aftaleFor, hentProfil } from "../src/core/profil/register";
import { laesTakstskema } from "../src/core/reader/laes";
import type { Fund } from "../src/core/regler/typer";
import { bygSnapshot } from "./hjaelp/snapshot-bygger";
import {
  fordelFund,
  medTidligereStatus,
  statusOgFund,
  takstbilagKontrol,
  type StatusOgFund,
} from "../src/core/takstbilag-status";
import { validerSkema } from "../src/core/valider";
import { bevaretTekst, takstbilagStatusser } from "../src/taskpane/sektioner/takstbilag/logik";
import { gyldigeYdelser } from "./hjaelp/fixtur";
import { koer, skrivSkema, takstAfvigerSkema, tmpMappe } from "./cli/hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

const f = (regel: string, alvor: Fund["alvor"], ark: string, celle: string, ydelsesId?: string): Fund =>
  ({ regel, alvor, ark, celle, paragraf: null, besked: "", ...(ydelsesId ? { ydelsesId } : {}) }) as Fund;

describe("fordelFund og statusOgFund", () => {
  const ydelser = laesTakstskema(bygSnapshot({ ydelser: gyldigeYdelser() })).ydelser!.raekker;
  const steder = ydelser.map((r) => ({ ark: r.ark, raekke: r.raekke, ydelsesId: r.ydelsesId.vaerdi }));

  it("fund fordeles efter Ydelses-ID, efter rækken og på hele skemaet", () => {
    const fund = [
      f("omkostning-negativ", "fejl", "Omkostninger", "C3", "A2-104"),
      f("felt-mangler", "fejl", "Ydelser", "B2"), // in A1-108's row, without ID
      f("skema-mangler-kolonne", "fejl", "ydelser", "A1:P1"), // header range, sheet name in another case
      f("kategori-1-ikke-omfattet", "advarsel", "Stamdata", "B5"),
    ];
    const { prRaekke, helSkema } = fordelFund(steder, fund, true);
    expect(prRaekke[0].map((x) => x.regel)).toEqual(["felt-mangler"]);
    expect(prRaekke[1].map((x) => x.regel)).toEqual(["omkostning-negativ"]);
    expect(helSkema.map((x) => x.regel)).toEqual(["skema-mangler-kolonne", "kategori-1-ikke-omfattet"]);
  });

  it("i et takstbilag tæller kun pladsen: Ydelses-ID'er går igen på tværs af tilbud", () => {
    const fund = [f("takstbilag-aendring-stemmer-ikke", "fejl", "Ydelser", "K3", "A1-108")];
    const { prRaekke, helSkema } = fordelFund(steder, fund, false);
    expect(prRaekke.map((r) => r.length)).toEqual([0, 1]);
    expect(helSkema).toEqual([]);
  });

  it("Status: Fejl over Advarsel over OK; info ændrer ikke status; fejl først i Fund, hver én gang", () => {
    expect(statusOgFund([])).toEqual({ status: "OK", fund: [] });
    expect(statusOgFund([f("pladsaendring-kraever-godkendelse", "info", "Ydelser", "I2")])).toEqual({
      status: "OK",
      fund: ["pladsaendring-kraever-godkendelse"],
    });
    expect(
      statusOgFund([
        f("belaegning-under-forventet", "advarsel", "Ydelser", "J2"),
        f("tal-som-tekst", "advarsel", "Ydelser", "K2"),
        f("takst-afviger-fra-beregning", "fejl", "Ydelser", "N2"),
        f("tal-som-tekst", "advarsel", "Ydelser", "N2"),
      ]),
    ).toEqual({ status: "Fejl", fund: ["takst-afviger-fra-beregning", "belaegning-under-forventet", "tal-som-tekst"] });
  });
});

describe("medTidligereStatus: den strengere status fra den fulde kontrol bevares", () => {
  const kontrol = takstbilagKontrol(NORDJYLLAND_2025_2026);
  const ok: StatusOgFund = { status: "OK", fund: [] };

  it("kender, hvad takstbilagets kontrol gentager", () => {
    expect(kontrol.kontrolleres("takstbilag-aendring-stemmer-ikke")).toBe(true);
    expect(kontrol.kontrolleres("pladsaendring-uden-begrundelse")).toBe(true);
    expect(kontrol.kontrolleres("takst-afviger-fra-beregning")).toBe(false);
    expect(kontrol.kontrolleres("gammel-regel")).toBe(false);
    // A rule that runs on a takstbilag, but which this profile has turned off.
    const fra = takstbilagKontrol({ ...NORDJYLLAND_2025_2026, alvor: { "takstbilag-aendring-stemmer-ikke": "fra" } });
    expect(fra.kontrolleres("takstbilag-aendring-stemmer-ikke")).toBe(false);
    expect(fra.alvor("takstbilag-aendring-stemmer-ikke")).toBeNull();
  });

  it("Fejl fra et fund, ruden ikke kan gentage, bliver ikke til OK", () => {
    const r = medTidligereStatus(ok, { status: "Fejl", fund: "takst-afviger-fra-beregning" }, kontrol);
    expect(r).toEqual({
      status: "Fejl",
      fund: ["takst-afviger-fra-beregning"],
      bevaret: { status: "Fejl", regler: ["takst-afviger-fra-beregning"] },
    });
  });

  it("læser Fund med regelnavne på dansk, som bilaget skriver dem", () => {
    const r = medTidligereStatus(
      ok,
      { status: "Fejl", fund: "Takstbilag ændring stemmer ikke, Takst afviger fra beregning" },
      kontrol,
    );
    expect(r).toEqual({
      status: "Fejl",
      fund: ["takst-afviger-fra-beregning"],
      bevaret: { status: "Fejl", regler: ["takst-afviger-fra-beregning"] },
    });
  });

  it("et gentaget fund, der nu holder, forsvinder; et ikke-gentageligt bliver stående", () => {
    const r = medTidligereStatus(
      ok,
      { status: "Fejl", fund: "takstbilag-aendring-stemmer-ikke, belaegning-under-forventet" },
      kontrol,
    );
    // belaegning-under-forventet is an advarsel: the row keeps Advarsel, not Fejl.
    expect(r).toEqual({
      status: "Advarsel",
      fund: ["belaegning-under-forventet"],
      bevaret: { status: "Advarsel", regler: ["belaegning-under-forventet"] },
    });
  });

  it("aldrig strengere end arket: en regel, den fulde kontrol sænkede til info, giver ikke Advarsel", () => {
    const r = medTidligereStatus(ok, { status: "OK", fund: "belaegning-under-forventet" }, kontrol);
    expect(r).toEqual({ status: "OK", fund: ["belaegning-under-forventet"] });
  });

  it("rudens egne fund tæller med, og den strengeste vinder", () => {
    const ny = statusOgFund([f("takstbilag-aendring-stemmer-ikke", "fejl", "Takstbilag", "K3")]);
    const r = medTidligereStatus(ny, { status: "Advarsel", fund: "belaegning-under-forventet" }, kontrol);
    expect(r).toEqual({ status: "Fejl", fund: ["takstbilag-aendring-stemmer-ikke", "belaegning-under-forventet"] });
  });

  it("tekst, der ikke er et regel-ID, og en status uden fund overskrives", () => {
    expect(medTidligereStatus(ok, { status: "Fejl", fund: "gammel-regel" }, kontrol)).toEqual(ok);
    expect(medTidligereStatus(ok, { status: "Fejl", fund: null }, kontrol)).toEqual(ok);
    expect(medTidligereStatus(ok, { status: null, fund: null }, kontrol)).toEqual(ok);
  });

  it("en regel, profilen her har slået fra, beholder arkets status", () => {
    const fra = takstbilagKontrol({ ...NORDJYLLAND_2025_2026, alvor: { "takstbilag-aendring-stemmer-ikke": "fra" } });
    const r = medTidligereStatus(ok, { status: "Fejl", fund: "takstbilag-aendring-stemmer-ikke" }, fra);
    expect(r.status).toBe("Fejl");
    expect(r.bevaret?.regler).toEqual(["takstbilag-aendring-stemmer-ikke"]);
  });
});

describe("kommandolinjens bilag og rudens Marker status giver samme status", () => {
  let mappe: string;
  beforeAll(() => {
    mappe = tmpMappe("status");
  });
  afterAll(() => rmSync(mappe, { recursive: true, force: true }));

  it("ruden bevarer Fejl fra den fulde kontrol og siger hvorfor; resten er uændret", async () => {
    await skrivSkema(path.join(mappe, "aalborg.xlsx"), takstAfvigerSkema());
    const r = await koer(["bilag", "aalborg.xlsx", "--ud", "bilag.xlsx"], { cwd: mappe });
    expect(r.kode).toBe(1);

    const snapshot = await laesXlsx(readFileSync(path.join(mappe, "bilag.xlsx")));
    const skema = laesTakstskema(snapshot);
    const cli = skema.takstbilag!.raekker.map((x) => [x.status.vaerdi, x.fund.vaerdi]);
    expect(cli[0][0]).toBe("Fejl");
    expect(String(cli[0][1])).toContain("Takst afviger fra beregning");
    expect(cli[1]).toEqual(["OK", null]);

    // The pane validates the takstbilag alone (as in Excel) and marks status.
    const resultat = validerSkema(skema, snapshot, {
      profil: NORDJYLLAND_2025_2026,
      aftale: aftaleFor(NORDJYLLAND_2025_2026.id),
    });
    const statusser = takstbilagStatusser(skema, resultat.fund, NORDJYLLAND_2025_2026);
    expect(statusser.map((x) => [x.status, x.fund])).toEqual(cli.map(([st, fu]) => [st, fu ?? ""]));
    expect(statusser[0].bevaret?.regler).toContain("takst-afviger-fra-beregning");
    const tekst = bevaretTekst(statusser)!;
    expect(tekst).toMatch(/^1 række beholder sin status fra den fulde kontrol \(1 Fejl\)/);
    expect(tekst).toContain("fundene (Takst afviger fra beregning)");
    expect(tekst).toContain("takstskema bilag");
    expect(bevaretTekst(statusser.slice(1))).toBeNull();
  });
});
