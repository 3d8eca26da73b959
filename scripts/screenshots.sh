#!/usr/bin/env bash
# Saves screenshots of the main screens, in the light and the dark theme, into assets/screenshots/.
# Runs the Qt Quick tests that take them (tests/quick/tst_screenshots.qml, tst_errorpage.qml) offscreen.
#
# usage: scripts/screenshots.sh [build-dir]    (default: ./build; build the tst_quick target first)
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
runner=$build/tests/quick/tst_quick
if [ ! -x "$runner" ]; then
  echo "screenshots: $runner is missing; run: cmake --build $build --target tst_quick" >&2
  exit 1
fi

out=$root/assets/screenshots
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT

export QT_QPA_PLATFORM=offscreen QT_QUICK_CONTROLS_STYLE=Material LC_ALL=C.UTF-8 LANG=ja_JP.UTF-8
export PHISHAID_SCREENSHOT_DIR=$shots
for theme in Light Dark; do
  echo "screenshots: $theme"
  QT_QUICK_CONTROLS_MATERIAL_THEME=$theme "$runner" -input "$root/tests/quick/tst_screenshots.qml"
  QT_QUICK_CONTROLS_MATERIAL_THEME=$theme PHISHAID_TEST_CONTENT_DB=$shots/no-such-content.sqlite \
    "$runner" -input "$root/tests/quick/tst_errorpage.qml"
done

mkdir -p "$out"
cp "$shots"/*.png "$out"/
echo "screenshots: $(ls "$shots"/*.png | wc -l) images in $out"
