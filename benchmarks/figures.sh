#!/usr/bin/env bash
# Whole-process cost of validating one report as its figures and rules grow: 1,000 / 10,000 / 100,000 named figures
# (ten to a paragraph), one paragraph of 10,000 figures, and rules of 1,000 and 10,000 terms. Target: linear, at most
# 3 ms per 100 figures beyond the start-up. Usage: benchmarks/figures.sh [LAWREPORT]   (default ./lawreport; give
# another build's launcher to compare). Prints one line per case: seconds and peak memory.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CLI="${1:-$ROOT/lawreport}"
WORK=$(mktemp -d /tmp/lawreport-figures.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 - "$WORK" <<'PY'
import sys
work = sys.argv[1]
head = '''报告 依据 法治政府建设年度报告
标题 "某市某局关于2024年度法治政府建设情况的报告"
报告年度 2024
层级 部门
发文机关 "某市某局"
署名 "某市某局"
成文日期 "2025年1月20日"
'''
tail = '''部分 不足原因 "2024年度推进法治政府建设存在的不足和原因"
	段 "不足。"
部分 第一责任人 "2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况"
	段 "负责。"
部分 下年安排 "2025年度推进法治政府建设的主要安排"
	段 "继续。"
'''
def report(figures, terms=0, per_paragraph=10):
    paragraphs = []
    for p in range(0, figures, per_paragraph):
        paragraphs.append('\t段 "' + '，'.join('事项{指标%d=%d件}' % (i, i + 1) for i in range(p, min(figures, p + per_paragraph))) + '。"')
    text = head + '部分 举措成效 "2024年度推进法治政府建设的主要举措和成效"\n' + '\n'.join(paragraphs) + '\n' + tail
    if terms:
        text = text.replace('\t段 "继续。"', '\t段 "继续。合计{总计=%d件}。"' % sum(range(1, terms + 1)))
        text += '规则 合计：总计 = ' + ' + '.join('指标%d' % i for i in range(terms)) + '\n'
    return text
cases = {'figures-1000': report(1000), 'figures-10000': report(10000), 'figures-100000': report(100000),
         'one-paragraph-10000': report(10000, per_paragraph=10000),
         'rule-1000-terms': report(1000, 1000), 'rule-10000-terms': report(10000, 10000)}
for name, text in cases.items():
    open(f'{work}/{name}.lawreport', 'w', encoding='utf-8').write(text)
PY
"$CLI" --version >/dev/null 2>&1 || true
for name in figures-1000 figures-10000 figures-100000 one-paragraph-10000 rule-1000-terms rule-10000-terms; do
  best=""
  for run in 1 2 3; do
    /usr/bin/time -o "$WORK/time" -f "%e %M" "$CLI" validate "$WORK/$name.lawreport" >/dev/null 2>&1 || true
    t=$(tail -1 "$WORK/time")
    secs=${t% *}
    if [ -z "$best" ] || awk "BEGIN{exit !($secs < ${best% *})}"; then best="$t"; fi
  done
  printf '%-22s %6s s  %7s KB peak (best of 3)\n' "$name" "${best% *}" "${best#* }"
done
