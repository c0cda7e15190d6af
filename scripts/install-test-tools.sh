#!/usr/bin/env bash
# Installs the Debian packages the tests use as independent readers and real components, when missing:
# LibreOffice (reads our DOCX), poppler-utils (pdffonts, pdftoppm), qpdf and Ghostscript (two more readers of
# our PDFs), open CJK fonts (PDF embedding and
# LibreOffice rendering; Calc reads our review workbooks), Chromium (the HTML check), pandoc (the DOCX
# benchmark's comparison), Neovim (a real LSP client for the language server test), for the Eclipse editor's
# UI tests a virtual X display (xvfb, xauth), GTK 3 (SWT) and xdotool (real key events); and from npm,
# Microsoft's SARIF Multitool (judges our SARIF logs).
set -euo pipefail
packages=(libreoffice-writer libreoffice-calc poppler-utils qpdf ghostscript fonts-arphic-uming fonts-arphic-ukai fonts-arphic-gbsn00lp
  fonts-arphic-gkai00mp fonts-wqy-zenhei chromium pandoc neovim xvfb xauth libgtk-3-0 xdotool)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
SARIF_TOOL_DIR="${LAWREPORT_TOOLS:-/opt/lawreport-tools}/sarif-multitool"
SARIF_TOOL="$SARIF_TOOL_DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
install_sarif_tool() {
  [ -x "$SARIF_TOOL" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    missing+=(npm)
    return 0
  fi
  echo "test tools: installing @microsoft/sarif-multitool-linux 5.7.0 (npm) into $SARIF_TOOL_DIR"
  mkdir -p "$SARIF_TOOL_DIR"
  npm install --silent --no-audit --no-fund --prefix "$SARIF_TOOL_DIR" @microsoft/sarif-multitool-linux@5.7.0 >/dev/null
  chmod u+x "$SARIF_TOOL"
}
if [ ${#missing[@]} -eq 0 ]; then
  install_sarif_tool
fi
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
install_sarif_tool
