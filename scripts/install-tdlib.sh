#!/usr/bin/env bash
# Installs TDLib's JSON client library (libtdjson.so) from the npm package prebuilt-tdlib into a
# cache folder and prints the path of the .so on stdout (everything else goes to stderr).
#
#   scripts/install-tdlib.sh            # installs into ${NPSWATCH_TDLIB_DIR:-$HOME/.cache/npswatch/tdlib}
#   NPSWATCH_TDLIB_DIR=/opt/tdlib scripts/install-tdlib.sh
#
# Idempotent: when the library is already there nothing is downloaded. The only network used is
# the npm registry (npm's own configuration decides which). The version is pinned: the tests of
# org.npswatch.fetch.telegram.tdlib were run against exactly this build (TDLib 1.8.65).
set -euo pipefail

PACKAGE_VERSION="0.1008065.0"
DIR="${NPSWATCH_TDLIB_DIR:-$HOME/.cache/npswatch/tdlib}"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64)  PLATFORM="linux-x64" ;;
  Linux-aarch64) PLATFORM="linux-arm64" ;;
  *) echo "install-tdlib: unsupported platform $(uname -s)-$(uname -m); build TDLib yourself and set NPSWATCH_TDLIB" >&2
     exit 2 ;;
esac
if ldd --version 2>&1 | grep -qi musl; then LIBC="musl"; else LIBC="glibc"; fi
SO="$DIR/node_modules/@prebuilt-tdlib/$PLATFORM-$LIBC/libtdjson.so"
STAMP="$DIR/.installed-version"

if [[ -f "$SO" && -f "$STAMP" && "$(cat "$STAMP")" == "$PACKAGE_VERSION" ]]; then
  echo "$SO"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "install-tdlib: npm not found; install Node.js 18+ (with npm) and run this script again" >&2
  exit 2
fi

mkdir -p "$DIR"
# A private package.json keeps npm from walking up into an unrelated project.
if [[ ! -f "$DIR/package.json" ]]; then
  printf '{\n  "name": "npswatch-tdlib-cache",\n  "private": true\n}\n' > "$DIR/package.json"
fi
echo "install-tdlib: installing prebuilt-tdlib@$PACKAGE_VERSION into $DIR" >&2
( cd "$DIR" && npm install --no-audit --no-fund --no-save --ignore-scripts --loglevel=error \
    "prebuilt-tdlib@$PACKAGE_VERSION" >&2 )

if [[ ! -f "$SO" ]]; then
  echo "install-tdlib: npm finished but $SO is missing (is $PLATFORM-$LIBC among the package's builds?)" >&2
  exit 1
fi
echo "$PACKAGE_VERSION" > "$STAMP"
echo "$SO"
