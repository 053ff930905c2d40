/*
 * FormatFit in a school's page: sizes each FormatFit frame to its content. The school's
 * page loads this file from FormatFit's own address, beside a frame marked data-formatfit:
 *
 *   <iframe data-formatfit src="https://formatfit.example.edu/questionnaire?embed" title="…"></iframe>
 *   <script src="https://formatfit.example.edu/assets/embed.js" async></script>
 *
 * It listens only to FormatFit's origin (the one this file came from) and only to its own
 * frames, and it reads only a height from them: the frame never sends a token or an address.
 */
(function () {
	'use strict';
	var script = document.currentScript;
	if (!script || !window.URL) {
		return;
	}
	var formatfit = new URL(script.src, document.baseURI).origin;
	// Bounds a height from a frame may set: a page of ours is never shorter or longer.
	var LEAST = 150;
	var MOST = 40000;

	// A page sent from low in a long frame (the questionnaire's last section) loads at the
	// frame's top: bring that top into view, or the student sees the school's page below.
	function showTopOnLoad(frame) {
		frame.addEventListener('load', function () {
			if (frame.getBoundingClientRect().top < 0) {
				frame.scrollIntoView();
			}
		});
	}
	Array.prototype.forEach.call(document.querySelectorAll('iframe[data-formatfit]'), showTopOnLoad);

	window.addEventListener('message', function (event) {
		var data = event.data;
		if (event.origin !== formatfit || !data || data.formatfit !== 'height' || typeof data.height !== 'number'
			|| !isFinite(data.height)) {
			return;
		}
		var frames = document.querySelectorAll('iframe[data-formatfit]');
		for (var i = 0; i < frames.length; i++) {
			if (frames[i].contentWindow === event.source) {
				frames[i].style.height = Math.round(Math.min(Math.max(data.height, LEAST), MOST)) + 'px';
			}
		}
	});
})();
