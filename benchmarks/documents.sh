#!/usr/bin/env bash
# Whole-process document generation, side by side with what a user would do instead, on a batch of 100
# documents (the five seeds, 20 copies each):
#   our PDF                      vs   our DOCX converted by `libreoffice --headless --convert-to pdf`
#   our DOCX                     vs   `pandoc` run once per document from Markdown
# and one seed, cold. Results: benchmarks/results/documents.txt
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
. "$ROOT/scripts/jdk.sh"
cd "$ROOT"
"$ROOT/scripts/install-test-tools.sh" >/dev/null
WORK=$(mktemp -d /tmp/lawreport-bench.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/in" "$WORK/ours-pdf" "$WORK/ours-docx" "$WORK/lo-pdf" "$WORK/txt" "$WORK/md" "$WORK/pandoc" benchmarks/results
for i in $(seq -w 1 20); do
  for f in seeds/*.lawreport; do cp "$f" "$WORK/in/$(basename "$f" .lawreport)-$i.lawreport"; done
done
n=$(ls "$WORK/in" | wc -l)
./lawreport --version >/dev/null   # build and train the class-data archive before measuring

now() { date +%s.%N; }
secs() { python3 -c "print(f'{$2 - $1:.2f}')"; }

t0=$(now); ./lawreport generate --format pdf --force --out "$WORK/ours-pdf" "$WORK/in" >/dev/null 2>&1; t1=$(now)
ours_pdf=$(secs "$t0" "$t1")
t0=$(now); ./lawreport generate --format docx --force --out "$WORK/ours-docx" "$WORK/in" >/dev/null 2>&1; t1=$(now)
ours_docx=$(secs "$t0" "$t1")
LO_PROFILE="file://$WORK/lo-profile"
t0=$(now); libreoffice -env:UserInstallation="$LO_PROFILE" --headless --convert-to pdf --outdir "$WORK/lo-pdf" "$WORK"/ours-docx/*.docx >/dev/null 2>&1; t1=$(now)
lo_pdf=$(secs "$t0" "$t1")

# pandoc from Markdown, once per document (headings of the text rendering become Markdown headings)
./lawreport generate --format txt --force --out "$WORK/txt" "$WORK/in" >/dev/null 2>&1
python3 - "$WORK/txt" "$WORK/md" <<'PY'
import pathlib, re, sys
src, dst = map(pathlib.Path, sys.argv[1:3])
for f in src.glob("*.txt"):
    out = []
    for line in f.read_text(encoding="utf-8").splitlines():
        s = line.strip()
        if re.match(r"^[一二三四五六七八九十]+、", s): out.append("# " + s)
        elif re.match(r"^（[一二三四五六七八九十]+）", s): out.append("## " + s)
        else: out.append(s)
        out.append("")
    (dst / (f.stem + ".md")).write_text("\n".join(out), encoding="utf-8")
PY
t0=$(now); for f in "$WORK"/md/*.md; do pandoc "$f" -o "$WORK/pandoc/$(basename "$f" .md).docx"; done; t1=$(now)
pandoc_docx=$(secs "$t0" "$t1")

one=seeds/003_0db46809fcd894a2.lawreport
mkdir -p "$WORK/one-ours" "$WORK/one-lo" "$WORK/one-docx"
t0=$(now); ./lawreport generate --format pdf --force --out "$WORK/one-ours" "$one" >/dev/null 2>&1; t1=$(now)
one_ours=$(secs "$t0" "$t1")
./lawreport generate --format docx --force --out "$WORK/one-docx" "$one" >/dev/null 2>&1
t0=$(now); libreoffice -env:UserInstallation="$LO_PROFILE" --headless --convert-to pdf --outdir "$WORK/one-lo" "$WORK"/one-docx/*.docx >/dev/null 2>&1; t1=$(now)
one_lo=$(secs "$t0" "$t1")

python3 - "$n" "$ours_pdf" "$lo_pdf" "$ours_docx" "$pandoc_docx" "$one_ours" "$one_lo" <<'PY' | tee benchmarks/results/documents.txt
import sys
n = int(sys.argv[1]); ours_pdf, lo_pdf, ours_docx, pandoc_docx, one_ours, one_lo = map(float, sys.argv[2:])
print(f"batch of {n} documents, one process each tool (pandoc: one process per document)")
print(f"  our PDF                          {ours_pdf:6.2f} s  ({1000*ours_pdf/n:5.0f} ms/doc)")
print(f"  our DOCX -> LibreOffice PDF      {lo_pdf:6.2f} s  ({1000*lo_pdf/n:5.0f} ms/doc)   ours is {lo_pdf/ours_pdf:4.1f}x faster (target >= 5x)")
print(f"  our DOCX                         {ours_docx:6.2f} s  ({1000*ours_docx/n:5.0f} ms/doc)")
print(f"  pandoc Markdown -> DOCX          {pandoc_docx:6.2f} s  ({1000*pandoc_docx/n:5.0f} ms/doc)   ours is {pandoc_docx/ours_docx:4.1f}x faster (target >= 2x)")
print(f"one seed (003), cold: our PDF {one_ours:.2f} s; LibreOffice DOCX -> PDF {one_lo:.2f} s")
PY
