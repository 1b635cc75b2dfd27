import { regelIdFraNavn, regelNavn } from "../../src/core/regler/navn";
import { REGEL_IDER } from "../../src/core/regler/id";

describe("regelNavn", () => {
  it("names rules in Danish words: æ, ø, å; %, ID, ATA, CPR", () => {
    expect(regelNavn("takstaendring-uden-begrundelse")).toBe("Takstændring uden begrundelse");
    expect(regelNavn("pladsaendring-kraever-godkendelse")).toBe("Pladsændring kræver godkendelse");
    expect(regelNavn("hensaettelse-udloebet")).toBe("Hensættelse udløbet");
    expect(regelNavn("nyt-tilbud-uden-driftsaar")).toBe("Nyt tilbud uden driftsår");
    expect(regelNavn("ydelses-id-dublet")).toBe("Ydelses-ID dublet");
    expect(regelNavn("overskud-hensat-over-5-pct")).toBe("Overskud hensat over 5 %");
    expect(regelNavn("ata-doegnkoefficient-i-normaltid")).toBe("ATA døgnkoefficient i normaltid");
    expect(regelNavn("ata-vfo-over-5-pct")).toBe("ATA VFO over 5 %");
    expect(regelNavn("persondata-cpr")).toBe("Persondata CPR");
    expect(regelNavn("belaegning-over-100")).toBe("Belægning over 100 %");
    expect(regelNavn("fejl-ved-laesning")).toBe("Fejl ved læsning");
  });

  it("every rule's name reads as words: no ID spelling left, each name once", () => {
    const navne = REGEL_IDER.map(regelNavn);
    // "koefficient" is the one word with a real "oe"; a new one belongs in the word list of navn.ts.
    const ordIdStavning = navne.filter((n) => /ae|oe|aa|-[a-z]|\bpct\b/.test(n.replace(/koefficient/g, "")));
    expect(ordIdStavning).toEqual([]);
    expect(new Set(navne.map((n) => n.toLowerCase())).size).toBe(navne.length);
    for (const n of navne) expect(n.charAt(0)).toBe(n.charAt(0).toUpperCase());
  });

  it("finds the rule of a name again, in any case; other text is no rule", () => {
    for (const id of REGEL_IDER) expect(regelIdFraNavn(regelNavn(id))).toBe(id);
    expect(regelIdFraNavn(" takstændring uden BEGRUNDELSE ")).toBe("takstaendring-uden-begrundelse");
    expect(regelIdFraNavn("Takstændring")).toBeNull();
    expect(regelIdFraNavn("takstaendring-uden-begrundelse")).toBeNull();
  });
});
