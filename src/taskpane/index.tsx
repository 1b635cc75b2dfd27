/**
 * The task pane's entry inside Excel: the only place that touches Office.js. It builds
 * the Arbejdsbog from Excel.run, picks the theme, and renders the pane.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { lavArbejdsbog } from "../excel";
import { Opgaverude } from "./Opgaverude";
import { erMoerktTema } from "./tema";
import { hoejesteExcelApi } from "./sektioner/om/logik";

function rodElement(): HTMLElement {
  const el = document.getElementById("root");
  if (el) return el;
  const ny = document.createElement("div");
  ny.id = "root";
  document.body.appendChild(ny);
  return ny;
}

function visFejl(rod: HTMLElement, tekst: string): void {
  const p = document.createElement("p");
  p.setAttribute("role", "alert");
  p.textContent = tekst;
  rod.replaceChildren(p);
}

void Office.onReady((info) => {
  const rod = rodElement();
  if (info.host !== Office.HostType.Excel) {
    visFejl(
      rod,
      "Takstskema virker kun i Excel. Åbn tilføjelsesprogrammet fra Excel, eller brug forhåndsvisningen (preview.html).",
    );
    return;
  }
  const tema = erMoerktTema(Office.context.officeTheme) ? webDarkTheme : webLightTheme;
  const arbejdsbog = lavArbejdsbog(Excel.run);
  rod.replaceChildren();
  createRoot(rod).render(
    <React.StrictMode>
      <Opgaverude
        arbejdsbog={arbejdsbog}
        tema={tema}
        dokument={Office.context.document.url || null}
        // Undefined where the host does not partition storage (Windows' webview).
        partition={Office.context.partitionKey ?? null}
        miljoe={{
          platform: String(info.platform ?? Office.context.platform ?? "") || null,
          excelApi: hoejesteExcelApi((saet, v) => Office.context.requirements.isSetSupported(saet, v)),
        }}
      />
    </React.StrictMode>,
  );
});
