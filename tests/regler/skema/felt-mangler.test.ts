import regel from "../../../src/core/regler/skema/felt-mangler";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtResultat, gyldigtSkema } from "../../hjaelp/fixtur";
import { bygSnapshot, type ByggeRaekke, type SkemaSpec } from "../../hjaelp/snapshot-bygger";
import { TBL_YDELSER } from "../../../src/core/skema/tabeller";

function medYdelse(i: number, aendring: ByggeRaekke): SkemaSpec {
  const y = gyldigeYdelser();
  y[i] = { ...y[i], ...aendring };
  return { ...gyldigtSkema(), ydelser: y };
}

function medStamdata(aendring: Record<string, unknown>): SkemaSpec {
  const s = gyldigtSkema();
  return { ...s, stamdata: { ...s.stamdata, ...aendring } as SkemaSpec["stamdata"] };
}

function udenStamdataFelt(key: string): SkemaSpec {
  const s = gyldigtSkema();
  const stamdata = { ...s.stamdata };
  delete stamdata[key];
  return { ...s, stamdata };
}

/** The valid skema with one tblResultater row (sheet "Over- og underskud", columns A–G). */
function medResultat(aendring: ByggeRaekke): SkemaSpec {
  return { ...gyldigtSkema(), resultater: [gyldigtResultat(aendring)] };
}
const RES = "Over- og underskud";

function takstbilag(raekker: ByggeRaekke[]): SkemaSpec {
  return { takstbilag: raekker };
}
const bilagRaekke: ByggeRaekke = {
  driftsherre: "Aalborg Kommune",
  tilbud: "Bostedet Solbakken",
  ydelsesId: "A1-108",
  ydelse: "Længerevarende botilbud",
  takstenhed: "Døgn",
  pladserSidsteAar: 10,
  pladser: 10,
  takstSidsteAar: 1950,
  takst: 2000,
  aendringKr: 50,
  aendringPct: 0.0256,
};

// Stamdata with a Felt column only (no Værdi): skema-mangler-kolonne's finding, not eight missing rows.
const stamdataUdenVaerdi = (() => {
  const s = bygSnapshot({ ...gyldigtSkema(), stamdata: null });
  s.sheets.push({
    name: "Stamdata",
    top: 1,
    left: 1,
    values: [
      ["Felt"],
      ["Driftsherre"],
      ["Tilbud"],
      ["Tilbudsportal-ID"],
      ["Kategori"],
      ["Takstår"],
      ["Kontaktperson"],
      ["E-mail"],
      ["Nyt tilbud"],
    ],
  });
  s.tables.push({ name: "tblStamdata", sheet: "Stamdata", ref: "A1:A9" });
  return s;
})();

