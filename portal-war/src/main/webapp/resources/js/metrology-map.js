/*
 * A ward's metrology page, with script: its reference scales on a Leaflet map (Leaflet from the WAR, tiles from the
 * configured tile server). The map only adds to the list under it, which holds everything: without script, without
 * Leaflet or without tiles the page stays whole.
 */
(function () {
    'use strict';

    function start() {
        var box = document.getElementById('scale-map');
        if (!box || !window.L || !box.getAttribute('data-tile-url')) {
            return;
        }
        var points = [];
        var items = document.querySelectorAll('#scale-list [data-lat]');
        box.hidden = false;
        L.Icon.Default.imagePath = box.getAttribute('data-icons');
        var map = L.map(box, {scrollWheelZoom: false});
        var attribution = document.createElement('span');
        attribution.textContent = box.getAttribute('data-attribution') || '';
        L.tileLayer(box.getAttribute('data-tile-url'), {maxZoom: 19, attribution: attribution.innerHTML}).addTo(map);
        items.forEach(function (item) {
            var lat = parseFloat(item.getAttribute('data-lat'));
            var lon = parseFloat(item.getAttribute('data-lon'));
            if (isNaN(lat) || isNaN(lon)) {
                return;
            }
            var name = item.getAttribute('data-name') || '';
            var popup = document.createElement('span');
            popup.textContent = name;
            L.marker([lat, lon], {title: name, alt: name}).addTo(map).bindPopup(popup);
            points.push([lat, lon]);
        });
        if (points.length === 0) {
            box.hidden = true;
            map.remove();
        } else if (points.length === 1) {
            map.setView(points[0], 16);
        } else {
            map.fitBounds(points, {padding: [24, 24], maxZoom: 17});
        }
    }

    document.addEventListener('DOMContentLoaded', start);
})();
