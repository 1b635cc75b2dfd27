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
  DocumentMultipleRegular,
  FolderOpenRegular,
  MailRegular,
  TableRegular,
} from "@fluentui/react-icons";
import type { Afvisning } from "../../adapters/xlsx/bilag-dele";
import type { KontrolleretSkema } from "../../adapters/xlsx/sekretariat";
import { formaterTal } from "../../core/format";
import type { Profilindgang } from "../../core/profil/typer";
import { BeskedBjaelke, type Besked } from "../komponenter/Beskeder";
import { fejlBesked } from "../komponenter/useHandling";
import { ALVOR_ETIKET, vis } from "../logik";
import {
  bilagFilnavn,
  grupperSkemaer,
  opsummeringKort,
  sorterValgte,
  STATUS_TEKST,
  taelSkemaer,
  taellingTekst,
  visningsnavn,
  type SkemaLinje,
} from "../sekretariat";
import { useFaellesStil } from "../stil";
import type { FaellesTilstand } from "../tilstand";

/** A ready set of submissions (the preview's bundled examples/indsendt/). */
export interface Eksempelsaet {
  navn: string;
  hent(): Promise<File[]>;
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
}

export interface SekretariatProps extends FaellesTilstand {
  data: SekretariatData | null;
  setData(d: SekretariatData | null): void;
  eksempelsaet?: Eksempelsaet;
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const indlaesModul = () => import(/* webpackChunkName: "sekretariat" */ "../../adapters/xlsx/sekretariat");

function hentFil(data: Uint8Array, navn: string): void {
  const url = URL.createObjectURL(new Blob([data], { type: XLSX_TYPE }));
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

export function Sekretariat(props: SekretariatProps): React.ReactElement {
  const { arbejdsbog, profilValg, annoncer, data, setData, eksempelsaet } = props;
  const f = useFaellesStil();
  const [arbejder, setArbejder] = React.useState<string | null>(null);
  const [besked, setBesked] = React.useState<Besked | null>(null);
  const [bygget, setBygget] = React.useState<{ data: Uint8Array; navn: string } | null>(null);
  const filRef = React.useRef<HTMLInputElement>(null);
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

  const kontroller = async (valgte: readonly File[]): Promise<void> => {
    if (arbejder) return;
    setBesked(null);
    setBygget(null);
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
        skemaer.push(await m.kontrollerSkema({ navn, stoerrelse: fil.size, data: () => fil.arrayBuffer() }, valg));
      }
      const tid = performance.now() - start;
      const { afvisninger, advarsler } = m.vurderBilag(skemaer);
      setData({ skemaer, sprunget, afvisninger, advarsler: advarsler.length, tid, profil: valg.profil.id });
      annoncer(`${taellingTekst(taelSkemaer(skemaer))}`);
    } catch (e) {
      setBesked(fejlBesked(e));
    } finally {
      setArbejder(null);
    }
  };

  const byg = async (): Promise<void> => {
    if (!data || arbejder) return;
    setBesked(null);
    try {
      setArbejder("Bygger takstbilaget …");
      const m = await indlaesModul();
      await vent();
      const r = await m.bygTakstbilag(data.skemaer, valg);
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
      {arbejder && <Spinner size="tiny" label={arbejder} data-testid="sekretariat-arbejder" />}
      <BeskedBjaelke besked={besked} onLuk={() => setBesked(null)} testId="sekretariat-besked" />
      {data && taelling && (
        <>
          <p className={f.underoverskrift} data-testid="sekretariat-taelling">
            {taellingTekst(taelling)}
          </p>
          <p className={f.hjaelp} data-testid="sekretariat-tid">
            Kontrolleret med profilen {data.profil} på {sekunder(data.tid)}.
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
          </div>
        </>
      )}
      <h3 className={f.underoverskrift}>Tilbagemeldinger og sidste års takstbilag</h3>
      <p className={f.hjaelp} data-testid="sekretariat-kommer">
        Et brev til hvert tilbud med det, der skal rettes (kommandolinjens <code>--tilbagemelding</code>), og sidste års
        godkendte takstbilag som grundlag (<code>--sidste-aar</code>) kommer her, når de er færdige i kommandolinjen.
      </p>
      <div className={f.raekke}>
        <Button icon={<MailRegular />} disabled data-testid="sekretariat-tilbagemeldinger">
          Tilbagemeldinger
        </Button>
      </div>
      <h3 className={f.underoverskrift}>Kommandolinjen</h3>
      <p className={f.hjaelp}>
        Til scripts og store mapper findes det samme som kommandolinje. Den installeres fra pakken, som{" "}
        <code>npm pack</code> bygger i projektet: <code>npm install -g ./takstskema-&lt;version&gt;.tgz</code>, og
        derefter <code>takstskema bilag indsendt --ud takstbilag.xlsx</code>.
      </p>
    </div>
  );
}
