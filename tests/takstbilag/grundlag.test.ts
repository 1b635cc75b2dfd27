/** Reading last year's approved takstbilag (src/core/takstbilag/grundlag.ts). */
import { D } from "../../src/core/penge";
import { findGrundlagTilbud, ikkeIndsendt, laesGrundlag } from "../../src/core/takstbilag/grundlag";
import { grundlagSnapshot } from "./grundlag-hjaelp";

describe("laesGrundlag", () => {
  it("læser programmets eget takstbilag: titelrække, overskrift, én post pr. tilbud; hele kroner", () => {
    const r = laesGrundlag(
      grundlagSnapshot([
        ["Aalborg Kommune", "Solbakken", "A1", "Botilbud", 10, 1950],
        ["Aalborg Kommune", "Solbakken", "A2", "Dagtilbud", 20, 490],
        ["Hjørring Kommune", "Kysthuset", "A1", "Botilbud", 8, { fejl: "#REF!" }],
      ]),
    );
    if (!r.ok) throw new Error(r.fejl);
    expect(r.grundlag.decimaler).toBe(0);
    expect(r.grundlag.tilbud.map((t) => [t.tilbud, t.raekkefoelge])).toEqual([
      ["Solbakken", ["a1", "a2"]],
      ["Kysthuset", ["a1"]],
    ]);
    const kyst = findGrundlagTilbud(r.grundlag, {
      driftsherre: "hjørring  kommune",
      tilbud: "KYSTHUSET",
      tilbudsportalId: null,
    })!;
    expect(kyst.ydelser.get("a1")).toEqual({ ydelsesId: "A1", takst: null, pladser: new D(8) });
  });

  it("en projektmappe med Tilbudsportal-ID, tal som dansk tekst og øre: tilbud findes på Tilbudsportal-ID først", () => {
    const r = laesGrundlag(
      grundlagSnapshot(
        [
          ["111", "A1", "10", "1.950,50"],
          ["222", "A1", "8", "2000"],
        ],
        ["Tilbudsportal-ID", "Ydelses-ID", "Pladser", "Takst"],
      ),
    );
    if (!r.ok) throw new Error(r.fejl);
    expect(r.grundlag.decimaler).toBe(2);
    const t = findGrundlagTilbud(r.grundlag, {
      driftsherre: "Andet navn",
      tilbud: "Omdøbt",
      tilbudsportalId: " 111 ",
    })!;
    expect(t.ydelser.get("a1")!.takst!.toString()).toBe("1950.5");
    expect(findGrundlagTilbud(r.grundlag, { driftsherre: "X", tilbud: "Y", tilbudsportalId: "999" })).toBeNull();
  });

  it("siger på dansk, hvad der mangler", () => {
    const uden = laesGrundlag(
      grundlagSnapshot([["D", "T", "A1", 1]], ["Driftsherre", "Tilbud", "Ydelses-ID", "Takst"]),
    );
    expect(uden).toEqual({
      ok: false,
      fejl: "arket Takstbilag har ikke kolonnen Pladser; der skal være kolonner med Ydelses-ID, Takst og Pladser samt Tilbudsportal-ID eller Driftsherre og Tilbud.",
    });
    const tom = laesGrundlag({ sheets: [{ name: "Ark1", top: 1, left: 1, values: [["hej"]] }], tables: [] });
    expect(tom.ok).toBe(false);
    const ingenRaekker = laesGrundlag(grundlagSnapshot([]));
    expect(ingenRaekker).toEqual({
      ok: false,
      fejl: "arket Takstbilag har ingen rækker med et Ydelses-ID under overskrifterne.",
    });
  });
});

describe("ikkeIndsendt", () => {
  it("et tilbud, der mangler helt, og ydelser, et indsendt tilbud har udeladt", () => {
    const r = laesGrundlag(
      grundlagSnapshot([
        ["Aalborg Kommune", "Solbakken", "A1", "Botilbud", 10, 1950],
        ["Aalborg Kommune", "Solbakken", "A2", "Dagtilbud", 20, 490],
        ["Hjørring Kommune", "Kysthuset", "K1", "Botilbud", 8, 2000],
      ]),
    );
    if (!r.ok) throw new Error(r.fejl);
    expect(
      ikkeIndsendt(r.grundlag, [
        { driftsherre: "Aalborg Kommune", tilbud: "Solbakken", tilbudsportalId: null, ydelsesIder: ["A1", "A3"] },
      ]),
    ).toEqual([
      { driftsherre: "Aalborg Kommune", tilbud: "Solbakken", ydelser: ["A2"] },
      { driftsherre: "Hjørring Kommune", tilbud: "Kysthuset", ydelser: [] },
    ]);
  });
});
