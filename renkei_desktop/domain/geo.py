"""Great-circle distance between town halls (市役所・町村役場), the only geography the advisor uses.

The master's coordinates are those of each municipality's office (japancode). A straight line is a
proxy: the 要綱 speak of commuting areas and travel time, which need road or rail data this offline
app does not have. Callers say so wherever a threshold is compared with it.
"""

from __future__ import annotations

import math

from .municipalities import Municipality

# IUGG mean Earth radius R1 = (2a + b) / 3 for GRS80/WGS84 (Moritz 2000); haversine on this sphere is
# within about 0.5% of the ellipsoidal distance anywhere in Japan, far below the thresholds' precision.
EARTH_RADIUS_KM = 6371.0088


def great_circle_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Haversine distance in km between two points given in decimal degrees."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    h = math.sin(d_phi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    # min() guards asin against rounding just above 1 for antipodal points
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def has_coordinates(m: Municipality) -> bool:
    return m.latitude is not None and m.longitude is not None


def distance_km(a: Municipality, b: Municipality) -> float | None:
    """Town hall to town hall; None when either has no coordinates (a prefecture, or not imported).

    Never 0 for an unknown position: 0 would make a municipality without coordinates look nearest.
    """
    if a.latitude is None or a.longitude is None or b.latitude is None or b.longitude is None:
        return None
    return great_circle_km(a.latitude, a.longitude, b.latitude, b.longitude)
