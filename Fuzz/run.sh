#!/usr/bin/env bash
# Runs factline's fuzz targets, SECONDS each (default 600), one after the other (FUZZ_PARALLEL=1:
# all at once):
#
#   Fuzz/run.sh [SECONDS] [session-loader] [shell-commands] [gold-reader] [session-parts]
#
# Seeds come from Tests/Hostile (sessions with and without their journal, JSON articles; command
# scripts), Sessions/ and the session fixtures in Tests/Fixtures; gold-reader and session-parts
# (differential) are seeded with session files only; the corpus grows in Fuzz/.build/corpus/TARGET across runs. A crash, an ASan report or
# a timeout (10 s per input) is written to Fuzz/.build/artifacts/TARGET/ and makes the script exit
# 1: turn it into a regression test (a file in Tests/Hostile, then the fix).
#
# Exit status: 0 no crash; 1 a crash found; 2 the targets do not build (they rotted: fix them);
# 0 with a loud SKIPPED banner when this machine lacks the tools (swiftc, libFuzzer's runtime).
set -uo pipefail
cd "$(dirname "$0")/.."
EACH=${1:-600}
shift || true
TARGETS=("$@")
[ ${#TARGETS[@]} -eq 0 ] && TARGETS=(session-loader shell-commands gold-reader session-parts)
OUT=${FUZZ_BUILD:-$PWD/Fuzz/.build}

skip() {
    echo "################################################################" >&2
    echo "# FUZZING SKIPPED: $1" >&2
    echo "# (the fuzz targets were neither built nor run on this machine)" >&2
    echo "################################################################" >&2
    exit 0
}
command -v swiftc >/dev/null || skip "swiftc is not on the PATH"
resource=$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang
ls "$resource"/*/lib/linux/libclang_rt.fuzzer-*.a >/dev/null 2>&1 || ls "$resource"/*/lib/*/libclang_rt.fuzzer*.a >/dev/null 2>&1 \
    || skip "libFuzzer's runtime (libclang_rt.fuzzer) is not in the Swift toolchain ($resource)"

if ! Fuzz/build.sh; then
    echo "FUZZ TARGETS DO NOT BUILD: Fuzz/Targets/*.swift no longer compile against the sources; fix them" >&2
    exit 2
fi

# Seeds, rebuilt from Tests/Hostile at each run.
seeds="$OUT/seeds"
rm -rf "$seeds"
mkdir -p "$seeds/session-loader" "$seeds/shell-commands" "$seeds/gold-reader" "$seeds/session-parts"
for file in Tests/Hostile/s-*.json Tests/Hostile/a-*.json Tests/Hostile/a-*.jsonl Sessions/*.json Tests/Fixtures/sessions/*.json; do
    cp "$file" "$seeds/session-loader/"
    if [ -f "$file.journal" ]; then
        { cat "$file"; printf '\n//journal\n'; cat "$file.journal"; } > "$seeds/session-loader/$(basename "$file").with-journal"
    fi
done
for file in Tests/Hostile/s-*.json Sessions/*.json Tests/Fixtures/sessions/*.json; do
    [ -f "$file" ] || continue
    cp "$file" "$seeds/gold-reader/"
    cp "$file" "$seeds/session-parts/"
done
cp Tests/Hostile/c-*.commands "$seeds/shell-commands/"
cp Examples/sessions/*.commands "$seeds/shell-commands/" 2>/dev/null || true

# One target's run; its status is 1 when it found a crash.
fuzz_one() {
    local target=$1 corpus="$OUT/corpus/$1" artifacts="$OUT/artifacts/$1/" max_len log stamp code execs seconds cov found
    mkdir -p "$corpus" "$artifacts"
    case $target in
        session-loader) max_len=20000 ;;
        # Whole session files: the demo session (59 KB) fits.
        gold-reader|session-parts) max_len=65536 ;;
        *) max_len=4096 ;;
    esac
    log="$OUT/$target.log"
    stamp="$OUT/.started-$target"
    touch "$stamp"
    echo "fuzz: $target for $EACH s (log $log)" >&2
    "$OUT/fuzz-$target" -max_total_time="$EACH" -timeout=10 -rss_limit_mb=3072 -max_len=$max_len \
        -artifact_prefix="$artifacts" -print_final_stats=1 "$corpus" "$seeds/$target" > "$log" 2>&1
    code=$?
    [ "$target" = shell-commands ] && rm -rf /dev/shm/factline-fuzz-shell-* 2>/dev/null
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    seconds=$(grep -o 'Done [0-9]* runs in [0-9]* second' "$log" | tail -1)
    cov=$(grep -oE '(cov|ft): [0-9]+' "$log" | tail -2 | tr '\n' ' ')
    found=$(find "$artifacts" -type f -newer "$stamp" | wc -l)
    echo "fuzz: $target: ${execs:-?} executions (${seconds:-no summary}), $cov, corpus $(ls "$corpus" | wc -l) inputs, exit $code, $found artifact(s) in $artifacts" >&2
    if [ "$code" -ne 0 ] || [ "$found" -ne 0 ]; then
        echo "FUZZ CRASH in $target: see $log and $artifacts; add the input to Tests/Hostile and fix it" >&2
        grep -E "ERROR: |Fatal error|SUMMARY" "$log" | head -5 >&2
        return 1
    fi
}

# FUZZ_PARALLEL=1 runs the targets at the same time (SECONDS of wall clock each, sharing the cores).
status=0
if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then
    pids=()
    for target in "${TARGETS[@]}"; do fuzz_one "$target" & pids+=($!); done
    for pid in "${pids[@]}"; do wait "$pid" || status=1; done
else
    for target in "${TARGETS[@]}"; do fuzz_one "$target" || status=1; done
fi
exit $status
