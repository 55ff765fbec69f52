/*
 * The platform's home, with script: the list of wards narrows as the resident types (names compared without
 * diacritics, as the server does), and "Dùng vị trí của tôi" sends the phone's position to the page (?lat=&lon=).
 * Without script the search is a plain GET form and the button stays hidden.
 */
(function () {
    'use strict';

    function fold(text) {
        return text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd')
            .replace(/[^a-z0-9]+/g, ' ').trim();
    }

    function narrow(input) {
        var words = fold(input.value).split(' ').filter(function (w) { return w.length > 0; });
        document.querySelectorAll('[data-ward-group]').forEach(function (group) {
            var shown = 0;
            group.querySelectorAll('[data-ward]').forEach(function (item) {
                var text = item.getAttribute('data-ward');
                var match = words.every(function (w) { return text.indexOf(w) >= 0; });
                item.hidden = !match;
                if (match) {
                    shown++;
                }
            });
            group.hidden = shown === 0;
        });
    }

    function locate(button) {
        var status = document.getElementById('ward-locate-status');
        button.hidden = false;
        button.addEventListener('click', function () {
            status.textContent = button.getAttribute('data-locating');
            navigator.geolocation.getCurrentPosition(function (position) {
                window.location.href = button.getAttribute('data-action') + '?lat='
                    + position.coords.latitude.toFixed(5) + '&lon=' + position.coords.longitude.toFixed(5);
            }, function () {
                status.textContent = button.getAttribute('data-denied');
            }, {timeout: 15000, maximumAge: 600000});
        });
    }

    document.addEventListener('DOMContentLoaded', function () {
        var input = document.getElementById('ward-q');
        if (input) {
            input.addEventListener('input', function () { narrow(input); });
        }
        var button = document.getElementById('ward-locate');
        if (button && 'geolocation' in navigator) {
            locate(button);
        }
    });
})();
