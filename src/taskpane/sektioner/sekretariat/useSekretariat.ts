/**
 * The Sekretariat section's work: check the picked submissions (against last year's takstbilag
 * when one is picked) and build the takstbilag. The reader, ExcelJS and the writer load as
 * their own chunk the first time they are needed.
 */
import * as React from "react";
import type { KontrolleretSkema } from "../../../adapters/xlsx/sekretariat";
import type { Profilindgang } from "../../../core";
import { vis } from "../../faelles/tekst";
import type { Besked } from "../../komponenter/Beskeder";
import { fejlBesked } from "../../komponenter/useHandling";
import { hentFil } from "./hentFil";
import { bilagFilnavn, sorterValgte, taelSkemaer, taellingTekst, visningsnavn } from "./logik";
import type { SekretariatProps, SidsteAar } from "./typer";

const indlaesModul = () => import(/* webpackChunkName: "sekretariat" */ "../../../adapters/xlsx/sekretariat");

const vent = (): Promise<void> => new Promise((ok) => setTimeout(ok, 0));

export function useSekretariat(props: SekretariatProps) {
  const { arbejdsbog, profilValg, annoncer, data, setData } = props;
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
      const kontrollerAlle = async (g: SidsteAar | null): Promise<KontrolleretSkema[]> => {
        const skemaer: KontrolleretSkema[] = [];
        for (let i = 0; i < laes.length; i++) {
          const fil = laes[i];
          const navn = visningsnavn(fil);
          setArbejder(`Læser ${i + 1}/${laes.length}: ${vis(fil.name)}`);
          await vent(); // let the progress show; each file's check runs on this thread
          skemaer.push(
            await m.kontrollerSkema({ navn, stoerrelse: fil.size, data: () => fil.arrayBuffer() }, valg, g?.grundlag),
          );
        }
        return skemaer;
      };
      let brugt = grundlag;
      let skemaer = await kontrollerAlle(brugt);
      // Last year's takstbilag of the wrong year (this year's, picked by mistake): dropped, said
      // why, and the files checked again without it, so no letter or status rests on it.
      const forkertAar = brugt ? m.sidsteAarPasserIkke(skemaer, brugt.grundlag) : null;
      if (brugt && forkertAar) {
        const navn = brugt.navn;
        brugt = null;
        setSidsteAar(null);
        skemaer = await kontrollerAlle(null);
        setBesked({
          art: "error",
          titel: "Sidste års takstbilag kan ikke bruges",
          tekst: `${vis(navn)}: ${forkertAar} Skemaerne er kontrolleret uden det.`,
        });
      }
      const tid = performance.now() - start;
      const { afvisninger, advarsler } = m.vurderBilag(skemaer, brugt?.grundlag);
      valgteRef.current = valgte;
      setData({
        skemaer,
        sprunget,
        afvisninger,
        advarsler: advarsler.length,
        tid,
        profil: valg.profil.id,
        ...(brugt ? { sidsteAar: brugt, ikkeIndsendt: m.ikkeIndsendtAf(skemaer, brugt.grundlag) } : {}),
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

  return {
    arbejder,
    besked,
    setBesked,
    bygget,
    visBreve,
    setVisBreve,
    sidsteAar,
    filRef,
    sidsteAarRef,
    mappeRef,
    kanMappe,
    kontroller,
    vaelgSidsteAar,
    byg,
  };
}
