/** Just enough DER reading to take the PKCS#1 RSAPrivateKey out of a PKCS#8 PrivateKeyInfo. */

interface Tlv {
  tag: number;
  /** Offset of the first content byte. */
  start: number;
  /** Offset just past the last content byte. */
  end: number;
}

function readTlv(bytes: Uint8Array, offset: number): Tlv {
  const tag = bytes[offset];
  let lengthByte = bytes[offset + 1];
  if (tag === undefined || lengthByte === undefined) throw new Error("DER: truncated element");
  let start = offset + 2;
  let length = lengthByte;
  if (lengthByte & 0x80) {
    const count = lengthByte & 0x7f;
    if (count === 0 || count > 4) throw new Error("DER: unsupported length");
    length = 0;
    for (let i = 0; i < count; i++) {
      lengthByte = bytes[start + i];
      if (lengthByte === undefined) throw new Error("DER: truncated length");
      length = length * 256 + lengthByte;
    }
    start += count;
  }
  const end = start + length;
  if (end > bytes.length) throw new Error("DER: element longer than its input");
  return { tag, start, end };
}

const SEQUENCE = 0x30;
const INTEGER = 0x02;
const OCTET_STRING = 0x04;
/** DER of OBJECT IDENTIFIER 1.2.840.113549.1.1.1 (rsaEncryption). */
const RSA_ENCRYPTION_OID = [0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01];

/**
 * PKCS#8 wraps the PKCS#1 key: SEQUENCE { INTEGER version, SEQUENCE { OID, NULL }, OCTET STRING { RSAPrivateKey } }.
 * Returns the bytes of that inner RSAPrivateKey.
 */
export function pkcs1FromPkcs8(pkcs8: Uint8Array): Uint8Array {
  const outer = readTlv(pkcs8, 0);
  if (outer.tag !== SEQUENCE) throw new Error("PKCS#8: expected a SEQUENCE");
  const version = readTlv(pkcs8, outer.start);
  if (version.tag !== INTEGER) throw new Error("PKCS#8: expected the version INTEGER");
  const algorithm = readTlv(pkcs8, version.end);
  if (algorithm.tag !== SEQUENCE) throw new Error("PKCS#8: expected the algorithm SEQUENCE");
  const oid = pkcs8.subarray(algorithm.start, algorithm.start + RSA_ENCRYPTION_OID.length);
  if (!RSA_ENCRYPTION_OID.every((byte, i) => oid[i] === byte)) {
    throw new Error("PKCS#8: not an RSA key");
  }
  const key = readTlv(pkcs8, algorithm.end);
  if (key.tag !== OCTET_STRING) throw new Error("PKCS#8: expected the key OCTET STRING");
  const inner = readTlv(pkcs8, key.start);
  if (inner.tag !== SEQUENCE || inner.end !== key.end) throw new Error("PKCS#8: malformed RSAPrivateKey");
  return pkcs8.slice(key.start, key.end);
}
