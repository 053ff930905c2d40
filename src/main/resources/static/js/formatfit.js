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
		var switchingLanguage = false;
		// The line by the buttons that says a section is not complete (wizard only).
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

		// Answers the page came with (a language switch, a "Change" link, a reload the browser
		// restored) win; the stored ones fill only the questions left open.
		var stored = readProgress();
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

		// The same error the server shows after a submit, put in place by Next.
		function markMissing(question) {
			var body = question.querySelector('.question-body');
			var errorId = question.id + '-error';
			if (!document.getElementById(errorId)) {
				var message = document.createElement('p');
				message.className = 'error-message';
				message.id = errorId;
				message.textContent = form.getAttribute('data-missing-label');
				body.insertBefore(message, body.querySelector('.options'));
			}
			body.classList.add('has-error');
			question.setAttribute('aria-invalid', 'true');
			question.setAttribute('aria-describedby', question.id + '-hint ' + errorId);
		}

		function clearMissing(question) {
			var message = document.getElementById(question.id + '-error');
			if (message) {
				message.parentNode.removeChild(message);
			}
			question.querySelector('.question-body').classList.remove('has-error');
			question.removeAttribute('aria-invalid');
			question.setAttribute('aria-describedby', question.id + '-hint');
		}

		form.addEventListener('change', function (event) {
			var question = event.target.closest('fieldset.question');
			if (question && wizard) {
				clearMissing(question);
				if (!sections[current].querySelector('[aria-invalid=true]')) {
					incomplete.textContent = '';
				}
			}
			save();
		});

		// The other language is a button of this form (a GET that carries the answers): it
		// must neither be checked nor clear what is kept.
		Array.prototype.forEach.call(document.querySelectorAll('button[name=lang]'), function (button) {
			button.addEventListener('click', function () {
				switchingLanguage = true;
			});
		});

		if (!wizard) {
			form.addEventListener('submit', function (event) {
				if (!switchingLanguage && !(event.submitter && event.submitter.name === 'lang')) {
					writeProgress(null);
				}
			});
			save();
			return;
		}

		var actions = form.querySelector('.form-actions');
		var progress = document.createElement('div');
		progress.className = 'wizard-progress';
		var progressText = document.createElement('p');
		progressText.className = 'wizard-progress-text';
		progressText.id = 'wizard-progress-text';
		// Announced when it changes, as well as shown.
		progressText.setAttribute('role', 'status');
		var progressBar = document.createElement('progress');
		progressBar.max = sections.length;
		progressBar.setAttribute('aria-labelledby', progressText.id);
		progress.appendChild(progressText);
		progress.appendChild(progressBar);
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
		incomplete = document.createElement('p');
		incomplete.className = 'wizard-incomplete';
		incomplete.setAttribute('role', 'alert');
		nav.appendChild(back);
		nav.appendChild(next);
		nav.appendChild(incomplete);
		actions.parentNode.insertBefore(nav, actions);

		function show(index, moveFocus) {
			current = index;
			sections.forEach(function (section, i) {
				section.hidden = i !== index;
			});
			back.hidden = index === 0;
			next.hidden = index === sections.length - 1;
			actions.hidden = index !== sections.length - 1;
			incomplete.textContent = '';
			progressText.textContent = sections[index].querySelector('.section-number').textContent;
			progressBar.value = index + 1;
			if (moveFocus) {
				var legend = sections[index].querySelector('legend');
				legend.setAttribute('tabindex', '-1');
				legend.focus();
			}
			save();
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
				show(index, false);
			}
			open.forEach(markMissing);
			incomplete.textContent = form.getAttribute('data-incomplete-label');
			open[0].querySelector('input').focus();
			return false;
		}

		back.addEventListener('click', function () {
			show(Math.max(0, current - 1), true);
		});
		next.addEventListener('click', function () {
			if (complete(current)) {
				show(Math.min(sections.length - 1, current + 1), true);
			}
		});
		form.addEventListener('submit', function (event) {
			if (switchingLanguage || (event.submitter && event.submitter.name === 'lang')) {
				return;
			}
			for (var i = 0; i < sections.length; i++) {
				if (!complete(i)) {
					event.preventDefault();
					return;
				}
			}
			writeProgress(null);
		});
		// A browser's own validation or a link to a field inside a hidden section must still work.
		form.addEventListener('focusin', function (event) {
			var section = event.target.closest('[data-section]');
			var index = sections.indexOf(section);
			if (index >= 0 && index !== current) {
				show(index, false);
			}
		});
		// A result's "Change" link names one question: open its section, on that question.
		// Otherwise the section the student was on in this tab (after a reload or a language
		// switch), else the first.
		var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
		var start = target ? sections.indexOf(target.closest('[data-section]')) : -1;
		var resumed = stored && typeof stored.section === 'number' ? stored.section : 0;
		show(start >= 0 ? start : Math.min(Math.max(resumed, 0), sections.length - 1), false);
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

	document.addEventListener('DOMContentLoaded', function () {
		var form = document.querySelector('[data-questionnaire]');
		if (form) {
			enhanceQuestionnaire(form);
		}
		Array.prototype.forEach.call(document.querySelectorAll('[data-copy]'), enhanceCopyButton);
		focusErrorSummary();
	});
})();
