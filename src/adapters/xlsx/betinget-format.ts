/**
 * Number formats applied by conditional formatting (issue 16 § 1 H2): a rule's differential
 * format (`<dxf><numFmt formatCode=…/></dxf>` in styles.xml) changes what a cell shows when
 * its condition holds, and ExcelJS is told to skip `<conditionalFormatting>` (for speed). Read
 * from the raw parts: the styles part first, and only when some dxf has a number format are
 * the worksheets streamed (each part once, only its `<conditionalFormatting>` elements kept).
 * Excel 2010's x14 rules (in extLst, with their formats inline) are not read.
 */
import JSZip from "jszip";
import { fjernXmlForbudteTegn, type SnapshotBetingetFormat } from "../../core";
import { attributter, del, elementer, fil, relationer, stroemElementer } from "./tekster";

/** At most this many conditional number formats are kept for the whole workbook. */
export const MAKS_BETINGEDE_FORMATER = 1000;

/** The number formats of the styles part's dxfs, by dxfId (undefined: the dxf has none). */
function dxfFormater(styles: string): (string | undefined)[] {
  const ud: (string | undefined)[] = [];
  for (const dxfs of elementer(styles, ["dxfs"])) {
    for (const dxf of elementer(dxfs.krop, ["dxf"])) {
      let format: string | undefined;
      for (const nf of elementer(dxf.krop, ["numFmt"])) {
        const a = attributter(nf.attr);
        if (a.formatCode !== undefined) format = a.formatCode;
        break;
      }
      ud.push(format);
    }
    break;
  }
  return ud;
}

/**
 * The conditional number formats by sheet name (as the snapshot names the sheet). `arkNavn`
 * maps a name as stored to the snapshot's.
 */
export async function laesBetingedeTalformater(
  buf: Uint8Array,
  arkNavn: (fuldt: string) => string,
): Promise<Map<string, SnapshotBetingetFormat[]>> {
  const ud = new Map<string, SnapshotBetingetFormat[]>();
  const zip = await JSZip.loadAsync(buf);
  const wbSti = "xl/workbook.xml";
  const wbRels = await relationer(zip, wbSti);
  const stylesSti = wbRels.find((r) => r.type.endsWith("/styles"))?.sti ?? "xl/styles.xml";
  const styles = await del(zip, stylesSti);
  const formater = styles ? dxfFormater(styles) : [];
  if (!formater.some((f) => f !== undefined && f !== "" && f !== "General")) return ud;

  const wb = (await del(zip, wbSti)) ?? "";
  // Each part once, whatever number of <sheet> entries point at it.
  const laest = new Set<string>();
  let antal = 0;
  for (const e of elementer(wb, ["sheet"])) {
    const a = attributter(e.attr);
    const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
    const sti = wbRels.find((r) => r.id === rid)?.sti;
    if (!sti || laest.has(sti)) continue;
    laest.add(sti);
    const f = fil(zip, sti);
    if (!f) continue;
    const navn = arkNavn(a.name ?? "");
    for (const { xml: cf, navn: tag } of await stroemElementer(f, ["conditionalFormatting"])) {
      const start = cf.indexOf(">");
      const sqref = attributter(cf.slice(1 + tag.length, start)).sqref;
      if (!sqref) continue;
      for (const regel of elementer(cf, ["cfRule"])) {
        const id = Number(attributter(regel.attr).dxfId);
        const format = Number.isInteger(id) && id >= 0 ? formater[id] : undefined;
        if (!format || format === "General") continue;
        if (antal++ >= MAKS_BETINGEDE_FORMATER) return ud;
        const liste = ud.get(navn) ?? [];
        liste.push({ ref: sqref.slice(0, 1000), format: fjernXmlForbudteTegn(format.slice(0, 1000)) });
        ud.set(navn, liste);
      }
    }
  }
  return ud;
}
