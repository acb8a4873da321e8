/*
 * Signpost web chat widget (no build step, no dependencies).
 *
 * Embed:  <script src="https://gateway.example/widget.js" data-tenant="kingston" defer></script>
 *
 * What it does: reads its own src and data-tenant, loads widget.css and
 * <base>/webchat/tenants/<tenant>.json (branding and EVERY visible string, in `text`), adds a
 * launcher button and a chat panel (a named region, not a modal), and talks to the gateway
 * over one WebSocket (<base>/webchat/ws?tenant=...) using docs/webchat-protocol.md.
 *
 * Guarantees:
 * - Data is never parsed as HTML: everything is built with DOM APIs and textContent; only
 *   http(s) URLs and UK phone numbers become links (tel: hrefs hold digits only).
 * - Resident messages stay pending until their `ack` and are resent with the same id after a
 *   reconnect (exponential backoff 0.5 s .. 10 s with jitter). A seq is never rendered twice;
 *   `hello.last_seq` is the highest seq of the gateway messages received.
 * - Only the session id (and whether the panel was open) is kept, in sessionStorage under
 *   "signpost-chat:<tenant>"; never localStorage, never the transcript. Quick exit sends
 *   `end`, forgets all of it and replaces the page with the tenant's quick_exit_url.
 * - Screen readers: the log (role=log) is aria-live=off; a separate polite live region
 *   announces each NEW bot/staff/system message once. Messages replayed after a page reload
 *   are not announced one by one: one "conversation restored" summary is.
 * - window.SignpostChat.state() gives tests connection facts, never message text.
 */
