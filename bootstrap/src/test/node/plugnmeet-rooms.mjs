// Drives Parley's Plug-N-Meet style /auth/room API with plugnmeet-sdk-js, unchanged, and prints what
// it saw as one JSON line. Usage: node plugnmeet-rooms.mjs URL COMPAT_KEY STRICT_KEY
// Secrets come from the environment (PNM_COMPAT_SECRET, PNM_STRICT_SECRET). The SDK signs only the
// body (no timestamp, no nonce): Parley accepts that only for keys configured for compatibility.
import pnmSdk from 'plugnmeet-sdk-js';

const { PlugNmeet } = pnmSdk;

const [url, compatKey, strictKey] = process.argv.slice(2);
const pnm = new PlugNmeet(url, compatKey, process.env.PNM_COMPAT_SECRET);
const strict = new PlugNmeet(url, strictKey, process.env.PNM_STRICT_SECRET);
const out = {};

const claimsOf = (jwt) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));

out.create = await pnm.createRoom({ room_id: 'pnm-room', max_participants: 10, empty_timeout: 600,
  metadata: { room_title: 'Standup', room_features: {} } });
out.activeAfterCreate = await pnm.isRoomActive({ room_id: 'pnm-room' });
const join = await pnm.getJoinToken({ room_id: 'pnm-room', user_info: { name: 'Ann', user_id: 'ann', is_admin: true, is_hidden: false } });
out.joinStatus = join.status;
if (join.token) {
  const c = claimsOf(join.token);
  out.joinClaims = { iss: c.iss, sub: c.sub, name: c.name, roomJoin: c.video?.roomJoin ?? false, room: c.video?.room,
    roomAdmin: c.video?.roomAdmin ?? false, hidden: c.video?.hidden ?? false, lifetime: c.exp - (c.nbf ?? c.iat) };
}
out.rooms = await pnm.getActiveRoomsInfo();
out.roomInfo = await pnm.getActiveRoomInfo({ room_id: 'pnm-room' });
out.end = await pnm.endRoom({ room_id: 'pnm-room' });
out.activeAfterEnd = await pnm.isRoomActive({ room_id: 'pnm-room' });
out.unknownRoomJoin = await pnm.getJoinToken({ room_id: 'no-such-room', user_info: { name: 'Bob', user_id: 'bob', is_admin: false } });
out.strictKeyPlainSignature = await strict.createRoom({ room_id: 'never-created' });
out.wrongSecret = await new PlugNmeet(url, compatKey, 'x'.repeat(40)).isRoomActive({ room_id: 'pnm-room' });
console.log(JSON.stringify(out));
