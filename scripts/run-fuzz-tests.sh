#!/usr/bin/env bash
# The fuzz stage of scripts/run-tests.sh: a clang build of its own (build/fuzz, ASan + UBSan +
# libFuzzer's coverage) of only the text library and the libFuzzer targets of tests/fuzz, each
# run briefly on its seed corpus through ctest (label "fuzz"; a finding fails the test). The
# long runs are by hand (the head of each tests/fuzz/*.cpp; docs/ARCHITECTURE.md, "Fuzzing").
# Needs clang and libclang-rt-14-dev (scripts/install-deps.sh --tests).
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=build/fuzz
# Only the fuzz targets' own options: not the ASan run's environment of run-tests.sh --sanitize.
unset ASAN_OPTIONS UBSAN_OPTIONS

cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_C_COMPILER=clang \
    -DCMAKE_CXX_COMPILER=clang++ -DPRESSDESK_WERROR=ON -DPRESSDESK_SANITIZE=ON \
    -DPRESSDESK_FUZZ=ON >/dev/null
cmake --build "$build_dir" --target fuzz_targets
(cd "$build_dir" && ctest -L fuzz --output-on-failure)
