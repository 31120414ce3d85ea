#!/usr/bin/env bash
# Renders every exercise's key poses on one page, to look at them all at once.
# usage: figures_contact_sheet.sh LIMBER_CLI OUT_DIR [ASSETS_DIR]
# Writes OUT_DIR/figures.html and, with chromium installed, OUT_DIR/figures.png.
set -euo pipefail
cli=$1
out=$2
mkdir -p "$out"
args=(figure --contact-sheet)
if [[ $# -ge 3 ]]; then args+=(--assets "$3"); fi
"$cli" "${args[@]}" > "$out/figures.html"
cards=$(grep -o 'class="card"' "$out/figures.html" | wc -l)
rows=$(( (cards + 3) / 4 ))
# The page lays out cards 200 px high in rows of four (see cmd_figure.cpp).
height=$(( 60 + rows * 208 ))
if command -v chromium > /dev/null; then
  chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --screenshot="$out/figures.png" --window-size=1600,"$height" \
    "file://$(cd "$out" && pwd)/figures.html" > /dev/null 2>&1
  echo "$cards exercises: $out/figures.html, $out/figures.png"
else
  echo "$cards exercises: $out/figures.html (no chromium for the PNG)"
fi
