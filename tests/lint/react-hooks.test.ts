/**
 * The project's lint configuration applies React's hook rules to the task pane and the
 * preview (eslint-plugin-react-hooks, a real devDependency: issue 20 § 3): a hook called
 * conditionally is an error, and so is an effect that leaves out what it uses.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

interface Meddelelse {
  ruleId: string | null;
  severity: number;
  message: string;
}

/** The real configuration (eslint.config.mjs) on code given as file `fil`; Jest cannot load the .mjs itself. */
function lint(kode: string, fil: string): Meddelelse[] {
  const r = spawnSync(
    process.execPath,
    [
      join(require.resolve("eslint/package.json"), "../bin/eslint.js"),
      "--stdin",
      "--stdin-filename",
      fil,
      "-f",
      "json",
    ],
    { input: kode, encoding: "utf8", cwd: process.cwd() },
  );
  if (r.status === 2 || !r.stdout) throw new Error(r.stderr || "eslint kørte ikke");
  return (JSON.parse(r.stdout) as { messages: Meddelelse[] }[])[0].messages;
}

const regler = (kode: string, fil: string): string[] => lint(kode, fil).map((m) => m.ruleId ?? m.message);

const BETINGET = `import * as React from "react";
export function Afsnit(props: { vis: boolean }): React.ReactElement | null {
  if (!props.vis) return null;
  const [n] = React.useState(0);
  return <p>{n}</p>;
}
`;

const MANGLER_AFHAENGIGHED = `import * as React from "react";
export function Afsnit(props: { tekst: string }): React.ReactElement {
  const [t, setT] = React.useState("");
  React.useEffect(() => setT(props.tekst), []);
  return <p>{t}</p>;
}
`;

describe("React's hook rules in the lint", () => {
  jest.setTimeout(60_000);

  it("a hook after an early return in a pane section is an error (rules-of-hooks)", () => {
    expect(regler(BETINGET, "src/taskpane/sektioner/proeve/Afsnit.tsx")).toContain("react-hooks/rules-of-hooks");
  });

  it("an effect that leaves out a prop it uses is an error (exhaustive-deps), in the preview too", () => {
    expect(regler(MANGLER_AFHAENGIGHED, "src/preview/Afsnit.tsx")).toContain("react-hooks/exhaustive-deps");
    const fund = lint(MANGLER_AFHAENGIGHED, "src/taskpane/Afsnit.tsx");
    expect(fund.find((m) => m.ruleId === "react-hooks/exhaustive-deps")?.severity).toBe(2);
  });

  it("the hooks written correctly pass", () => {
    const rigtigt = MANGLER_AFHAENGIGHED.replace("[]);", "[props.tekst]);");
    expect(regler(rigtigt, "src/taskpane/sektioner/proeve/Afsnit.tsx")).not.toContain("react-hooks/exhaustive-deps");
  });
});
