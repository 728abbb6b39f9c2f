// The narration player: follows the audio sentence by sentence (a class and aria-current on the
// sentence being read), seeks on a click, previous/next sentence, speed.  No network, no storage.
(function () {
  "use strict";
  var audio = document.getElementById("np-audio");
  var data = document.getElementById("np-timings");
  if (!audio || !data) { return; }
  var cues = JSON.parse(data.textContent || "[]");
  var play = document.getElementById("np-play");
  var prev = document.getElementById("np-prev");
  var next = document.getElementById("np-next");
  var rate = document.getElementById("np-rate");
  var time = document.getElementById("np-time");
  var status = document.getElementById("np-status");
  var reader = document.querySelector(".reader");
  if (reader) { reader.classList.add("listening"); }

  function element(cue) {
    if (!cue) { return null; }
    return cue.sentence === null ? document.getElementById("title") : document.getElementById("s-" + cue.sentence);
  }
  function cueAt(t) {  // last cue starting at or before t (binary search)
    var lo = 0, hi = cues.length - 1, found = -1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (cues[mid].start <= t + 1e-3) { found = mid; lo = mid + 1; } else { hi = mid - 1; }
    }
    return found;
  }
  var current = -1;
  function mark(index) {
    if (index === current) { return; }
    var old = element(cues[current]);
    if (old) { old.classList.remove("speaking"); old.removeAttribute("aria-current"); }
    current = index;
    var el = element(cues[index]);
    if (el) {
      el.classList.add("speaking");
      el.setAttribute("aria-current", "true");
      var box = el.getBoundingClientRect();
      if (box.top < 0 || box.bottom > window.innerHeight - 80) {
        el.scrollIntoView({ block: "center", behavior: "smooth" });
      }
    }
  }
  function clock(t) {
    var s = Math.floor(t % 60);
    return Math.floor(t / 60) + ":" + (s < 10 ? "0" : "") + s;
  }
  function sync() {
    mark(cueAt(audio.currentTime));
    time.textContent = clock(audio.currentTime) + (isFinite(audio.duration) ? " / " + clock(audio.duration) : "");
  }
  function start() {
    // play() returns a promise that rejects when a pause() or a new seek interrupts it: not an error
    var pending = audio.play();
    if (pending && pending.catch) {
      pending.catch(function (error) {
        if (error && error.name === "NotAllowedError") { status.textContent = "Press Play to listen"; }
      });
    }
  }
  function seek(index) {
    if (index < 0 || index >= cues.length) { return; }
    audio.currentTime = cues[index].start;
    mark(index);
    if (audio.paused) { start(); }
  }
  var ticking = false;
  function tick() {
    sync();
    if (!audio.paused) { window.requestAnimationFrame(tick); } else { ticking = false; }
  }
  audio.addEventListener("play", function () {
    play.textContent = "Pause";
    play.setAttribute("aria-pressed", "true");
    status.textContent = "Playing";
    if (!ticking) { ticking = true; window.requestAnimationFrame(tick); }
  });
  audio.addEventListener("pause", function () {
    play.textContent = "Play";
    play.setAttribute("aria-pressed", "false");
    status.textContent = "Paused";
  });
  audio.addEventListener("ended", function () { mark(-1); });
  audio.addEventListener("timeupdate", sync);
  audio.addEventListener("seeking", sync);
  audio.addEventListener("seeked", sync);
  play.addEventListener("click", function () { if (audio.paused) { start(); } else { audio.pause(); } });
  prev.addEventListener("click", function () {
    var i = cueAt(audio.currentTime);
    // within the first second of a sentence, "previous" goes to the one before
    seek(i > 0 && audio.currentTime - cues[i].start < 1 ? i - 1 : Math.max(i, 0));
  });
  next.addEventListener("click", function () { seek(cueAt(audio.currentTime) + 1); });
  rate.addEventListener("change", function () { audio.playbackRate = parseFloat(rate.value) || 1; });
  var index = {};
  cues.forEach(function (cue, i) { index[cue.sentence === null ? "title" : "s-" + cue.sentence] = i; });
  document.addEventListener("click", function (event) {
    var target = event.target.closest ? event.target.closest(".s, #title") : null;
    if (!target || window.getSelection().toString()) { return; }
    var i = index[target.id];
    if (i !== undefined) { seek(i); }
  });
})();
