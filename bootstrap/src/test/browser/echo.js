// The Parley echo page (driven by echo.mjs through Playwright). window.runEcho joins over the
// signaling WebSocket (token in the first message, never in the URL), publishes the fake camera
// and microphone on PC1, subscribes to its own tracks and receives them on PC2, then samples
// getStats every 500 ms.
'use strict';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function connect(wsUrl) {
  const ws = new WebSocket(wsUrl);
  const pending = new Map();
  const events = [];
  let nextId = 1;
  let closed = null;
  ws.onmessage = (e) => {
    const m = JSON.parse(e.data);
    if (m.id !== undefined && pending.has(m.id)) {
      const p = pending.get(m.id);
      pending.delete(m.id);
      if (m.type === 'error') p.reject(new Error(m.code + ': ' + m.message)); else p.resolve(m);
    } else {
      events.push(m);
    }
  };
  ws.onclose = (e) => {
    closed = {code: e.code, reason: e.reason};
    for (const p of pending.values()) p.reject(new Error('closed ' + e.code + ' ' + e.reason));
    pending.clear();
  };
  const opened = new Promise((resolve, reject) => {
    ws.onopen = resolve;
    ws.onerror = () => reject(new Error('WebSocket error'));
  });
  const request = (msg) => new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, {resolve, reject});
    ws.send(JSON.stringify({...msg, id}));
  });
  return {ws, opened, request, events, closed: () => closed};
}

async function snapshot(pc, label) {
  const out = {label};
  const stats = await pc.getStats();
  stats.forEach((s) => {
    if (s.type === 'transport') {
      out.transport = {dtlsState: s.dtlsState, srtpCipher: s.srtpCipher, tlsVersion: s.tlsVersion,
        dtlsCipher: s.dtlsCipher, dtlsRole: s.dtlsRole, iceState: s.iceState, bytesSent: s.bytesSent,
        bytesReceived: s.bytesReceived};
    } else if (s.type === 'inbound-rtp') {
      out['inbound_' + s.kind] = {packetsReceived: s.packetsReceived, bytesReceived: s.bytesReceived,
        framesDecoded: s.framesDecoded, framesReceived: s.framesReceived, keyFramesDecoded: s.keyFramesDecoded,
        pliCount: s.pliCount, firCount: s.firCount, frameWidth: s.frameWidth, frameHeight: s.frameHeight,
        packetsLost: s.packetsLost, codecId: s.codecId};
    } else if (s.type === 'outbound-rtp') {
      out['outbound_' + s.kind] = {packetsSent: s.packetsSent, framesEncoded: s.framesEncoded,
        keyFramesEncoded: s.keyFramesEncoded, pliCount: s.pliCount, firCount: s.firCount};
    } else if (s.type === 'candidate-pair' && s.nominated) {
      out.pair = {state: s.state, currentRoundTripTime: s.currentRoundTripTime};
    }
  });
  return out;
}

window.runEcho = async ({wsUrl, token, seconds}) => {
  const started = performance.now();
  const t = () => Math.round(performance.now() - started);
  const timeline = {};
  const sig = connect(wsUrl);
  await sig.opened;
  const joined = await sig.request({type: 'join', token});
  timeline.joined = t();

  const stream = await navigator.mediaDevices.getUserMedia({audio: true, video: {width: 640, height: 360, frameRate: 30}});
  const config = {bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require'};
  const pc1 = new RTCPeerConnection(config);
  const trackSids = [];
  for (const track of stream.getTracks()) {
    pc1.addTransceiver(track, {direction: 'sendonly', streams: [stream]});
    const r = await sig.request({type: 'publish', trackId: track.id, kind: track.kind,
      source: track.kind === 'video' ? 'camera' : 'microphone'});
    trackSids.push(r.trackSid);
  }
  const offer1 = await pc1.createOffer();
  await pc1.setLocalDescription(offer1);
  const answer1 = await sig.request({type: 'offer', pc: 'pub', sdp: pc1.localDescription.sdp});
  await pc1.setRemoteDescription({type: 'answer', sdp: answer1.sdp});
  timeline.pubAnswered = t();

  await sig.request({type: 'subscribe', trackSids});
  const pc2 = new RTCPeerConnection(config);
  pc2.addTransceiver('audio', {direction: 'recvonly'});
  pc2.addTransceiver('video', {direction: 'recvonly'});
  const received = [];
  pc2.ontrack = (e) => {
    received.push({kind: e.track.kind, trackId: e.track.id, streamId: e.streams.length ? e.streams[0].id : null});
    if (e.track.kind === 'video') document.getElementById('remote').srcObject = new MediaStream([e.track]);
  };
  const offer2 = await pc2.createOffer();
  await pc2.setLocalDescription(offer2);
  const answer2 = await sig.request({type: 'offer', pc: 'sub', sdp: pc2.localDescription.sdp});
  await pc2.setRemoteDescription({type: 'answer', sdp: answer2.sdp});
  timeline.subAnswered = t();

  const samples = [];
  for (let i = 0; i < seconds * 2; i++) {
    await sleep(500);
    samples.push({t: t(), pub: await snapshot(pc1, 'pub'), sub: await snapshot(pc2, 'sub')});
  }
  const result = {joined, trackSids, received, timeline, samples,
    answers: {pub: answer1.sdp, sub: answer2.sdp}, offers: {pub: offer1.sdp, sub: offer2.sdp},
    answerTracks: {pub: answer1.tracks, sub: answer2.tracks},
    events: sig.events.map((e) => e.type === 'pcState' ? e : {type: e.type}),
    closedBeforeEnd: sig.closed()};
  sig.ws.close(1000, 'done');
  pc1.close();
  pc2.close();
  stream.getTracks().forEach((tr) => tr.stop());
  return result;
};