testRegel(regel, {
  gyldige: [
    { navn: "en komplet række i tabellen over over- og underskud", skema: medResultat({}) },
    {
      // regler.md 2026.3 item 7: only a row with an amount must be complete.
      navn: "en række uden beløb (kun Ydelses-ID og nuller) kræver intet",
      skema: medResultat({ regnskabsaar: null, grundlag: null, resultat: null, hensat: 0, indregnet: 0 }),
    },
    {
      navn: "Indregnet 0 kræver intet Indregnet i takstår",
      skema: medResultat({ indregnet: 0, indregnetITakstaar: null }),
    },
    { navn: "det gyldige skema (Første driftsår tom for et eksisterende tilbud)", skema: gyldigtSkema() },
    {
      navn: "Belægningsprocent tom for en timetakst",
      skema: medYdelse(1, { takstenhed: "Time", belaegningsprocent: null }),
    },
    {
      navn: "Belægningsprocent tom for en takst pr. stk.",
      skema: medYdelse(1, { takstenhed: "Stk.", belaegningsprocent: null }),
    },
    {
      navn: "valgfrie felter tomme (Pladser sidste år, Takst sidste år, Årsag, Bemærkninger)",
      skema: medYdelse(0, {
        pladserSidsteAar: null,
        takstSidsteAar: null,
        aarsag: null,
        bemaerkninger: null,
        stoettetimer: null,
        sundhedsydelser: null,
      }),
    },
    {
      navn: "Takst med Excel-fejl: felt-ugyldig-vaerdi, ikke felt-mangler",
      skema: medYdelse(0, { takst: { fejl: "#REF!" } }),
    },
    {
      navn: "kolonnen Målgruppe mangler: skema-mangler-kolonne, ikke felt-mangler",
      skema: {
        ...gyldigtSkema(),
        ydelser: {
          raekker: gyldigeYdelser(),
          kolonner: TBL_YDELSER.kolonner.map((k) => k.key as string).filter((k) => k !== "maalgruppe"),
        },
      },
    },
    {
      navn: "en helt tom række midt i tblYdelser",
      skema: { ...gyldigtSkema(), ydelser: [gyldigeYdelser()[0], {}, gyldigeYdelser()[1]] },
    },
    { navn: "Stamdata uden Værdi-kolonne", skema: stamdataUdenVaerdi },
    {
      // § 5.4.2: "Ved individuelt forhandlede takster er der ikke foruddefinerede takster".
      navn: "individuelt forhandlet: hverken Takst eller Belægningsprocent er påkrævet",
      skema: medYdelse(0, { taksttype: "Individuelt forhandlet", takst: null, belaegningsprocent: null }),
    },
    {
      // § 4.1 "For rådgivningsydelser vil det være muligt at opkræve en enhedstakst (f.eks. en time- eller
      // dagstakst)"; regler.md 2026.3 point 1: "Pladser and Belægningsprocent are not required".
      navn: "enhedstakst pr. dag (rådgivning): hverken Pladser eller Belægningsprocent er påkrævet",
      skema: medYdelse(1, {
        taksttype: "Enhedstakst",
        tilbudsform: "Rådgivning",
        pladserSidsteAar: null,
        pladser: null,
        belaegningsprocent: null,
      }),
    },
    {
      // regler.md 2026.2 item 4 (§ 6.2: a closing ydelse); no takst is set for 0 places.
      navn: "0 pladser: hverken Takst eller Belægningsprocent er påkrævet",
      skema: medYdelse(1, { pladser: 0, takst: null, belaegningsprocent: null }),
    },
    {
      // regler.md 2026.2 item 4 / § 4.1: a time- or enhedstakst is paid per unit, not per place.
      navn: "Time og Stk.: Pladser er ikke påkrævet",
      skema: {
        ...gyldigtSkema(),
        ydelser: [
          {
            ...gyldigeYdelser()[0],
            takstenhed: "Time",
            pladser: null,
            pladserSidsteAar: null,
            belaegningsprocent: null,
          },
          {
            ...gyldigeYdelser()[1],
            takstenhed: "Stk.",
            pladser: null,
            pladserSidsteAar: null,
            belaegningsprocent: null,
          },
        ],
      },
    },
    {
      navn: "trækningsret: ingen genberegning, så Belægningsprocent er ikke påkrævet",
      skema: medYdelse(1, { taksttype: "Trækningsret", belaegningsprocent: null }),
    },
    {
      navn: "takstbilag: kun Takst er påkrævet",
      skema: takstbilag([{ ...bilagRaekke, ydelse: null, pladser: null, driftsherre: null }]),
    },
  ],
  ugyldige: [
    {
      navn: "Driftsherre tom",
      skema: medStamdata({ driftsherre: null }),
      fund: [
        { ark: "Stamdata", celle: "B2", besked: 'Stamdata: "Driftsherre" er ikke udfyldt. Skriv værdien i cellen.' },
      ],
      rettet: medStamdata({ driftsherre: "Aalborg Kommune" }),
    },
    {
      navn: "Kontaktperson med kun mellemrum",
      skema: medStamdata({ kontaktperson: "   " }),
      fund: [
        { ark: "Stamdata", celle: "B7", besked: 'Stamdata: "Kontaktperson" er ikke udfyldt. Skriv værdien i cellen.' },
      ],
    },
    {
      navn: "rækken E-mail mangler helt",
      skema: udenStamdataFelt("email"),
      fund: [
        {
          ark: "Stamdata",
          celle: "A1",
          besked: 'Stamdata mangler rækken "E-mail". Tilføj en række med Felt "E-mail" og udfyld Værdi.',
        },
      ],
    },
    {
      navn: "Takst tom",
      skema: medYdelse(0, { takst: null }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          besked: "Takst mangler for ydelse A1-108. Skriv taksten i kr. pr. takstenhed.",
        },
      ],
      rettet: medYdelse(0, { takst: 2000 }),
    },
    {
      navn: "Takst tom for en timetakst (kun Pladser er ikke påkrævet)",
      skema: medYdelse(1, { takstenhed: "Time", pladser: null, takst: null }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N3",
          ydelsesId: "A2-104",
          besked: "Takst mangler for ydelse A2-104. Skriv taksten i kr. pr. takstenhed.",
        },
      ],
      rettet: medYdelse(1, { takstenhed: "Time", pladser: null, takst: 450 }),
    },
    {
      // § 4.1: an enhedstakst is priced per delivered unit, so its Takst is still required.
      navn: "enhedstakst uden Takst",
      skema: medYdelse(1, { taksttype: "Enhedstakst", tilbudsform: "Rådgivning", pladser: null, takst: null }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N3",
          ydelsesId: "A2-104",
          besked: "Takst mangler for ydelse A2-104. Skriv taksten i kr. pr. takstenhed.",
        },
      ],
      rettet: medYdelse(1, { taksttype: "Enhedstakst", tilbudsform: "Rådgivning", pladser: null, takst: 950 }),
    },
    {
      navn: "Belægningsprocent tom for en døgntakst",
      skema: medYdelse(0, { belaegningsprocent: null }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          ydelsesId: "A1-108",
          besked:
            "Belægningsprocent mangler for ydelse A1-108. En takst pr. døgn beregnes ud fra belægningen; skriv den budgetterede belægning, fx 96 %.",
        },
      ],
      rettet: medYdelse(0, { belaegningsprocent: 0.96 }),
    },
    {
      navn: "Belægningsprocent tom for en månedstakst",
      skema: medYdelse(1, { takstenhed: "Måned", belaegningsprocent: "" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J3",
          ydelsesId: "A2-104",
          besked:
            "Belægningsprocent mangler for ydelse A2-104. En takst pr. måned beregnes ud fra belægningen; skriv den budgetterede belægning, fx 96 %.",
        },
      ],
    },
    {
      navn: "Ydelses-ID, Paragraf og Pladser tomme på samme række",
      skema: medYdelse(1, { ydelsesId: null, paragraf: null, pladser: null }),
      fund: [
        { ark: "Ydelser", celle: "A3", besked: "Ydelses-ID mangler i række 3. Giv ydelsen et entydigt ID, fx A1-108." },
        { ark: "Ydelser", celle: "C3", besked: "Paragraf mangler i række 3. Udfyld cellen." },
        {
          ark: "Ydelser",
          celle: "I3",
          besked:
            "Pladser mangler i række 3. Skriv antallet af pladser for takståret (0 hvis ydelsen ikke har pladser).",
        },
      ],
    },
    {
      navn: "Ydelse, Målgruppe, Taksttype, Takstenhed og Tilbudsform tomme",
      skema: medYdelse(0, { ydelse: null, maalgruppe: null, taksttype: null, takstenhed: null, tilbudsform: null }),
      fund: [
        { ark: "Ydelser", celle: "B2", besked: "Ydelse mangler for ydelse A1-108. Udfyld cellen." },
        { ark: "Ydelser", celle: "D2", besked: "Målgruppe mangler for ydelse A1-108. Udfyld cellen." },
        { ark: "Ydelser", celle: "E2", besked: "Taksttype mangler for ydelse A1-108. Vælg en værdi fra listen." },
        { ark: "Ydelser", celle: "F2", besked: "Takstenhed mangler for ydelse A1-108. Vælg en værdi fra listen." },
        { ark: "Ydelser", celle: "G2", besked: "Tilbudsform mangler for ydelse A1-108. Vælg en værdi fra listen." },
      ],
    },
    {
      navn: "takstbilag: Takst tom",
      skema: takstbilag([bilagRaekke, { ...bilagRaekke, ydelsesId: "A2-104", takst: null }]),
      fund: [
        {
          ark: "Takstbilag",
          celle: "K3",
          ydelsesId: "A2-104",
          besked:
            "Takst mangler for A2-104 i tabellen over takster på arket Takstbilag. Skriv taksten i kr. pr. takstenhed.",
        },
      ],
    },
    {
      // regler.md 2026.3 item 7, § 5.3.1 "overskud på op til 5 pct. af takstberegningsgrundlaget":
      // without Regnskabsår, grundlag and Resultat no over-/underskud rule can judge the row.
      navn: "§ 5.3.1: en række med beløb uden Regnskabsår, Takstberegningsgrundlag og Resultat",
      skema: medResultat({ regnskabsaar: null, grundlag: null, resultat: null }),
      rettet: medResultat({}),
      fund: [
        {
          ark: RES,
          celle: "B2",
          ydelsesId: "A1-108",
          besked:
            "Regnskabsår mangler i række 2 for A1-108 i tabellen over over- og underskud på arket Over- og underskud. Skriv det år, resultatet vedrører, fx 2024.",
        },
        {
          ark: RES,
          celle: "C2",
          ydelsesId: "A1-108",
          besked:
            "Takstberegningsgrundlag mangler i række 2 for A1-108 i tabellen over over- og underskud på arket Over- og underskud; 5 %-grænsen regnes af det. Skriv regnskabsårets takstberegningsgrundlag.",
        },
        {
          ark: RES,
          celle: "D2",
          ydelsesId: "A1-108",
          besked:
            "Resultat mangler i række 2 for A1-108 i tabellen over over- og underskud på arket Over- og underskud. Skriv regnskabsårets resultat (overskud positivt, underskud negativt).",
        },
      ],
    },
    {
      navn: "§ 5.3.2: kun Resultat mangler på en række for hele tilbuddet",
      skema: medResultat({ ydelsesId: "*", resultat: null }),
      rettet: medResultat({ ydelsesId: "*" }),
      fund: [
        {
          ark: RES,
          celle: "D2",
          ydelsesId: "*",
          besked:
            "Resultat mangler i række 2 for hele tilbuddet (*) i tabellen over over- og underskud på arket Over- og underskud. Skriv regnskabsårets resultat (overskud positivt, underskud negativt).",
        },
      ],
    },
    {
      // regler.md 2026.3 item 7: "Indregnet above 0 needs Indregnet i takstår".
      navn: "§ 5.3.1: Indregnet over 0 uden Indregnet i takstår",
      skema: medResultat({
        resultat: 770000,
        grundlag: 8000000,
        hensat: 400000,
        indregnet: 370000,
        indregnetITakstaar: null,
      }),
      rettet: medResultat({ resultat: 770000, grundlag: 8000000, hensat: 400000, indregnet: 370000 }),
      fund: [
        {
          ark: RES,
          celle: "G2",
          ydelsesId: "A1-108",
          besked:
            "Indregnet i takstår mangler i række 2 for A1-108, men Indregnet er 370.000,00 kr.; uden året tælles beløbet ikke som indregnet. Skriv det takstår, beløbet er indregnet i.",
        },
      ],
    },
  ],
});
