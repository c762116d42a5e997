// What both maps draw underneath: the configured tiles, or the bundled outline of Greater London on a plain
// background (no third party is asked for anything).
function patchworkMapBackground(map, element) {
    "use strict";
    if (element.dataset.tileUrl) {
        L.tileLayer(element.dataset.tileUrl, {attribution: element.dataset.attribution, maxZoom: 19}).addTo(map);
        return;
    }
    map.attributionControl.addAttribution("Outline of Greater London: an approximation drawn for Patchwork");
    fetch(element.dataset.outline).then(function (response) {
        return response.json();
    }).then(function (outline) {
        L.geoJSON(outline, {interactive: false, style: {color: "#4a6b8a", weight: 2, fillColor: "#dfe8ef", fillOpacity: 0.5}})
            .addTo(map).bringToBack();
    });
}
