/**
 * The text of an .xlsx outside the cells' values (issue 16 item 2): cell notes (legacy and
 * threaded comments, with their authors), headers and footers, data validations (lists,
 * input and error messages, also Excel 2010's x14 form), defined names, document properties
 * (core, app, custom). Read from the raw parts with JSZip, not through ExcelJS:
 * ExcelJS drops or reshapes some of them (custom properties, names that are not ranges)
 * and expands a data validation's range into one object per cell.
 *
 * The worksheets are streamed, and only their `<dataValidations>`, `<x14:dataValidations>`
 * and `<headerFooter>` elements are kept, so the extra memory is that of those elements.
 * The zip's sizes are bounded before this runs (zip-graenser.ts).
 */
import JSZip from "jszip";
import { kanIndeholdeCpr } from "../../core/cpr";
import type { SnapshotTekst } from "../../core/snapshot";
import { fjernXmlForbudteTegn } from "../../core/xml-tegn";

const ENTITETER: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML text → its string: entities and CDATA decoded. */
export function xmlTekst(s: string): string {
  let t = s.includes("<![CDATA[") ? s.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, c: string) => escapeAlt(c)) : s;
  t = t.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== "#") return ENTITETER[e];
    const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
  return t;
}

/**
 * The text as Excel shows it: Office's ST_Xstring escape decoded (`_x0030_` is "0", so digits
 * can hide behind it; `_x005F_` a literal underscore), and the characters XML forbids removed.
 */
function officeTekst(s: string): string {
  const t = s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
  return fjernXmlForbudteTegn(t);
}

// CDATA content is literal: protect its `&` from the entity pass.
function escapeAlt(c: string): string {
  return c.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}

const ren = (s: string): string => officeTekst(s);

/** The attributes of one start tag. */
function attributter(tag: string): Record<string, string> {
  const ud: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) ud[m[1]] = xmlTekst(m[2] ?? m[3] ?? "");
  return ud;
}

/** The text of every `<t>` element (rich text runs) in an XML fragment, joined. */
function tTekst(xml: string): string {
  let s = "";
  for (const m of xml.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g)) s += xmlTekst(m[1]);
  return s;
}

/** The text content of an element, its child tags removed. */
function indhold(xml: string): string {
  return xmlTekst(xml.replace(/<[^>]*>/g, " ").trim());
}

/** `target` of a relationship in the part at `kilde` → the part's name in the zip. */
function loesSti(kilde: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const dele = kilde.split("/").slice(0, -1);
  for (const d of target.split("/")) {
    if (d === "..") dele.pop();
    else if (d !== "." && d !== "") dele.push(d);
  }
  return dele.join("/");
}

function fil(zip: JSZip, navn: string): JSZip.JSZipObject | null {
  return zip.file(navn) ?? zip.file("/" + navn) ?? null;
}

async function del(zip: JSZip, navn: string): Promise<string | null> {
  const f = fil(zip, navn);
  return f ? f.async("string") : null;
}

/** The relationships of a part: Id → part name. */
async function relationer(zip: JSZip, kilde: string): Promise<{ id: string; type: string; sti: string }[]> {
  const dele = kilde.split("/");
  const relsNavn = [...dele.slice(0, -1), "_rels", `${dele[dele.length - 1]}.rels`].join("/");
  const xml = await del(zip, relsNavn);
  if (!xml) return [];
  const ud: { id: string; type: string; sti: string }[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?Relationship\s[^>]*>/g)) {
    const a = attributter(m[0]);
    if (a.Id && a.Target && a.TargetMode !== "External")
      ud.push({ id: a.Id, type: a.Type ?? "", sti: loesSti(kilde, a.Target) });
  }
  return ud;
}

const STROEM_TAGS = ["dataValidation", "x14:dataValidation", "headerFooter"];

/** The end (index of ">") of the start tag at the beginning of `s`; -1 when it is not all there. A quoted ">" is not the end. */
function startTagSlut(s: string): number {
  let citat = "";
  for (let i = 1; i < s.length; i++) {
    const c = s[i];
    if (citat) {
      if (c === citat) citat = "";
    } else if (c === '"' || c === "'") citat = c;
    else if (c === ">") return i;
  }
  return -1;
}

/**
 * The elements of STROEM_TAGS in a worksheet, read as a stream: the rest of the sheet (its
 * cells) is passed over, never held.
 */
