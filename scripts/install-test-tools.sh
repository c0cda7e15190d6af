#!/usr/bin/env bash
# Installs, when missing, the Debian packages the tests use as independent readers and real components (the list
# and the reason for each are in scripts/packages.sh, with the fonts the main job uses too), and from npm
# Microsoft's SARIF Multitool (judges our SARIF logs).
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/packages.sh"
mapfile -t missing < <(lawreport_missing_packages "${LAWREPORT_TEST_PACKAGES[@]}")
SARIF_TOOL_DIR="${LAWREPORT_TOOLS:-/opt/lawreport-tools}/sarif-multitool"
SARIF_TOOL="$SARIF_TOOL_DIR/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
install_sarif_tool() {
  [ -x "$SARIF_TOOL" ] && return 0
  if ! command -v npm >/dev/null 2>&1; then
    echo "需要 npm（Node.js）来安装 SARIF Multitool" >&2
    exit 2
  fi
  echo "test tools: installing @microsoft/sarif-multitool-linux 5.7.0 (npm) into $SARIF_TOOL_DIR"
  mkdir -p "$SARIF_TOOL_DIR"
  npm install --silent --no-audit --no-fund --prefix "$SARIF_TOOL_DIR" @microsoft/sarif-multitool-linux@5.7.0 >/dev/null
  chmod u+x "$SARIF_TOOL"
}
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "需要安装：${missing[*]}（请以 root 运行：apt-get install -y ${missing[*]}）" >&2
    exit 2
  fi
  echo "test tools: installing ${missing[*]}"
  lawreport_apt_install "${missing[@]}"
fi
install_sarif_tool
echo "test tools: all installed"
