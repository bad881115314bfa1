#!/usr/bin/env bash
# Builds factline's libFuzzer targets without SwiftPM: each library module the targets need is
# compiled by swiftc with -sanitize=fuzzer,address into Fuzz/.build/, then each target is linked
# with libFuzzer's main. The package's own build is untouched (no fuzzer main leaks into it).
#
#   Fuzz/build.sh            builds Fuzz/.build/fuzz-TARGET for each of TARGETS below
#   OPT=-Onone Fuzz/build.sh a debug build (faster to compile, slower to run)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=${FUZZ_BUILD:-$ROOT/Fuzz/.build}
OPT=${OPT:--O}
SWIFTC=${SWIFTC:-swiftc}
mkdir -p "$OUT"
command -v "$SWIFTC" >/dev/null || { echo "fuzz: $SWIFTC not found (Swift 6 toolchain needed)" >&2; exit 3; }

# -g with -Onone makes the driver wrap the module into the same object file (two producers of
# one output), so a debug build goes without debug info.
DEBUG_INFO=-g
[ "$OPT" = -Onone ] && DEBUG_INFO=-gnone
FLAGS=(-swift-version 6 -parse-as-library -sanitize=fuzzer,address "$DEBUG_INFO" "$OPT" -enable-testing
       -I "$OUT" -I "$ROOT/Sources/CCrypto" -I "$ROOT/Sources/CEditLine"
       -module-cache-path "$OUT/module-cache")
# ld.gold says "Cannot export local symbol __asan_…" for every such symbol: harmless, filtered out.
quiet() { "$@" 2> >(grep -v "Cannot export local symbol" >&2); }

module() {  # module NAME: one object file and one .swiftmodule per module
    local name=$1 sources
    mapfile -t sources < <(find "$ROOT/Sources/$name" -name '*.swift' | sort)
    local stamp="$OUT/$name.o"
    if [ -f "$stamp" ] && [ -z "$(find "$ROOT/Sources/$name" -name '*.swift' -newer "$stamp" | head -1)" ] && [ "${2:-}" != force ]; then
        return
    fi
    echo "fuzz: compiling $name (${#sources[@]} files)" >&2
    quiet "$SWIFTC" "${FLAGS[@]}" -module-name "$name" -wmo -num-threads 0 -emit-module -emit-module-path "$OUT/$name.swiftmodule" \
        -c "${sources[@]}" -o "$OUT/$name.o"
}

MODULES=(FactModel FactText FactFormats FactProposers FactReplay LineEditing FactStore FactShell)
rebuild=
for name in "${MODULES[@]}"; do
    before=$(stat -c %Y "$OUT/$name.o" 2>/dev/null || echo 0)
    if [ -n "$rebuild" ]; then module "$name" force; else module "$name"; fi
    after=$(stat -c %Y "$OUT/$name.o")
    [ "$before" != "$after" ] && rebuild=1   # a changed module makes every module above it stale
done
OBJECTS=()
for name in "${MODULES[@]}"; do OBJECTS+=("$OUT/$name.o"); done

TARGETS=(session-loader shell-commands gold-reader session-parts)
for target in "${TARGETS[@]}"; do
    echo "fuzz: linking fuzz-$target" >&2
    quiet "$SWIFTC" "${FLAGS[@]}" -module-name "Fuzz_${target//-/_}" "$ROOT/Fuzz/Targets/$target.swift" "${OBJECTS[@]}" \
        -lcrypto -ledit -o "$OUT/fuzz-$target"
done
echo "fuzz: built ${TARGETS[*]/#/$OUT/fuzz-}" >&2
