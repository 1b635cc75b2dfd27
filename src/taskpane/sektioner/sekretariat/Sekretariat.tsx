/**
 * Section "Sekretariat": check all submitted takstskemaer in the pane and build the
 * takstbilag, as `takstskema bilag` does. The files are read here in the pane (nothing is
 * sent anywhere); the reader, ExcelJS and the writer load as their own chunk the first time
 * files are picked (src/adapters/xlsx/sekretariat.ts).
 */
import * as React from "react";
import { Badge, Button, Spinner } from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  CopyRegular,
  DismissRegular,
  DocumentMultipleRegular,
  FolderOpenRegular,
  HistoryRegular,
  MailRegular,
  TableRegular,
} from "@fluentui/react-icons";
import type { Afvisning } from "../../../adapters/xlsx/bilag-dele";
import type { KontrolleretSkema } from "../../../adapters/xlsx/sekretariat";
import { formaterTal } from "../../../core/format";
import type { Profilindgang } from "../../../core/profil/typer";
import type { Grundlag, IkkeIndsendt } from "../../../core/takstbilag/grundlag";
import type { Brev } from "../../../core/tilbagemelding";
import { BeskedBjaelke, type Besked } from "../../komponenter/Beskeder";
import { fejlBesked } from "../../komponenter/useHandling";
import { ALVOR_ETIKET } from "../../faelles/taelling";
import { vis } from "../../faelles/tekst";
import {
  bilagFilnavn,
  brevOverskrift,
  grupperSkemaer,
  ikkeIndsendtLinjer,
  kopierTekst,
  kopiTekst,
  opsummeringKort,
  SAMLET_BREVFIL,
  samletBrevfil,
  sorterValgte,
  STATUS_TEKST,
  taelSkemaer,
  taellingTekst,
  tilbagemeldinger,
  visningsnavn,
  type SkemaLinje,
} from "./logik";
import { useFaellesStil } from "../../stil";
import type { FaellesTilstand } from "../../tilstand";

/** A ready set of submissions (the preview's bundled examples/indsendt/). */
export interface Eksempelsaet {
  navn: string;
  hent(): Promise<File[]>;
}

/** Last year's approved takstbilag, read: the baseline the submissions are checked against. */
export interface SidsteAar {
  navn: string;
  grundlag: Grundlag;
}

/** What the section has checked; kept by the pane, so closing the section does not lose it. */
export interface SekretariatData {
  skemaer: KontrolleretSkema[];
  sprunget: string[];
  afvisninger: Afvisning[];
  advarsler: number;
  /** Milliseconds to read and check the files. */
  tid: number;
  profil: string;
  /** The baseline the files were checked against, and last year's tilbud that did not submit. */
  sidsteAar?: SidsteAar;
  ikkeIndsendt?: IkkeIndsendt[];
}

