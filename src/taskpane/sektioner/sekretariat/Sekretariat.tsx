/**
 * Section "Sekretariat": check all submitted takstskemaer in the pane and build the
 * takstbilag, as `takstskema bilag` does. The files are read here in the pane (nothing is
 * sent anywhere); the reader, ExcelJS and the writer load as their own chunk the first time
 * files are picked (src/adapters/xlsx/sekretariat.ts).
 */
import * as React from "react";
import { Button, Spinner } from "@fluentui/react-components";
import {
  ArrowDownloadRegular,
  DismissRegular,
  DocumentMultipleRegular,
  FolderOpenRegular,
  HistoryRegular,
  MailRegular,
  TableRegular,
} from "@fluentui/react-icons";
import { formaterTal } from "../../../core";
import { vis } from "../../faelles/tekst";
import { BeskedBjaelke } from "../../komponenter/Beskeder";
import { fejlBesked } from "../../komponenter/useHandling";
import { useFaellesStil } from "../../stil";
import { hentFil, XLSX_TYPE } from "./hentFil";
import { grupperSkemaer, ikkeIndsendtLinjer, taelSkemaer, taellingTekst, tilbagemeldinger } from "./logik";
import { Afvisninger, SkemaPost } from "./SkemaPost";
import { Tilbagemeldinger } from "./Tilbagemeldinger";
import type { SekretariatProps } from "./typer";
import { useSekretariat } from "./useSekretariat";

const sekunder = (ms: number): string => `${formaterTal(ms / 1000, 1)} s`;

export function Sekretariat(props: SekretariatProps): React.ReactElement {
  const { profilValg, annoncer, data, eksempelsaet } = props;
  const sek = useSekretariat(props);
  const f = useFaellesStil();
  const { arbejder, besked, setBesked, bygget, visBreve, setVisBreve, sidsteAar } = sek;
  const { filRef, sidsteAarRef, mappeRef, kanMappe, kontroller, vaelgSidsteAar, byg } = sek;

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
