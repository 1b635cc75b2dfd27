/** Acceptances of workbook profiles: kept by the add-in per workbook location and exact profile. */
import {
  GODKENDELSE_HUSKES,
  LAGER_NOEGLE,
  lagerNoegle,
  lavGodkendelser,
  MAKS_GODKENDELSER,
  type Lager,
} from "../../src/taskpane/godkendelser";

function mapLager(): Lager & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v) };
}

describe("lavGodkendelser", () => {
  test("intet er godkendt fra start; en godkendelse gælder præcis den profil i den projektmappe", () => {
    const lager = mapLager();
    const a = lavGodkendelser("https://x/a.xlsx", lager);
    expect(a.erGodkendt("P1")).toBe(false);
    a.godkend("P1");
    expect(a.erGodkendt("P1")).toBe(true);
    expect(a.erGodkendt("P2")).toBe(false);
    // Remembered across panes for the same workbook, not for another.
    expect(lavGodkendelser("https://x/a.xlsx", lager).erGodkendt("P1")).toBe(true);
    expect(lavGodkendelser("https://x/b.xlsx", lager).erGodkendt("P1")).toBe(false);
  });

  test("tilbagekald glemmer projektmappens godkendelse, og kun dens", () => {
    const lager = mapLager();
    lavGodkendelser("a", lager).godkend("P");
    lavGodkendelser("b", lager).godkend("P");
    const a = lavGodkendelser("a", lager);
    a.tilbagekald();
    expect(a.erGodkendt("P")).toBe(false);
    expect(lavGodkendelser("b", lager).erGodkendt("P")).toBe(true);
  });

  test("en ny profil i samme projektmappe erstatter den gamle godkendelse", () => {
    const lager = mapLager();
    const a = lavGodkendelser("a", lager);
    a.godkend("P1");
    a.godkend("P2");
    const igen = lavGodkendelser("a", lager);
    expect([igen.erGodkendt("P1"), igen.erGodkendt("P2")]).toEqual([false, true]);
  });

  test("uden placering eller lager: kun i denne session", () => {
    const lager = mapLager();
    const ny = lavGodkendelser(null, lager);
    ny.godkend("P");
    expect(ny.erGodkendt("P")).toBe(true);
    expect(lager.data.size).toBe(0);
    expect(lavGodkendelser(null, lager).erGodkendt("P")).toBe(false);
    const udenLager = lavGodkendelser("a", null);
    udenLager.godkend("P");
    expect(udenLager.erGodkendt("P")).toBe(true);
  });

  test("højst MAKS_GODKENDELSER projektmapper huskes, de nyeste", () => {
    const lager = mapLager();
    for (let i = 0; i < MAKS_GODKENDELSER + 5; i++) lavGodkendelser(`bog${i}`, lager).godkend("P");
    expect(JSON.parse(lager.data.get(LAGER_NOEGLE)!)).toHaveLength(MAKS_GODKENDELSER);
    expect(lavGodkendelser("bog0", lager).erGodkendt("P")).toBe(false);
    expect(lavGodkendelser(`bog${MAKS_GODKENDELSER + 4}`, lager).erGodkendt("P")).toBe(true);
  });

  test("et ødelagt eller afvisende lager godkender intet og kaster ikke", () => {
    const advarsel = jest.spyOn(console, "warn").mockImplementation(() => {});
    const lager = mapLager();
    lager.data.set(LAGER_NOEGLE, "{ikke json");
    expect(lavGodkendelser("a", lager).erGodkendt("P")).toBe(false);
    lager.data.set(LAGER_NOEGLE, JSON.stringify([{ dokument: "a", profil: 7 }, "x", null]));
    expect(lavGodkendelser("a", lager).erGodkendt("P")).toBe(false);
    const fuld: Lager = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    const g = lavGodkendelser("a", fuld);
    expect(() => g.godkend("P")).not.toThrow();
    expect(g.erGodkendt("P")).toBe(true);
    expect(advarsel).toHaveBeenCalled();
    advarsel.mockRestore();
  });
});

describe("lagringspartition (Office.context.partitionKey, issue 19)", () => {
  test("nøglen bærer partitionen, hvor værten har en; en godkendelse gælder kun i sin partition", () => {
    const lager = mapLager();
    lavGodkendelser("https://x/a.xlsx", lager, "p1/").godkend("P");
    expect([...lager.data.keys()]).toEqual([`p1/${LAGER_NOEGLE}`]);
    expect(lavGodkendelser("https://x/a.xlsx", lager, "p1/").erGodkendt("P")).toBe(true);
    expect(lavGodkendelser("https://x/a.xlsx", lager, "p2/").erGodkendt("P")).toBe(false);
    // Without partitioning (Windows' webview: partitionKey is undefined) the plain key, as before.
    expect(lavGodkendelser("https://x/a.xlsx", lager, undefined).erGodkendt("P")).toBe(false);
    lavGodkendelser("https://x/a.xlsx", lager, undefined).godkend("P");
    expect(lager.data.has(LAGER_NOEGLE)).toBe(true);
    expect(lagerNoegle(null)).toBe(LAGER_NOEGLE);
  });

  test("brugeren får at vide, at ruden kan spørge igen i en anden Excel eller efter Gem som", () => {
    expect(GODKENDELSE_HUSKES).toMatch(/anden Excel/);
    expect(GODKENDELSE_HUSKES).toMatch(/nyt navn/);
  });
});
