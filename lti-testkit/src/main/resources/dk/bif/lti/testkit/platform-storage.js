// The platform side of the LTI client-side postMessage storage, as the reference platform and the
// demo LMS offer it: the page that frames a tool includes this script. It answers
// lti.capabilities, lti.put_data and lti.get_data, but only from frames this page hosts
// (event.source is one of its frames), keeps each tool origin's values apart (the sender's origin
// is part of every key), and answers only to the sender's origin. sessionStorage keeps the values
// across the frame's navigations (login page, platform, launch) for as long as the tab lives.
(function () {
  'use strict';
  var PREFIX = 'lti-storage|';
  var LIMIT = 4096; // characters per value, as 1EdTech's examples suggest

  function hosted(source) {
    for (var i = 0; i < window.frames.length; i++) {
      if (window.frames[i] === source) return true;
    }
    return false;
  }

  function answer(event, fields) {
    var reply = { subject: event.data.subject + '.response', message_id: event.data.message_id };
    Object.keys(fields).forEach(function (k) { reply[k] = fields[k]; });
    event.source.postMessage(reply, event.origin);
  }

  window.addEventListener('message', function (event) {
    var m = event.data;
    if (!m || typeof m !== 'object' || typeof m.subject !== 'string' || !m.message_id) return;
    if (!hosted(event.source) || !event.origin || event.origin === 'null') return;
    var key = PREFIX + event.origin + '|' + m.key;
    if (m.subject === 'lti.capabilities') {
      answer(event, {
        supported_messages: [
          { subject: 'lti.capabilities' },
          { subject: 'lti.put_data', frame: '_parent' },
          { subject: 'lti.get_data', frame: '_parent' }
        ]
      });
    } else if (m.subject === 'lti.put_data') {
      if (typeof m.key !== 'string' || typeof m.value !== 'string' || m.value.length > LIMIT) {
        answer(event, { error: { code: 'bad_request', message: 'key and value must be strings' } });
        return;
      }
      window.sessionStorage.setItem(key, m.value);
      answer(event, { key: m.key, value: m.value });
    } else if (m.subject === 'lti.get_data') {
      var value = typeof m.key === 'string' ? window.sessionStorage.getItem(key) : null;
      if (value === null) {
        answer(event, { key: m.key, error: { code: 'not_found', message: 'no such key' } });
        return;
      }
      answer(event, { key: m.key, value: value });
    } else if (m.subject.indexOf('lti.') === 0) {
      answer(event, { error: { code: 'unsupported_subject', message: m.subject } });
    }
  });
})();
