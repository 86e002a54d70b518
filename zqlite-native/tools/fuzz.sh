#!/usr/bin/env bash
# Fuzzes every target in src/fuzz_tests.zig for a bounded time: `tools/fuzz.sh SECONDS`.
#
# Zig's fuzzer (this Zig build) runs until stopped and keeps running after a worker crashes, so
# the verdict comes from its log: it must have started fuzzing, and no worker may have panicked
# or terminated. A canary proved the harness: a two-byte magic check was found within minutes.
set -uo pipefail
readonly seconds="${1:-120}"
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# A cache of its own: with the default local cache this Zig build mis-joins the cache path.
timeout --signal=INT --kill-after=10 "$seconds" ./tools/zig.sh build fuzz --fuzz \
  --cache-dir "$PWD/.zig-cache-fuzz" >fuzz.log 2>&1
rc=$?
if ! grep -q "web interface listening" fuzz.log; then
  cat fuzz.log >&2
  echo "fuzz: the fuzzer did not start within ${seconds} s (exit $rc)" >&2
  exit 1
fi
if grep -qE "panic|terminated unexpectedly|crashed|Segmentation fault" fuzz.log; then
  cat fuzz.log >&2
  echo "fuzz: a target crashed; the input and stack are above" >&2
  exit 1
fi
if [[ $rc -ne 124 && $rc -ne 130 ]]; then
  cat fuzz.log >&2
  echo "fuzz: the fuzzer stopped by itself (exit $rc)" >&2
  exit 1
fi
echo "fuzz: no crash found in ${seconds} s"
