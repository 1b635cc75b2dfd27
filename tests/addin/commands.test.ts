import { valider, type OfficeForKommandoer } from "../../src/commands/commands";

function office(delt: boolean, vis: () => Promise<void> = async () => undefined) {
  const kald: string[] = [];
  const o: OfficeForKommandoer = {
    context: {
      requirements: {
        isSetSupported: (navn, version) => {
          kald.push(`isSetSupported ${navn} ${version}`);
          return delt && navn === "SharedRuntime";
        },
      },
    },
    addin: {
      showAsTaskpane: () => {
        kald.push("showAsTaskpane");
        return vis();
      },
    },
  };
  return { o, kald };
}

function haendelse() {
  let gange = 0;
  return { h: { completed: () => void gange++ }, gange: () => gange };
}

describe("knappen Valider (commands.ts)", () => {
  it("åbner opgaveruden, når den delte runtime findes, og afslutter hændelsen", async () => {
    const { o, kald } = office(true);
    const { h, gange } = haendelse();
    await valider(h, o);
    expect(kald).toEqual(["isSetSupported SharedRuntime 1.1", "showAsTaskpane"]);
    expect(gange()).toBe(1);
  });

  it("gør intet uden delt runtime, men afslutter hændelsen", async () => {
    const { o, kald } = office(false);
    const { h, gange } = haendelse();
    await valider(h, o);
    expect(kald).toEqual(["isSetSupported SharedRuntime 1.1"]);
    expect(gange()).toBe(1);
  });

  it("sender en fejl videre (efter at have afsluttet hændelsen) i stedet for at sluge den", async () => {
    const { o } = office(true, () => Promise.reject(new Error("ruden kan ikke vises")));
    const { h, gange } = haendelse();
    const konsol = jest.spyOn(console, "error").mockImplementation(() => undefined);
    try {
      await expect(valider(h, o)).rejects.toThrow("ruden kan ikke vises");
      expect(gange()).toBe(1);
      expect(konsol).toHaveBeenCalled();
    } finally {
      konsol.mockRestore();
    }
  });
});
