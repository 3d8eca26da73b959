#!/usr/bin/env bash
# Installs what is missing, checks the C++ formatting, builds warning-free (warnings are errors), runs qmllint on every QML file,
# runs every test, then builds and runs the tests again under AddressSanitizer and UndefinedBehaviorSanitizer,
# then runs each fuzz target for 30 s.
set -euo pipefail
cd "$(dirname "$0")/.."

jobs=$(nproc 2>/dev/null || echo 2)
export QT_QPA_PLATFORM=offscreen

bash scripts/install-deps.sh

echo "== format (clang-format, the repository's .clang-format)"
if ! git ls-files -z '*.cpp' '*.h' | xargs -0 clang-format --dry-run -Werror; then
  echo "clang-format would change the files above: run clang-format -i on them." >&2
  exit 1
fi

echo "== build (warnings are errors)"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPHISHAID_WARNINGS_AS_ERRORS=ON
cmake --build build -j "$jobs"

echo "== qmllint"
lint_log=$(mktemp)
cmake --build build --target all_qmllint 2>&1 | tee "$lint_log"
if grep -Eq '^(Warning|Error|Info):' "$lint_log"; then
  echo "qmllint reported problems (see above)." >&2
  exit 1
fi

echo "== tests"
ctest --test-dir build --output-on-failure -j "$jobs"

echo "== tests under AddressSanitizer and UndefinedBehaviorSanitizer"
cmake -S . -B build-sanitize -G Ninja -DCMAKE_BUILD_TYPE=Debug -DPHISHAID_SANITIZE=ON
cmake --build build-sanitize -j "$jobs"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
ctest --test-dir build-sanitize --output-on-failure -j "$jobs"

echo "== fuzzing (libFuzzer, clang, ASan + UBSan: each target 30 s from its seeds)"
bash scripts/fuzz.sh 30
