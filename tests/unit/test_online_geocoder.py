"""The optional online geocoder: off by default, asked only for places the gazetteer lacks."""

from __future__ import annotations

from geopy.exc import GeocoderUnavailable
from geopy.geocoders import Nominatim
from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from vipdesk.geo import configured_geocoder, locate


class Atlas(Geocoder):
    """A geopy Geocoder that knows one place the gazetteer does not (a branch's own service)."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def geocode(self, query, *, exactly_one=True, timeout=None):  # noqa: D102
        self.asked.append(query)
        if query == "Marina Bay Sands":
            return Location(query, Point(1.2834, 103.8607), {"display_name": query})
        return None


class Offline(Geocoder):
    """A geocoder whose network is down."""

    def geocode(self, query, *, exactly_one=True, timeout=None):  # noqa: D102
        raise GeocoderUnavailable("no network")


def test_off_by_default_and_named_services_are_geopys(monkeypatch):
    monkeypatch.delenv("VIPDESK_GEOCODER", raising=False)
    assert configured_geocoder() is None
    assert configured_geocoder("") is None
    monkeypatch.setenv("VIPDESK_GEOCODER", "nominatim")
    assert isinstance(configured_geocoder(), Nominatim)


def test_the_gazetteer_answers_first_and_the_online_one_fills_gaps():
    atlas = Atlas()
    assert locate("石家庄", atlas).name == "石家庄市"
    assert atlas.asked == []  # known offline: no network call
    place = locate("Marina Bay Sands", atlas)
    assert place is not None and place.in_mainland is False  # Singapore: outside the mainland
    assert abs(place.lat - 1.2834) < 1e-6
    assert locate("Atlantisxyz", atlas) is None  # (Atlantis itself is a real town, ZA)


def test_an_unreachable_online_geocoder_leaves_the_place_unknown():
    assert locate("Marina Bay Sands", Offline()) is None
