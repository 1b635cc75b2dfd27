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
 *
 * Every text is capped at Excel's own limits (issue 16 item 3): a cell, note, property or
 * name holds at most 32.767 characters, a header or footer 255 per section. The raw XML of
 * one element is cut while streaming (MAKS_RAA), so a 12-million-character header costs
 * no more than a cell. What lies beyond a cap is not scanned: the text is marked
 * `afkortet`, and persondata-cpr reports it (Excel never writes such a text, and a CPR
 * number could hide in the part not read).
 */
import JSZip from "jszip";
import { fjernXmlForbudteTegn, formaterTal, kanIndeholdeCpr, type SnapshotTekst } from "../../core";
import { XlsxLaesefejl } from "./signatur";

/** Excel's limit for a cell's text; notes, properties and names are held to it too. */
export const MAKS_TEKST = 32_767;
/** Excel's limit for a header or footer: 255 characters in each of its three sections. */
export const MAKS_SIDEHOVED = 3 * 255;
/**
 * Raw XML kept of one element (or one text) before it is decoded: room for a text at the
 * cap written wholly as entities (`&#x10FFFF;` is ten characters).
 */
export const MAKS_RAA = 10 * MAKS_TEKST;

/** A text at its cap: longer raw XML or decoded text is cut and marked `afkortet`. */
function kappet(
  sted: Omit<SnapshotTekst, "tekst">,
  raa: string,
  dekod: (s: string) => string,
  maks = MAKS_TEKST,
  afkortet = false,
): SnapshotTekst {
  const skaaret = afkortet || raa.length > MAKS_RAA;
  const t = dekod(raa.length > MAKS_RAA ? raa.slice(0, MAKS_RAA) : raa);
  if (t.length > maks || skaaret) return { ...sted, tekst: t.slice(0, maks), afkortet: true };
  return { ...sted, tekst: t };
}

const ENTITETER: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

// Every scan below is linear in its input, whatever the part holds: the parts are hostile
// (a few kB of zip can inflate to 100 MB of unclosed tags), so no regex with an unbounded
// run that can fail and be retried from the next position.

/** XML text → its string: entities and CDATA decoded. */
export function xmlTekst(s: string): string {
  let t = s;
  if (t.includes("<![CDATA[")) {
    let ud = "";
    let i = 0;
    for (;;) {
      const start = t.indexOf("<![CDATA[", i);
      const slut = start < 0 ? -1 : t.indexOf("]]>", start + 9);
      if (slut < 0) break;
      // CDATA content is literal: its `&` must survive the entity pass.
      ud += t.slice(i, start) + t.slice(start + 9, slut).replace(/&/g, "&amp;");
      i = slut + 3;
    }
    t = ud + t.slice(i);
  }
  return t.replace(/&(#x[0-9a-fA-F]{1,6}|#\d{1,7}|amp|lt|gt|quot|apos);/g, (m, e: string) => {
    if (e[0] !== "#") return ENTITETER[e];
    const cp = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
  });
}

/**
 * The text as Excel shows it: Office's ST_Xstring escape decoded (`_x0030_` is "0", so digits
 * can hide behind it; `_x005F_` a literal underscore), and the characters XML forbids removed.
 */
function ren(s: string): string {
  const t = s.includes("_x")
    ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)))
    : s;
  return fjernXmlForbudteTegn(t);
}

/** The end (index of ">") of the start tag beginning at `fra`; -1 when there is none. A quoted ">" is not the end. */
function startTagSlut(s: string, fra = 0): number {
  let i = fra + 1;
  let gt = -1;
  for (;;) {
    // Each character is looked at once by each of the two searches: gt is kept while it lies ahead.
    if (gt < i) gt = s.indexOf(">", i);
    if (gt < 0) return -1;
    let q = -1;
    for (let k = i; k < gt; k++) {
      const c = s.charCodeAt(k);
      if (c === 34 || c === 39) {
        q = k;
        break;
      }
    }
    if (q < 0) return gt;
    const luk = s.indexOf(s[q], q + 1);
    if (luk < 0) return -1;
    i = luk + 1;
  }
}

