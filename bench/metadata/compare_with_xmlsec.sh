#!/bin/bash
# Side-by-side, whole-process comparison of Gatehouse's metadata validator with xmllint + xmlsec1, in one run.
#
#   A  bench_validate_file FILE [--trust SIGNER.pem]      every check: safe loading, schema, structure, endpoints,
#                                                          keys and certificates, signature, validity, duplicates
#   B  xmllint --noout --nonet --huge --schema XSD FILE    schema only ...
#      xmlsec1 --verify --id-attr:ID ... --pubkey-cert-pem SIGNER.pem FILE   ... plus signature (signed files only)
#
# A and B run in turn (A B A B ...) under /usr/bin/time -v; B's time is xmllint's plus xmlsec1's, B's peak RSS is
# the larger of the two. The report gives medians (wall and CPU = user + system), the A/B ratio taken pair by pair,
# and the peak RSS. Raw outputs go to bench/out/compare-<timestamp>/ (git ignores bench/out).
#
#   bench/metadata/compare_with_xmlsec.sh [-n RUNS] [--no-big] [--engine auto|dom|streaming] BUILD_DIR
#
# --engine is passed to bench_validate_file (auto, the default: the streaming engine for files of 4 MiB or more;
# dom: the whole-document engine, the "before" of the streaming work).
#
# Cases: the Okta IdP file (bench/metadata/data/okta-idp.xml, unsigned, so B is xmllint alone), the same file
# signed by a bench key (an enveloped signature on the EntityDescriptor, as AD FS and Entra ID publish), a 5000-entity
# signed aggregate and a ~100 MB signed aggregate (both generated into bench/out/ by generate_aggregate.py when
# missing; --no-big skips the 100 MB one). The ~100 MB case runs max(2, RUNS/2) pairs.
set -euo pipefail

runs=5
big=1
engine=auto
while [ $# -gt 1 ]; do
    case "$1" in
        -n) runs=$2; shift 2 ;;
        --no-big) big=0; shift ;;
        --engine) engine=$2; shift 2 ;;
        *) break ;;
    esac
done
if [ $# -ne 1 ]; then
    sed -n '2,24p' "$0" >&2
    exit 2
fi
build=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
driver=$build/bench/bench_validate_file
[ -x "$driver" ] || { echo "no $driver: build the target bench_validate_file first" >&2; exit 2; }
for tool in /usr/bin/time xmllint xmlsec1 python3; do
    command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

out=$repo/bench/out
raw=$out/compare-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$raw"
id_attr=urn:oasis:names:tc:SAML:2.0:metadata:EntitiesDescriptor

# xmllint's schema: Gatehouse's own schema set when xmllint can load it locally (it imports its parts by relative
# file name, so xmllint runs from resources/schemas; a catalog maps the W3C URLs to the local copies), otherwise
# Debian's OpenSAML metadata schema.
export XML_CATALOG_FILES=$here/xmllint-catalog.xml
schema_dir=$repo/resources/schemas
xsd=gatehouse-metadata-set.xsd
if ! (cd "$schema_dir" && xmllint --noout --nonet --schema "$xsd" "$repo/bench/metadata/data/okta-idp.xml") \
    >"$raw/schema-probe.log" 2>&1; then
    echo "xmllint cannot load $schema_dir/$xsd (see $raw/schema-probe.log); using the OpenSAML schema" >&2
    xsd=/usr/share/xml/opensaml/saml-schema-metadata-2.0.xsd
fi
echo "xmllint schema: $xsd (run from $schema_dir)" | tee "$raw/setup.txt"

ensure_aggregate() { # $1 file, rest: generator options
    local file=$1
    shift
    if [ ! -s "$file" ] || [ ! -s "${file%.xml}.signer.pem" ]; then
        python3 "$here/generate_aggregate.py" "$@" -o "$file" --check | tee -a "$raw/setup.txt"
    fi
}
ensure_aggregate "$out/okta-idp-signed.xml" --sign-entity "$repo/bench/metadata/data/okta-idp.xml"
ensure_aggregate "$out/aggregate-5000.xml" -n 5000
[ "$big" = 0 ] || ensure_aggregate "$out/aggregate-100mb.xml" --target-mb 100

# timed NAME LOGFILE COMMAND...: runs COMMAND under /usr/bin/time -v (its output to LOGFILE, the timing to
# LOGFILE.time) from resources/schemas.
timed() {
    local log=$2
    shift 2
    (cd "$schema_dir" && /usr/bin/time -v -o "$log.time" "$@" >"$log" 2>&1) || true
}

run_case() { # NAME FILE SIGNER_OR_EMPTY PAIRS [ID_ATTR_NODE]
    local name=$1 file=$2 signer=$3 pairs=$4 id_attr=${5:-$id_attr} i
    local trust=(--engine "$engine")
    if [ -n "$signer" ]; then
        trust+=(--trust "$signer")
    fi
    echo "== $name: $(basename "$file") ($(du -h "$file" | cut -f1)), $pairs pairs"
    {
        echo "A: $driver $file ${trust[*]}"
        echo "B: (cd $schema_dir && xmllint --noout --nonet --huge --schema $xsd $file)"
        if [ -n "$signer" ]; then
            echo "   xmlsec1 --verify --id-attr:ID $id_attr --pubkey-cert-pem $signer $file"
        fi
    } | tee "$raw/$name.commands"
    for i in $(seq 1 "$pairs"); do
        timed "$name" "$raw/$name.A.$i" "$driver" "$file" "${trust[@]}"
        timed "$name" "$raw/$name.B-xmllint.$i" xmllint --noout --nonet --huge --schema "$xsd" "$file"
        if [ -n "$signer" ]; then
            timed "$name" "$raw/$name.B-xmlsec1.$i" xmlsec1 --verify --id-attr:ID "$id_attr" \
                --pubkey-cert-pem "$signer" "$file"
        fi
    done
    grep -h -E '^(errors|elapsed)' "$raw/$name.A.1" || true
    tail -n 1 "$raw/$name.B-xmllint.1"
    if [ -n "$signer" ]; then
        grep -h '^OK\|^FAIL' "$raw/$name.B-xmlsec1.1" || true
    fi
}

run_case okta-idp "$repo/bench/metadata/data/okta-idp.xml" "" "$runs"
run_case okta-idp-signed "$out/okta-idp-signed.xml" "$out/okta-idp-signed.signer.pem" "$runs" \
    urn:oasis:names:tc:SAML:2.0:metadata:EntityDescriptor
run_case aggregate-5000 "$out/aggregate-5000.xml" "$out/aggregate-5000.signer.pem" "$runs"
if [ "$big" = 1 ]; then
    big_pairs=$(( runs / 2 > 2 ? runs / 2 : 2 ))
    run_case aggregate-100mb "$out/aggregate-100mb.xml" "$out/aggregate-100mb.signer.pem" "$big_pairs"
fi

python3 "$here/summarize_compare.py" "$raw" | tee "$raw/summary.md"
