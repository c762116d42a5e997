// The map page's enhancement: the page works without it (the filters are a plain GET form and the list beside the
// map is rendered by the server). With it, the map shows the listed assets' markers, clustered, for the area in
// view; as the visitor pans or zooms it asks the assets API for that bounding box with the same filters, redraws the
// list from the answer and keeps the address (and the form's bounding box) in step, so a reload or a shared link
// shows the same view.
(function () {
    "use strict";

    var LONDON = [[51.28, -0.51], [51.70, 0.34]];
    var MARKERS = 2000;
    var PAGE = 50;

    var element = document.getElementById("asset-map");
    if (!element || typeof L === "undefined") {
        return;
    }
    var list = document.getElementById("map-list");
    var status = document.getElementById("map-list-status");
    var pager = document.getElementById("map-pager");
    var bboxField = document.getElementById("filter-bbox");
    var filters = new URLSearchParams(window.location.search);
    // The same script draws the hubs' map (/hubs/map), whose features also name the hub they come from.
    var page = element.dataset.page || "/map";

    element.textContent = "";
    element.classList.add("asset-map--live");
    // Without tiles nothing tells the map how far it zooms, and the clusters need to know.
    var map = L.map(element, {minZoom: 3, maxZoom: 18});
    patchworkMapBackground(map, element);
    // The clusters are computed for the map's zoom: the map needs its view before they are added.
    var box = parseBox(filters.get("bbox"));
    map.fitBounds(box || LONDON);
    var markers = L.markerClusterGroup({showCoverageOnHover: false});
    map.addLayer(markers);

    var pending = null;
    var asked = 0;
    map.on("moveend", function () {
        window.clearTimeout(pending);
        pending = window.setTimeout(load, 150);
    });
    load();

    function load() {
        var bbox = boxOf(map.getBounds());
        var query = new URLSearchParams();
        ["category", "kind", "tag", "q", "hub"].forEach(function (name) {
            var value = filters.get(name);
            if (value) {
                query.set(name, value);
            }
        });
        query.set("bbox", bbox);
        query.set("limit", String(MARKERS));
        var ask = ++asked;
        element.dataset.state = "loading";
        fetch(element.dataset.api + "?" + query.toString(), {headers: {"Accept": "application/geo+json"}})
            .then(function (response) {
                if (!response.ok) {
                    throw new Error("the assets API answered " + response.status);
                }
                return response.json();
            })
            .then(function (collection) {
                if (ask !== asked) {
                    return;
                }
                show(collection);
                keepAddress(query, bbox);
                element.dataset.count = String(collection.features.length);
                element.dataset.state = "loaded";
            })
            .catch(function (error) {
                element.dataset.state = "failed";
                status.textContent = "The map could not load the assets (" + error.message + "); the list is as the page came.";
            });
    }

    function show(collection) {
        markers.clearLayers();
        var placed = collection.features.map(function (feature) {
            var where = feature.geometry.coordinates;
            var marker = L.marker([where[1], where[0]], {title: feature.properties.name, alt: feature.properties.name});
            var link = document.createElement("a");
            link.href = feature.properties.url;
            link.textContent = feature.properties.name;
            var popup = document.createElement("div");
            popup.appendChild(link);
            popup.appendChild(document.createTextNode(" · " + feature.properties.kind + " · " + feature.properties.category_name));
            origin(popup, feature);
            marker.bindPopup(popup);
            return marker;
        });
        markers.addLayers(placed);
        redrawList(collection.features, collection.truncated);
    }

    // The list beside the map shows the first page of what is in view, as the server would for this address.
    function redrawList(features, truncated) {
        list.textContent = "";
        list.start = 1;
        features.slice(0, PAGE).forEach(function (feature) {
            var item = document.createElement("li");
            item.id = "asset-" + feature.properties.id;
            var link = document.createElement("a");
            link.href = feature.properties.url;
            link.textContent = feature.properties.name;
            item.appendChild(link);
            var kind = document.createElement("span");
            kind.className = "assets__kind";
            kind.textContent = " " + feature.properties.kind + " · " + feature.properties.category_name;
            item.appendChild(kind);
            if (feature.properties.postcode) {
                var postcode = document.createElement("span");
                postcode.className = "assets__postcode";
                postcode.textContent = " " + feature.properties.postcode;
                item.appendChild(postcode);
            }
            origin(item, feature);
            list.appendChild(item);
        });
        if (features.length === 0) {
            status.textContent = "No placed assets match in this area.";
        } else if (truncated) {
            status.textContent = "More than " + features.length + " assets in this area: zoom in to see them all. The first "
                + Math.min(PAGE, features.length) + ", by name.";
        } else {
            status.textContent = features.length + (features.length === 1 ? " asset" : " assets") + " in this area"
                + (features.length > PAGE ? "; the first " + PAGE + ", by name." : ", by name.");
        }
        pager.textContent = "";
        if (features.length > PAGE) {
            var next = document.createElement("a");
            next.id = "map-next";
            next.rel = "next";
            next.textContent = "Next";
            var query = new URLSearchParams(window.location.search);
            query.set("page", "2");
            next.href = page + "?" + query.toString();
            pager.appendChild(next);
        }
    }

    function keepAddress(query, bbox) {
        var address = new URLSearchParams(window.location.search);
        address.set("bbox", bbox);
        address.delete("page");
        window.history.replaceState(null, "", page + "?" + address.toString());
        bboxField.value = bbox;
        var next = document.getElementById("map-next");
        if (next) {
            address.set("page", "2");
            next.href = page + "?" + address.toString();
        }
    }

    function origin(parent, feature) {
        var from = feature.properties.origin;
        if (!from || !from.name) {
            return;
        }
        var hub = document.createElement("a");
        hub.className = "hub-item__hub";
        hub.href = from.url;
        hub.textContent = from.name;
        parent.appendChild(document.createTextNode(" · from "));
        parent.appendChild(hub);
    }

    function boxOf(bounds) {
        var west = Math.max(-180, bounds.getWest());
        var east = Math.min(180, bounds.getEast());
        var south = Math.max(-90, bounds.getSouth());
        var north = Math.min(90, bounds.getNorth());
        return [west, south, east, north].map(function (value) {
            return value.toFixed(5);
        }).join(",");
    }

    function parseBox(text) {
        if (!text) {
            return null;
        }
        var parts = text.split(",").map(Number);
        if (parts.length !== 4 || parts.some(isNaN)) {
            return null;
        }
        return [[parts[1], parts[0]], [parts[3], parts[2]]];
    }
})();