/** The attributes of one start tag (its text between the name and ">"). */
export function attributter(tag: string): Record<string, string> {
  const ud: Record<string, string> = {};
  let i = 0;
  while (i < tag.length) {
    const lig = tag.indexOf("=", i);
    if (lig < 0) break;
    const navn = tag.slice(i, lig).trim().split(/\s/).pop() ?? "";
    let k = lig + 1;
    while (k < tag.length && /\s/.test(tag[k])) k++;
    const q = tag[k];
    if (q !== '"' && q !== "'") {
      i = k;
      continue;
    }
    const luk = tag.indexOf(q, k + 1);
    if (luk < 0) break;
    if (navn) ud[navn] = xmlTekst(tag.slice(k + 1, luk));
    i = luk + 1;
  }
  return ud;
}

export interface Element {
  navn: string;
  /** The start tag's attribute text. */
  attr: string;
  /** Everything between start and end tag ("" when self-closing). */
  krop: string;
}

/**
 * The elements named `navne` (exact, prefix included: "x14:dataValidation") in document
 * order, not nested in each other. Linear: each name's next position is found once per
 * element passed, and a missing ">" or end tag ends the scan (none can follow).
 */
export function* elementer(xml: string, navne: readonly string[], aabenSlut = false): Generator<Element> {
  const naeste = new Map<string, number>();
  let i = 0;
  for (;;) {
    let bedst = -1;
    let navn = "";
    for (const n of navne) {
      let p = naeste.get(n);
      if (p === undefined || (p >= 0 && p < i)) {
        p = i;
        for (;;) {
          p = xml.indexOf("<" + n, p);
          if (p < 0) break;
          const c = xml[p + n.length + 1];
          if (c === undefined || c === ">" || c === "/" || /\s/.test(c)) break;
          p += 1;
        }
        naeste.set(n, p);
      }
      if (p >= 0 && (bedst < 0 || p < bedst)) {
        bedst = p;
        navn = n;
      }
    }
    if (bedst < 0) return;
    const gt = startTagSlut(xml, bedst);
    if (gt < 0) return;
    const attr = xml.slice(bedst + navn.length + 1, xml[gt - 1] === "/" ? gt - 1 : gt);
    if (xml[gt - 1] === "/") {
      i = gt + 1;
      yield { navn, attr, krop: "" };
      continue;
    }
    const slut = xml.indexOf(`</${navn}>`, gt + 1);
    if (slut < 0) {
      // An element cut at MAKS_RAA: its text runs to the end.
      if (aabenSlut) yield { navn, attr, krop: xml.slice(gt + 1) };
      return;
    }
    i = slut + navn.length + 3;
    yield { navn, attr, krop: xml.slice(gt + 1, slut) };
  }
}

function foersteElement(xml: string, navne: readonly string[]): Element | null {
  for (const e of elementer(xml, navne)) return e;
  return null;
}

/** The text of every `<t>` element (rich text runs) in an XML fragment, joined. */
function tTekst(xml: string): string {
  let s = "";
  for (const e of elementer(xml, ["t"])) {
    // Past the cap nothing more is needed: kappet marks it.
    s += xmlTekst(e.krop.length > MAKS_RAA ? e.krop.slice(0, MAKS_RAA) : e.krop);
    if (s.length > MAKS_TEKST) break;
  }
  return s;
}

/** The text content of an element, its child tags removed. */
function indhold(xml: string): string {
  let ud = "";
  let i = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    ud += xml.slice(i, lt) + " ";
    const gt = xml.indexOf(">", lt);
    if (gt < 0) {
      i = xml.length;
      break;
    }
    i = gt + 1;
  }
  return xmlTekst((ud + xml.slice(i)).trim());
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

export function fil(zip: JSZip, navn: string): JSZip.JSZipObject | null {
  return zip.file(navn) ?? zip.file("/" + navn) ?? null;
}

export async function del(zip: JSZip, navn: string): Promise<string | null> {
  const f = fil(zip, navn);
  return f ? f.async("string") : null;
}

