#!/usr/bin/env bash
# Smoke-test a built desktop app as a person would get it: .ci/smoke_app.sh PATH/TO/EXECUTABLE OUT_DIR
# --version, about, preview of the sample, the duplicate finder's engine, and the walkthrough
# (demo --screenshots) in English, in Spanish and at 150% scale (high-DPI). Used by the release
# workflow on Windows, macOS and Linux (QT_QPA_PLATFORM=offscreen where there is no display).
# Runs in its own data folder (CONTACT_IMPORTER_HOME), never a person's real runs.
set -euo pipefail
app=$1 out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"

# First as a person runs it: the data folder and the password store the system gives by default.
about=$(env -u CONTACT_IMPORTER_HOME "$app" about)
echo "$about"
case "$(uname -s)" in
  Darwin) data="Library/Application Support/Contact Importer" store="macOS Keychain" ;;
  MINGW*|MSYS*|CYGWIN*) data='AppData\Local\Contact Importer' store="Windows Credential Manager" ;;
  *) data="" store="" ;;
esac
grep -qF "Data folder: " <<< "$about" && grep -qF "$data" <<< "$about" || fail "the data folder is not in $data"
grep -qF "Password store: $store" <<< "$about" || fail "the password store is not $store"

export CONTACT_IMPORTER_HOME="$out/home"
fail() { echo "smoke: $*" >&2; exit 1; }

"$app" --version
"$app" about
code=0; "$app" preview "$root/resources/samples/sample-guests.xlsx" --target hubspot --out "$out/preview" || code=$?
[ "$code" -le 1 ] && [ -s "$out/preview/batch-0001.json" ] && [ -s "$out/preview/report.csv" ] \
  || fail "preview failed (exit $code)"
"$app" about --engine | tail -1 | grep -q ok || fail "the duplicate finder's engine did not load"
walk() {  # walk NAME [env...]: the walkthrough into $out/NAME, 7 screenshots
  local name=$1; shift
  env "$@" "$app" demo --screenshots "$out/$name" > "$out/$name.log" 2>&1 || { cat "$out/$name.log"; fail "demo $name"; }
  [ "$(ls "$out/$name"/0[1-7]-*.png | wc -l)" -eq 7 ] || fail "demo $name: not 7 screenshots"
  echo "smoke: demo $name saved $(ls "$out/$name"/*.png | wc -l) screenshots"
}
walk shots
walk shots-es LC_ALL=es_ES.UTF-8 LANG=es_ES.UTF-8 CONTACT_IMPORTER_LANGUAGE=es  # Windows, macOS: not from LANG
walk shots-150 QT_SCALE_FACTOR=1.5
echo "smoke: all passed"