function stroemElementer(f: JSZip.JSZipObject): Promise<string[]> {
  return new Promise((ok, fejl) => {
    const fundet: string[] = [];
    let buf = "";
    // The element being read: its name, the end of its start tag once seen, and how far
    // buf has been searched (each character is looked at a bounded number of times).
    let inde: string | null = null;
    let tagSlut = -1;
    let soegt = 0;
    let citat = "";
    const faerdig = (lgd: number): void => {
      fundet.push(buf.slice(0, lgd));
      buf = buf.slice(lgd);
      inde = null;
    };
    const behandl = (): void => {
      for (;;) {
        if (inde === null) {
          let bedst = -1;
          let tag = "";
          for (const t of STROEM_TAGS) {
            const i = buf.indexOf("<" + t);
            if (i >= 0 && (bedst < 0 || i < bedst)) {
              bedst = i;
              tag = t;
            }
          }
          if (bedst < 0) {
            // Keep a tail long enough for a start tag cut between two chunks.
            buf = buf.slice(-32);
            return;
          }
          buf = buf.slice(bedst);
          inde = tag;
          tagSlut = -1;
          soegt = 1;
          citat = "";
        }
        if (buf.length < inde.length + 2) return;
        if (soegt === 1) {
          const efter = buf[inde.length + 1];
          if (!/[\s>/]/.test(efter)) {
            // `<dataValidations`: the container (or another element); its children are found one by one.
            buf = buf.slice(1);
            inde = null;
            continue;
          }
        }
        if (tagSlut < 0) {
          // The start tag's ">" (a quoted ">" in an attribute is not it).
          for (; soegt < buf.length; soegt++) {
            const c = buf[soegt];
            if (citat) {
              if (c === citat) citat = "";
            } else if (c === '"' || c === "'") citat = c;
            else if (c === ">") break;
          }
          if (soegt >= buf.length) return;
          tagSlut = soegt;
          if (buf[tagSlut - 1] === "/") {
            faerdig(tagSlut + 1);
            continue;
          }
          soegt = tagSlut + 1;
        }
        const slutTag = `</${inde}>`;
        const slut = buf.indexOf(slutTag, soegt);
        if (slut < 0) {
          soegt = Math.max(soegt, buf.length - slutTag.length);
          return;
        }
        faerdig(slut + slutTag.length);
      }
    };
    // JSZip's stream of decoded text (UTF-8 sequences across chunks are kept whole); untyped.
    (f as unknown as { internalStream(type: "string"): JSZipStroem })
      .internalStream("string")
      .on("data", (stykke: unknown) => {
        buf += String(stykke);
        behandl();
      })
      .on("error", fejl)
      .on("end", () => ok(fundet))
      .resume();
  });
}

interface JSZipStroem {
  on(hvad: "data", f: (stykke: unknown) => void): JSZipStroem;
  on(hvad: "error", f: (e: unknown) => void): JSZipStroem;
  on(hvad: "end", f: () => void): JSZipStroem;
  resume(): JSZipStroem;
}

/** The first cell of a sqref ("B2:B10 D4" → "B2"), or A1. */
function foersteCelle(sqref: string): string {
  const m = /\$?([A-Za-z]{1,3})\$?(\d{1,7})/.exec(sqref);
  return m ? `${m[1].toUpperCase()}${m[2]}` : "A1";
}

function dataValideringer(xml: string, ark: string, ud: SnapshotTekst[]): void {
  const start = /^<[\w:]+/.exec(xml)?.[0].length ?? 0;
  const slut = startTagSlut(xml);
  if (slut < 0) return;
  {
    const a = attributter(xml.slice(start, slut));
    const krop = xml[slut - 1] === "/" ? "" : xml.slice(slut + 1);
    const sqref = a.sqref ?? indhold(/<(?:\w+:)?sqref>([\s\S]*?)<\/(?:\w+:)?sqref>/.exec(krop)?.[1] ?? "");
    const celle = foersteCelle(sqref);
    const tekster = [a.promptTitle, a.prompt, a.errorTitle, a.error];
    for (const f of krop.matchAll(/<((?:\w+:)?formula[12])>([\s\S]*?)<\/\1>/g)) tekster.push(indhold(f[2]));
    for (const t of tekster) if (t) ud.push({ art: "datavalidering", ark, celle, tekst: ren(t) });
  }
}

function sidehoveder(xml: string, ark: string, ud: SnapshotTekst[]): void {
  for (const m of xml.matchAll(/<(odd|even|first)(Header|Footer)>([\s\S]*?)<\/\1\2>/g))
    ud.push({ art: "sidehoved", ark, tekst: ren(xmlTekst(m[3])) });
}

/** Legacy comments (notes): the text and the author of each. */
function noter(xml: string, ark: string, ud: SnapshotTekst[]): void {
  const forfattere = [...xml.matchAll(/<author>([\s\S]*?)<\/author>/g)].map((m) => indhold(m[1]));
  for (const m of xml.matchAll(/<comment\s([^>]*)>([\s\S]*?)<\/comment>/g)) {
    const a = attributter(m[1]);
    const celle = foersteCelle(a.ref ?? "");
    ud.push({ art: "note", ark, celle, tekst: ren(tTekst(m[2])) });
    const forfatter = forfattere[Number(a.authorId)];
    if (forfatter) ud.push({ art: "note", ark, celle, tekst: ren(forfatter) });
  }
}