(() => {
  'use strict';

  const script = document.currentScript;
  if (!script || window.SignpostChat) return;
  const tenantId = (script.dataset.tenant || '').trim();
  const base = new URL('.', script.src);
  const STORE_KEY = 'signpost-chat:' + tenantId;
  const DEFAULT_COLOURS = { primary: '#00703c', on_primary: '#ffffff' };
  // The only English in this file: shown when the tenant settings cannot be loaded.
  const FALLBACK = {
    open: 'Chat', title: 'Chat', close: 'Close',
    unavailable: 'Chat is not available right now. Please try again later.',
  };
  const LINK_RE = new RegExp(
    '(https?://[^\\s<>"]+)' +
    '|(?<![\\d£$.])(?:\\+44 ?|0)(?:\\d[ -]?){8,9}\\d(?!\\d)' +
    '|(?<![\\d£$.,])(?:999|111|101|105|116 ?\\d{3}|0800 ?1111)(?!\\d|[.,]\\d)', 'g');

  // tenant settings: uiLang is the language of `text`, language the resident's (hello.language)
  let tenant = null, text = FALLBACK, uiLang = 'en', language = 'en', quickExitUrl = '';
  let texts = {}, languages = ['en'];
  const labelled = []; // [element, key, attribute or null]: relabelled when the language changes
  const els = {};
  let uid = 0;

  // connection: ready = welcome received on the current socket; wanted = keep one open
  let ws = null, ready = false, wanted = false, reconnecting = false, attempt = 0, retryTimer = 0;
  // transcript
  let session = null, lastSeq = 0;
  const seen = new Set(); // seqs rendered or acknowledged
  const pending = new Map(); // id -> {frame, li, state, form, text}: resent until acked
  // a session from sessionStorage (page reload): its replay is rendered, not read out one by one
  let resumingReload = false, restoring = false, restoredCount = 0, restoreTimer = 0;
  let typing = false, typingTimer = 0;
  let controls = []; // reply buttons and forms that a later resident message retires
  let announceQueue = [], announceTimer = 0;

  window.SignpostChat = Object.freeze({
    state: () => ({
      tenant: tenantId, loaded: !!tenant, open: !!els.panel && !els.panel.hidden,
      connected: ready, reconnecting, session, last_seq: lastSeq, pending: pending.size,
    }),
  });

  // ---------------------------------------------------------------- helpers
  function t(key, vars) {
    const template = String(text[key] ?? FALLBACK[key] ?? '');
    return template.replace(/\{(\w+)\}/g, (m, k) => (vars && k in vars ? String(vars[k]) : m));
  }

  // chrome text that follows the language toggle
  function track(element, key, attribute) {
    labelled.push([element, key, attribute]);
    return element;
  }
  function relabel() {
    for (const [element, key, attribute] of labelled) {
      if (attribute) element.setAttribute(attribute, t(key));
      else element.textContent = t(key);
    }
  }
  function setLanguage(next) { // the toggle: words, lang attributes and the gateway follow
    if (!languages.includes(next) || next === uiLang) return;
    uiLang = language = next;
    text = texts[next] || text;
    els.root.setAttribute('lang', next);
    relabel();
    if (els.intro) { els.intro.replaceChildren(); linkify(els.intro, t('intro')); }
    if (els.toggle) updateToggle();
    remember();
    if (ready && ws) ws.send(JSON.stringify({ type: 'language', language: next }));
  }
  function otherLanguage() { return languages.find((code) => code !== uiLang) || uiLang; }
  function updateToggle() {
    const other = otherLanguage();
    els.toggle.textContent = t('language_toggle'); // the other language's name, in itself
    els.toggle.setAttribute('lang', other);
  }

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value == null || value === false) continue;
      if (key === 'class') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    }
    for (const child of children) if (child != null && child !== '') node.append(child);
    return node; // append() of a string makes a text node: data is never parsed as HTML
  }

  function icon(path) { // a decorative SVG, hidden from assistive technology
    const ns = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(ns, 'svg');
    const attrs = { viewBox: '0 0 24 24', 'aria-hidden': 'true', focusable: 'false', class: 'sp-icon' };
    for (const [key, value] of Object.entries(attrs)) svg.setAttribute(key, value);
    svg.append(document.createElementNS(ns, 'path'));
    svg.firstChild.setAttribute('d', path);
    return svg;
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const bytes = new Uint8Array(16);
    if (window.crypto && crypto.getRandomValues) crypto.getRandomValues(bytes);
    else for (let i = 0; i < 16; i++) bytes[i] = Math.floor(Math.random() * 256);
    return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }

  function remember() { // storage refused: the chat still works for this page
    try {
      sessionStorage.setItem(STORE_KEY, JSON.stringify({ session, open: !els.panel.hidden, language: uiLang }));
    } catch (_) { /* see above */ }
  }

  function recalled() {
    try { return JSON.parse(sessionStorage.getItem(STORE_KEY)) || {}; } catch (_) { return {}; }
  }

  function luminance(hex) {
    const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex || '');
    if (!m) return null;
    const h = m[1].length === 3 ? m[1].replace(/./g, '$&$&') : m[1];
    const [r, g, b] = [0, 2, 4].map((i) => {
      const c = parseInt(h.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  }

  function contrast(a, b) { return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05); }

  // Tenant colours are used only if they reach 4.5:1 together and the primary on white.
  function colours(c) {
    const p = luminance(c && c.primary);
    const o = luminance(c && c.on_primary);
    if (p == null || o == null || contrast(p, o) < 4.5 || contrast(p, 1) < 4.5) return DEFAULT_COLOURS;
    return c;
  }

  const isHttp = (url) => typeof url === 'string' && /^https?:\/\/\S+$/i.test(url);
  const telHref = (number) => 'tel:' + String(number).replace(/^\+44\s?/, '0').replace(/\D/g, '');

  function externalLink(url) {
    return el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, url,
      text.new_tab ? el('span', { class: 'sp-visually-hidden', lang: uiLang }, ' ' + t('new_tab')) : null);
  }

  // Appends str to parent, with http(s) URLs and UK phone numbers as links.
  function linkify(parent, str) {
    let last = 0;
    for (const m of str.matchAll(LINK_RE)) {
      let found = m[0];
      if (m[1]) found = found.replace(/[.,;:!?)\]'"]+$/, '');
      parent.append(str.slice(last, m.index));
      parent.append(m[1] ? externalLink(found) : el('a', { href: telHref(found) }, found));
      last = m.index + found.length;
    }
    parent.append(str.slice(last));
    return parent;
  }

  function label(key) { return el('span', { class: 'sp-label', lang: uiLang }, t(key) + ': '); }

  // ---------------------------------------------------------------- announcing and status
  function announce(str, lang) {
    if (!str) return;
    announceQueue.push(el('p', { lang: lang || uiLang }, String(str)));
    if (!announceTimer) {
      // messages arriving together (three cards) are announced together, each once
      announceTimer = setTimeout(() => {
        els.live.replaceChildren(...announceQueue);
        announceQueue = [];
        announceTimer = 0;
      }, 150);
    }
  }

  function updateStatus() {
    const status = reconnecting ? t('reconnecting') : typing ? t('typing', { assistant: assistantName() }) : '';
    if (els.status.textContent !== status) els.status.textContent = status; // unchanged: not re-announced
    els.status.classList.toggle('sp-status--typing', !reconnecting && typing);
    els.status.classList.toggle('sp-status--problem', reconnecting);
  }

  function assistantName() { return (tenant && tenant.assistant_name) || ''; }

  // ---------------------------------------------------------------- rendering
  function append(li) {
    els.list.append(li);
    els.log.scrollTop = els.log.scrollHeight;
  }

  function who(from) {
    const name = { resident: t('you'), bot: assistantName(), staff: t('staff') }[from];
    return name ? el('span', { class: 'sp-who', lang: uiLang }, name) : null;
  }

  function retireControls() {
    for (const group of controls) {
      group.querySelectorAll('button, input').forEach((control) => { control.disabled = true; });
    }
    controls = [];
  }

  function renderMessage(f) {
    const from = ['resident', 'bot', 'staff', 'system'].includes(f.from) ? f.from : 'system';
    const card = f.card && typeof f.card === 'object' ? f.card : {};
    const notice = from === 'system' || card.type === 'handoff';
    const li = el('li', { class: `sp-msg sp-msg--${notice ? 'notice' : from}`, lang: f.lang || language },
      notice ? null : who(from));
    if (card.type === 'service' || card.type === 'service_details') li.append(serviceCard(card));
    else li.append(linkify(el('p', { class: 'sp-bubble' }), String(f.text ?? '')));
    if (card.type === 'ask_sms_number') li.append(smsForm());
    if (Array.isArray(f.buttons) && f.buttons.length) li.append(buttonGroup(f.buttons));
    if (from === 'resident') retireControls();
    append(li);
    return li;
  }

  function serviceCard(c) {
    const details = c.type === 'service_details';
    const headingId = 'signpost-chat-card-' + (++uid);
    const card = el('article', { class: 'sp-card', 'aria-labelledby': headingId },
      el('h3', { id: headingId, class: 'sp-card-title' },
        (c.number != null && c.number !== '' ? c.number + '. ' : '') + String(c.name || '')));
    const line = (...parts) => card.append(el('p', {}, ...parts));
    if (c.organisation) line(details ? t('run_by', { organisation: c.organisation }) : String(c.organisation));
    if (details && c.description) card.append(linkify(el('p', {}), String(c.description)));
    if (c.distance) line(String(c.distance));
    // open now: a marker in words (not colour), unless the opening text already says it
    const opening = String(c.opening || '');
    const marker = t('open_now');
    if (c.open_now && marker && !opening.toLowerCase().includes(marker.toLowerCase())) {
      line(el('strong', { class: 'sp-badge', lang: uiLang }, marker), opening ? ' ' + opening : '');
    } else if (opening) line(c.open_now ? el('strong', { class: 'sp-badge' }, opening) : opening);
    const phones = details && Array.isArray(c.phones) && c.phones.length ? c.phones : c.phone ? [c.phone] : [];
    if (phones.length) {
      const p = el('p', {}, label('phone'));
      phones.forEach((n, i) => p.append(i ? ', ' : '', el('a', { href: telHref(n) }, String(n))));
      card.append(p);
    }
    const address = [c.address, c.postcode].filter(Boolean).join(', ');
    if (address) line(label('address'), address);
    if (isHttp(c.url)) line(label('website'), externalLink(c.url));
    if (c.checked) line(el('span', { lang: uiLang }, t('last_checked', { checked: c.checked })));
    if (c.stale) card.append(el('p', { class: 'sp-stale', lang: uiLang }, t('stale')));
    return card;
  }

  function buttonGroup(buttons) {
    const group = el('div', { class: 'sp-buttons', role: 'group', 'aria-label': t('replies') });
    for (const b of buttons) {
      const title = String((b && b.title) ?? '');
      group.append(el('button', {
        type: 'button', class: 'sp-btn',
        onclick: () => { send({ type: 'message', text: title, payload: b.payload }, title); els.input.focus(); },
      }, title));
    }
    controls.push(group);
    return group;
  }

  function smsForm() {
    const id = 'signpost-chat-sms-' + (++uid);
    const input = el('input', {
      id, type: 'tel', autocomplete: 'tel', inputmode: 'tel', class: 'sp-field', 'aria-describedby': id + '-hint',
    });
    const error = el('p', { id: id + '-error', class: 'sp-error', hidden: true });
    const form = el('form', { class: 'sp-sms', novalidate: true, lang: uiLang },
      el('label', { for: id, class: 'sp-label-block' }, t('sms_label')),
      el('p', { id: id + '-hint', class: 'sp-hint' }, t('sms_hint')),
      error,
      el('div', { class: 'sp-row' }, input,
        el('button', { type: 'submit', class: 'sp-btn sp-btn--primary' }, t('sms_submit'))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const number = input.value.trim();
      if (!number) {
        error.textContent = t('sms_empty');
        error.hidden = false;
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', `${id}-error ${id}-hint`);
        announce(t('sms_empty'), uiLang);
        input.focus();
        return;
      }
      error.hidden = true;
      input.removeAttribute('aria-invalid');
      send({ type: 'sms_number', number }, number, form);
      els.input.focus();
    });
    controls.push(form);
    return form;
  }

  function notice(str) {
    announce(str, language);
    append(el('li', { class: 'sp-msg sp-msg--notice', lang: language },
      linkify(el('p', { class: 'sp-bubble' }), String(str))));
  }

  // ---------------------------------------------------------------- protocol
  function send(partial, shown, form) {
    const frame = { ...partial, id: newId() };
    if (frame.payload == null) delete frame.payload;
    const state = el('span', { class: 'sp-state', lang: uiLang }, t('sending'));
    const li = el('li', { class: 'sp-msg sp-msg--resident sp-msg--pending', lang: language },
      who('resident'), linkify(el('p', { class: 'sp-bubble' }), shown), state);
    retireControls();
    append(li);
    pending.set(frame.id, { frame, li, state, form, text: frame.text ?? frame.number });
    if (ready) ws.send(JSON.stringify(frame));
    else connect();
  }

  function markSent(entry, seq) {
    seen.add(seq);
    entry.li.classList.remove('sp-msg--pending');
    entry.state.textContent = t('sent');
  }

  function notSent(entry) {
    entry.li.classList.remove('sp-msg--pending');
    entry.state.textContent = t('not_sent');
    if (entry.form) { // a refused number: the form can be used again
      entry.form.querySelectorAll('button, input').forEach((control) => { control.disabled = false; });
      controls.push(entry.form);
    }
  }

  function connect() {
    wanted = true;
    if (ws || retryTimer || !tenant) return;
    let socket;
    try {
      const url = new URL('webchat/ws', base);
      url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
      url.searchParams.set('tenant', tenantId);
      socket = new WebSocket(url);
    } catch (_) {
      scheduleRetry();
      return;
    }
    ws = socket;
    socket.onopen = () => {
      socket.send(JSON.stringify({ type: 'hello', session, last_seq: lastSeq, language }));
    };
    socket.onmessage = (event) => {
      if (ws !== socket) return;
      let frame;
      try { frame = JSON.parse(event.data); } catch (_) { return; }
      if (frame && typeof frame === 'object') handle(frame);
    };
    socket.onclose = () => {
      if (ws !== socket) return;
      ws = null;
      ready = false;
      typing = false;
      if (wanted) scheduleRetry();
      updateStatus();
    };
  }

  function scheduleRetry() {
    reconnecting = true;
    const delay = Math.min(10000, 500 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
    attempt = Math.min(attempt + 1, 10);
    retryTimer = setTimeout(() => { retryTimer = 0; connect(); }, Math.min(delay, 10000));
    updateStatus();
  }

  function handle(f) {
    if (f.type === 'welcome') onWelcome(f);
    else if (f.type === 'ack') {
      const entry = pending.get(f.id);
      if (!entry) return;
      pending.delete(f.id);
      if (typeof f.seq === 'number' && !f.refused) markSent(entry, f.seq);
      else notSent(entry); // refused (the gateway says why in a system message)
    } else if (f.type === 'message') onMessage(f);
    else if (f.type === 'typing') {
      typing = !!f.on;
      clearTimeout(typingTimer);
      if (typing) typingTimer = setTimeout(() => { typing = false; updateStatus(); }, 30000);
      updateStatus();
    } else if (f.type === 'error' && f.text) notice(f.text);
  }

  function onWelcome(f) {
    if (session && f.session !== session) { // the gateway started afresh: its seqs restart
      seen.clear();
      lastSeq = 0;
    }
    if (resumingReload) { // the replay follows at once: render it, announce one summary
      restoring = true;
      restoredCount = 0;
      restoreSoon();
    }
    resumingReload = false;
    session = typeof f.session === 'string' ? f.session : null;
    remember();
    ready = true;
    reconnecting = false;
    attempt = 0;
    updateStatus();
    for (const entry of pending.values()) ws.send(JSON.stringify(entry.frame)); // same ids
  }

  function onMessage(f) {
    if (typeof f.seq !== 'number' || seen.has(f.seq)) return;
    seen.add(f.seq);
    lastSeq = Math.max(lastSeq, f.seq);
    if (f.from === 'resident') {
      // our own message, stored before its ack reached us: adopt it rather than show it twice
      const id = f.id || [...pending.keys()].find((key) => pending.get(key).text === f.text);
      const entry = pending.get(id);
      if (entry) {
        pending.delete(id);
        markSent(entry, f.seq);
        const bubble = entry.li.querySelector('.sp-bubble'); // show what was stored (a number redacted)
        if (typeof f.text === 'string' && f.text !== bubble.textContent) {
          bubble.replaceChildren();
          linkify(bubble, f.text);
        }
        return;
      }
    }
    renderMessage(f);
    if (restoring) {
      restoredCount += 1;
      restoreSoon();
    } else if (f.from !== 'resident') announce(f.text, f.lang || language);
  }

  // The replay after a page reload ends when the frames pause.
  function restoreSoon() {
    clearTimeout(restoreTimer);
    restoreTimer = setTimeout(() => {
      restoring = false;
      if (restoredCount) announce(t('restored', { count: restoredCount }), uiLang);
    }, 400);
  }

  function quickExit() {
    wanted = false;
    clearTimeout(retryTimer);
    try {
      if (ws && ws.readyState === WebSocket.OPEN) ws.send(JSON.stringify({ type: 'end' }));
      if (ws) ws.close();
    } catch (_) { /* leaving anyway */ }
    ws = null;
    els.list.replaceChildren();
    els.live.replaceChildren();
    els.input.value = '';
    pending.clear();
    session = null;
    try { sessionStorage.removeItem(STORE_KEY); } catch (_) { /* nothing stored */ }
    window.location.replace(quickExitUrl);
  }

  // ---------------------------------------------------------------- panel
  function openPanel(moveFocus) {
    els.panel.hidden = false;
    els.launcher.hidden = true;
    els.launcher.setAttribute('aria-expanded', 'true');
    remember();
    if (tenant) {
      connect();
      els.log.scrollTop = els.log.scrollHeight;
    }
    if (moveFocus) (els.input || els.close).focus();
  }

  function closePanel(returnFocus) {
    els.panel.hidden = true;
    els.launcher.hidden = false;
    els.launcher.setAttribute('aria-expanded', 'false');
    remember();
    if (returnFocus) els.launcher.focus();
  }

  function build() {
    const c = colours(tenant && tenant.colours);
    const root = track(
      el('aside', { class: 'signpost-chat', lang: uiLang, 'aria-label': t('title') }), 'title', 'aria-label');
    els.root = root;
    root.style.setProperty('--sp-primary', c.primary);
    root.style.setProperty('--sp-on-primary', c.on_primary);

    els.launcher = el('button', {
      type: 'button', class: 'sp-launcher', 'aria-expanded': 'false', 'aria-controls': 'signpost-chat-panel',
      onclick: () => openPanel(true),
    }, icon('M4 4h16v12H8l-4 4z'), track(el('span', {}, t('open')), 'open'));

    els.close = el('button', { type: 'button', class: 'sp-close', onclick: () => closePanel(true) },
      icon('M6 6l12 12M18 6L6 18'), track(el('span', { class: 'sp-visually-hidden' }, t('close')), 'close'));
    if (languages.length > 1) {
      els.toggle = el('button', { type: 'button', class: 'sp-lang', onclick: () => setLanguage(otherLanguage()) });
      updateToggle();
    }
    const header = el('div', { class: 'sp-header' },
      tenant && quickExitUrl
        ? track(el('button', { type: 'button', class: 'sp-exit', onclick: quickExit }, t('quick_exit')), 'quick_exit')
        : null,
      track(el('h2', { id: 'signpost-chat-title', class: 'sp-title' }, t('title')), 'title'),
      els.toggle || null,
      els.close);

    els.panel = el('section', {
      id: 'signpost-chat-panel', class: 'sp-panel', 'aria-labelledby': 'signpost-chat-title', hidden: true,
    }, header);
    els.live = el('div', { class: 'sp-visually-hidden', 'aria-live': 'polite' });
    els.status = el('p', { class: 'sp-status', role: 'status' });

    if (!tenant) {
      els.panel.append(el('p', { class: 'sp-unavailable' }, t('unavailable')));
    } else {
      els.list = el('ol', { class: 'sp-list' });
      els.intro = text.intro ? linkify(el('p', { class: 'sp-intro' }), t('intro')) : null;
      els.log = track(el('div', {
        class: 'sp-log', role: 'log', 'aria-live': 'off', 'aria-label': t('log_label'), tabindex: '0',
      }, els.intro, els.list), 'log_label', 'aria-label');
      els.input = el('textarea', {
        id: 'signpost-chat-input', class: 'sp-field sp-input', rows: '2', autocomplete: 'off',
        placeholder: text.input_placeholder ? t('input_placeholder') : null,
      });
      if (text.input_placeholder) track(els.input, 'input_placeholder', 'placeholder');
      const form = el('form', { class: 'sp-compose', novalidate: true },
        track(el('label', { for: 'signpost-chat-input', class: 'sp-label-block' }, t('input_label')), 'input_label'),
        el('div', { class: 'sp-row' }, els.input,
          track(el('button', { type: 'submit', class: 'sp-btn sp-btn--primary sp-send' }, t('send')), 'send')));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        const value = els.input.value.trim();
        if (!value) return;
        els.input.value = '';
        send({ type: 'message', text: value }, value);
      });
      els.input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
          event.preventDefault();
          form.requestSubmit();
        }
      });
      els.panel.append(els.log, els.status, form);
    }

    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || els.panel.hidden) return;
      closePanel(els.panel.contains(document.activeElement)); // also uncovers the page under it
    });
    window.addEventListener('online', () => {
      if (retryTimer) { clearTimeout(retryTimer); retryTimer = 0; connect(); }
    });

    root.append(els.launcher, els.panel, els.live);
    document.body.append(root);

    const saved = recalled();
    if (tenant && typeof saved.session === 'string') {
      session = saved.session;
      resumingReload = true;
      if (saved.open) openPanel(false);
      else connect();
    }
  }

  async function loadTenant() {
    if (!/^[a-z][a-z0-9-]{1,40}$/.test(tenantId)) return;
    try {
      const response = await fetch(new URL(`webchat/tenants/${tenantId}.json`, base), { credentials: 'omit' });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const loaded = await response.json();
      tenant = loaded;
      languages = Array.isArray(loaded.languages) && loaded.languages.length ? loaded.languages : ['en'];
      texts = loaded.texts && typeof loaded.texts === 'object' ? loaded.texts : {};
      // the resident's choice in this tab, else the page's language, else the tenant's first
      const chosen = recalled().language;
      const pageLang = (document.documentElement.lang || '').toLowerCase().split('-')[0];
      uiLang = languages.includes(chosen) ? chosen : languages.includes(pageLang) ? pageLang : languages[0];
      language = uiLang;
      text = texts[uiLang] || (loaded.text && typeof loaded.text === 'object' ? loaded.text : FALLBACK);
      quickExitUrl = isHttp(loaded.quick_exit_url) ? loaded.quick_exit_url : '';
    } catch (error) {
      console.warn('Signpost chat: tenant settings could not be loaded', error);
    }
  }

  function loadCss() {
    return new Promise((resolve) => {
      const link = el('link', { rel: 'stylesheet', href: new URL('widget.css', base).href });
      link.onload = link.onerror = resolve;
      setTimeout(resolve, 4000);
      document.head.append(link);
    });
  }

  const domReady = document.readyState === 'loading'
    ? new Promise((resolve) => document.addEventListener('DOMContentLoaded', resolve, { once: true }))
    : Promise.resolve();
  Promise.all([loadTenant(), loadCss(), domReady]).then(build);
})();
