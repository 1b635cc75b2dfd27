#!/usr/bin/env bash
# The system tools the tests need, from Debian, installed when missing (npm test runs this
# first as "pretest"; .ci/run too):
#   chromium                 browser tests (playwright-core drives Debian's Chromium)
#   libreoffice-calc-nogui   soffice: the template's formulas recalculated by LibreOffice
#   libxml2-utils            xmllint: the manifest against Microsoft's XSDs
#   poppler-utils            pdfinfo/pdftotext/pdftoppm: the takstbilag printed to PDF
# As root they are installed with apt-get; otherwise the script prints the exact command and
# fails, so no test runs (and passes) without the tool it needs.
#
# For the script's own test (tests/addin/systemvaerktoejer.test.ts):
#   TAKSTSKEMA_APT_GET=/sti/til/apt-get   another apt-get (default: apt-get on PATH)
#   TAKSTSKEMA_ROOT=1|0                   act as root or not, whatever the user is
# Only bash builtins are used before apt-get, so a test can run it with a PATH of its own.
set -euo pipefail

# tool:package, in the order they are reported.
VAERKTOEJER=(
  "chromium:chromium"
  "soffice:libreoffice-calc-nogui"
  "xmllint:libxml2-utils"
  "pdfinfo:poppler-utils"
  "pdftotext:poppler-utils"
  "pdftoppm:poppler-utils"
)

mangler() {
  local par vaerktoej pakke ud=()
  for par in "${VAERKTOEJER[@]}"; do
    vaerktoej="${par%%:*}"
    pakke="${par#*:}"
    if ! command -v "$vaerktoej" >/dev/null 2>&1; then
      case " ${ud[*]-} " in *" $pakke "*) ;; *) ud+=("$pakke") ;; esac
    fi
  done
  echo "${ud[*]-}"
}

read -r -a pakker <<<"$(mangler)"
if [ "${#pakker[@]}" -eq 0 ]; then
  echo "Systemværktøjerne til testene findes (chromium, soffice, xmllint, pdfinfo, pdftotext, pdftoppm)."
  exit 0
fi

APT_GET="${TAKSTSKEMA_APT_GET:-apt-get}"
ER_ROOT="${TAKSTSKEMA_ROOT:-}"
if [ -z "$ER_ROOT" ]; then
  if [ "${EUID:-1}" -eq 0 ]; then ER_ROOT=1; else ER_ROOT=0; fi
fi
# fonts-dejavu-core: Chromium's screenshots and LibreOffice's PDFs need a font; fonts-crosextra-carlito has
# Calibri's metrics, which the bilag's row heights and the PDF page counts assume.
INSTALLER="install -y --no-install-recommends ${pakker[*]} fonts-dejavu-core fonts-crosextra-carlito"

if [ "$ER_ROOT" != "1" ]; then
  {
    echo "Testene mangler Debian-pakkerne: ${pakker[*]}."
    echo "Installer dem som root, og kør npm test igen:"
    echo "  sudo apt-get update && sudo apt-get $INSTALLER"
  } >&2
  exit 1
fi

echo "Installerer ${pakker[*]} med apt-get (mangler til testene) …"
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086 # INSTALLER is a list of words
"$APT_GET" update -qq && "$APT_GET" $INSTALLER

read -r -a stadig <<<"$(mangler)"
if [ "${#stadig[@]}" -gt 0 ]; then
  echo "apt-get installerede ikke alt: ${stadig[*]} mangler stadig." >&2
  exit 1
fi
echo "Installeret: ${pakker[*]}."
