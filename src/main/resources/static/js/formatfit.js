// FormatFit enhancements. Everything works without this file; it only makes the long
// questionnaire easier on a phone by showing one section at a time.
(function () {
	'use strict';

	function enhanceQuestionnaire(form) {
		var sections = Array.prototype.slice.call(form.querySelectorAll('[data-section]'));
		// After a failed submit every question stays in view, so that the error summary's
		// links lead straight to each one.
		if (sections.length < 2 || document.querySelector('[data-error-summary]')) {
			return;
		}
		var actions = form.querySelector('.form-actions');
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
		var current = 0;

		function show(index, moveFocus) {
			current = index;
			sections.forEach(function (section, i) {
				section.hidden = i !== index;
			});
			back.hidden = index === 0;
			next.hidden = index === sections.length - 1;
			actions.hidden = index !== sections.length - 1;
			if (moveFocus) {
				var legend = sections[index].querySelector('legend');
				legend.setAttribute('tabindex', '-1');
				legend.focus();
			}
		}

		back.addEventListener('click', function () {
			show(Math.max(0, current - 1), true);
		});
		next.addEventListener('click', function () {
			show(Math.min(sections.length - 1, current + 1), true);
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
		var target = window.location.hash ? document.getElementById(window.location.hash.slice(1)) : null;
		var start = target ? sections.indexOf(target.closest('[data-section]')) : -1;
		show(Math.max(start, 0), false);
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
