/*
 * The QR scanner of /tra-cuu-phuong-tien-do: where the browser has its own BarcodeDetector (Chromium on Android),
 * "Quét mã QR" opens the back camera and reads the sticker; the code (the last path segment when the QR holds the
 * page's address) goes into the typed-code form, which is sent. No library is loaded. Without the detector, the
 * camera or script, the typed-code form does the same.
 */
(function () {
    'use strict';

    function codeIn(value) {
        var text = String(value || '').trim().split('#')[0].split('?')[0].replace(/\/+$/, '');
        return text.indexOf('/') >= 0 ? text.substring(text.lastIndexOf('/') + 1) : text;
    }

    function start() {
        var box = document.getElementById('scanner');
        if (!box) {
            return;
        }
        var button = document.getElementById('scan-start');
        var video = document.getElementById('scan-video');
        var status = document.getElementById('scan-status');
        var form = document.getElementById('code-form');
        var input = document.getElementById('ma');
        var supported = 'BarcodeDetector' in window && navigator.mediaDevices && navigator.mediaDevices.getUserMedia;
        if (!supported) {
            status.textContent = box.getAttribute('data-label-unsupported');
            return;
        }
        button.hidden = false;
        button.addEventListener('click', function () {
            var detector;
            try {
                detector = new window.BarcodeDetector({formats: ['qr_code']});
            } catch (e) {
                status.textContent = box.getAttribute('data-label-unsupported');
                return;
            }
            navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}, audio: false}).then(function (stream) {
                var busy = false;
                video.srcObject = stream;
                video.hidden = false;
                button.hidden = true;
                video.play();
                status.textContent = box.getAttribute('data-label-scanning');
                var timer = window.setInterval(function () {
                    if (busy || video.readyState < 2) {
                        return;
                    }
                    busy = true;
                    detector.detect(video).then(function (codes) {
                        busy = false;
                        if (!codes.length) {
                            return;
                        }
                        window.clearInterval(timer);
                        stream.getTracks().forEach(function (track) { track.stop(); });
                        input.value = codeIn(codes[0].rawValue);
                        status.textContent = box.getAttribute('data-label-found');
                        form.submit();
                    }, function () {
                        busy = false;
                    });
                }, 300);
            }, function () {
                status.textContent = box.getAttribute('data-label-denied');
            });
        });
    }

    document.addEventListener('DOMContentLoaded', start);
})();
