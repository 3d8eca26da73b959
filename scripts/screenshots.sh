#!/usr/bin/env bash
# Saves screenshots of the main screens, in the light and the dark theme, into assets/screenshots/.
# Runs the Qt Quick tests that take them (tests/quick/render_screenshots.qml, gated_errorpage.qml,
# gated_userdatanotice.qml, tests/hotline/quick/render_screenshots.qml) offscreen.
#
# usage: scripts/screenshots.sh [build-dir]    (default: ./build; build tst_quick and tst_hotline_quick first)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runner=$build/tests/quick/tst_quick
hotline_runner=$build/tests/hotline/quick/tst_hotline_quick
for exe in "$runner" "$hotline_runner"; do
  if [ ! -x "$exe" ]; then
    echo "screenshots: $exe is missing; run: cmake --build $build --target tst_quick tst_hotline_quick" >&2
    exit 1
  fi
done

out=$root/assets/screenshots
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT

export QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Material LC_ALL=C.UTF-8 LANG=ja_JP.UTF-8
export PHISHAID_SCREENSHOT_DIR=$shots
for theme in Light Dark; do
  echo "screenshots: $theme"
  QT_QUICK_CONTROLS_MATERIAL_THEME=$theme "$runner" -input "$root/tests/quick/render_screenshots.qml"
  QT_QUICK_CONTROLS_MATERIAL_THEME=$theme PHISHAID_TEST_CONTENT_DB=$shots/no-such-content.sqlite \
    "$runner" -input "$root/tests/quick/gated_errorpage.qml"
  for state in too-new corrupt; do
    QT_QUICK_CONTROLS_MATERIAL_THEME=$theme PHISHAID_TEST_USER_DB=$state \
      "$runner" -input "$root/tests/quick/gated_userdatanotice.qml"
  done
  QT_QUICK_CONTROLS_MATERIAL_THEME=$theme "$hotline_runner" -input "$root/tests/hotline/quick/render_screenshots.qml"
done

# The README shows one composite (start, checklist, record) in the light theme.
mv "$shots/readme-light.png" "$shots/readme.png"
rm -f "$shots/readme-dark.png"
# ... and the police lines of the hotline page, one open and one closed.
mv "$shots/hotlines-light.png" "$shots/hotlines.png"
rm -f "$shots/hotlines-dark.png"

mkdir -p "$out"
cp "$shots"/*.png "$out"/
echo "screenshots: $(ls "$shots"/*.png | wc -l) images in $out"
