#!/usr/bin/env bash
# Recomputes e2e-vectors.tsv with openssl (outside Java): the exact ACCESS-SIGN the client must send for
# three whole requests made at timestamp 1695806875837. Test-only keys; never use them for real.
set -euo pipefail
cd "$(dirname "$0")"
secret=$(cat hmac-secret-ascii.txt)
m1='1695806875837GET/api/v2/spot/account/assets?coin=USDT'
m2='1695806875837POST/api/v2/spot/trade/place-order{"symbol":"BTCUSDT","side":"buy","orderType":"limit","force":"gtc","price":"27000.5","size":"0.001","clientOid":"ü€😀 <&>"}'
m3='1695806875837GET/api/v3/account/assets'
{
  printf '# name\tprehash\thmac (hmac-secret-ascii.txt)\trsa (rsa2048-pkcs8.pem)\n'
  for name in m1 m2 m3; do
    m=${!name}
    printf '%s\t%s\t%s\t%s\n' "$name" "$m" \
      "$(printf '%s' "$m" | openssl dgst -sha256 -hmac "$secret" -binary | base64 -w0)" \
      "$(printf '%s' "$m" | openssl dgst -sha256 -sign rsa2048-pkcs8.pem -binary | base64 -w0)"
  done
} > ../e2e-vectors.tsv
