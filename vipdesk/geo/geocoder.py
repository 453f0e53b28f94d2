"""geopy's Geocoder interface over the offline gazetteer, and a factory for online ones."""

from __future__ import annotations

import logging
import os
from dataclasses import asdict, fields
from typing import Any

from geopy.exc import GeopyError
from geopy.geocoders import get_geocoder_for_service
from geopy.geocoders.base import DEFAULT_SENTINEL, Geocoder
from geopy.location import Location
from geopy.point import Point

from vipdesk.geo.gazetteer import Place
from vipdesk.geo.points import point_place
from vipdesk.geo.resolve import candidates, resolve_location

log = logging.getLogger(__name__)

OFFLINE_NAMES = {"", "offline", "vipdesk", "gazetteer"}


def to_location(place: Place) -> Location:
    """A geopy Location for a Place: address is the full Chinese path, raw the Place's fields."""
    return Location(place.path, Point(place.lat, place.lon), asdict(place))


def place_from_location(location: Location) -> Place:
    """The Place behind a geopy Location: ours from `raw`, else a point placed by coordinates."""
    raw = location.raw if isinstance(location.raw, dict) else {}
    names = {f.name for f in fields(Place)}
    if names <= set(raw):
        return Place(**{k: raw[k] for k in names})
    return point_place(location.latitude, location.longitude)


class OfflineGeocoder(Geocoder):
    """Geocoder over the embedded gazetteer: no network, no key; `raw` is our place record."""

    def __init__(self, *, province: str | None = None, **kwargs: Any) -> None:
        """`province` (code or name) decides between same-named places; kwargs go to geopy."""
        super().__init__(**kwargs)
        self.province = province

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        timeout: Any = DEFAULT_SENTINEL,
        limit: int | None = None,
    ) -> Location | list[Location] | None:
        """Places `query` names (name, pinyin, path or `lat,lon`), best first; None if unknown."""
        found = [to_location(p) for p in candidates(str(query), self.province)]
        if not found:
            return None
        if exactly_one:
            return found[0]
        return found[:limit] if limit else found

    def reverse(
        self, query: Any, *, exactly_one: bool = True, timeout: Any = DEFAULT_SENTINEL
    ) -> Location | list[Location] | None:
        """The point as a Place of level "point", placed in its nearest division or country."""
        point = Point(query)
        location = to_location(point_place(point.latitude, point.longitude))
        return location if exactly_one else [location]


def make_geocoder(name: str | None = None, **kwargs: Any) -> Geocoder:
    """Our OfflineGeocoder by default; otherwise geopy's geocoder for service `name`."""
    if name is None or name.strip().lower() in OFFLINE_NAMES:
        return OfflineGeocoder(**kwargs)
    return get_geocoder_for_service(name)(**kwargs)


def configured_geocoder(name: str | None = None, **kwargs: Any) -> Geocoder | None:
    """The branch's online geocoder (`name`, else env VIPDESK_GEOCODER), or None: offline only."""
    chosen = name if name is not None else os.environ.get("VIPDESK_GEOCODER", "")
    if chosen.strip().lower() in OFFLINE_NAMES:
        return None
    options = {"user_agent": "vipdesk", "timeout": 5} | kwargs
    return make_geocoder(chosen.strip(), **options)


def locate(text: str, online: Geocoder | None = None) -> Place | None:
    """A caller's place: the offline gazetteer first, then the online geocoder if one is set."""
    place = resolve_location(text)
    if place is not None or online is None or candidates(text):
        return place  # several towns of that name: the desk asks, no service picks one
    try:
        found = online.geocode(text, exactly_one=True)
    except GeopyError as exc:  # no network, quota, timeout: the place stays unknown
        log.warning("online geocoder %s failed for a location: %s", type(online).__name__, exc)
        return None
    return place_from_location(found) if isinstance(found, Location) else None
