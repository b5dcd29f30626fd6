// Drives Parley's Twirp RoomService with LiveKit's own Node server SDK (RoomServiceClient), as an
// integration would, and prints what it saw as one JSON line. Usage: node livekit-roomservice.mjs URL KEY
// (the secret comes from the environment, LIVEKIT_API_SECRET, never from the command line).
import { RoomServiceClient } from 'livekit-server-sdk';

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
