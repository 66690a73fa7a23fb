#!/bin/sh
# Install Renkei Desktop for the current user (no root needed):
#   the program into ~/.local/opt/renkei-desktop, a launcher into ~/.local/bin,
#   and a menu entry into ~/.local/share/applications. Data stays in ~/.local/share/RenkeiDesktop.
# Usage: ./install-user.sh            (from inside the unpacked folder)
#        ./install-user.sh --uninstall (removes the program and menu entry, keeps the data)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/renkei-desktop"
bin="$HOME/.local/bin/renkei-desktop"
entry="$prefix/applications/renkei-desktop.desktop"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$opt" "$bin" "$entry"
    echo "広域連携デスクを削除しました（データ ~/.local/share/RenkeiDesktop は残しています）。"
    exit 0
fi
if [ "$here" != "$opt" ]; then
    rm -rf "$opt.new"
    mkdir -p "$(dirname "$opt")"
    cp -a "$here" "$opt.new"
    rm -rf "$opt"
    mv "$opt.new" "$opt"
fi
mkdir -p "$(dirname "$bin")" "$(dirname "$entry")"
ln -sf "$opt/renkei-desktop" "$bin"
sed -e "s|^Exec=.*|Exec=\"$opt/renkei-desktop\"|" \
    -e "s|^Icon=.*|Icon=$opt/_internal/resources/icons/renkei-desktop.png|" \
    "$opt/renkei-desktop.desktop" > "$entry"
echo "広域連携デスクをインストールしました: $opt"
