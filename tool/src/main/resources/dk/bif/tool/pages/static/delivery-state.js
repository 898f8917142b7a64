// Follows each grade's way to the LMS gradebook on the teacher's page without a reload: while a
// state may still change by itself (queued, waiting, retrying), it asks the page's own JSON
// endpoint again and shows what it says. Without this script the page shows the same after a
// reload. No framework; text only (never HTML from the answer).
(function () {
  "use strict";
  var form = document.getElementById("retry-grade");
  if (!form || !window.fetch) return;
  var url = form.getAttribute("data-delivery-status");
  var every = 2000;
  var longest = 30000;
  var timer = null;

  function settling() {
    return document.querySelector('[data-delivery][data-settling="true"]') !== null;
  }

  // a grade that waits for its gradebook or person may wait for days: ask less often for those
  function soon() {
    var busy = document.querySelectorAll('[data-delivery][data-settling="true"] .badge');
    for (var i = 0; i < busy.length; i++) {
      if (busy[i].getAttribute("data-state") !== "waiting") return 2000;
    }
    return 30000;
  }

  function show(p) {
    var box = document.querySelector('[data-delivery="' + CSS.escape(p.id) + '"]');
    if (!box) return;
    var badge = document.getElementById("delivery-" + p.id);
    var detail = document.getElementById("delivery-" + p.id + "-detail");
    var retry = document.getElementById("retry-" + p.id);
    if (badge && badge.getAttribute("data-state") !== p.state) {
      badge.className = "badge " + p.state;
      badge.setAttribute("data-state", p.state);
    }
    if (badge && badge.textContent !== p.label) badge.textContent = p.label;
    if (detail && detail.textContent !== p.detail) detail.textContent = p.detail;
    if (retry) retry.hidden = !p.retry;
    box.setAttribute("data-settling", p.settling ? "true" : "false");
  }

  function ask() {
    timer = null;
    fetch(url, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) {
        if (!r.ok) throw new Error("HTTP " + r.status);
        return r.json();
      })
      .then(function (body) {
        body.participants.forEach(show);
        every = soon();
        if (settling()) later();
      })
      .catch(function () {
        // the session ended or the tool is restarting: ask less often; a reload shows the state
        every = Math.min(every * 2, longest);
        later();
      });
  }

  function later() {
    if (timer === null) timer = window.setTimeout(ask, every);
  }

  if (settling()) {
    every = soon();
    later();
  }
})();
