// Drives Parley's Twirp RoomService with LiveKit's own Node server SDK (RoomServiceClient), as an
// integration would, and prints what it saw as one JSON line. Usage: node livekit-roomservice.mjs URL KEY
// (the secret comes from the environment, LIVEKIT_API_SECRET, never from the command line).
import { AccessToken, RoomServiceClient } from 'livekit-server-sdk';

const [url, key] = process.argv.slice(2);
const secret = process.env.LIVEKIT_API_SECRET;
const svc = new RoomServiceClient(url, key, secret);
const out = {};

async function failure(call) {
  try {
    await call();
    return 'no error';
  } catch (e) {
    return { status: e.status ?? null, code: e.code ?? null, message: String(e.message ?? e) };
  }
}

const room = await svc.createRoom({ name: 'sdk-room', emptyTimeout: 600, departureTimeout: 30, maxParticipants: 5, metadata: '{"topic":"sdk"}' });
out.created = { name: room.name, sidPrefix: room.sid.slice(0, 3), maxParticipants: room.maxParticipants,
  emptyTimeout: room.emptyTimeout, departureTimeout: room.departureTimeout, metadata: room.metadata,
  creationTimeIsRecent: Math.abs(Number(room.creationTime) - Date.now() / 1000) < 120 };
out.createdAgainSameSid = (await svc.createRoom({ name: 'sdk-room' })).sid === room.sid;
await svc.createRoom({ name: 'other-room' });
out.listed = (await svc.listRooms()).map((r) => r.name).sort();
out.filtered = (await svc.listRooms(['other-room'])).map((r) => r.name);
out.participants = (await svc.listParticipants('sdk-room')).length;

// A room-scoped admin token minted by the SDK's AccessToken: honoured for its room, refused for another.
const at = new AccessToken(key, secret, { identity: 'admin-bot', ttl: '10m' });
at.addGrant({ roomAdmin: true, room: 'other-room' });
const adminJwt = await at.toJwt();
const twirp = (method, body) => fetch(`${url}/twirp/livekit.RoomService/${method}`, {
  method: 'POST', headers: { Authorization: `Bearer ${adminJwt}`, 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const own = await twirp('ListParticipants', { room: 'other-room' });
out.scopedAdminOwnRoom = own.status;
const foreign = await twirp('ListParticipants', { room: 'sdk-room' });
out.scopedAdminOtherRoom = { status: foreign.status, code: (await foreign.json()).code };
out.updatedMetadata = (await svc.updateRoomMetadata('sdk-room', 'new-meta')).metadata;
out.getMissingParticipant = await failure(() => svc.getParticipant('sdk-room', 'nobody'));
out.removeMissingParticipant = await failure(() => svc.removeParticipant('sdk-room', 'nobody'));
out.listParticipantsOfMissingRoom = await failure(() => svc.listParticipants('no-such-room'));
await svc.deleteRoom('sdk-room');
out.afterDelete = (await svc.listRooms()).map((r) => r.name);
out.deleteAgain = await failure(() => svc.deleteRoom('sdk-room'));
out.badRoomName = await failure(() => svc.createRoom({ name: 'bad room/name' }));
out.wrongSecret = await failure(() => new RoomServiceClient(url, key, 'x'.repeat(40)).listRooms());
out.unknownKey = await failure(() => new RoomServiceClient(url, 'APInobodyKnows', secret).listRooms());
console.log(JSON.stringify(out));
