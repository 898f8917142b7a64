// The tool's side of the LTI client-side postMessage storage ("platform storage", 1EdTech
// Security Framework; https://www.imsglobal.org/spec/lti-cs-oidc/v0p1). Served as a static,
// same-origin file (script-src 'self'); the page carries its data in data-* attributes of
// #lti-storage and no inline script.
//
// At the login (data-step="login"): ask lti.capabilities, keep the state and nonce with
// lti.put_data in the named frame, then go on to the platform's authorization endpoint. When the
// platform offers no storage, go on all the same: the binding cookie set with this page is then
// the only binding.
//
// At the launch (data-step="launch"): read both back with lti.get_data and post them, with the
// origin of the reply, to the tool's storage check (same origin), which decides.
//
// Every reply's origin is checked against data-reply-origins; a reply from elsewhere is never
// used (only reported, so that the tool can say so).
(function () {
  'use strict';
  var CAPABILITIES_TIMEOUT_MS = 1000; // PlatformStorage.CAPABILITIES_TIMEOUT
  var DATA_TIMEOUT_MS = 2000; // PlatformStorage.DATA_TIMEOUT

  var root = document.getElementById('lti-storage');
  if (!root) return;
  var data = root.dataset;
  var replyOrigins = (data.replyOrigins || '').split(' ').filter(Boolean);
  var platformOrigin = data.origin;
  var host = window.parent !== window ? window.parent : window.opener;
  var sequence = 0;

  function frame(name) {
    if (!host) return null;
    if (name === '_parent') return host;
    try {
      return host.frames[name] || null;
    } catch (e) {
      return null;
    }
  }

  // Sends one message and waits for its answer. Resolves with {reply} for a well-formed answer
  // from a platform origin, {foreign: origin} when the only answer came from elsewhere, or
  // {timeout: true}.
  function ask(target, message, targetOrigin, timeoutMs) {
    return new Promise(function (resolve) {
      var id = 'bif-' + (++sequence) + '-' + Date.now().toString(36) + '-' +
        Math.random().toString(36).slice(2);
      var foreign = null;
      var finished = false;
      var timer = setTimeout(function () {
        finish(foreign ? { foreign: foreign } : { timeout: true });
      }, timeoutMs);
      function listener(event) {
        var answer = event.data;
        if (!answer || typeof answer !== 'object' || answer.message_id !== id) return;
        if (answer.subject !== message.subject + '.response') return;
        if (replyOrigins.indexOf(event.origin) < 0) {
          foreign = event.origin;
          return;
        }
        finish({ reply: answer, origin: event.origin });
      }
      function finish(result) {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        window.removeEventListener('message', listener);
        resolve(result);
      }
      window.addEventListener('message', listener);
      message.message_id = id;
      try {
        target.postMessage(message, targetOrigin);
      } catch (e) {
        finish({ timeout: true });
      }
    });
  }

  // The frame that answers a subject, from the capabilities answer; null when not offered.
  function capabilities() {
    var target = frame(data.target);
    if (!target) return Promise.resolve({ offered: null });
    // capabilities may go to any origin (the page hosting the frame may be the school's domain)
    return ask(target, { subject: 'lti.capabilities' }, '*', CAPABILITIES_TIMEOUT_MS)
      .then(function (result) {
        if (!result.reply) return { offered: null, foreign: result.foreign };
        var offered = {};
        (result.reply.supported_messages || []).forEach(function (m) {
          if (m && typeof m.subject === 'string') {
            offered[m.subject] = frame(m.frame || data.target);
          }
        });
        return { offered: offered };
      });
  }

  function put(target, key, value) {
    return ask(target, { subject: 'lti.put_data', key: key, value: value }, platformOrigin,
      DATA_TIMEOUT_MS).then(function (r) {
        return !!(r.reply && !r.reply.error && r.reply.key === key);
      });
  }

  function get(target, key) {
    return ask(target, { subject: 'lti.get_data', key: key }, platformOrigin, DATA_TIMEOUT_MS);
  }

  function login() {
    var go = function () { window.location.replace(data.continue); };
    capabilities().then(function (c) {
      var target = c.offered && c.offered['lti.put_data'];
      if (!target) return go();
      return put(target, data.stateKey, data.state)
        .then(function () { return put(target, data.nonceKey, data.nonce); })
        .then(go, go);
    }, go);
  }

  function launch() {
    var form = document.getElementById('lti-storage-check');
    function post(fields) {
      Object.keys(fields).forEach(function (name) { form.elements[name].value = fields[name]; });
      form.submit();
    }
    capabilities().then(function (c) {
      if (c.foreign) return post({ storage_problem: 'foreign_origin', reply_origin: c.foreign });
      var target = c.offered && c.offered['lti.get_data'];
      if (!target) return post({ storage_problem: 'unavailable' });
      return get(target, data.stateKey).then(function (state) {
        if (state.foreign) return post({ storage_problem: 'foreign_origin', reply_origin: state.foreign });
        if (!state.reply || state.reply.error || typeof state.reply.value !== 'string') {
          return post({ storage_problem: 'missing', reply_origin: state.origin || '' });
        }
        return get(target, data.nonceKey).then(function (nonce) {
          if (nonce.foreign) return post({ storage_problem: 'foreign_origin', reply_origin: nonce.foreign });
          if (!nonce.reply || nonce.reply.error || typeof nonce.reply.value !== 'string') {
            return post({ storage_problem: 'missing', reply_origin: nonce.origin || '' });
          }
          post({ stored_state: state.reply.value, stored_nonce: nonce.reply.value,
            reply_origin: nonce.origin });
        });
      });
    });
  }

  if (data.step === 'login') login();
  else if (data.step === 'launch') launch();
})();
