// Just enough DER to wrap PKCS#1 RSA keys into the PKCS#8 / SPKI structures that jose and
// WebCrypto import, and to tell an RSA key from another algorithm. Structure errors in the
// key bytes themselves are left to WebCrypto's importKey, which rejects malformed DER.

/** AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }, DER-encoded. */
const RSA_ALGORITHM = [0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00];

/** The DER header (tag + length) of an element of `length` content bytes. */
function header(tag: number, length: number): number[] {
  if (length < 0x80) return [tag, length];
  const bytes: number[] = [];
  for (let n = length; n > 0; n = Math.floor(n / 256)) bytes.unshift(n & 0xff);
  return [tag, 0x80 | bytes.length, ...bytes];
}

/** SEQUENCE { prefix..., <tag> { lead..., body } }: the shape of both wrappers below. */
function wrap(prefix: number[], tag: number, lead: number[], body: Uint8Array): Uint8Array {
  const inner = [...header(tag, lead.length + body.length), ...lead];
  const outer = header(0x30, prefix.length + inner.length + body.length);
  const out = new Uint8Array(outer.length + prefix.length + inner.length + body.length);
  out.set([...outer, ...prefix, ...inner]);
  out.set(body, out.length - body.length);
  return out;
}

/** PKCS#1 RSAPrivateKey -> PKCS#8 PrivateKeyInfo { version 0, rsaEncryption, OCTET STRING }. */
export function pkcs1PrivateToPkcs8(pkcs1: Uint8Array): Uint8Array {
  return wrap([0x02, 0x01, 0x00, ...RSA_ALGORITHM], 0x04, [], pkcs1);
}

/** PKCS#1 RSAPublicKey -> SPKI SubjectPublicKeyInfo { rsaEncryption, BIT STRING }. */
export function pkcs1PublicToSpki(pkcs1: Uint8Array): Uint8Array {
  return wrap(RSA_ALGORITHM, 0x03, [0], pkcs1);
}

/**
 * True when the AlgorithmIdentifier near the start of a PKCS#8 or SPKI structure is
 * rsaEncryption (it sits within the first 32 bytes in both).
 */
export function hasRsaAlgorithm(der: Uint8Array): boolean {
  const head = der.subarray(0, 32);
  outer: for (let i = 0; i + RSA_ALGORITHM.length <= head.length; i++) {
    for (let j = 0; j < RSA_ALGORITHM.length - 2; j++) if (head[i + j] !== RSA_ALGORITHM[j]) continue outer;
    return true;
  }
  return false;
}
