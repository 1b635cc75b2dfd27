/**
 * A native Excel bar chart: its DrawingML chart part and the drawing that anchors it to a
 * sheet. ExcelJS 4.4 writes no charts; stroem.ts adds these parts to the workbook it streams.
 */
import { arkAdresse, xmlSikkerTekst } from "../../core";

export interface SoejleDiagram {
  /** The sheet the chart stands on (its data may live elsewhere). */
  ark: string;
  titel: string;
  /** A1 range (on `dataArk`) of the category labels and of the values, same length. */
  dataArk: string;
  kategoriOmraade: string;
  vaerdiOmraade: string;
  /** The header cell naming the series, A1 on `dataArk`. */
  serieNavnCelle: string;
  serieNavn: string;
  /** Cached labels and values, so a reader that does not recalculate still draws it. */
  kategorier: string[];
  vaerdier: (number | null)[];
  /** Bars (0-based) drawn in `fremhaevFarve` (RGB hex), e.g. those above a threshold. */
  fremhaevet?: readonly number[];
  fremhaevFarve?: string;
  /** The value axis's step, so a gridline falls on a threshold (e.g. 0.05 for 5 %). */
  hovedenhed?: number;
  /** Excel number format of the values and their axis, e.g. "0.0%". */
  talformat: string;
  /** Where the chart goes: 0-based columns and rows of its top-left and bottom-right corners. */
  fra: { kol: number; raekke: number };
  til: { kol: number; raekke: number };
}

/** Every text in the chart's XML: XML-forbidden characters out (core/xml-tegn.ts), then entities. */
function xml(s: string): string {
  return xmlSikkerTekst(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function absolut(omr: string): string {
  return omr
    .split(":")
    .map((c) => c.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

export function diagramXml(d: SoejleDiagram): string {
  const ref = (omr: string) => xml(arkAdresse(d.dataArk, absolut(omr)));
  const n = d.kategorier.length;
  const strPts = d.kategorier.map((k, i) => `<c:pt idx="${i}"><c:v>${xml(k)}</c:v></c:pt>`).join("");
  const numPts = d.vaerdier
    .map((v, i) => (v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join("");
  const fmt = xml(d.talformat);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:lang val="da-DK"/><c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1400" b="1"/></a:pPr><a:r><a:rPr lang="da-DK" sz="1400" b="1"/><a:t>${xml(d.titel)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/>` +
    `<c:tx><c:strRef><c:f>${ref(d.serieNavnCelle)}</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>${xml(d.serieNavn)}</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="1F4E79"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    (d.fremhaevet ?? [])
      .map(
        (i) =>
          `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${xml(d.fremhaevFarve ?? "C00000")}"/></a:solidFill></c:spPr></c:dPt>`,
      )
      .join("") +
    `<c:dLbls><c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>` +
    `<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
    `<c:cat><c:strRef><c:f>${ref(d.kategoriOmraade)}</c:f><c:strCache><c:ptCount val="${n}"/>${strPts}</c:strCache></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${ref(d.vaerdiOmraade)}</c:f><c:numCache><c:formatCode>${fmt}</c:formatCode><c:ptCount val="${n}"/>${numPts}</c:numCache></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="60"/><c:axId val="50010"/><c:axId val="50020"/></c:barChart>` +
    // Categories top-down in the data's order; the value axis then sits at the bottom (crosses max).
    `<c:catAx><c:axId val="50010"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/>` +
    `<c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="50020"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="50020"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>` +
    `<c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>` +
    `<c:crossAx val="50010"/><c:crosses val="max"/><c:crossBetween val="between"/>` +
    (d.hovedenhed ? `<c:majorUnit val="${d.hovedenhed}"/>` : "") +
    `</c:valAx>` +
    `</c:plotArea>` +
    `<c:plotVisOnly val="0"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    // Axis and data labels in 11 pt, as the sheet's text: printed one page wide they stay at least 9 pt.
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1100"/></a:pPr><a:endParaRPr lang="da-DK"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

export function tegningXml(d: SoejleDiagram, relId: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from><xdr:col>${d.fra.kol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${d.fra.raekke}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${d.til.kol}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${d.til.raekke}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="${xml(d.titel)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>` +
    `</xdr:wsDr>`
  );
}
