// Signpost console: live updates over one WebSocket, and saved replies.
// Pages work without this script (reload to refresh); with it, the queue and the open
// conversation refresh themselves, new resident messages are announced once, and the
// socket tells the gateway this member of staff is still here (claims are kept).
(function () {
  'use strict';
  var live = document.getElementById('live');
  var queue = document.querySelector('[data-live="queue"]');
  var transcript = document.querySelector('[data-live="transcript"]');
  var handoff = transcript ? Number(transcript.getAttribute('data-handoff')) : null;

  function announce(text) { if (live) { live.textContent = text; } }

  function refresh(element, url, message) {
    if (!element) { return; }
    fetch(url, { credentials: 'same-origin' }).then(function (response) {
      if (!response.ok) { return null; }
      return response.text();
    }).then(function (html) {
      if (html === null) { return; }
      // Server-rendered and escaped by the gateway's templates (same origin).
      var holder = document.createElement('div');
      holder.innerHTML = html;
      element.replaceChildren.apply(element, Array.prototype.slice.call(holder.childNodes));
      var list = element.querySelector('.messages');
      if (list) { list.scrollTop = list.scrollHeight; }
      if (message) { announce(message); }
    });
  }

  var delay = 1000;
  function connect() {
    var scheme = location.protocol === 'https:' ? 'wss://' : 'ws://';
    var socket = new WebSocket(scheme + location.host + '/console/ws');
    var ping = null;
    socket.onopen = function () {
      delay = 1000;
      if (handoff) {
        socket.send(JSON.stringify({ type: 'watch', handoff: handoff }));
        // anything said between this page being made and the watch starting
        refresh(transcript, '/console/handoffs/' + handoff + '/transcript.html', null);
      }
      if (queue) { refresh(queue, '/console/queue.html', null); }
      ping = setInterval(function () { socket.send(JSON.stringify({ type: 'ping' })); }, 20000);
    };
    socket.onmessage = function (event) {
      var frame = JSON.parse(event.data);
      if (frame.type === 'queue' && queue) {
        refresh(queue, '/console/queue.html', 'The queue has changed.');
      } else if (frame.type === 'message' && transcript) {
        refresh(transcript, '/console/handoffs/' + handoff + '/transcript.html', 'New message in this conversation.');
      }
    };
    socket.onclose = function () {
      if (ping) { clearInterval(ping); }
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 15000);
    };
  }
  if (queue || transcript) { connect(); }

  var saved = document.querySelector('select[data-fills]');
  if (saved) {
    saved.addEventListener('change', function () {
      var target = document.getElementById(saved.getAttribute('data-fills'));
      if (target && saved.value) { target.value = saved.value; target.focus(); }
    });
  }
}());
