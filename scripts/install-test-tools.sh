#!/usr/bin/env bash
# Installs the Debian packages the tests use as independent readers and real components, when missing:
# LibreOffice (reads our DOCX), poppler-utils (pdffonts, pdftoppm), open CJK fonts (PDF embedding and
# LibreOffice rendering), Chromium (the HTML check), pandoc (the DOCX benchmark's comparison), Neovim (a real
# LSP client for the language server test), and for the Eclipse editor's UI tests a virtual X display (xvfb,
# xauth), GTK 3 (SWT) and xdotool (real key events).
set -euo pipefail
packages=(libreoffice-writer poppler-utils fonts-arphic-uming fonts-arphic-ukai fonts-arphic-gbsn00lp
  fonts-arphic-gkai00mp fonts-wqy-zenhei chromium pandoc neovim xvfb xauth libgtk-3-0 xdotool)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "test tools: all installed"
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "需要安装：${missing[*]}（请以 root 运行 apt-get install）" >&2
  exit 2
fi
echo "test tools: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