/** Threaded comments (Excel 365's comments) and their replies. */
function traadNoter(xml: string, ark: string, ud: SnapshotTekst[]): void {
  for (const m of xml.matchAll(/<threadedComment\s([^>]*)>([\s\S]*?)<\/threadedComment>/g)) {
    const a = attributter(m[1]);
    const tekst = /<text>([\s\S]*?)<\/text>/.exec(m[2]);
    if (tekst) ud.push({ art: "note", ark, celle: foersteCelle(a.ref ?? ""), tekst: ren(xmlTekst(tekst[1])) });
  }
}

// A W3CDTF time stamp (dcterms:created, cp:lastPrinted): a date, not something typed.
const DATO_TID = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Document properties: every element's text in core.xml and app.xml; custom.xml's names and values. */
function egenskaber(xml: string, ud: SnapshotTekst[], egen: boolean, kendte: ReadonlySet<string>): void {
  if (egen) {
    for (const m of xml.matchAll(/<property\s([^>]*)>([\s\S]*?)<\/property>/g)) {
      const navn = attributter(m[1]).name ?? "";
      ud.push({ art: "egenskab", navn: "brugerdefineret", tekst: ren(navn) });
      ud.push({ art: "egenskab", navn: "brugerdefineret", tekst: ren(indhold(m[2])) });
    }
    return;
  }
  // Leaf elements only: <dc:title>…</dc:title>, <Company>…</Company>, <vt:lpstr>…</vt:lpstr>.
  for (const m of xml.matchAll(/<([\w:]+)(?:\s[^>]*)?>([^<]+)<\/\1>/g)) {
    const tekst = xmlTekst(m[2]).trim();
    // app.xml's TitlesOfParts repeats the sheet and defined names; they are checked as such.
    if (tekst && !kendte.has(tekst) && !DATO_TID.test(tekst))
      ud.push({ art: "egenskab", navn: m[1], tekst: ren(tekst) });
  }
}

/**
 * Every text outside the cells. `arkNavn` maps a sheet's name as stored to the name the
 * snapshot uses (ExcelJS cuts at 31 characters).
 */
export async function laesTekster(buf: Uint8Array, arkNavn: (fuldt: string) => string): Promise<SnapshotTekst[]> {
  const zip = await JSZip.loadAsync(buf);
  const ud: SnapshotTekst[] = [];
  const wbSti = "xl/workbook.xml";
  const wb = (await del(zip, wbSti)) ?? "";
  const wbRels = await relationer(zip, wbSti);

  const ark: { navn: string; sti: string | null }[] = [];
  const kendte = new Set<string>();
  for (const m of wb.matchAll(/<(?:\w+:)?sheet\s[^>]*>/g)) {
    const a = attributter(m[0]);
    const fuldt = a.name ?? "";
    kendte.add(fuldt);
    const navn = arkNavn(fuldt);
    const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
    ark.push({ navn, sti: wbRels.find((r) => r.id === rid)?.sti ?? null });
  }

  for (const m of wb.matchAll(/<(?:\w+:)?definedName(\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?definedName>/g)) {
    const a = attributter(m[1] ?? "");
    const lokal = a.localSheetId !== undefined ? ark[Number(a.localSheetId)]?.navn : undefined;
    const navn = ren(a.name ?? "");
    kendte.add(a.name ?? "");
    const sted = { art: "navn" as const, navn, ...(lokal ? { ark: lokal } : {}) };
    ud.push({ ...sted, tekst: navn });
    ud.push({ ...sted, tekst: ren(xmlTekst(m[2])) });
    if (a.comment) ud.push({ ...sted, tekst: ren(a.comment) });
  }

  for (const a of ark) {
    if (!a.sti) continue;
    const f = fil(zip, a.sti);
    if (f) {
      for (const el of await stroemElementer(f)) {
        if (el.startsWith("<headerFooter")) sidehoveder(el, a.navn, ud);
        else dataValideringer(el, a.navn, ud);
      }
    }
    for (const r of await relationer(zip, a.sti)) {
      if (r.type.endsWith("/comments")) {
        const xml = await del(zip, r.sti);
        if (xml) noter(xml, a.navn, ud);
      } else if (r.type.endsWith("/threadedComment")) {
        const xml = await del(zip, r.sti);
        if (xml) traadNoter(xml, a.navn, ud);
      }
    }
  }

  for (const [sti, egen] of [
    ["docProps/core.xml", false],
    ["docProps/app.xml", false],
    ["docProps/custom.xml", true],
  ] as const) {
    const xml = await del(zip, sti);
    if (xml) egenskaber(xml, ud, egen, kendte);
  }
  // Only what can hold a CPR number is kept: a property "false" or "Worksheets" cannot.
  return ud.filter((t) => kanIndeholdeCpr(t.tekst));
}
