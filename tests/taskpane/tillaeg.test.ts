/**
 * The calculator's pure logic (issue 10 §3): the duplicate check, "the price shown is the
 * price inserted", and the shared ATA checks giving the rules' own messages.
 */
import { laesTakstskema } from "../../src/core/reader/laes";
import { bygSnapshot, type ByggeRaekke } from "../hjaelp/snapshot-bygger";
import { D } from "../../src/core/penge";
import { aftaleFor, hentProfil } from "../../src/core/profil/register";
import { tjekDoegnkoefficient, tjekFravaer, tjekVfo } from "../../src/core/regler/tillaeg/hjaelp/tjek";
import { validerSkema } from "../../src/core/valider";
import {
  findDublet,
  prisAfvigerFraIndsat,
  tillaegKategorier,
  tillaegRaekkerFor,
} from "../../src/taskpane/sektioner/tillaeg/logik";
import { gyldigTillaeg, gyldigtSkema } from "../hjaelp/fixtur";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

const G = NORDJYLLAND_2025_2026.tillaeg;

function skemaMed(tillaeg = gyldigTillaeg(), tillaegsberegning?: ByggeRaekke[]) {
  const snap = bygSnapshot({ ...gyldigtSkema(), tillaeg, ...(tillaegsberegning ? { tillaegsberegning } : {}) });
  return { snap, skema: laesTakstskema(snap) };
}

describe("findDublet", () => {
  const raekke = {
    beskrivelse: "Ledsagelse",
    personalekategori: "Socialpædagog",
    tidsrum: "Hverdag 17-23",
    timerPrUge: 2.5,
    startdato: 46023,
    slutdato: 46111,
  };
  const { skema } = skemaMed(undefined, [
    { ...raekke, personalekategori: " socialpædagog ", beskrivelse: "En anden tekst" },
  ]);
  const raekker = skema.tillaegsberegning!.raekker;

  it("finder en række med samme kategori, tidsrum, timer og periode (beskrivelsen tæller ikke)", () => {
    expect(findDublet(raekker, raekke)?.raekke).toBe(raekker[0].raekke);
  });
  it.each([
    ["tidsrum", { tidsrum: "Hverdag 06-17" }],
    ["timer", { timerPrUge: 3 }],
    ["startdato", { startdato: 46024 }],
    ["slutdato", { slutdato: 46112 }],
    ["kategori", { personalekategori: "Pædagog" }],
  ])("ingen dublet, når %s er anderledes", (_, aendr) => {
    expect(findDublet(raekker, { ...raekke, ...aendr })).toBeNull();
  });
});

