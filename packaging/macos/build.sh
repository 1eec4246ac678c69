#!/usr/bin/env bash
# Build FieldSafe for macOS (this Mac's architecture: arm64 or x86_64) from the
# lock files: FieldSafe.app, signed, notarised and stapled, in a .dmg.
#
#   packaging/macos/build.sh        dist/FieldSafe-<version>-macos-<arch>.dmg
#
# Needs Python 3.11 as python3.11 (or $FIELDSAFE_PYTHON) and Xcode's command
# line tools (codesign, notarytool, stapler, hdiutil). PySide6 6.11 needs
# macOS 13 or later. Everything else it writes stays under build/macos/.
#
# Signing and notarisation, when these are set (release.yml passes secrets):
#   MACOS_CERT_P12_BASE64   the "Developer ID Application" certificate and key (.p12), base64
#   MACOS_CERT_PASSWORD     its password
#   APPLE_ID, APPLE_TEAM_ID, APPLE_APP_PASSWORD   the Apple account notarytool uses
#                           (an app-specific password, not the account's own)
#   FIELDSAFE_REQUIRE_SIGNING=1  makes a missing certificate an error.
# Without a certificate the app is signed ad hoc (it runs on this Mac; another
# Mac refuses it until the person allows it in System Settings > Privacy & Security).
#
# The app is signed inside out with the hardened runtime and a secure
# timestamp: every library, then each Qt framework as a bundle, then the two
# programs and the app with packaging/macos/entitlements.plist. The app is
# notarised and stapled (so it opens offline the first time), then the .dmg
# holding it is signed, notarised and stapled too.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
build="$root/build/macos"
venv="$build/venv"
python="${FIELDSAFE_PYTHON:-python3.11}"
entitlements="$root/packaging/macos/entitlements.plist"
arch="$(uname -m)"
say() { echo "build.sh: $*" >&2; }
mkdir -p "$build" dist

# -- 1. the build environment ---------------------------------------------------------
rm -rf "$venv"
"$python" -m venv "$venv"
pip=("$venv/bin/python" -m pip install --quiet --disable-pip-version-check)
for lock in requirements-build.lock requirements.lock packaging/requirements-bundle.lock; do
  # --no-deps: every package is pinned with its hashes in the lock files.
  "${pip[@]}" --require-hashes --no-deps -r "$lock"
done
"${pip[@]}" --no-deps --no-build-isolation "$root"
version="$("$venv/bin/python" -c 'from importlib.metadata import version; print(version("fieldsafe"))')"
say "FieldSafe $version ($arch)"

# -- 2. the app -----------------------------------------------------------------------
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --distpath "$build/dist" --workpath "$build/work" packaging/fieldsafe.spec
app="$build/dist/FieldSafe.app"
[ -x "$app/Contents/MacOS/fieldsafe" ] || { say "no $app/Contents/MacOS/fieldsafe"; exit 1; }
"$app/Contents/MacOS/fieldsafe-cli" --version  # the bundle starts

# -- 3. the signing identity ----------------------------------------------------------
keychain="$build/signing.keychain-db"
cleanup() {
  security delete-keychain "$keychain" 2>/dev/null || true
  rm -f "$build/certificate.p12"
}
trap cleanup EXIT
if [ -n "${MACOS_CERT_P12_BASE64:-}" ]; then
  keychain_password="$(openssl rand -base64 24)"
  security create-keychain -p "$keychain_password" "$keychain"
  security set-keychain-settings -lut 3600 "$keychain"
  security unlock-keychain -p "$keychain_password" "$keychain"
  "$python" -c 'import base64, os, sys; sys.stdout.buffer.write(base64.b64decode(os.environ["MACOS_CERT_P12_BASE64"]))' \
    > "$build/certificate.p12"
  security import "$build/certificate.p12" -k "$keychain" -P "$MACOS_CERT_PASSWORD" \
    -T /usr/bin/codesign
  rm -f "$build/certificate.p12"
  security set-key-partition-list -S apple-tool:,apple: -s -k "$keychain_password" "$keychain" >/dev/null
  # shellcheck disable=SC2046 # the existing keychains, one word each
  security list-keychains -d user -s "$keychain" $(security list-keychains -d user | tr -d '"')
  identity="$(security find-identity -v -p codesigning "$keychain" |
    awk '/Developer ID Application/ { print $2; exit }')"
  [ -n "$identity" ] || { say "no Developer ID Application identity in the certificate"; exit 1; }
  timestamp=(--timestamp)