export interface SekretariatProps extends FaellesTilstand {
  data: SekretariatData | null;
  setData(d: SekretariatData | null): void;
  eksempelsaet?: Eksempelsaet;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const indlaesModul = () => import(/* webpackChunkName: "sekretariat" */ "../../../adapters/xlsx/sekretariat");

const TEKST_TYPE = "text/plain;charset=utf-8";

function hentFil(data: Uint8Array | string, navn: string, type = XLSX_TYPE): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = navn;
  a.style.display = "none";
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const vent = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

const sekunder = (ms: number): string => `${formaterTal(ms / 1000, 1)} s`;

const stort = (t: string): string => t.charAt(0).toUpperCase() + t.slice(1);

function Afvisninger({ afvisninger }: { afvisninger: readonly Afvisning[] }): React.ReactElement | null {
  if (afvisninger.length === 0) return null;
  return (
    <BeskedBjaelke
      testId="sekretariat-afvisning"
      besked={{
        art: "error",
        titel: "Takstbilaget kan ikke bygges",
        tekst: afvisninger.map((a) => `${a.grund} ${a.raad}`).join(" "),
        detaljer: afvisninger.flatMap((a) => a.linjer.map(vis)),
      }}
    />
  );
}

function SkemaPost({ linje }: { linje: SkemaLinje }): React.ReactElement {
  const f = useFaellesStil();
  const [aaben, setAaben] = React.useState(false);
  const farve =
    linje.status === "klar"
      ? "success"
      : linje.status === "tilbage"
        ? "danger"
        : linje.status === "ulaeselig"
          ? "warning"
          : "informative";
  const visFund = linje.fund.length > 0 || linje.fejlVedLaesning;
  return (
    <li data-testid="sekretariat-skema" data-status={linje.status}>
      <button
        type="button"
        className={f.listeKnap}
        style={{ padding: "6px 8px" }}
        aria-expanded={visFund ? aaben : undefined}
        onClick={() => setAaben((a) => !a)}
        disabled={!visFund}
      >
        <span className={f.raekke}>
          <Badge appearance="filled" color={farve} data-testid="sekretariat-status">
            {STATUS_TEKST[linje.status]}
          </Badge>
          <strong className={f.ombryd}>{vis(linje.tilbud)}</strong>
        </span>
        <span className={`${f.hjaelp} ${f.ombryd}`} style={{ display: "block" }}>
          {vis(linje.fil)}
          {linje.opsummering ? ` · ${opsummeringKort(linje.opsummering)}` : ""}
        </span>
      </button>
      {aaben && visFund && (
        <ul className={f.liste} style={{ margin: "4px 0 4px 12px" }} data-testid="sekretariat-fund">
          {linje.fejlVedLaesning && <li className={f.ombryd}>Kan ikke læses: {vis(linje.fejlVedLaesning)}</li>}
          {linje.fund.map((fund, i) => (
            <li key={i} className={`${f.hjaelp} ${f.ombryd}`}>
              <strong>{stort(ALVOR_ETIKET[fund.alvor].ental)}:</strong> {vis(fund.ark)}!{fund.celle}
              {fund.ydelsesId ? ` · ${vis(fund.ydelsesId)}` : ""} · {vis(fund.besked)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** "Tilbagemeldinger": each tilbud's letter, to copy or download, as `valider --tilbagemelding` writes it. */
function Tilbagemeldinger({
  breve,
  setBesked,
  annoncer,
}: {
  breve: readonly Brev[];
  setBesked(b: Besked | null): void;
  annoncer(t: string): void;
}): React.ReactElement {
  const f = useFaellesStil();
  const kopier = async (b: Brev): Promise<void> => {
    const udklip = typeof navigator !== "undefined" ? navigator.clipboard : undefined;
    const fejl = await kopierTekst(kopiTekst(b), udklip);
    const hvem = vis(brevOverskrift(b));
    if (fejl) setBesked({ art: "warning", tekst: fejl });
    else {
      setBesked({ art: "success", tekst: `Brevet til ${hvem} er kopieret. Sæt det ind i en mail.` });
      annoncer(`Brevet til ${hvem} er kopieret`);
    }
  };
  return (
    <div data-testid="sekretariat-breve">
      <p className={f.hjaelp}>
        Et brev til hvert tilbud, til Kontaktpersonen i Stamdata, med det der skal rettes: det samme som kommandolinjens{" "}
        <code>valider --tilbagemelding</code> skriver. Kopiér et brev ind i en mail, eller hent det som tekstfil.
      </p>
      <div className={f.raekke}>
        <Button
          icon={<ArrowDownloadRegular />}
          onClick={() => hentFil(samletBrevfil(breve), SAMLET_BREVFIL, TEKST_TYPE)}
          data-testid="sekretariat-breve-hent-alle"
        >
          Hent alle i én fil
        </Button>
      </div>
      <ul className={f.liste}>
        {breve.map((b) => (
          <li key={b.filnavn} data-testid="sekretariat-brev" data-fil={b.filnavn} style={{ marginBottom: 8 }}>
            <span className={f.raekke}>
              <Badge appearance="tint" color={b.status.fejl > 0 ? "danger" : "success"}>
                {b.status.fejl > 0 ? "Skal rettes" : "Modtaget"}
              </Badge>
              <strong className={f.ombryd}>{vis(brevOverskrift(b))}</strong>
            </span>
            <span className={`${f.hjaelp} ${f.ombryd}`} style={{ display: "block" }}>
              {vis(b.status.kontaktperson ?? "Kontaktperson mangler")}
              {b.status.email ? ` · ${vis(b.status.email)}` : ""}
            </span>
            <span className={f.raekke}>
              <Button
                size="small"
                icon={<CopyRegular />}
                onClick={() => void kopier(b)}
                data-testid="sekretariat-brev-kopier"
              >
                Kopiér
              </Button>
              <Button
                size="small"
                icon={<ArrowDownloadRegular />}
                onClick={() => hentFil(b.tekst, b.filnavn, TEKST_TYPE)}
                title={b.filnavn}
                aria-label={`Hent brevet som ${b.filnavn}`}
                data-testid="sekretariat-brev-hent"
              >
                Hent som tekstfil
              </Button>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Sekretariat(props: SekretariatProps): React.ReactElement {
  const { arbejdsbog, profilValg, annoncer, data, setData, eksempelsaet } = props;
  const f = useFaellesStil();
  const [arbejder, setArbejder] = React.useState<string | null>(null);
  const [besked, setBesked] = React.useState<Besked | null>(null);
  const [bygget, setBygget] = React.useState<{ data: Uint8Array; navn: string } | null>(null);
  const [visBreve, setVisBreve] = React.useState(false);
  const [sidsteAar, setSidsteAar] = React.useState<SidsteAar | null>(data?.sidsteAar ?? null);
  // The files last checked, so a baseline picked afterwards can check them again.
  const valgteRef = React.useRef<readonly File[] | null>(null);
  const filRef = React.useRef<HTMLInputElement>(null);
  const sidsteAarRef = React.useRef<HTMLInputElement>(null);
  const mappeRef = React.useRef<HTMLInputElement>(null);
  const kanMappe = React.useMemo(
    () => typeof HTMLInputElement !== "undefined" && "webkitdirectory" in HTMLInputElement.prototype,
    [],
  );
  React.useEffect(() => {
    // Not in React's typings; a folder pick where the host's webview allows it.
    mappeRef.current?.setAttribute("webkitdirectory", "");
  }, [kanMappe]);

  const valg: Profilindgang = { profil: profilValg.profil, aftale: profilValg.aftale };

  const kontroller = async (valgte: readonly File[], grundlag: SidsteAar | null = sidsteAar): Promise<void> => {
    if (arbejder) return;
    setBesked(null);
    setBygget(null);
    setVisBreve(false);
    const { laes, sprunget } = sorterValgte(valgte);
    if (laes.length === 0) {
      setBesked({
        art: "warning",
        tekst: "Der er ingen .xlsx-filer blandt de valgte. Vælg de indsendte takstskemaer (.xlsx).",
        ...(sprunget.length > 0 ? { detaljer: sprunget.map((s) => `Sprunget over: ${vis(s)}`) } : {}),
      });
      return;
    }
    try {
      setArbejder("Henter kontrollen …");
      const m = await indlaesModul();
      const start = performance.now();
      const skemaer: KontrolleretSkema[] = [];
      for (let i = 0; i < laes.length; i++) {
        const fil = laes[i];
        const navn = visningsnavn(fil);
        setArbejder(`Læser ${i + 1}/${laes.length}: ${vis(fil.name)}`);
        await vent(); // let the progress show; each file's check runs on this thread
        skemaer.push(
          await m.kontrollerSkema(
            { navn, stoerrelse: fil.size, data: () => fil.arrayBuffer() },
            valg,
            grundlag?.grundlag,
          ),
        );
      }
      const tid = performance.now() - start;
      const { afvisninger, advarsler } = m.vurderBilag(skemaer);
      valgteRef.current = valgte;
      setData({
        skemaer,
        sprunget,
        afvisninger,
        advarsler: advarsler.length,
        tid,
        profil: valg.profil.id,
        ...(grundlag ? { sidsteAar: grundlag, ikkeIndsendt: m.ikkeIndsendtAf(skemaer, grundlag.grundlag) } : {}),
      });
      annoncer(`${taellingTekst(taelSkemaer(skemaer))}`);
    } catch (e) {
      setBesked(fejlBesked(e));
    } finally {
      setArbejder(null);
    }
  };

  /** Last year's takstbilag picked (or removed): read it, and check the last picked files again against it. */
  const vaelgSidsteAar = async (fil: File | null): Promise<void> => {
    if (arbejder) return;
    setBesked(null);
    let nyt: SidsteAar | null = null;
    if (fil) {
      try {
        setArbejder("Læser sidste års takstbilag …");
        const m = await indlaesModul();
        await vent();
        const r = await m.laesSidsteAar({ navn: fil.name, stoerrelse: fil.size, data: () => fil.arrayBuffer() });
        if (!r.ok) {
          setBesked({
            art: "error",
            titel: "Sidste års takstbilag kan ikke bruges",
            tekst: `${vis(fil.name)}: ${vis(r.fejl)} Vælg det takstbilag, som ${profilValg.aftale.godkender} godkendte sidste år (en projektmappe med kolonnerne Ydelses-ID, Takst og Pladser samt Tilbudsportal-ID eller Driftsherre og Tilbud).`,
          });
          return;
        }
        nyt = { navn: fil.name, grundlag: r.grundlag };
      } catch (e) {
        setBesked(fejlBesked(e));
        return;
      } finally {
        setArbejder(null);
      }
    }
    setSidsteAar(nyt);
    const valgte = valgteRef.current;
    if (valgte) await kontroller(valgte, nyt);
    else if (data)
      setBesked({
        art: "info",
        tekst: nyt
          ? `Sidste års takstbilag (${vis(nyt.navn)}) er valgt. Vælg de indsendte skemaer igen, så de kontrolleres mod det.`
          : "Sidste års takstbilag er fjernet. Vælg de indsendte skemaer igen, så de kontrolleres uden det.",
      });
    if (nyt) annoncer(`Sidste års takstbilag ${vis(nyt.navn)} er valgt`);
  };

  const byg = async (): Promise<void> => {
    if (!data || arbejder) return;
    setBesked(null);
    try {
      setArbejder("Bygger takstbilaget …");
      const m = await indlaesModul();
      await vent();
      const r = await m.bygTakstbilag(data.skemaer, valg, data.sidsteAar?.grundlag);
      if ("afvisninger" in r) {
        setData({ ...data, afvisninger: r.afvisninger });
        return;
      }
      const navn = bilagFilnavn(r.takstaar);
      setBygget({ data: r.data, navn });
      const hvad = `${r.raekker} ${r.raekker === 1 ? "takst" : "takster"} fra ${r.skemaer} ${r.skemaer === 1 ? "skema" : "skemaer"}`;
      setArbejder("Åbner takstbilaget …");
      if (await arbejdsbog.aabnNyProjektmappe(r.data)) {
        setBesked({
          art: "success",
          tekst: `Takstbilaget (${hvad}) er åbnet som en ny projektmappe. Gem den, hvor I gemmer takstbilaget.`,
        });
        annoncer("Takstbilaget er åbnet som en ny projektmappe");
      } else {
        hentFil(r.data, navn);
        setBesked({
          art: "info",
          tekst:
            `Denne udgave af Excel kan ikke åbne en ny projektmappe fra tilføjelsesprogrammet (det kræver ExcelApi 1.8), ` +
            `så takstbilaget (${hvad}) er hentet som filen ${navn}. Åbn den fra mappen med overførsler.`,
        });
        annoncer(`Takstbilaget er hentet som filen ${navn}`);
      }
    } catch (e) {
      setBesked(fejlBesked(e));
    } finally {
      setArbejder(null);
    }
  };

  const taelling = data ? taelSkemaer(data.skemaer) : null;
  const grupper = data ? grupperSkemaer(data.skemaer) : [];
  const kanByggeNu = !!data && data.afvisninger.length === 0 && data.skemaer.some((s) => s.del?.afsender);
  const breve = React.useMemo(
    () => (data ? tilbagemeldinger(data.skemaer, profilValg.aftale) : []),
    [data, profilValg.aftale],
  );

  return (
    <div className={f.sektion} data-testid="sekretariat">
      <p className={f.hjaelp}>
        Kontrollér alle indsendte takstskemaer på én gang, og byg takstbilaget til {profilValg.aftale.godkender}, som
        kommandolinjens <code>takstskema bilag</code> gør. Filerne læses her i ruden; intet sendes nogen steder hen.
      </p>
      <div className={f.raekke}>
        <Button
          appearance="primary"
          icon={<DocumentMultipleRegular />}
          onClick={() => filRef.current?.click()}
          disabled={arbejder !== null}
          data-testid="sekretariat-vaelg"
        >
          Vælg indsendte skemaer
        </Button>
        {kanMappe && (
          <Button
            icon={<FolderOpenRegular />}
            onClick={() => mappeRef.current?.click()}
            disabled={arbejder !== null}
            data-testid="sekretariat-mappe"
          >
            Vælg en mappe
          </Button>
        )}
        {eksempelsaet && (
          <Button
            onClick={() => {
              void (async () => {
                try {
                  await kontroller(await eksempelsaet.hent());
                } catch (e) {
                  setBesked(fejlBesked(e));
                }
              })();
            }}
            disabled={arbejder !== null}
            data-testid="sekretariat-eksempler"
          >
            {eksempelsaet.navn}
          </Button>
        )}
      </div>
      <input
        ref={filRef}
        type="file"
        multiple
        accept={`.xlsx,${XLSX_TYPE}`}
        className={f.skjult}
        tabIndex={-1}
        aria-label="Vælg indsendte skemaer (.xlsx)"
        data-testid="sekretariat-filer"
        onChange={(e) => {
          const filer = [...(e.target.files ?? [])];
          e.target.value = "";
          void kontroller(filer);
        }}
      />
      {kanMappe && (
        <input
          ref={mappeRef}
          type="file"
          multiple
          className={f.skjult}
          tabIndex={-1}
          aria-label="Vælg en mappe med indsendte skemaer"
          data-testid="sekretariat-mappe-input"
          onChange={(e) => {
            const filer = [...(e.target.files ?? [])];
            e.target.value = "";
            void kontroller(filer);
          }}
        />
      )}
      <div className={f.raekke}>
        <Button
          icon={<HistoryRegular />}
          onClick={() => sidsteAarRef.current?.click()}
          disabled={arbejder !== null}
          data-testid="sekretariat-sidste-aar"
        >
          Sidste års godkendte takstbilag (valgfrit)
        </Button>
        {sidsteAar && (
          <Button
            icon={<DismissRegular />}
            onClick={() => void vaelgSidsteAar(null)}
            disabled={arbejder !== null}
            data-testid="sekretariat-sidste-aar-fjern"
          >
            Fjern
          </Button>
        )}
      </div>
      <p className={f.hjaelp} data-testid="sekretariat-sidste-aar-tekst">
        {sidsteAar
          ? `Skemaerne kontrolleres mod ${vis(sidsteAar.navn)}: Takst og Pladser sidste år skal stemme med det godkendte, og tilbud, der ikke er indsendt i år, nævnes.`
          : "Med sidste års godkendte takstbilag kontrolleres Takst og Pladser sidste år mod det godkendte (som kommandolinjens --sidste-aar), og tilbud, der ikke har indsendt i år, nævnes."}
      </p>
      <input
        ref={sidsteAarRef}
        type="file"
        accept={`.xlsx,${XLSX_TYPE}`}
        className={f.skjult}
        tabIndex={-1}
        aria-label="Sidste års godkendte takstbilag (.xlsx)"
        data-testid="sekretariat-sidste-aar-input"
        onChange={(e) => {
          const valgt = e.target.files?.[0] ?? null;
          e.target.value = "";
          if (valgt) void vaelgSidsteAar(valgt);
        }}
      />
      {arbejder && <Spinner size="tiny" label={arbejder} data-testid="sekretariat-arbejder" />}
      <BeskedBjaelke besked={besked} onLuk={() => setBesked(null)} testId="sekretariat-besked" />
      {data && taelling && (
        <>
          <p className={f.underoverskrift} data-testid="sekretariat-taelling">
            {taellingTekst(taelling)}
          </p>
          <p className={f.hjaelp} data-testid="sekretariat-tid">
            Kontrolleret med profilen {data.profil}
            {data.sidsteAar ? ` mod sidste års takstbilag ${vis(data.sidsteAar.navn)}` : ""} på {sekunder(data.tid)}.
            {data.advarsler > 0
              ? ` ${data.advarsler === 1 ? "1 advarsel" : `${data.advarsler} advarsler`} om det samme Ydelses-ID i flere tilbud kommer med i takstbilagets ark Fund.`
              : ""}
          </p>
          {data.sprunget.length > 0 && (
            <BeskedBjaelke
              testId="sekretariat-sprunget"
              besked={{
                art: "warning",
                tekst: `${data.sprunget.length === 1 ? "1 fil er" : `${data.sprunget.length} filer er`} sprunget over:`,
                detaljer: data.sprunget.map(vis),
              }}
            />
          )}
          <Afvisninger afvisninger={data.afvisninger} />
          {data.ikkeIndsendt && data.ikkeIndsendt.length > 0 && (
            <BeskedBjaelke
              testId="sekretariat-ikke-indsendt"
              besked={{
                art: "info",
                tekst: `Ikke indsendt i år, men med i sidste års takstbilag (${data.ikkeIndsendt.length}):`,
                detaljer: ikkeIndsendtLinjer(data.ikkeIndsendt).map(vis),
              }}
            />
          )}
          {grupper.map((g) => (
            <section key={g.driftsherre} aria-label={vis(g.driftsherre)} data-testid="sekretariat-driftsherre">
              <h3 className={f.underoverskrift}>
                {vis(g.driftsherre)}{" "}
                <span className={f.hjaelp}>
                  ({g.skemaer.filter((l) => l.status === "klar").length} klar,{" "}
                  {g.skemaer.filter((l) => l.status === "tilbage").length} går tilbage)
                </span>
              </h3>
              <ul className={f.liste}>
                {g.skemaer.map((l) => (
                  <SkemaPost key={l.fil} linje={l} />
                ))}
              </ul>
            </section>
          ))}
          <div className={f.raekke}>
            <Button
              appearance="primary"
              icon={<TableRegular />}
              onClick={() => void byg()}
              disabled={!kanByggeNu || arbejder !== null}
              data-testid="sekretariat-byg"
            >
              Byg takstbilag
            </Button>
            {bygget && (
              <Button
                icon={<ArrowDownloadRegular />}
                onClick={() => hentFil(bygget.data, bygget.navn)}
                data-testid="sekretariat-hent"
              >
                Hent som fil
              </Button>
            )}
            <Button
              icon={<MailRegular />}
              onClick={() => setVisBreve((v) => !v)}
              disabled={breve.length === 0 || arbejder !== null}
              aria-expanded={visBreve}
              data-testid="sekretariat-tilbagemeldinger"
            >
              Tilbagemeldinger ({breve.length})
            </Button>
          </div>
          {visBreve && breve.length > 0 && <Tilbagemeldinger breve={breve} setBesked={setBesked} annoncer={annoncer} />}
        </>
      )}
      <h3 className={f.underoverskrift}>Kommandolinjen</h3>
      <p className={f.hjaelp}>
        Til scripts og store mapper findes det samme som kommandolinje. Den installeres fra pakken, som{" "}
        <code>npm pack</code> bygger i projektet: <code>npm install -g ./takstskema-&lt;version&gt;.tgz</code>, og
        derefter <code>takstskema bilag indsendt --ud takstbilag.xlsx</code>.
      </p>
    </div>
  );
}
