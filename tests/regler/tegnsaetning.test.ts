/**
 * Every message in the bundled examples ends its sentences once: a value that ends in an
 * abbreviation ("400,00 kr.") is not followed by a second period (gennemgang, h23).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { valider } from "../hjaelp/valider";

const EKSEMPLER = join(__dirname, "..", "..", "examples");
const filer = [
  ...readdirSync(EKSEMPLER).filter((f) => f.endsWith(".xlsx")),
  ...readdirSync(join(EKSEMPLER, "indsendt")).map((f) => join("indsendt", f)),
];

it.each(filer)("%s: ingen besked har to punktummer i træk", async (fil) => {
  const r = await valider(await laesXlsx(readFileSync(join(EKSEMPLER, fil))));
  expect(r.fund.map((f) => f.besked).filter((b) => /\.\.(\s|$)/.test(b))).toEqual([]);
});
