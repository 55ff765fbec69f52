/* Report pages (/phan-anh, /tra-cuu): one submission per click, photo checks before upload, location, anonymity, copying the code. */
(function () {
    'use strict';

    function format(template, values) {
        return template.replace(/\{(\d+)\}/g, function (whole, i) {
            return values[i] === undefined ? whole : values[i];
        });
    }

    function megabytes(bytes) {
        return (bytes / (1024 * 1024)).toFixed(1).replace('.', ',');
    }

    /* Photos: list what was chosen; refuse more files, larger files or other types than the portal takes. */
    function photoProblems(input) {
        var problems = [];
        var max = parseInt(input.getAttribute('data-max-files'), 10);
        var maxBytes = parseInt(input.getAttribute('data-max-bytes'), 10);
        var files = Array.prototype.slice.call(input.files || []);
        if (files.length > max) {
            problems.push(format(input.getAttribute('data-label-too-many'), [max]));
        }
        files.forEach(function (file) {
            if (file.size > maxBytes) {
                problems.push(format(input.getAttribute('data-label-too-large'), [file.name, megabytes(maxBytes)]));
            } else if (file.type && !/^image\/(jpeg|png|webp)$/.test(file.type)) {
                problems.push(format(input.getAttribute('data-label-type'), [file.name]));
            }
        });
        return problems;
    }

    function showPhotos(input) {
        var list = input.closest('.field').querySelector('[data-photo-list]');
        if (!list) {
            return;
        }
        list.textContent = '';
        Array.prototype.forEach.call(input.files || [], function (file) {
            var item = document.createElement('li');
            item.textContent = file.name + ' (' + megabytes(file.size) + ' MB)';
            list.appendChild(item);
        });
        photoProblems(input).forEach(function (problem) {
            var item = document.createElement('li');
            item.className = 'report-photo-list__problem';
            item.textContent = problem;
            list.appendChild(item);
        });
    }

    document.addEventListener('change', function (event) {
        if (event.target.matches('[data-photo-input]')) {
            showPhotos(event.target);
        }
    });

    /* A form is sent once: a second click while the first is on its way does nothing. */
    document.addEventListener('submit', function (event) {
        var form = event.target;
        if (!form.matches('[data-report-form]')) {
            return;
        }
        if (form.getAttribute('data-sending') === '1') {
            event.preventDefault();
            return;
        }
        var photos = form.querySelector('[data-photo-input]');
        if (photos && photoProblems(photos).length > 0) {
            event.preventDefault();
            showPhotos(photos);
            photos.focus();
            return;
        }
        form.setAttribute('data-sending', '1');
        var button = event.submitter;
        if (button) {
            button.setAttribute('aria-busy', 'true');
            var label = button.getAttribute('data-busy-label');
            var text = button.querySelector('.ui-button-text');
            if (label && button.tagName === 'INPUT') {
                button.value = label;
            } else if (label) {
                (text || button).textContent = label;
            }
        }
    });

    window.addEventListener('pageshow', function () {
        document.querySelectorAll('form[data-sending]').forEach(function (form) {
            form.removeAttribute('data-sending');
        });
    });

    /* "Dùng vị trí hiện tại": the browser's position into the hidden latitude and longitude, said in words. */
    document.querySelectorAll('[data-location]').forEach(function (box) {
        var lat = box.querySelector('[data-location-lat]');
        var lon = box.querySelector('[data-location-lon]');
        var status = box.querySelector('[role=status]');
        function say(key, values) {
            status.textContent = format(box.getAttribute('data-label-' + key), values || []);
        }
        box.querySelector('[data-location-use]').addEventListener('click', function () {
            if (!navigator.geolocation) {
                say('unsupported');
                return;
            }
            say('locating');
            navigator.geolocation.getCurrentPosition(function (position) {
                lat.value = position.coords.latitude.toFixed(6);
                lon.value = position.coords.longitude.toFixed(6);
                say('found', [lat.value, lon.value, Math.round(position.coords.accuracy)]);
            }, function (error) {
                say(error.code === 1 ? 'denied' : 'unavailable');
            }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
        });
        box.querySelector('[data-location-clear]').addEventListener('click', function () {
            lat.value = '';
            lon.value = '';
            say('none');
        });
    });

    /* "Gửi ẩn danh" hides the contact inputs and empties them. */
    document.querySelectorAll('[data-anonymous]').forEach(function (checkbox) {
        var fields = checkbox.closest('[data-contact]').querySelector('[data-contact-fields]');
        function sync(clear) {
            fields.hidden = checkbox.checked;
            if (checkbox.checked && clear) {
                fields.querySelectorAll('input').forEach(function (input) {
                    input.value = '';
                });
            }
        }
        checkbox.addEventListener('change', function () {
            sync(true);
        });
        sync(false);
    });

    /* "Còn N ký tự" under a text area with a length limit. */
    document.querySelectorAll('[data-counter]').forEach(function (area) {
        var counter = document.getElementById(area.getAttribute('data-counter'));
        var max = parseInt(area.getAttribute('maxlength'), 10);
        function count() {
            counter.textContent = format(area.getAttribute('data-counter-template'), [max - area.value.length]);
        }
        area.addEventListener('input', count);
        count();
    });

    /* After a refused submission the summary of what to fix is read first: the focus goes to it. */
    var summary = document.querySelector('[data-error-summary]');
    if (summary) {
        summary.focus();
        summary.addEventListener('click', function (event) {
            var link = event.target.closest('a[href^="#"]');
            var target = link && document.getElementById(link.getAttribute('href').substring(1));
            if (!target) {
                return;
            }
            event.preventDefault();
            var input = target.matches('input, textarea, select') ? target : target.querySelector('input, textarea, select');
            (input || target).focus();
            target.scrollIntoView({block: 'center'});
        });
    }

    /* Copying the tracking code; where the clipboard is not available the code is selected for a manual copy. */
    document.addEventListener('click', function (event) {
        var button = event.target.closest('[data-copy]');
        if (!button) {
            return;
        }
        var target = document.getElementById(button.getAttribute('data-copy'));
        function select() {
            var range = document.createRange();
            range.selectNodeContents(target);
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
        }
        function copied() {
            button.setAttribute('data-done', '1');
            button.lastChild.textContent = ' ' + button.getAttribute('data-copied');
        }
        if (navigator.clipboard && window.isSecureContext) {
            navigator.clipboard.writeText(target.textContent.trim()).then(copied, select);
        } else {
            select();
        }
    });
}());
