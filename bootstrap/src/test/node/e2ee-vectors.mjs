// Recomputes every vector of docs/e2ee-test-vectors.json with WebCrypto (globalThis.crypto.subtle,
// the API browsers give a web client), exactly as a client does: LiveKit's createKeyMaterialFromString /
// createKeyMaterialFromBuffer + deriveKeys + ratchet, and Plug-N-Meet's chat key and AES-GCM messages.
// Usage: node e2ee-vectors.mjs <path to e2ee-test-vectors.json>
// Prints one line per vector ("ok <id>" or "FAIL <id>: ..."), then "checked <n> vectors, <f> failed";
// exits non-zero on any mismatch, on a vector of unknown type, or if the count disagrees with vectorCount.
import { readFile } from 'node:fs/promises';

const subtle = globalThis.crypto?.subtle;
if (!subtle) {
  console.error('no WebCrypto (globalThis.crypto.subtle) in this runtime');
  process.exit(2);
}
const path = process.argv[2];
if (!path) {
  console.error('usage: node e2ee-vectors.mjs <e2ee-test-vectors.json>');
  process.exit(2);
}
const file = JSON.parse(await readFile(path, 'utf8'));
const p = file.parameters;
const enc = new TextEncoder();

const toHex = (buf) => Buffer.from(buf instanceof ArrayBuffer ? new Uint8Array(buf) : buf).toString('hex');
const fromHex = (hex) => new Uint8Array(Buffer.from(hex, 'hex'));
// btoa/atob as Plug-N-Meet's client uses them (binary string <-> standard base64).
const toBase64 = (bytes) => btoa(String.fromCharCode(...bytes));
const fromBase64 = (b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

// LiveKit: getAlgoOptions(material.algorithm.name, ratchetSalt)
function liveKitParams(algorithmName) {
  const salt = enc.encode(p.liveKitSalt);
  if (algorithmName === 'HKDF') {
    return { name: 'HKDF', salt, hash: 'SHA-256', info: new ArrayBuffer(p.liveKitHkdfInfoZeroBytes) };
  }
  if (algorithmName === 'PBKDF2') {
    return { name: 'PBKDF2', salt, hash: 'SHA-256', iterations: p.liveKitPbkdf2Iterations };
  }
  throw new Error(`unsupported material ${algorithmName}`);
}

// LiveKit: createKeyMaterialFromString / createKeyMaterialFromBuffer / importKey(bytes, algorithm, 'derive')
const importMaterial = (bytes, algorithmName) =>
  subtle.importKey('raw', bytes, { name: algorithmName }, false, ['deriveBits', 'deriveKey']);
const materialFromString = (key) => importMaterial(enc.encode(key), 'PBKDF2');
const materialFromBuffer = (bytes) => importMaterial(bytes, 'HKDF');

// LiveKit: deriveKeys (extractable here only so the test can export and compare the key)
async function frameKeyHex(material, keyBits) {
  const key = await subtle.deriveKey(liveKitParams(material.algorithm.name), material,
    { name: 'AES-GCM', length: keyBits }, true, ['encrypt', 'decrypt']);
  return toHex(await subtle.exportKey('raw', key));
}

// LiveKit: ratchet, then importKey(newBits, material.algorithm.name, 'derive')
async function ratchet(material) {
  const bits = await subtle.deriveBits(liveKitParams(material.algorithm.name), material, p.liveKitRatchetBits);
  return { bits, material: await importMaterial(bits, material.algorithm.name) };
}

// Plug-N-Meet: importSecretKeyFromPlainText(secret, roomSid)
async function chatKey(secret, roomSid, extractable = false) {
  const base = await subtle.importKey('raw', enc.encode(secret), { name: 'PBKDF2' }, false, ['deriveKey']);
  return subtle.deriveKey(
    { name: 'PBKDF2', salt: enc.encode(roomSid), iterations: p.chatPbkdf2Iterations, hash: 'SHA-256' },
    base, { name: 'AES-GCM', length: p.chatKeyBits }, extractable, ['encrypt', 'decrypt']);
}

// Plug-N-Meet: decryptDataFromUint8Array
async function chatDecrypt(key, message) {
  const iv = message.slice(0, p.chatIvBytes);
  const ciphertext = message.slice(p.chatIvBytes);
  return new Uint8Array(await subtle.decrypt({ name: 'AES-GCM', iv, tagLength: p.chatTagBits }, key, ciphertext));
}

const problems = [];
const expect = (what, actual, expected) => {
  if (actual !== expected) problems.push(`${what}: expected ${expected}, got ${actual}`);
};

const checks = {
  async mediaFrameKey(v) {
    const material = v.keyForm === 'string' ? await materialFromString(v.key)
      : v.keyForm === 'buffer' ? await materialFromBuffer(fromHex(v.keyHex)) : null;
    if (!material) throw new Error(`unknown keyForm ${v.keyForm}`);
    expect('frame key', await frameKeyHex(material, v.keyBits), v.expectedKeyHex);
  },
  async mediaRatchet(v) {
    let material = v.keyForm === 'string' ? await materialFromString(v.key) : await materialFromBuffer(fromHex(v.keyHex));
    expect('initial frame key', await frameKeyHex(material, p.liveKitDefaultKeyBits), v.expectedKeyHex);
    for (const [i, step] of v.steps.entries()) {
      const next = await ratchet(material);
      material = next.material;
      expect(`step ${i + 1} material`, toHex(next.bits), step.materialHex);
      expect(`step ${i + 1} frame key`, await frameKeyHex(material, p.liveKitDefaultKeyBits), step.expectedKeyHex);
    }
  },
  async chatKey(v) {
    expect('chat key', toHex(await subtle.exportKey('raw', await chatKey(v.secret, v.roomSid, true))), v.expectedKeyHex);
  },
  async chatEncrypt(v) {
    // Plug-N-Meet's encryptDataToUint8Array with the vector's IV in place of a random one.
    const key = await chatKey(v.secret, v.roomSid);
    const iv = fromHex(v.ivHex);
    const ciphertext = new Uint8Array(await subtle.encrypt({ name: 'AES-GCM', iv }, key, enc.encode(v.plaintext)));
    const message = new Uint8Array(iv.length + ciphertext.length);
    message.set(iv);
    message.set(ciphertext, iv.length);
    expect('message', toHex(message), v.expectedMessageHex);
    expect('message base64', toBase64(message), v.expectedMessageBase64);
    expect('round trip', new TextDecoder().decode(await chatDecrypt(key, message)), v.plaintext);
  },
  async chatDecrypt(v) {
    const key = await chatKey(v.secret, v.roomSid);
    expect('plaintext', new TextDecoder().decode(await chatDecrypt(key, fromBase64(v.messageBase64))), v.expectedPlaintext);
  },
  async chatReject(v) {
    const key = await chatKey(v.secret, v.roomSid);
    let plain = null;
    try {
      plain = await chatDecrypt(key, fromBase64(v.messageBase64));
    } catch (e) {
      if (e?.name !== 'OperationError') problems.push(`rejected, but with ${e?.name}: ${e?.message}`);
      return;
    }
    problems.push(`decrypted to ${plain.length} bytes instead of being rejected (${v.why})`);
  },
  async roomSecret(v) {
    let secret;
    if (v.policy === 'SERVER_MANAGED') {
      // The client uses the delivered base64url string as is; it is the room key's unpadded base64url.
      expect('delivered key decodes to the room key', Buffer.from(v.deliveredKey, 'base64url').toString('hex'), v.roomKeyHex);
      expect('room key encodes to the delivered key', Buffer.from(v.roomKeyHex, 'hex').toString('base64url'), v.deliveredKey);
      secret = v.deliveredKey;
    } else if (v.policy === 'PARTICIPANT_SUPPLIED') {
      secret = v.passphrase.normalize('NFC');
    } else {
      throw new Error(`unknown policy ${v.policy}`);
    }
    expect('client secret', secret, v.clientSecret);
    expect('media frame key', await frameKeyHex(await materialFromString(secret), p.liveKitDefaultKeyBits), v.expectedMediaKeyHex);
    expect('chat key', toHex(await subtle.exportKey('raw', await chatKey(secret, v.roomSid, true))), v.expectedChatKeyHex);
  },
};

let checked = 0;
let failed = 0;
for (const v of file.vectors) {
  problems.length = 0;
  try {
    const check = checks[v.type];
    if (!check) throw new Error(`unknown vector type ${v.type}`);
    await check(v);
  } catch (e) {
    problems.push(`threw ${e?.name}: ${e?.message}`);
  }
  checked++;
  if (problems.length === 0) {
    console.log(`ok ${v.id}`);
  } else {
    failed++;
    console.log(`FAIL ${v.id}: ${problems.join('; ')}`);
  }
}
console.log(`checked ${checked} vectors, ${failed} failed`);
if (checked !== file.vectorCount) {
  console.log(`FAIL vectorCount says ${file.vectorCount}, the file holds ${checked}`);
  process.exit(1);
}
process.exit(failed === 0 ? 0 : 1);
