// Live updates: the server sends an event when an incident's state changes, and the page
// fetches its own URL again and swaps the main region. Reading needs none of this.
(function () {
  "use strict";
  var body = document.body;
  if (!body.hasAttribute("data-live") || !window.EventSource) return;
  var incident = body.getAttribute("data-live");
  var status = document.querySelector("[data-live-status]");
  var version = body.getAttribute("data-version");
  var url = "/live" + (incident ? "?incident=" + encodeURIComponent(incident) : "");
  // The version the page shows: a change made before the stream opened is sent at once.
  if (incident && version) url += "&since=" + encodeURIComponent(version);
  var source = new EventSource(url);
  var pending = null;
  function say(text, on) {
    if (!status) return;
    status.textContent = text;
    status.classList.toggle("on", on);
  }
  function refresh(changed) {
    fetch(window.location.href, { headers: { Accept: "text/html" } })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.querySelector("[data-live-region]");
        var region = document.querySelector("[data-live-region]");
        if (!fresh || !region) return;
        // Keep the keyboard focus where it was when the element is still there.
        var focused = document.activeElement && document.activeElement.id;
        region.replaceWith(fresh);
        if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
        changed.forEach(function (id) {
          var row = fresh.querySelector('tr[data-incident="' + CSS.escape(id) + '"]');
          if (row) row.classList.add("flash");
        });
        say("Live · updated " + new Date().toISOString().slice(11, 19) + " UTC", true);
      })
      .catch(function () { say("Live · update failed, retrying", false); });
  }
  source.addEventListener("open", function () { say("Live", true); });
  source.addEventListener("error", function () { say("Reconnecting…", false); });
  source.addEventListener("state", function (event) {
    var data = JSON.parse(event.data);
    // Several changes in a burst make one fetch.
    if (pending) { pending.ids.push(data.incident_id); return; }
    pending = { ids: [data.incident_id] };
    setTimeout(function () { var ids = pending.ids; pending = null; refresh(ids); }, 150);
  });
})();
