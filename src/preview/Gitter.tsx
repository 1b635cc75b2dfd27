/**
 * A simple read-mostly grid of the workbook held in the browser: sheet tabs, column letters,
 * row numbers, the selected cell highlighted and scrolled into view. Arrow keys move the
 * selection; Enter or F2 edits a cell (as the user would in Excel, which raises the change
 * event that "Opdater automatisk" listens to).
 */
import * as React from "react";
import { makeStyles, mergeClasses, Tab, TabList, tokens } from "@fluentui/react-components";
import {
  a1,
  cellFormula,
  cellNumberFormat,
  cellValue,
  kolonneBogstaver,
  parseOmraade,
  sheetBottom,
  sheetRight,
  type SnapshotSheet,
  type WorkbookSnapshot,
} from "../core";
import { celleTekst } from "./celletekst";

const MAKS_RAEKKER = 1000;
const MAKS_KOLONNER = 60;

export interface Valgt {
  ark: string;
  celle: string;
}

/** The sticky column letters and row numbers look alike; each adds where it sticks. */
const HOVED = {
  position: "sticky",
  backgroundColor: tokens.colorNeutralBackground3,
  color: tokens.colorNeutralForeground3,
  fontWeight: tokens.fontWeightRegular,
  borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
} as const;

const useStil = makeStyles({
  rod: { display: "flex", flexDirection: "column", minHeight: 0, minWidth: 0, height: "100%" },
  faner: { overflowX: "auto", flexShrink: 0, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  rulle: { overflow: "auto", flexGrow: 1, minHeight: 0, position: "relative" },
  tabel: {
    borderCollapse: "separate",
    borderSpacing: 0,
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    tableLayout: "auto",
  },
  hjoerne: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    minWidth: "36px",
  },
  kolHoved: {
    ...HOVED,
    top: 0,
    zIndex: 2,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: "2px 4px",
    textAlign: "center",
  },
  raekkeHoved: {
    ...HOVED,
    left: 0,
    zIndex: 1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    textAlign: "right",
  },
  celle: {
    borderRight: `1px solid ${tokens.colorNeutralStroke3}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    padding: "2px 6px",
    maxWidth: "260px",
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ":focus": { outline: "none" },
  },
  tal: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  overskrift: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorBrandBackground2 },
  formel: { fontStyle: "italic", color: tokens.colorNeutralForeground3 },
  fejl: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  valgt: {
    outline: `2px solid ${tokens.colorPaletteRedBorder2}`,
    outlineOffset: "-2px",
    backgroundColor: tokens.colorPaletteYellowBackground2,
  },
  note: { padding: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  redigering: { width: "100%", minWidth: "120px", font: "inherit", boxSizing: "border-box" },
});

/** Cells that are a table's header row, by sheet. */
function overskriftsceller(snapshot: WorkbookSnapshot, ark: string): Set<string> {
  const ud = new Set<string>();
  for (const t of snapshot.tables) {
    if (t.sheet.toLowerCase() !== ark.toLowerCase() || (t.headerRowCount ?? 1) === 0) continue;
    const o = parseOmraade(t.ref);
    if (!o) continue;
    for (let c = o.left; c <= o.right; c++) ud.add(a1(o.top, c));
  }
  return ud;
}

export function Gitter(props: {
  snapshot: WorkbookSnapshot;
  aktivtArk: string;
  onSkiftArk: (ark: string) => void;
  valgt: Valgt | null;
  onVaelg: (v: Valgt) => void;
  onRediger?: (ark: string, celle: string, tekst: string) => void;
}): React.ReactElement {
  const { snapshot, aktivtArk, onSkiftArk, valgt, onVaelg, onRediger } = props;
  const s = useStil();
  const rulleRef = React.useRef<HTMLDivElement>(null);
  const [redigerer, setRedigerer] = React.useState<string | null>(null);
  const synlige = snapshot.sheets.filter((a) => (a.visibility ?? "visible") === "visible");
  const ark: SnapshotSheet | undefined = snapshot.sheets.find((a) => a.name === aktivtArk) ?? synlige[0];

  const valgtHer =
    valgt && ark && valgt.ark.toLowerCase() === ark.name.toLowerCase() ? parseOmraade(valgt.celle) : null;

  // The selected cell (first cell of a range) is scrolled into view when it, the sheet or the
  // workbook changes (not on every render: valgtHer is a new object each time).
  const valgtTop = valgtHer?.top;
  const valgtVenstre = valgtHer?.left;
  React.useEffect(() => {
    if (valgtTop === undefined) return;
    const el = rulleRef.current?.querySelector<HTMLElement>('[data-testid="selected-cell"]');
    el?.scrollIntoView({ block: "center", inline: "center" });
  }, [valgtTop, valgtVenstre, ark?.name, snapshot]);

  if (!ark) return <p className={s.note}>Projektmappen har ingen synlige ark.</p>;

  const bund = Math.max(sheetBottom(ark), valgtHer?.top ?? 0, 1);
  const hoejre = Math.max(sheetRight(ark), valgtHer?.left ?? 0, 1);
  const raekker = Math.min(bund, Math.max(MAKS_RAEKKER, (valgtHer?.top ?? 0) + 10));
  const kolonner = Math.min(hoejre, Math.max(MAKS_KOLONNER, (valgtHer?.left ?? 0) + 2));
  const overskrifter = overskriftsceller(snapshot, ark.name);

  const flyt = (dr: number, dk: number): void => {
    if (!valgtHer) {
      onVaelg({ ark: ark.name, celle: "A1" });
      return;
    }
    const r = Math.min(Math.max(1, valgtHer.top + dr), raekker);
    const k = Math.min(Math.max(1, valgtHer.left + dk), kolonner);
    onVaelg({ ark: ark.name, celle: a1(r, k) });
    requestAnimationFrame(() => rulleRef.current?.querySelector<HTMLElement>('[data-testid="selected-cell"]')?.focus());
  };

  const tast = (e: React.KeyboardEvent): void => {
    if (redigerer) return;
    const pile: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    const p = pile[e.key];
    if (p) {
      e.preventDefault();
      flyt(p[0], p[1]);
    } else if ((e.key === "Enter" || e.key === "F2") && valgtHer && onRediger) {
      e.preventDefault();
      setRedigerer(a1(valgtHer.top, valgtHer.left));
    }
  };

  const rows: React.ReactNode[] = [];
  for (let r = 1; r <= raekker; r++) {
    const celler: React.ReactNode[] = [];
    for (let k = 1; k <= kolonner; k++) {
      const adresse = a1(r, k);
      const v = cellValue(ark, r, k);
      const formel = cellFormula(ark, r, k);
      const erValgt = !!valgtHer && valgtHer.top === r && valgtHer.left === k;
      const iOmraade =
        !!valgtHer &&
        !erValgt &&
        r >= valgtHer.top &&
        r <= valgtHer.bottom &&
        k >= valgtHer.left &&
        k <= valgtHer.right;
      const tekst = v === null && formel ? formel : celleTekst(v, cellNumberFormat(ark, r, k));
      const klasse = mergeClasses(
        s.celle,
        typeof v === "number" && s.tal,
        overskrifter.has(adresse) && s.overskrift,
        v === null && !!formel && s.formel,
        typeof v === "object" && v !== null && s.fejl,
        (erValgt || iOmraade) && s.valgt,
      );
      celler.push(
        <td
          key={k}
          role="gridcell"
          className={klasse}
          aria-selected={erValgt || iOmraade}
          tabIndex={erValgt ? 0 : -1}
          data-testid={erValgt ? "selected-cell" : `grid-cell-${ark.name}!${adresse}`}
          data-celle={`${ark.name}!${adresse}`}
          title={
            formel
              ? `${adresse}: ${formel}${v === null ? " (forhåndsvisningen regner ikke formler)" : ""}`
              : tekst || undefined
          }
          onClick={() => onVaelg({ ark: ark.name, celle: adresse })}
          onDoubleClick={() => onRediger && setRedigerer(adresse)}
        >
          {redigerer === adresse && onRediger ? (
            <RedigerFelt
              start={v === null || typeof v === "object" ? (formel ?? "") : String(v)}
              klasse={s.redigering}
              etiket={`Ny værdi i ${ark.name}!${adresse}`}
              onFaerdig={(tekst) => {
                setRedigerer(null);
                if (tekst !== null) onRediger(ark.name, adresse, tekst);
              }}
            />
          ) : (
            tekst
          )}
        </td>,
      );
    }
    rows.push(
      <tr key={r} role="row">
        <th scope="row" role="rowheader" className={s.raekkeHoved}>
          {r}
        </th>
        {celler}
      </tr>,
    );
  }

  return (
    <div className={s.rod}>
      <div className={s.faner}>
        <TabList
          size="small"
          selectedValue={ark.name}
          onTabSelect={(_, d) => onSkiftArk(String(d.value))}
          aria-label="Ark i projektmappen"
        >
          {synlige.map((a) => (
            <Tab key={a.name} value={a.name} data-testid={`ark-${a.name}`}>
              {a.name}
            </Tab>
          ))}
        </TabList>
      </div>
      <div className={s.rulle} ref={rulleRef} data-testid="gitter">
        <table
          role="grid"
          aria-readonly={!onRediger}
          aria-label={`Arket ${ark.name}`}
          className={s.tabel}
          onKeyDown={tast}
        >
          <thead>
            <tr role="row">
              <th className={s.hjoerne} aria-hidden />
              {Array.from({ length: kolonner }, (_, i) => (
                <th key={i} scope="col" role="columnheader" className={s.kolHoved}>
                  {kolonneBogstaver(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>{rows}</tbody>
        </table>
        {(bund > raekker || hoejre > kolonner) && (
          <p className={s.note}>
            Viser {raekker} af {bund} rækker og {kolonner} af {hoejre} kolonner.
          </p>
        )}
      </div>
    </div>
  );
}

function RedigerFelt(props: {
  start: string;
  klasse: string;
  etiket: string;
  onFaerdig: (tekst: string | null) => void;
}): React.ReactElement {
  const [tekst, setTekst] = React.useState(props.start);
  const ref = React.useRef<HTMLInputElement>(null);
  const faerdig = React.useRef(false);
  const afslut = (v: string | null): void => {
    if (faerdig.current) return;
    faerdig.current = true;
    props.onFaerdig(v);
  };
  React.useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  return (
    <input
      ref={ref}
      className={props.klasse}
      aria-label={props.etiket}
      value={tekst}
      onChange={(e) => setTekst(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === "Enter") afslut(tekst);
        else if (e.key === "Escape") afslut(null);
      }}
      onBlur={() => afslut(tekst)}
    />
  );
}
