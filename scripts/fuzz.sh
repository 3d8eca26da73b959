#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, in build-fuzz/) and runs each for SECONDS (default 30),
# starting from its seeds in tests/fuzz/corpus/<target>/. Exits 1 if any target finds a crash, a leak, undefined
# behaviour, a timeout or runaway memory; the input that did it is left in build-fuzz/findings/<target>/.
#   scripts/fuzz.sh [SECONDS]        JOBS=N sets the build's parallelism (default: all cores)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
if ! [[ "$seconds" =~ ^[0-9]+$ ]] || [ "$seconds" -lt 1 ]; then
  echo "usage: scripts/fuzz.sh [SECONDS]" >&2
  exit 2
fi
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}
targets=(fuzz_yaml fuzz_manifest fuzz_phonenumber fuzz_contentdb fuzz_checker)
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

bash scripts/install-deps.sh

echo "== build the fuzz targets (clang, -fsanitize=fuzzer,address,undefined; build-fuzz/)"
# -O1 keeps the targets fast enough to fuzz and their stacks readable. Warnings are errors: clang 14 with the
# project's warning flags and Qt 6.4's headers is clean. The content tool runs at build time (content.sqlite for
# fuzz_checker) under ASan too; its leak report is the sanitizer build's business, not this one's.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS=-O1 \
  -DPHISHAID_FUZZ=ON -DPHISHAID_WARNINGS_AS_ERRORS=ON >/dev/null
ASAN_OPTIONS=detect_leaks=0 cmake --build build-fuzz -j "$jobs" --target phishaid_fuzz

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1"
export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

failed=()
for target in "${targets[@]}"; do
  echo "== $target: ${seconds} s"
  work=build-fuzz/corpus/$target      # what the run adds; the committed seeds stay as they are
  findings=build-fuzz/findings/$target
  mkdir -p "$work" "$findings"
  # -timeout: one input taking longer is a finding; -rss_limit_mb / -malloc_limit_mb: so is runaway memory.
  if ! "build-fuzz/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
      -malloc_limit_mb=1024 -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
      "$work" "tests/fuzz/corpus/$target" >"build-fuzz/$target.log" 2>&1; then
    tail -n 60 "build-fuzz/$target.log"
    echo "$target: FINDING (log: build-fuzz/$target.log, input: $findings/)" >&2
    failed+=("$target")
  else
    grep -E '^stat::number_of_executed_units|^Done ' "build-fuzz/$target.log" | tr '\n' ' '
    echo
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz.sh: no findings (${#targets[@]} targets, ${seconds} s each)"
