#!/bin/sh
# Put FieldSafe in this computer's application menu, for you only.
#
#   ./install.sh             add FieldSafe to the menu (and fieldsafe,
#                            fieldsafe-cli to ~/.local/bin)
#   ./install.sh --uninstall take them away again (your vaults stay)
#
# FieldSafe keeps running from this folder: move the folder first if you want
# it elsewhere, then run ./install.sh again. Nothing is copied and nothing
# needs administrator rights. Your vaults are never touched by this script.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
data_home=${XDG_DATA_HOME:-"$HOME/.local/share"}
bin_home="$HOME/.local/bin"
app_id=org.fieldsafe.FieldSafe
sizes="16 24 32 48 64 128 256 512"

refresh_caches() {
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$data_home/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t "$data_home/icons/hicolor" 2>/dev/null || true
  fi
}

uninstall() {
  rm -f "$data_home/applications/$app_id.desktop" \
        "$data_home/metainfo/$app_id.metainfo.xml" \
        "$data_home/icons/hicolor/scalable/apps/$app_id.svg"
  for size in $sizes; do
    rm -f "$data_home/icons/hicolor/${size}x${size}/apps/$app_id.png"
  done
  for program in fieldsafe fieldsafe-cli; do
    # only our own links, never a file someone else put there
    if [ -L "$bin_home/$program" ] && [ "$(readlink "$bin_home/$program")" = "$here/$program" ]; then
      rm -f "$bin_home/$program"
    fi
  done
  refresh_caches
  echo "FieldSafe is no longer in the menu. Your vaults are where they were."
}

missing_libraries() {
  # What Qt's X11 window plugin needs from the system that this computer lacks
  # (ldd says "not found"). On Wayland, Qt falls back to it (XWayland) if its
  # Wayland plugin cannot load.
  file="$here/_internal/PySide6/Qt/plugins/platforms/libqxcb.so"
  [ -f "$file" ] || return 0
  LD_LIBRARY_PATH="$here/_internal:$here/_internal/PySide6/Qt/lib" ldd "$file" 2>/dev/null |
    awk '/not found/ {print $1}' | sort -u
}

install_menu() {
  case $here in
    *[\"\`\$\\%]*)
      echo "install.sh: please move this folder to a path without \" \` \$ \\ or % in it." >&2
      exit 1 ;;
  esac
  mkdir -p "$data_home/applications" "$data_home/metainfo" "$data_home/icons/hicolor/scalable/apps"
  # The menu entry starts this folder's fieldsafe (quoted: the path may hold spaces).
  sed -e "s|^Exec=fieldsafe\$|Exec=\"$here/fieldsafe\"|" \
      -e "/^Exec=/a TryExec=$here/fieldsafe" \
      "$here/share/applications/$app_id.desktop" > "$data_home/applications/$app_id.desktop.part"
  mv "$data_home/applications/$app_id.desktop.part" "$data_home/applications/$app_id.desktop"
  cp "$here/share/metainfo/$app_id.metainfo.xml" "$data_home/metainfo/"
  cp "$here/share/icons/hicolor/scalable/apps/$app_id.svg" "$data_home/icons/hicolor/scalable/apps/"
  for size in $sizes; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$here/share/icons/hicolor/${size}x${size}/apps/$app_id.png" \
       "$data_home/icons/hicolor/${size}x${size}/apps/"
  done
  mkdir -p "$bin_home"
  for program in fieldsafe fieldsafe-cli; do
    if [ ! -e "$bin_home/$program" ] || [ -L "$bin_home/$program" ]; then
      ln -sfn "$here/$program" "$bin_home/$program"
    else
      echo "install.sh: $bin_home/$program exists and is not ours; left as it is." >&2
    fi
  done
  refresh_caches
  echo "FieldSafe is in your application menu now (it may take a moment to appear)."
  echo "It runs from $here: keep this folder where it is."
  missing=$(missing_libraries)
  if [ -n "$missing" ]; then
    echo ""
    echo "This computer lacks some libraries FieldSafe needs to show its window:"
    echo "$missing" | sed 's/^/  /'
    echo "On Debian or Ubuntu, this installs them (ask whoever looks after the computer):"
    echo "  sudo apt-get install libxkbcommon-x11-0 libxcb-cursor0 libegl1 libgl1 libfontconfig1 libdbus-1-3 libglib2.0-0"
  fi
}

case "${1:-}" in
  --uninstall) uninstall ;;
  "") install_menu ;;
  *) echo "usage: ./install.sh [--uninstall]" >&2; exit 64 ;;
esac