/** The relationships of a part: Id → part name. */
export async function relationer(zip: JSZip, kilde: string): Promise<{ id: string; type: string; sti: string }[]> {
  const dele = kilde.split("/");
  const relsNavn = [...dele.slice(0, -1), "_rels", `${dele[dele.length - 1]}.rels`].join("/");
  const xml = await del(zip, relsNavn);
  if (!xml) return [];
  const ud: { id: string; type: string; sti: string }[] = [];
  for (const e of elementer(xml, ["Relationship"])) {
    const a = attributter(e.attr);
    if (a.Id && a.Target && a.TargetMode !== "External")
      ud.push({ id: a.Id, type: a.Type ?? "", sti: loesSti(kilde, a.Target) });
  }
  return ud;
}

/**
 * Local names of the elements streamed out of a worksheet, with any namespace prefix
 * (`<x14:dataValidation>`, and `<s:headerFooter>` from a writer that prefixes the main
 * namespace: Excel reads both).
 */
const STROEM_TAGS = ["dataValidation", "headerFooter", "hyperlink"];

/** The first start tag in `buf` of a STROEM_TAGS element, prefix or not: its index and qualified name. */
function naesteStartTag(buf: string, tags: readonly string[]): { i: number; navn: string } | null {
  let bedst: { i: number; navn: string } | null = null;
  for (const lokal of tags) {
    let fra = 0;
    for (;;) {
      const k = buf.indexOf(lokal, fra);
      if (k < 0 || (bedst && k > bedst.i + 40)) break;
      fra = k + 1;
      if (k === 0) continue;
      let start = -1;
      if (buf[k - 1] === "<") start = k - 1;
      else if (buf[k - 1] === ":") {
        // A prefix is a short XML name: look back at most 32 characters for its "<".
        let j = k - 2;
        while (j >= 0 && j >= k - 33 && /[\w.-]/.test(buf[j])) j--;
        if (j >= 0 && buf[j] === "<" && j < k - 2) start = j;
      }
      if (start < 0) continue;
      if (!bedst || start < bedst.i) bedst = { i: start, navn: buf.slice(start + 1, k + lokal.length) };
      break;
    }
  }
  return bedst;
}

/** A streamed element's XML; `afkortet` when it was longer than MAKS_RAA and cut there. */
export interface StroemElement {
  /** The qualified name ("x14:dataValidation", "s:headerFooter"). */
  navn: string;
  xml: string;
  afkortet: boolean;
}

/**
 * The elements of STROEM_TAGS in a worksheet, read as a stream: the rest of the sheet (its
 * cells) is passed over, never held. An element is held up to MAKS_RAA characters; the
 * rest of a longer one is passed over too (and the part kept is closed so it still parses).
 */
