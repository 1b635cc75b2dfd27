/** npm stop (issue 19 §2): stops what npm start started in Excel, through office-addin-debugging. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const ROD = path.resolve(__dirname, "../..");

describe("npm stop", () => {
  it("er et npm-script og kalder office-addin-debugging stop manifest.xml fra projektets rod", () => {
    const pakke = JSON.parse(fs.readFileSync(path.join(ROD, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pakke.scripts.stop).toBe("node scripts/stop.js");
    const mappe = fs.mkdtempSync(path.join(os.tmpdir(), "takstskema-stop-"));
    try {
      // A stand-in npx that records its arguments and working directory.
      const npx = path.join(mappe, "npx");
      const log = path.join(mappe, "kald.txt");
      fs.writeFileSync(npx, `#!/bin/sh\necho "$PWD|$*" > "${log}"\n`, { mode: 0o755 });
      const r = spawnSync(process.execPath, [path.join(ROD, "scripts", "stop.js")], {
        encoding: "utf8",
        env: { ...process.env, TAKSTSKEMA_NPX: npx },
      });
      expect(r.status).toBe(0);
      expect(fs.readFileSync(log, "utf8").trim()).toBe(`${ROD}|--yes office-addin-debugging@7.0.0 stop manifest.xml`);
    } finally {
      fs.rmSync(mappe, { recursive: true, force: true });
    }
  });
});
