// The asset form's enhancement: a small map where a click, or dragging the marker, fills in the latitude and
// longitude fields, and typing in them moves the marker. Without it the two fields work as they are.
(function () {
    "use strict";

    var element = document.getElementById("place-map");
    var latitude = document.getElementById("latitude");
    var longitude = document.getElementById("longitude");
    if (!element || !latitude || !longitude || typeof L === "undefined") {
        return;
    }
    element.classList.add("place-map--live");
    var map = L.map(element, {minZoom: 3, maxZoom: 18});
    patchworkMapBackground(map, element);
    var marker = null;

    var typed = read();
    if (typed) {
        map.setView(typed, 15);
        place(typed);
    } else {
        map.setView([Number(element.dataset.latitude), Number(element.dataset.longitude)], Number(element.dataset.zoom));
    }

    map.on("click", function (event) {
        place(event.latlng);
        write(event.latlng);
    });
    [latitude, longitude].forEach(function (field) {
        field.addEventListener("change", function () {
            var point = read();
            if (point) {
                place(point);
                map.panTo(point);
            }
        });
    });

    function place(point) {
        if (marker) {
            marker.setLatLng(point);
            return;
        }
        marker = L.marker(point, {draggable: true, title: "The asset's position", alt: "The asset's position"}).addTo(map);
        marker.on("dragend", function () {
            write(marker.getLatLng());
        });
    }

    // Six decimals are about 10 cm: finer than anyone clicks.
    function write(point) {
        latitude.value = point.lat.toFixed(6);
        longitude.value = L.Util.wrapNum(point.lng, [-180, 180], true).toFixed(6);
        element.dataset.placed = latitude.value + "," + longitude.value;
    }

    function read() {
        var lat = parseFloat(latitude.value);
        var lng = parseFloat(longitude.value);
        if (isNaN(lat) || isNaN(lng) || lat < -90 || lat > 90 || lng < -180 || lng > 180) {
            return null;
        }
        return L.latLng(lat, lng);
    }
})();
