/*
 * Takstskema: a clean refusal in an Excel too old to run the task pane. Excel 2016 and 2019
 * on Windows show add-ins in Internet Explorer 11 or the old Edge (EdgeHTML), which cannot
 * parse the pane's ES2020 code; without this file the pane would stay on "Indlæser …".
 * Plain ES5 on purpose (tests/addin/syntaksniveau.test.ts parses it as ES5), an external file
 * because the Content Security Policy allows no inline script.
 */
/* global document, window */
(function () {
  "use strict";
  var BESKED =
    "Takstskema kræver en nyere udgave af Excel: Microsoft 365, Excel 2021 eller 2024 på Windows, " +
    "Excel til Mac eller Excel på nettet. Denne Excel viser tilføjelsesprogrammer i en ældre browser " +
    "(Internet Explorer eller den gamle Edge), som ikke kan køre Takstskema.";

  /**
   * ES2020 built-ins: there in every webview that parses the pane, missing in IE11 and
   * EdgeHTML; and WeakRef, which Fluent UI uses and Safari added only in 14.1 (Excel on an
   * iPad before iPadOS 14.5, a Mac on Safari 14.0).
   */
  function kanKoere(g) {
    try {
      return (
        typeof g.WeakRef === "function" &&
        typeof g.Promise === "function" &&
        typeof g.Promise.allSettled === "function" &&
        typeof g.BigInt === "function" &&
        typeof g.Object.fromEntries === "function" &&
        typeof g.String.prototype.matchAll === "function"
      );
      // eslint-disable-next-line no-unused-vars -- ES5 has no catch without a binding
    } catch (e) {
      return false;
    }
  }

  var vist = false;
  function vis() {
    if (vist) return;
    vist = true;
    var rod = document.getElementById("root") || document.body;
    while (rod.firstChild) rod.removeChild(rod.firstChild);
    var p = document.createElement("p");
    p.setAttribute("role", "alert");
    p.textContent = BESKED;
    rod.appendChild(p);
  }

  function naarKlar(fn) {
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", fn);
    else fn();
  }

  if (!kanKoere(window)) naarKlar(vis);

  /** A file of the add-in itself (same origin as the page), not office.js or anything else. */
  function egenFil(navn) {
    var l = window.location;
    var rod = l && l.protocol + "//" + l.host + "/";
    return typeof navn === "string" && !!rod && navn.indexOf(rod) === 0;
  }

  // A bundle that does not parse raises a SyntaxError on the window: refuse then too. Only
  // the add-in's own files count (an error in office.js or a frame of Office's is not this),
  // and only until Office.onReady has run: the bundles have parsed by then.
  function vedFejl(e) {
    if (!e || !egenFil(e.filename)) return;
    var fejl = e.error;
    if ((fejl && fejl.name === "SyntaxError") || /SyntaxError/.test(String(e.message))) naarKlar(vis);
  }
  window.addEventListener("error", vedFejl, true);
  var office = window.Office;
  if (office && typeof office.onReady === "function") {
    office.onReady(function () {
      window.removeEventListener("error", vedFejl, true);
    });
  }
})();