export function stroemElementer(f: JSZip.JSZipObject, tags: readonly string[] = STROEM_TAGS): Promise<StroemElement[]> {
  return new Promise((ok, fejl) => {
    const fundet: StroemElement[] = [];
    let buf = "";
    // The element being read: its name, the end of its start tag once seen, and how far
    // buf has been searched (each character is looked at a bounded number of times).
    let inde: string | null = null;
    let tagSlut = -1;
    let soegt = 0;
    let citat = "";
    // After a cut: the rest of the start tag is passed over (kastStart, quotes followed), then
    // everything up to the end tag (spring).
    let kastStart = false;
    let spring: string | null = null;
    let sidste = "";
    const faerdig = (lgd: number): void => {
      fundet.push({ navn: inde!, xml: buf.slice(0, lgd), afkortet: false });
      buf = buf.slice(lgd);
      inde = null;
    };
    const behandl = (): void => {
      for (;;) {
        if (kastStart) {
          let k = 0;
          for (; k < buf.length; k++) {
            const c = buf[k];
            if (citat) {
              if (c === citat) citat = "";
            } else if (c === '"' || c === "'") citat = c;
            else if (c === ">") break;
          }
          if (k >= buf.length) {
            if (buf.length > 0) sidste = buf[buf.length - 1];
            buf = "";
            return;
          }
          const selvLukket = (k > 0 ? buf[k - 1] : sidste) === "/";
          buf = buf.slice(k + 1);
          kastStart = false;
          if (selvLukket) inde = null;
          else spring = `</${inde}>`;
          continue;
        }
        if (spring !== null) {
          const k = buf.indexOf(spring);
          if (k < 0) {
            buf = buf.slice(-(spring.length - 1));
            return;
          }
          buf = buf.slice(k + spring.length);
          spring = null;
          inde = null;
          continue;
        }
        if (inde === null) {
          const start = naesteStartTag(buf, tags);
          if (!start) {
            // Keep a tail long enough for a start tag (with its prefix) cut between two chunks.
            buf = buf.slice(-64);
            return;
          }
          buf = buf.slice(start.i);
          inde = start.navn;
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
          if (soegt >= buf.length) {
            if (buf.length > MAKS_RAA) {
              // An overlong start tag (a 12-million-character prompt): keep it closed as an empty element.
              fundet.push({ navn: inde, xml: buf.slice(0, MAKS_RAA) + citat + "/>", afkortet: true });
              sidste = buf[buf.length - 1];
              buf = "";
              kastStart = true;
            }
            return;
          }
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
          if (buf.length > MAKS_RAA) {
            fundet.push({ navn: inde, xml: buf.slice(0, MAKS_RAA) + slutTag, afkortet: true });
            buf = buf.slice(-(slutTag.length - 1));
            spring = slutTag;
            continue;
          }
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

/** "x14:dataValidation" → "x14:"; "headerFooter" → "". */
function praefiks(navn: string): string {
  return navn.slice(0, navn.indexOf(":") + 1);
}

function dataValideringer(el: StroemElement, ark: string, ud: SnapshotTekst[]): void {
  const e = foersteElement(el.xml, [el.navn]);
  if (!e) return;
  const p = praefiks(el.navn);
  const a = attributter(e.attr);
  const sqref = a.sqref ?? indhold(foersteElement(e.krop, ["xm:sqref", `${p}sqref`])?.krop ?? "");
  const celle = foersteCelle(sqref);
  const tekster = [a.promptTitle, a.prompt, a.errorTitle, a.error];
  for (const f of elementer(e.krop, [`${p}formula1`, `${p}formula2`], el.afkortet)) tekster.push(indhold(f.krop));
  const sted = { art: "datavalidering" as const, ark, celle };
  let afkortet = false;
  for (const t of tekster)
    if (t) {
      const post = kappet(sted, t, ren);
      afkortet ||= post.afkortet === true;
      ud.push(post);
    }
  // Cut where no single text shows it (a start tag of thousands of attributes): said once.
  if (el.afkortet && !afkortet) ud.push({ ...sted, tekst: "", afkortet: true });
}

/** A hyperlink's screen tip and shown text (its address is a relationship; the cell's text is read as a cell). */
function hyperlink(el: StroemElement, ark: string, ud: SnapshotTekst[]): void {
  const e = foersteElement(el.xml, [el.navn]);
  if (!e) return;
  const a = attributter(e.attr);
  const sted = { art: "hyperlink" as const, ark, celle: foersteCelle(a.ref ?? "") };
  for (const t of [a.tooltip, a.display, a.location]) if (t) ud.push(kappet(sted, t, ren, MAKS_TEKST, el.afkortet));
  if (el.afkortet && !a.tooltip && !a.display) ud.push({ ...sted, tekst: "", afkortet: true });
}

const SIDEHOVEDER = ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"];

function sidehoveder(el: StroemElement, ark: string, ud: SnapshotTekst[]): void {
  let afkortet = false;
  const p = praefiks(el.navn);
  for (const e of elementer(
    el.xml,
    SIDEHOVEDER.map((n) => p + n),
    el.afkortet,
  )) {
    const post = kappet({ art: "sidehoved", ark }, e.krop, (t) => ren(xmlTekst(t)), MAKS_SIDEHOVED);
    afkortet ||= post.afkortet === true;
    ud.push(post);
  }
  if (el.afkortet && !afkortet) ud.push({ art: "sidehoved", ark, tekst: "", afkortet: true });
}

/** Legacy comments (notes): the text and the author of each. */
function noter(xml: string, ark: string, ud: SnapshotTekst[]): void {
  const forfattere = [...elementer(xml, ["author"])].map((e) =>
    indhold(e.krop.length > MAKS_RAA ? e.krop.slice(0, MAKS_RAA + 1) : e.krop),
  );
  for (const e of elementer(xml, ["comment"])) {
    const a = attributter(e.attr);
    const celle = foersteCelle(a.ref ?? "");
    ud.push(kappet({ art: "note", ark, celle }, e.krop, (t) => ren(tTekst(t))));
    const forfatter = forfattere[Number(a.authorId)];
    if (forfatter) ud.push(kappet({ art: "note", ark, celle }, forfatter, ren));
  }
}

/**
 * The text of a drawing's shapes (text boxes, shapes with text, WordArt): each paragraph's
 * runs (`<a:t>`) joined, so a number split over runs is whole. The sheet that uses the
 * drawing is where it is shown.
 */
function tegning(xml: string, ark: string, ud: SnapshotTekst[]): void {
  for (const p of elementer(xml, ["a:p"])) {
    let t = "";
    for (const r of elementer(p.krop, ["a:t"])) {
      t += xmlTekst(r.krop.length > MAKS_RAA ? r.krop.slice(0, MAKS_RAA) : r.krop);
      if (t.length > MAKS_TEKST) break;
    }
    if (t) ud.push(kappet({ art: "tegning", ark }, t, ren));
  }
}

/** Threaded comments (Excel 365's comments) and their replies. */
function traadNoter(xml: string, ark: string, ud: SnapshotTekst[]): void {
  for (const e of elementer(xml, ["threadedComment"])) {
    const a = attributter(e.attr);
    const tekst = foersteElement(e.krop, ["text"]);
    if (tekst)
      ud.push(
        kappet({ art: "note", ark, celle: foersteCelle(a.ref ?? ""), kommentar: true }, tekst.krop, (t) =>
          ren(xmlTekst(t)),
        ),
      );
  }
}

// A W3CDTF time stamp (dcterms:created, cp:lastPrinted): a date, not something typed.
const DATO_TID = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;

/** Document properties: every leaf element's text in core.xml and app.xml; custom.xml's names and values. */
function egenskaber(xml: string, ud: SnapshotTekst[], egen: boolean, kendte: ReadonlySet<string>): void {
  if (egen) {
    for (const e of elementer(xml, ["property"])) {
      const navn = attributter(e.attr).name ?? "";
      const sted = { art: "egenskab" as const, navn: "brugerdefineret" };
      ud.push(kappet(sted, navn, ren));
      ud.push(kappet(sted, e.krop, (t) => ren(indhold(t))));
    }
    return;
  }
  // Leaf elements: <dc:title>…</dc:title>, <Company>…</Company>, <vt:lpstr>…</vt:lpstr>. One
  // pass over the tags: a start tag followed by text and then any end tag is a leaf.
  let i = 0;
  let aaben: string | null = null;
  let tekstFra = 0;
  for (;;) {
    const lt = xml.indexOf("<", i);
    if (lt < 0) break;
    const gt = xml.indexOf(">", lt);
    if (gt < 0) break;
    const tag = xml.slice(lt + 1, gt);
    if (tag.startsWith("/")) {
      if (aaben !== null && tag.slice(1).trim() === aaben) {
        const raa = xml.slice(tekstFra, Math.min(lt, tekstFra + MAKS_RAA + 1));
        const tekst = xmlTekst(raa).trim();
        // app.xml's TitlesOfParts repeats the sheet and defined names; they are checked as such.
        if (tekst && !kendte.has(tekst) && !DATO_TID.test(tekst))
          ud.push(kappet({ art: "egenskab", navn: aaben }, raa, (t) => ren(xmlTekst(t).trim())));
      }
      aaben = null;
    } else if (!tag.startsWith("?") && !tag.startsWith("!") && !tag.endsWith("/")) {
      aaben = tag.split(/\s/, 1)[0];
      tekstFra = gt + 1;
    } else aaben = null;
    i = gt + 1;
  }
}

/** The sheets of workbook.xml in order: the name as stored and the part its relationship points at. */
async function arkListe(zip: JSZip, wb: string): Promise<{ fuldt: string; sti: string | null }[]> {
  const wbRels = await relationer(zip, "xl/workbook.xml");
  const ud: { fuldt: string; sti: string | null }[] = [];
  for (const e of elementer(wb, ["sheet"])) {
    const a = attributter(e.attr);
    const rid = a["r:id"] ?? Object.entries(a).find(([k]) => k.endsWith(":id"))?.[1];
    ud.push({ fuldt: a.name ?? "", sti: wbRels.find((r) => r.id === rid)?.sti ?? null });
  }
  return ud;
}

/**
 * Refuses a workbook in which two sheets point at the same worksheet part (issue 16 item
 * 3, D2): Excel never writes one, ExcelJS makes one sheet of them under the last entry's
 * name, and a reader going by the entries reads the part once per entry (1.000 entries of
 * a 20 MB part are 20 GB to scan).
 */
export async function tjekArkDele(buf: Uint8Array): Promise<void> {
  const zip = await JSZip.loadAsync(buf);
  const liste = await arkListe(zip, (await del(zip, "xl/workbook.xml")) ?? "");
  const set = new Set<string>();
  let delte = 0;
  for (const { sti } of liste) {
    if (!sti) continue;
    if (set.has(sti)) delte++;
    set.add(sti);
  }
  if (delte > 0)
    throw new XlsxLaesefejl(
      `Filen kunne ikke læses som .xlsx-projektmappe; den er beskadiget eller ufuldstændig (${formaterTal(delte)} af arkene peger på et regneark i filen, som et andet ark også peger på; Excel gemmer aldrig en projektmappe sådan).`,
    );
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

  const ark: { navn: string; sti: string | null }[] = [];
  const kendte = new Set<string>();
  for (const { fuldt, sti } of await arkListe(zip, wb)) {
    kendte.add(fuldt);
    ark.push({ navn: arkNavn(fuldt), sti });
  }

  for (const e of elementer(wb, ["definedName"])) {
    const a = attributter(e.attr);
    const lokal = a.localSheetId !== undefined ? ark[Number(a.localSheetId)]?.navn : undefined;
    const navn = ren((a.name ?? "").slice(0, MAKS_TEKST));
    kendte.add(a.name ?? "");
    const sted = { art: "navn" as const, navn, ...(lokal ? { ark: lokal } : {}) };
    ud.push(kappet(sted, a.name ?? "", ren));
    ud.push(kappet(sted, e.krop, (t) => ren(xmlTekst(t))));
    if (a.comment) ud.push(kappet(sted, a.comment, ren));
  }

  // Each part once, under its first sheet (laesXlsx refuses a shared part before this: tjekArkDele).
  const laest = new Set<string>();
  for (const a of ark) {
    if (!a.sti || laest.has(a.sti)) continue;
    laest.add(a.sti);
    const f = fil(zip, a.sti);
    if (f) {
      for (const el of await stroemElementer(f)) {
        const lokal = el.navn.slice(el.navn.indexOf(":") + 1);
        if (lokal === "headerFooter") sidehoveder(el, a.navn, ud);
        else if (lokal === "hyperlink") hyperlink(el, a.navn, ud);
        else dataValideringer(el, a.navn, ud);
      }
    }
    for (const r of await relationer(zip, a.sti)) {
      if (r.type.endsWith("/comments")) {
        const xml = await del(zip, r.sti);
        if (xml) noter(xml, a.navn, ud);
      } else if (r.type.endsWith("/drawing")) {
        const xml = await del(zip, r.sti);
        if (xml) tegning(xml, a.navn, ud);
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
  return ud.filter((t) => t.afkortet || kanIndeholdeCpr(t.tekst));
}