describe("prisAfvigerFraIndsat: den viste pris er den indsatte", () => {
  const { skema } = skemaMed();
  const tabel = skema.tillaeg!.raekker;

  it("intet at indvende, når tabellens ATA-timetakst er den viste", () => {
    expect(prisAfvigerFraIndsat(tabel, "socialpædagog", "Hverdag 17-23", new D("335.78"))).toBeNull();
  });
  it("nægter, når den viste ATA-timetakst ikke er tabellens", () => {
    expect(prisAfvigerFraIndsat(tabel, "Socialpædagog", "Hverdag 17-23", new D("342.30"))).toMatch(
      /^Beregningen her giver 342,30 kr\., men tabellen over ATA-timetakster \(række \d+\) har 335,78 kr\. for Socialpædagog, Hverdag 17-23/,
    );
  });
  it("nægter en kombination, tabellen ikke har, og en uden tabel", () => {
    expect(prisAfvigerFraIndsat(tabel, "Fysioterapeut", "Hverdag 17-23", new D(300))).toMatch(
      /findes ikke i tabellen over ATA-timetakster, så den indsatte rækkes formel ville give 0 kr\./,
    );
    expect(prisAfvigerFraIndsat(null, "Socialpædagog", "Hverdag 17-23", new D(300))).toMatch(
      /ingen tabel med ATA-timetakster/,
    );
  });
  // regler.md 2026.3 item 11: one lookup for the rules, the pane and the formula (the first matching row).
  it("en identisk række mere: formlen bruger den første, så prisen er den samme (tillaeg-dublet advarer)", () => {
    const dobbelt = [...gyldigTillaeg(), gyldigTillaeg()[1]];
    const t = skemaMed(dobbelt).skema.tillaeg!.raekker;
    expect(prisAfvigerFraIndsat(t, "Socialpædagog", "Hverdag 17-23", new D("335.78"))).toBeNull();
  });
  it("nægter en kombination, der står to gange med forskellige takster (tillaeg-dublet)", () => {
    const dobbelt = [...gyldigTillaeg(), { ...gyldigTillaeg()[1], timeomkostning: 220, ataTimetakst: 358.6 }];
    const t = skemaMed(dobbelt).skema.tillaeg!.raekker;
    expect(prisAfvigerFraIndsat(t, "Socialpædagog", "Hverdag 17-23", new D("335.78"))).toMatch(
      /står 2 gange i tabellen over ATA-timetakster med forskellige ATA-timetakster \(rækkerne \d+, \d+\); den indsatte rækkes formel bruger den første\. Giv rækkerne hver sit navn/,
    );
  });
  it("matcher som reglerne og formlen: mellemrum og hårde mellemrum samlet, store og små bogstaver ens", () => {
    const t = skemaMed([{ ...gyldigTillaeg()[1], personalekategori: "Social-\u00a0og  sundhedsassistent" }]).skema
      .tillaeg!.raekker;
    expect(tillaegRaekkerFor(t, "  social- og\u00a0SUNDHEDSASSISTENT ", "Hverdag 17-23").map((r) => r.raekke)).toEqual([
      t[0].raekke,
    ]);
    expect(tillaegRaekkerFor(t, "Social-\tog sundhedsassistent", "Hverdag 17-23")).toEqual([]);
  });
  it("bruger tabellens dele gennem samme formel, når ATA-cellen ikke har en værdi", () => {
    const uden = gyldigTillaeg().map((r) => ({ ...r, ataTimetakst: null }));
    const t = skemaMed(uden).skema.tillaeg!.raekker;
    expect(prisAfvigerFraIndsat(t, "Socialpædagog", "Hverdag 17-23", new D("335.78"))).toBeNull();
    expect(prisAfvigerFraIndsat(t, "Socialpædagog", "Hverdag 17-23", new D("335.79"))).toMatch(/har 335,78 kr\./);
  });
});

describe("tillaegKategorier", () => {
  it("viser hver kategori én gang, som opslaget skelner dem (regler.md 2026.3 punkt 11)", () => {
    const t = skemaMed([
      ...gyldigTillaeg(),
      { ...gyldigTillaeg()[0], personalekategori: " SOCIALPÆDAGOG\u00a0" },
      { ...gyldigTillaeg()[0], personalekategori: "Social-  og sundhedsassistent" },
      { ...gyldigTillaeg()[0], personalekategori: "social- og sundhedsassistent" },
    ]).skema.tillaeg!.raekker;
    expect(tillaegKategorier(t)).toEqual(["Socialpædagog", "Social-  og sundhedsassistent"]);
  });
});

describe("ATA-tjekkene er reglernes egne", () => {
  it("giver præcis reglernes beskeder for de samme tal", () => {
    const tillaeg = [{ ...gyldigTillaeg()[0], doegnkoefficient: 0.25, fravaer: 0.6, vfo: 0.06, ataTimetakst: 412.0 }];
    const { snap, skema } = skemaMed(tillaeg);
    const fund = validerSkema(skema, snap, {
      profil: NORDJYLLAND_2025_2026,
      aftale: aftaleFor(NORDJYLLAND_2025_2026.id),
    }).fund;
    const besked = (id: string) => fund.find((f) => f.regel === id)?.besked;
    const hvem = "Socialpædagog, Hverdag 06-17";
    expect(tjekVfo(new D("0.06"), hvem, G)).toBe(besked("ata-vfo-over-5-pct"));
    expect(tjekDoegnkoefficient(new D("0.25"), "Hverdag 06-17", "Socialpædagog", G)).toBe(
      besked("ata-doegnkoefficient-i-normaltid"),
    );
    expect(tjekFravaer(new D("0.6"), hvem, G)).toBe(besked("ata-fravaer-usandsynlig"));
  });
  it("siger intet inden for grænserne", () => {
    expect(tjekVfo(new D("0.05"), "", G)).toBeNull();
    expect(tjekDoegnkoefficient(new D("0.25"), "Hverdag 17-23", null, G)).toBeNull();
    expect(tjekDoegnkoefficient(new D(0), "Hverdag 06-17", null, G)).toBeNull();
    expect(tjekFravaer(new D("0.1"), "", G)).toBeNull();
    expect(tjekFravaer(new D("0.5"), "", G)).toBeNull();
    expect(tjekFravaer(new D("0.099"), "", G)).not.toBeNull();
  });
});
