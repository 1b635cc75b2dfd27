/** "Om Takstskema" (issue 19 §2): the lines support needs, in Danish, ready to copy. */
import { hoejesteExcelApi, omLinjer } from "../../src/taskpane/sektioner/om/logik";

describe("Om Takstskema", () => {
  it("finder det højeste ExcelApi-sæt, Excel siger ja til", () => {
    expect(hoejesteExcelApi((s, v) => s === "ExcelApi" && Number(v.split(".")[1]) <= 17)).toBe("1.17");
    expect(hoejesteExcelApi(() => false)).toBeNull();
  });

  it("giver version, vært, API-sæt, datosystem og profil på dansk", () => {
    expect(
      omLinjer({
        version: "0.1.0",
        miljoe: { platform: "Mac", excelApi: "1.17" },
        laest: true,
        date1904: true,
        profil: { id: "egen", fraArbejdsbog: true },
      }),
    ).toEqual([
      "Takstskema 0.1.0",
      "Vært: Excel til Mac",
      "API-sæt: ExcelApi 1.17",
      "Datosystem: 1904",
      "Profil: egen (projektmappens egen, godkendt)",
    ]);
    expect(
      omLinjer({
        version: "0.1.0",
        miljoe: null,
        laest: false,
        date1904: undefined,
        profil: { id: "nordjylland-2025-2026", fraArbejdsbog: false },
      }),
    ).toEqual([
      "Takstskema 0.1.0",
      "Vært: uden for Excel",
      "API-sæt: ukendt",
      "Datosystem: ikke læst endnu",
      "Profil: nordjylland-2025-2026 (indbygget)",
    ]);
  });
});
