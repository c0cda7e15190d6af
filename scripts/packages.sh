# The Debian packages LawReport needs, kept in this one place. Sourced by scripts/install-fonts.sh (the main job,
# ./run-seeds) and scripts/install-test-tools.sh (./run-tests), so both install the same fonts.

# Open CJK fonts that stand in for the fonts GB/T 9704-2012 names (see README, "PDF fonts"):
#   仿宋_GB2312 (body)        → AR PL UMing CN        fonts-arphic-uming
#   方正小标宋简体 (title)     → AR PL SungtiL GB       fonts-arphic-gbsn00lp
#   黑体 (level-1 headings)   → WenQuanYi Zen Hei      fonts-wqy-zenhei
#   楷体_GB2312 (level 2)     → AR PL KaitiM GB        fonts-arphic-gkai00mp (AR PL UKai CN, fonts-arphic-ukai, second)
#   rare characters (生僻字, CJK Extension B and beyond) in names and places → BabelStone Han  fonts-babelstone-han
# All have TrueType outlines, which the PDF embeds as subsets.
LAWREPORT_FONT_PACKAGES=(fonts-arphic-uming fonts-arphic-ukai fonts-arphic-gbsn00lp fonts-arphic-gkai00mp fonts-wqy-zenhei
  fonts-babelstone-han)

# What the tests use besides the fonts, as independent readers and real components:
#   LibreOffice Writer and Calc (read our DOCX and XLSX), poppler-utils (pdffonts, pdftotext, pdftoppm), qpdf and
#   Ghostscript (two more PDF readers), Chromium (HTML pages), pandoc (the DOCX benchmark's comparison), Neovim
#   (a real LSP client), Xvfb, xauth, GTK 3 and xdotool (the Eclipse editor's UI tests), Noto CJK (a font with CFF
#   outlines, which the PDF must refuse with a clear message), DejaVu (a font without CJK glyphs, likewise).
LAWREPORT_TEST_PACKAGES=("${LAWREPORT_FONT_PACKAGES[@]}" fonts-noto-cjk fonts-dejavu-core
  libreoffice-writer libreoffice-calc poppler-utils qpdf ghostscript chromium pandoc neovim xvfb xauth libgtk-3-0 xdotool)

# Prints the packages of the given list that are not installed (none on a system without dpkg: nothing to check).
lawreport_missing_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

# Installs the given packages with apt-get (root only), quietly; the package lists are refreshed first.
lawreport_apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
