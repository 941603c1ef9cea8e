#!/usr/bin/env bash
# Recomputes vectors.tsv with openssl, outside Java, from the committed test-only keys and secrets.
# Both HMAC-SHA256 and RSASSA-PKCS1-v1_5 (SHA-256) are deterministic, so a re-run must reproduce the
# committed file byte for byte (`git diff` shows nothing).
#
#   ./regenerate.sh              recompute vectors.tsv from the committed keys and secrets
#   ./regenerate.sh --new-keys   first create new keys and secrets (then commit all of them)
#   ./regenerate.sh --key-stores recreate only the PKCS#12 key stores from the committed keys
#
# Every key and secret here is for tests only and protects nothing.
set -euo pipefail
export LC_ALL=C.UTF-8
cd "$(dirname "$0")"

if [[ "${1:-}" == "--new-keys" ]]; then
  # HMAC secrets: one shaped like Bitget's (64 hex chars), one with non-ASCII characters so the
  # tests prove the key is the UTF-8 encoding of the secret. Written without a trailing newline.
  printf '%s' "$(openssl rand -hex 32)" > hmac-secret-ascii.txt
  printf '%s' 'test-only-sécret-Grüße-€-🔑' > hmac-secret-utf8.txt
  printf '%s' "bitget4j-test-only-$(openssl rand -hex 6)" > key-password.txt
  printf '%s' 'test-only-pässwörd-€' > key-password-utf8.txt
  password="$(cat key-password.txt)"

  # One RSA-2048 key in every encoding we read.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa2048-pkcs8.pem
  openssl rsa -in rsa2048-pkcs8.pem -traditional -out rsa2048-pkcs1.pem
  openssl pkcs8 -topk8 -v2 aes-256-cbc -in rsa2048-pkcs8.pem -passout "pass:$password" \
    -out rsa2048-pkcs8-encrypted.pem
  openssl rsa -in rsa2048-pkcs8.pem -traditional -aes256 -passout "pass:$password" \
    -out rsa2048-pkcs1-legacy-encrypted.pem
  # A non-ASCII password: PBES2 turns it into its UTF-8 bytes, in openssl and in Java alike.
  openssl pkcs8 -topk8 -v2 aes-256-cbc -in rsa2048-pkcs8.pem -passout "pass:$(cat key-password-utf8.txt)" \
    -out rsa2048-pkcs8-encrypted-utf8-password.pem

  # Keys the RSA signer must refuse, each with its own error message.
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa1024-pkcs8.pem
  openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ec-p256-pkcs8.pem
  openssl ec -in ec-p256-pkcs8.pem -out ec-p256-sec1.pem
  openssl genpkey -algorithm ED25519 -out ed25519-pkcs8.pem
fi

if [[ "${1:-}" == "--new-keys" || "${1:-}" == "--key-stores" ]]; then
  # PKCS#12 key stores for the keystore signer: the same RSA key (alias bitget-api) and the EC key
  # (alias ec-key), each with a self-signed certificate, protected by key-password.txt.
  for entry in "rsa2048-pkcs8.pem bitget-api rsa2048.p12" "ec-p256-pkcs8.pem ec-key ec-p256.p12"; do
    read -r key alias store <<< "$entry"
    openssl req -new -x509 -key "$key" -subj "/CN=$alias" -days 36500 -out "$alias.cert.pem"
    openssl pkcs12 -export -inkey "$key" -in "$alias.cert.pem" -name "$alias" \
      -passout "pass:$(cat key-password.txt)" -out "$store"
    rm "$alias.cert.pem"
  done
fi

password="$(cat key-password.txt)"
# Sanity: every encoding holds the same RSA key.
expected_modulus="$(openssl rsa -in rsa2048-pkcs8.pem -noout -modulus)"
for f in rsa2048-pkcs1.pem rsa2048-pkcs8-encrypted.pem rsa2048-pkcs1-legacy-encrypted.pem; do
  [[ "$(openssl rsa -in "$f" -passin "pass:$password" -noout -modulus)" == "$expected_modulus" ]] \
    || { echo "$f does not hold the same key as rsa2048-pkcs8.pem" >&2; exit 1; }
done
[[ "$(openssl rsa -in rsa2048-pkcs8-encrypted-utf8-password.pem -passin "pass:$(cat key-password-utf8.txt)" \
      -noout -modulus)" == "$expected_modulus" ]] \
  || { echo "rsa2048-pkcs8-encrypted-utf8-password.pem does not hold the same key" >&2; exit 1; }

hmac() { printf '%s' "$2" | openssl dgst -sha256 -hmac "$1" -binary | base64 -w0; }
rsa()  { printf '%s' "$1" | openssl dgst -sha256 -sign rsa2048-pkcs8.pem -binary | base64 -w0; }

secret_ascii="$(cat hmac-secret-ascii.txt)"
secret_utf8="$(cat hmac-secret-utf8.txt)"
{
  printf '# kind<TAB>message (UTF-8, the exact prehash)<TAB>expected ACCESS-SIGN; made by regenerate.sh, do not edit\n'
  # messages.txt holds one prehash per line; the empty message is added explicitly.
  mapfile -t messages < messages.txt
  messages+=("")
  for m in "${messages[@]}"; do
    printf 'hmac-ascii\t%s\t%s\n' "$m" "$(hmac "$secret_ascii" "$m")"
    printf 'hmac-utf8\t%s\t%s\n' "$m" "$(hmac "$secret_utf8" "$m")"
    printf 'rsa\t%s\t%s\n' "$m" "$(rsa "$m")"
  done
} > vectors.tsv
echo "wrote $(grep -vc '^#' vectors.tsv) vectors to vectors.tsv"
