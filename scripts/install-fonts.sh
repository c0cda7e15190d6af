#!/usr/bin/env bash
# Makes sure the open CJK fonts the PDF needs are there before the main job does any work (see scripts/packages.sh).
# - Fonts configured by the user (LAWREPORT_FONTS, ~/.config/lawreport/fonts.properties): nothing to install.
# - Root on Debian, Ubuntu, Kylin or UOS: installs the missing packages with apt-get.
# - Otherwise: one Chinese line naming the exact command to run, exit code 2.
set -euo pipefail
. "$(dirname "${BASH_SOURCE[0]}")/packages.sh"
if [ -n "${LAWREPORT_FONTS:-}" ] || [ -f "$HOME/.config/lawreport/fonts.properties" ]; then
  exit 0
fi
mapfile -t missing < <(lawreport_missing_packages "${LAWREPORT_FONT_PACKAGES[@]}")
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "LawReport：缺少生成公文所需的开源中文字体。请以 root 运行：apt-get install -y ${missing[*]}；或用环境变量 LAWREPORT_FONTS 指定已有字体的配置文件（见 README“PDF fonts”）。" >&2
  exit 2
fi
echo "LawReport：正在安装公文所需的开源中文字体：${missing[*]}…" >&2
lawreport_apt_install "${missing[@]}"
