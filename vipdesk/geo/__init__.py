"""Offline geography: the embedded gazetteer, address and location resolution, distances.

No Qt and no database here. The geopy geocoder adapter (`OfflineGeocoder`, `make_geocoder`)
is imported on first use, so importing this package stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vipdesk.geo.gazetteer import LEVELS, Place, gazetteer
from vipdesk.geo.points import point_place
from vipdesk.geo.resolve import (
    Resolution,
    candidates,
    complete,
    distance_km,
    parse_lat_lon,
    resolve_address,
    resolve_location,
    resolve_place,
)

if TYPE_CHECKING:
    from vipdesk.geo.geocoder import (
        OfflineGeocoder,
        configured_geocoder,
        locate,
        make_geocoder,
        place_from_location,
    )

__all__ = [
    "LEVELS",
    "OfflineGeocoder",
    "Place",
    "Resolution",
    "candidates",
    "complete",
    "configured_geocoder",
    "distance_km",
    "gazetteer",
    "locate",
    "make_geocoder",
    "parse_lat_lon",
    "place_from_location",
    "point_place",
    "resolve_address",
    "resolve_location",
    "resolve_place",
]

_LAZY = {"OfflineGeocoder", "configured_geocoder", "locate", "make_geocoder", "place_from_location"}


def __getattr__(name: str) -> Any:
    """Import the geopy geocoder adapter only when it is asked for."""
    if name in _LAZY:
        from vipdesk.geo import geocoder

        return getattr(geocoder, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
