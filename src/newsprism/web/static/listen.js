// The web reader's narration player.  "Listen" asks the server to start the narration and plays
// each sentence's clip as soon as it is made (the server synthesises the rest meanwhile), so the
// first words come within a second or two.  The player is fixed at the bottom of the window; the
// sentence being read is marked in the text (aria-current) and kept in view.
(function () {
  "use strict";
  var form = document.getElementById("listen-form");
  var player = document.getElementById("np-player");
  if (!form || !player) { return; }
  var base = form.getAttribute("data-narration");
  var csrf = form.querySelector("input[name=csrf]").value;
  var button = document.getElementById("listen-button");
  var play = document.getElementById("np-play");
  var prev = document.getElementById("np-prev");
  var next = document.getElementById("np-next");
  var rate = document.getElementById("np-rate");
  var close = document.getElementById("np-close");
  var progress = document.getElementById("np-progress");
  var prepared = document.getElementById("np-prepared");
  var time = document.getElementById("np-time");
  var status = document.getElementById("np-status");
  var reader = document.querySelector(".reader");

  var clips = [];        // {index, sentence, duration} in reading order, as they arrive
  var planned = 0, done = false, polling = null;
  var current = -1;      // index into clips of the clip playing (or paused)
  var waiting = false;   // the next clip is not made yet: play it when it comes
  var skipping;          // waiting after "next": skip the rest of this sentence (id) when it comes
  var audio = new Audio();
  var preload = new Audio();
  audio.preservesPitch = true;

  function failure(message, hint) {
    var box = form.querySelector(".action-status");
    var p = document.createElement("p");
    p.className = "error";
    p.setAttribute("role", "alert");
    p.textContent = message + (hint ? " \u2014 " + hint : "");
    box.replaceChildren(p);
  }
  function request(method) {
    return fetch(base, {
      method: method,
      headers: { "X-CSRF-Token": csrf, "Accept": "application/json" },
      credentials: "same-origin"
    }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) { throw body && body.message ? body : { message: "The server answered " + r.status, hint: "try again" }; }
        return body;
      });
    });
  }
  function element(clip) {
    if (!clip) { return null; }
    return clip.sentence === null ? document.getElementById("title") : document.getElementById("s-" + clip.sentence);
  }
  var marked = null;     // the element marked as being read
  function mark(index) {
    var el = element(clips[index]);
    if (marked && marked !== el) { marked.classList.remove("speaking"); marked.removeAttribute("aria-current"); }
    marked = el;
    if (el) {
      el.classList.add("speaking");
      el.setAttribute("aria-current", "true");
      var box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight - player.offsetHeight - 16) {
        el.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }
  }
  function clock(t) {
    var s = Math.floor(t % 60);
    return Math.floor(t / 60) + ":" + (s < 10 ? "0" : "") + s;
  }
  function elapsed() {
    var t = 0;
    for (var i = 0; i < current && i < clips.length; i++) { t += clips[i].duration; }
    return t + (audio.currentTime || 0);
  }
  function total() {
    return clips.reduce(function (t, c) { return t + c.duration; }, 0);
  }
  function showTime() {
    time.textContent = clock(elapsed()) + (done ? " / " + clock(total()) : "");
  }
  function showProgress() {
    var seen = {};
    clips.forEach(function (c) { seen[c.sentence] = true; });
    var made = Object.keys(seen).length;
    progress.max = Math.max(planned, 1);
    progress.value = done ? progress.max : Math.min(made, progress.max);
    prepared.textContent = done ? "" : "preparing " + Math.min(made, planned) + " of " + planned + " sentences";
  }
  function src(index) { return base + "/" + index + ".wav"; }
  function playClip(index) {
    if (index < 0) { index = 0; }
    if (index >= clips.length) {
      if (done) { stop(false); return; }
      waiting = true;  // not made yet: poll() plays it when it arrives
      current = index;
      audio.pause();
      status.textContent = "Preparing the next sentence";
      return;
    }
    if (waiting && skipping !== undefined) {
      while (index < clips.length && clips[index].sentence === skipping) { index++; }
      if (index >= clips.length) { current = index; return; }
    }
    waiting = false;
    skipping = undefined;
    mark(index);
    current = index;
    audio.src = src(index);
    audio.playbackRate = parseFloat(rate.value) || 1;
    var pending = audio.play();
    if (pending && pending.catch) {
      pending.catch(function (error) {
        if (error && error.name === "NotAllowedError") { status.textContent = "Press Play to listen"; }
      });
    }
    if (index + 1 < clips.length) { preload.src = src(index + 1); preload.load(); }
  }
  function poll() {
    request("GET").then(function (state) {
      if (state.error) { stopPolling(); failure(state.error.message, state.error.hint); return; }
      clips = state.clips || [];
      planned = state.planned || planned;
      done = !!state.done;
      showProgress();
      showTime();
      if (waiting && current < clips.length) { playClip(current); }
      if (done) { stopPolling(); }
    }).catch(function (e) { stopPolling(); failure(e.message || "newsprism did not answer", e.hint || "check that 'newsprism serve' is running"); });
  }
  function stopPolling() { if (polling) { clearInterval(polling); polling = null; } }
  function stop(hide) {
    audio.pause();
    waiting = false;
    mark(-1);
    current = -1;
    if (hide) {
      player.hidden = true;
      document.body.classList.remove("has-player");
      if (reader) { reader.classList.remove("listening"); }
      button.focus();
    }
  }
  function start() {
    form.querySelector(".action-status").replaceChildren();
    player.hidden = false;
    document.body.classList.add("has-player");
    if (reader) { reader.classList.add("listening"); }
    status.textContent = "Preparing the narration";
    current = 0;
    waiting = true;
    request("POST").then(function (state) {
      if (state.error) { failure(state.error.message, state.error.hint); return; }
      clips = state.clips || [];
      planned = state.planned || 0;
      done = !!state.done;
      showProgress();
      if (current < clips.length) { playClip(current); }
      if (!done && !polling) { polling = setInterval(poll, 250); }
    }).catch(function (e) {
      failure(e.message || "newsprism did not answer", e.hint || "check that 'newsprism serve' is running");
      stop(true);
    });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    if (player.hidden) { start(); } else { play.focus(); }
  });
  audio.addEventListener("ended", function () { if (!waiting) { playClip(current + 1); } });
  audio.addEventListener("timeupdate", showTime);
  audio.addEventListener("play", function () {
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    status.textContent = "Playing";
  });
  audio.addEventListener("pause", function () {
    if (audio.ended || waiting) { return; }  // between two clips: still playing
    play.textContent = "Play";
    play.setAttribute("aria-pressed", "false");
    status.textContent = "Paused";
  });
  audio.addEventListener("error", function () {
    if (current >= 0) { failure("A piece of the narration could not be played", "press Listen again"); }
  });
  play.addEventListener("click", function () {
    if (current < 0) { playClip(0); return; }
    if (audio.paused && !waiting) { var p = audio.play(); if (p && p.catch) { p.catch(function () {}); } }
    else { audio.pause(); }
  });
  // previous/next sentence: clips of one sentence (the first may come in two parts) count once
  function sentenceStart(index) {
    while (index > 0 && clips[index - 1] && clips[index].sentence === clips[index - 1].sentence) { index--; }
    return index;
  }
  prev.addEventListener("click", function () {
    var i = sentenceStart(Math.max(current, 0));
    playClip(audio.currentTime < 1 && i > 0 ? sentenceStart(i - 1) : i);
  });
  next.addEventListener("click", function () {
    var from = clips[Math.max(current, 0)];
    var i = Math.max(current, 0) + 1;
    while (i < clips.length && clips[i].sentence === clips[i - 1].sentence) { i++; }
    if (i >= clips.length && from) { skipping = from.sentence; }
    playClip(i);
  });
  rate.addEventListener("change", function () { audio.playbackRate = parseFloat(rate.value) || 1; });
  close.addEventListener("click", function () { stop(true); });
  // clicking a sentence while listening reads from there
  document.addEventListener("click", function (event) {
    if (player.hidden || !event.target.closest) { return; }
    var target = event.target.closest(".reader .s, #title");
    if (!target || window.getSelection().toString()) { return; }
    for (var i = 0; i < clips.length; i++) {
      if (element(clips[i]) === target) { playClip(sentenceStart(i)); return; }
    }
  });
  document.addEventListener("newsprism:key", function (ev) {
    if (ev.detail === "l") { form.requestSubmit(); }
    else if (player.hidden) { return; }
    else if (ev.detail === "p") { play.click(); }
    else if (ev.detail === ".") { next.click(); }
    else if (ev.detail === ",") { prev.click(); }
  });
})();
