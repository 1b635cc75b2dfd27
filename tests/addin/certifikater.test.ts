/**
 * Issue 19 §2: the dev server's certificates from office-addin-dev-certs expire (30 days by
 * default) and Excel then refuses the pane without a word. The server warns before, and an
 * expired certificate counts as none, so npm start installs new ones.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { X509Certificate } from "node:crypto";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const server = require("../../scripts/statisk-server.js") as {
  certifikatStatus(pem: Buffer, nu?: Date): { status: string; udloeber: Date };
  udviklingscertifikater(mappe?: string, nu?: Date): { cert: Buffer } | null;
};

const PEM = fs.readFileSync(path.join(__dirname, "fixtur", "localhost-udloeber-2027-01-05.crt"));
const UDLOEBER = new Date(new X509Certificate(PEM).validTo);
const dage = (n: number) => new Date(UDLOEBER.getTime() + n * 86_400_000);

describe("udviklingscertifikaterne", () => {
  it("er gyldige, udløber snart (14 dage) eller er udløbet", () => {
    expect(server.certifikatStatus(PEM, dage(-30)).status).toBe("gyldig");
    expect(server.certifikatStatus(PEM, dage(-13)).status).toBe("snart");
    expect(server.certifikatStatus(PEM, dage(1))).toEqual({ status: "udloebet", udloeber: UDLOEBER });
  });

  it("et udløbet certifikat bruges ikke (npm start installerer nye), et, der snart udløber, med en advarsel", () => {
    const mappe = fs.mkdtempSync(path.join(os.tmpdir(), "takstskema-certs-"));
    const advarsel = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      for (const f of ["localhost.crt", "ca.crt"]) fs.writeFileSync(path.join(mappe, f), PEM);
      fs.writeFileSync(path.join(mappe, "localhost.key"), "nøgle");
      expect(server.udviklingscertifikater(mappe, dage(1))).toBeNull();
      expect(advarsel).toHaveBeenLastCalledWith(expect.stringMatching(/^Udviklingscertifikatet udløb 2027-01-0\d/));
      expect(server.udviklingscertifikater(mappe, dage(-3))?.cert).toEqual(PEM);
      expect(advarsel).toHaveBeenLastCalledWith(expect.stringMatching(/^Udviklingscertifikatet udløber 2027-01-0\d/));
      advarsel.mockClear();
      expect(server.udviklingscertifikater(mappe, dage(-30))).not.toBeNull();
      expect(advarsel).not.toHaveBeenCalled();
    } finally {
      advarsel.mockRestore();
      fs.rmSync(mappe, { recursive: true, force: true });
    }
  });
});
