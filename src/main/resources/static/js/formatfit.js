// FormatFit enhancements. Everything works without this file; it only makes the long
// questionnaire easier on a phone: one section at a time, each checked on Next, and the
// answers in progress kept in the tab.
(function () {
	'use strict';

	// Answers in progress are kept in this tab only (sessionStorage: gone when the tab
	// closes), so that a reload, a language switch or a look at another page loses none of
	// them. A real submit clears them: the result's link holds them from then on.
	var STORAGE_KEY = 'formatfit.questionnaire';

	function readProgress() {
		try {
			return JSON.parse(window.sessionStorage.getItem(STORAGE_KEY)) || null;
		}
		catch (e) {
			return null;
		}
	}

	function writeProgress(progress) {
		try {
			if (progress) {
				window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(progress));
			}
			else {
				window.sessionStorage.removeItem(STORAGE_KEY);
			}
		}
		catch (e) {
			// Storage turned off or full: the form still works, it only forgets on a reload.
		}
	}

	function enhanceQuestionnaire(form) {
		var questions = Array.prototype.slice.call(form.querySelectorAll('fieldset.question'));
		var sections = Array.prototype.slice.call(form.querySelectorAll('[data-section]'));
		var wizard = sections.length > 1 && !document.querySelector('[data-error-summary]');
		var current = 0;
		// Whether the last click was on a button that only carries the answers, for a browser
		// that does not say which button sent the form (event.submitter).
		var carryingAnswers = false;
		// The line under the buttons that says a section is not complete (wizard only).
		var incomplete = null;

		function checkedInput(question) {
			return question.querySelector('input:checked');
		}

		function answers() {
			var given = {};
			questions.forEach(function (question) {
				var input = checkedInput(question);
				if (input) {
					given[input.name] = input.value;
				}
			});
			return given;
		}

		function save() {
			writeProgress({ answers: answers(), section: current });
		}

		// Whether a submit only carries the answers to this page again (a GET: the language
		// switch, or Save and go on): neither checked nor the end of what the tab keeps.
		function onlyCarriesAnswers(event) {
			var carries = event.submitter ? event.submitter.getAttribute('formmethod') === 'get' : carryingAnswers;
			carryingAnswers = false;
			return carries;
		}

		// Answers the page came with (a language switch, a "Change" link, a reload the browser
		// restored) win; the stored ones fill only the questions left open. A page that came
		// back with the server's errors shows what was sent, and nothing else.
		var stored = wizard ? readProgress() : null;
		if (stored && stored.answers) {
			questions.forEach(function (question) {
				if (checkedInput(question)) {
					return;
				}
				Array.prototype.forEach.call(question.querySelectorAll('input[type=radio]'), function (input) {
					if (input.value === stored.answers[input.name]) {
						input.checked = true;
					}
				});
			});
		}

		// The server's own error message for an open question, hidden until Next finds it
		// open: shown in place, and read with the question.
		function showMissing(question, missing) {
			var message = question.querySelector('.error-message');
			var described = (question.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
				return id && id !== message.id;
			});
			if (missing) {
				described.push(message.id);
				question.setAttribute('aria-invalid', 'true');
			}
			else {
				question.removeAttribute('aria-invalid');
			}
			message.hidden = !missing;
			message.parentNode.classList.toggle('has-error', missing);
			question.setAttribute('aria-describedby', described.join(' '));
		}

		form.addEventListener('change', function (event) {
			var question = event.target.closest('fieldset.question');
			if (question && wizard) {
				showMissing(question, false);
				if (!sections[current].querySelector('[aria-invalid=true]')) {
					incomplete.textContent = '';
				}
			}
			save();
		});

		// The other language is a button of this form, as is Save and go on (GETs that carry
		// the answers): they must neither be checked nor clear what is kept.
		Array.prototype.forEach.call(document.querySelectorAll('button[formmethod=get]'), function (button) {
			button.addEventListener('click', function () {
				carryingAnswers = true;
			});
		});

		// Back from the next page, the browser may show this one as it was left.
		window.addEventListener('pageshow', function () {
			carryingAnswers = false;
		});

		// A real submit ends what the tab keeps, once the form is ready to go: with one
		// section at a time, when every section is complete.
		var readyToSend = function () {
			return true;
		};
		form.addEventListener('submit', function (event) {
			if (onlyCarriesAnswers(event)) {
				return;
			}
			if (!readyToSend()) {
				event.preventDefault();
				return;
			}
			writeProgress(null);
		});

		if (!wizard) {
			return;
		}

		var actions = form.querySelector('.form-actions');
		Array.prototype.forEach.call(form.querySelectorAll('[data-section-actions]'), function (saveAndGoOn) {
			saveAndGoOn.hidden = true;
		});
		var progress = document.createElement('div');
		progress.className = 'wizard-progress';
		var progressText = document.createElement('p');
		progressText.className = 'wizard-progress-text';
		progressText.id = 'wizard-progress-text';
		var progressBar = document.createElement('progress');
		progressBar.max = sections.length;
		progressBar.setAttribute('aria-labelledby', progressText.id);
		progress.appendChild(progressText);
		progress.appendChild(progressBar);
		// Shown, and announced when it changes (role=status); it says what the legends'
		// numbers said, so those go quiet, and the focus on a legend reads only its title.
		function sectionNumber(index) {
			return sections[index].querySelector('.section-number');
		}
		sections.forEach(function (section, i) {
			sectionNumber(i).setAttribute('aria-hidden', 'true');
		});
		// Its first words before it is in the page, which must not announce them on arrival.
		var resumed = stored && Number.isInteger(stored.section) ? stored.section : 0;
		var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
		var start = target ? sections.indexOf(target.closest('[data-section]')) : -1;
		var first = (start >= 0) ? start : Math.min(Math.max(resumed, 0), sections.length - 1);
		progressText.textContent = sectionNumber(first).textContent;
		progressText.setAttribute('role', 'status');
		form.parentNode.insertBefore(progress, form);

		var nav = document.createElement('div');
		nav.className = 'wizard-nav';
		var back = document.createElement('button');
		back.type = 'button';
		back.className = 'button';
		back.textContent = form.getAttribute('data-back-label');
		var next = document.createElement('button');
		next.type = 'button';
		next.className = 'button button-primary';
		next.textContent = form.getAttribute('data-next-label');
		nav.appendChild(back);
		nav.appendChild(next);
		actions.parentNode.insertBefore(nav, actions);
		// Rendered even when empty (no height then): a live region that appears with its text
		// is not announced by every screen reader.
		incomplete = document.createElement('p');
		incomplete.className = 'wizard-incomplete';
		incomplete.setAttribute('role', 'alert');
		actions.parentNode.insertBefore(incomplete, actions);

		// The page's introduction (its lead, and the group that invited the student) is read
		// once, with the first section: after it, each section starts at the top of the
		// screen instead of under 400 px of words read already.
		var introduction = Array.prototype.slice.call(document.querySelectorAll('[data-questionnaire-introduction]'));

		// Shows a section; remembers it in the tab when the student moved there.
		function show(index, moveFocus, remember) {
			current = index;
			sections.forEach(function (section, i) {
				section.hidden = i !== index;
			});
			introduction.forEach(function (part) {
				part.hidden = index > 0;
			});
			// Switching language comes back to this section.
			Array.prototype.forEach.call(document.querySelectorAll('.language-button[formaction]'), function (button) {
				button.setAttribute('formaction', button.getAttribute('formaction').split('#')[0] + '#' + sections[index].id);
			});
			back.hidden = index === 0;
			next.hidden = index === sections.length - 1;
			actions.hidden = index !== sections.length - 1;
			incomplete.textContent = '';
			progressText.textContent = sectionNumber(index).textContent;
			progressBar.value = index + 1;
			if (moveFocus) {
				// The progress line, then the section's title and its first question, at the
				// top of the screen; the focus on the title without scrolling again.
				progress.scrollIntoView({ block: 'start' });
				var legend = sections[index].querySelector('legend');
				legend.setAttribute('tabindex', '-1');
				legend.focus({ preventScroll: true });
			}
			if (remember) {
				save();
			}
		}

		// Whether every question of a section has an answer; if not, each open one says so
		// in place and the first has the focus.
		function complete(index) {
			var open = questions.filter(function (question) {
				return sections[index].contains(question) && !checkedInput(question);
			});
			if (open.length === 0) {
				return true;
			}
			if (index !== current) {
				show(index, false, true);
			}
			open.forEach(function (question) {
				showMissing(question, true);
			});
			incomplete.textContent = form.getAttribute('data-incomplete-label');
			open[0].querySelector('input').focus();
			return false;
		}

		back.addEventListener('click', function () {
			show(Math.max(0, current - 1), true, true);
		});
		next.addEventListener('click', function () {
			if (complete(current)) {
				show(Math.min(sections.length - 1, current + 1), true, true);
			}
		});
		// Enter on an answer is Next until the last section: the form's own default would
		// check every section at once.
		form.addEventListener('keydown', function (event) {
			if (event.key === 'Enter' && event.target.type === 'radio' && current < sections.length - 1) {
				event.preventDefault();
				next.click();
			}
		});
		readyToSend = function () {
			for (var i = 0; i < sections.length; i++) {
				if (!complete(i)) {
					return false;
				}
			}
			return true;
		};
		// A browser's own validation or a link to a field inside a hidden section must still work.
		form.addEventListener('focusin', function (event) {
			var section = event.target.closest('[data-section]');
			var index = sections.indexOf(section);
			if (index >= 0 && index !== current) {
				show(index, false, true);
			}
		});
		// A result's "Change" link names one question: open its section, on that question.
		// Otherwise the section the student was on in this tab (after a reload or a language
		// switch), else the first. Nothing is written to the tab until the student acts.
		show(first, false, false);
		if (start >= 0) {
			var input = target.querySelector('input:checked') || target.querySelector('input');
			// After the browser's own jump to the fragment, which would take the focus back.
			window.addEventListener('load', function () {
				target.scrollIntoView();
				if (input) {
					input.focus();
				}
			});
		}
		form.setAttribute('data-enhanced', 'true');
	}

	// A "Copy link" button next to a read-only link field. Without JavaScript the button stays
	// hidden and the link is there to copy by hand.
	function enhanceCopyButton(button) {
		var field = document.getElementById(button.getAttribute('data-copy'));
		var status = button.parentNode.parentNode.querySelector('[data-copy-status]');
		if (!field) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			function copied(ok) {
				if (status) {
					status.textContent = button.getAttribute(ok ? 'data-copied' : 'data-copy-failed');
				}
			}
			// The older way copies the selection, so it needs the field selected for a moment;
			// focus goes back to the button either way.
			function copyBySelection() {
				field.focus();
				field.select();
				var ok = document.execCommand('copy');
				button.focus();
				copied(ok);
			}
			if (navigator.clipboard && window.isSecureContext) {
				navigator.clipboard.writeText(field.value).then(function () {
					copied(true);
				}, copyBySelection);
			} else {
				copyBySelection();
			}
		});
	}

	function focusErrorSummary() {
		var summary = document.querySelector('[data-error-summary]');
		if (summary) {
			summary.focus();
		}
	}

	// An advisor group's page: the results part is fetched again every few seconds and put in
	// place when it changed, while the tab is visible. Without JavaScript, the Refresh link
	// reloads the page. Nothing is replaced while the advisor is inside that part (focus), so
	// that a keyboard user never loses their place. How often is the page's to say
	// (data-group-live, in milliseconds: formatfit.groups.live-refresh).
	var GROUP_REFRESH_DEFAULT_MS = 10000;

	// The page answers 304 while nothing changed (its ETag is the results' version), so that
	// an open tab costs the server next to nothing. Live updates can be paused (WCAG 2.2.2).
	function enhanceGroupPage(live) {
		var busy = false;
		var paused = false;
		var version = null;
		var controls = document.querySelector('[data-group-live-controls]');
		var pause = document.querySelector('[data-group-pause]');
		if (controls && pause) {
			controls.hidden = false;
			pause.addEventListener('click', function () {
				paused = !paused;
				pause.setAttribute('aria-pressed', paused ? 'true' : 'false');
			});
		}
		function update() {
			if (busy || paused || document.hidden || live.contains(document.activeElement)) {
				return;
			}
			busy = true;
			var headers = version ? { 'If-None-Match': version } : {};
			fetch(window.location.href, { credentials: 'same-origin', cache: 'no-store', headers: headers })
				.then(function (response) {
					if (response.status === 304 || !response.ok) {
						return null;
					}
					return response.text().then(function (html) {
						return { html: html, version: response.headers.get('ETag') };
					});
				})
				.then(function (answer) {
					// Paused, or the advisor went into the results while the answer was on
					// its way: nothing moves, and the version is not taken, so the next
					// round gets the content again rather than a 304.
					if (answer === null || paused || live.contains(document.activeElement)) {
						return;
					}
					var fresh = new DOMParser().parseFromString(answer.html, 'text/html').querySelector('[data-group-live]');
					if (!fresh) {
						return;
					}
					if (fresh.innerHTML !== live.innerHTML) {
						var count = live.querySelector('.group-count strong');
						var freshCount = fresh.querySelector('.group-count strong');
						live.innerHTML = fresh.innerHTML;
						var announce = document.querySelector('[data-group-announce]');
						if (announce && count && freshCount && count.textContent !== freshCount.textContent) {
							announce.textContent = freshCount.textContent;
						}
					}
					version = answer.version;
				})
				.catch(function () {
					// Offline for a moment: the next round tries again.
				})
				.then(function () {
					busy = false;
				});
		}
		var every = parseInt(live.getAttribute('data-group-live'), 10);
		window.setInterval(update, every > 0 ? every : GROUP_REFRESH_DEFAULT_MS);
	}

	// Inside a school's frame, whose height the school's page sets (assets/embed.js): the
	// page's height goes to the page around it whenever it changes, and nothing else does,
	// whoever that page is.
	function reportHeightToTheFrame() {
		if (window.parent === window || typeof ResizeObserver !== 'function') {
			return;
		}
		var reported = 0;
		new ResizeObserver(function () {
			var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
			if (height !== reported) {
				reported = height;
				window.parent.postMessage({ formatfit: 'height', height: height }, '*');
			}
		}).observe(document.documentElement);
	}

	document.addEventListener('DOMContentLoaded', function () {
		reportHeightToTheFrame();
		var live = document.querySelector('[data-group-live]');
		if (live) {
			enhanceGroupPage(live);
		}
		var form = document.querySelector('[data-questionnaire]');
		if (form) {
			enhanceQuestionnaire(form);
		}
		Array.prototype.forEach.call(document.querySelectorAll('[data-copy]'), enhanceCopyButton);
		focusErrorSummary();
	});
})();