elif [ "${FIELDSAFE_REQUIRE_SIGNING:-}" = 1 ]; then
  say "FIELDSAFE_REQUIRE_SIGNING=1 but MACOS_CERT_P12_BASE64 is empty"
  exit 1
else
  say "no certificate: signing ad hoc, not notarising"
  identity="-"
  timestamp=(--timestamp=none)
fi
sign() { codesign --force "${timestamp[@]}" --options runtime --sign "$identity" "$@"; }

# -- 4. signing, inside out -------------------------------------------------------------
# Every Mach-O file (libraries, Python extensions, the framework binaries)...
while IFS= read -r -d '' file; do
  if file -b "$file" | grep -q "Mach-O"; then
    sign "$file"
  fi
done < <(find "$app/Contents" -type f ! -path "*/Contents/MacOS/*" -print0)
# ...each framework as a bundle, so the app's seal covers it...
while IFS= read -r -d '' framework; do
  sign "$framework"
done < <(find "$app/Contents" -type d -name "*.framework" -prune -print0)
# ...the two programs and the app itself, with the entitlements.
sign --entitlements "$entitlements" "$app/Contents/MacOS/fieldsafe-cli"
sign --entitlements "$entitlements" "$app/Contents/MacOS/fieldsafe"
sign --entitlements "$entitlements" "$app"
codesign --verify --deep --strict --verbose=2 "$app"

# -- 5. notarisation --------------------------------------------------------------------
notarise() {  # FILE: submit, wait, stop unless Apple accepted it
  local result status
  result="$(xcrun notarytool submit "$1" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
    --password "$APPLE_APP_PASSWORD" --wait --output-format json)"
  status="$(printf '%s' "$result" | "$python" -c 'import json, sys; print(json.load(sys.stdin).get("status", ""))')"
  if [ "$status" != "Accepted" ]; then
    say "notarisation of $1: ${status:-no answer}"
    id="$(printf '%s' "$result" | "$python" -c 'import json, sys; print(json.load(sys.stdin).get("id", ""))')"
    [ -z "$id" ] || xcrun notarytool log "$id" --apple-id "$APPLE_ID" --team-id "$APPLE_TEAM_ID" \
      --password "$APPLE_APP_PASSWORD" >&2 || true
    exit 1
  fi
}
notarising=""
if [ "$identity" != "-" ]; then
  if [ -n "${APPLE_ID:-}" ] && [ -n "${APPLE_TEAM_ID:-}" ] && [ -n "${APPLE_APP_PASSWORD:-}" ]; then
    notarising=1
  elif [ "${FIELDSAFE_REQUIRE_SIGNING:-}" = 1 ]; then
    say "FIELDSAFE_REQUIRE_SIGNING=1 but APPLE_ID, APPLE_TEAM_ID or APPLE_APP_PASSWORD is empty"
    exit 1
  fi
fi
if [ -n "$notarising" ]; then
  ditto -c -k --keepParent "$app" "$build/FieldSafe-notarise.zip"
  notarise "$build/FieldSafe-notarise.zip"
  rm -f "$build/FieldSafe-notarise.zip"
  xcrun stapler staple "$app"
  spctl --assess --type execute --verbose=2 "$app"
fi

# -- 6. the disk image ------------------------------------------------------------------
stage="$build/dmg"
rm -rf "$stage"
mkdir -p "$stage"
ditto "$app" "$stage/FieldSafe.app"  # keeps the signatures and the stapled ticket
ln -s /Applications "$stage/Applications"
dmg="dist/FieldSafe-$version-macos-$arch.dmg"
rm -f "$dmg"
hdiutil create -volname "FieldSafe $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
if [ "$identity" != "-" ]; then
  codesign --force "${timestamp[@]}" --sign "$identity" "$dmg"
fi
if [ -n "$notarising" ]; then
  notarise "$dmg"
  xcrun stapler staple "$dmg"
fi
say "$dmg ($(du -m "$dmg" | cut -f1) MB); the app unpacked: $(du -sm "$app" | cut -f1) MB"
