#!/usr/bin/env python3
"""Dev check for the province reference data in src/Ioc.Data/Reference/Data/*.json.

Checks the shape and the internal references of every profile file, and that every
administrative unit (and the map centre) lies inside its province's boundary.
Standard library only. The boundary files are passed as arguments because the product
never reads them at run time; this script is a developer/CI check, not product code.

Usage:
  python3 scripts/check-refdata.py \\
      --provinces-2025 /path/to/vn-provinces-34-2025.geojson \\
      --provinces-pre2025 /path/to/vn-provinces-63-pre2025.topojson.json \\
      [--data-dir src/Ioc.Data/Reference/Data] [profile ...]

Exit code 0 when every file passes, 1 when any check fails, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

# profileId -> (id prefix, boundary checks). Each boundary check is (source, province name
# as spelled in that source). Sóc Trăng is a legacy profile: its units must lie inside the
# pre-2025 Sóc Trăng polygon and inside TP Cần Thơ, which absorbed it on 1 July 2025.
PROFILES: dict[str, tuple[str, list[tuple[str, str]]]] = {
    "khanh-hoa": ("kh-", [("2025", "Khánh Hoà")]),
    "thanh-hoa": ("th-", [("2025", "Thanh Hoá")]),
    "soc-trang": ("st-", [("pre2025", "Sóc Trăng"), ("2025", "TP Cần Thơ")]),
    "tay-ninh": ("tn-", [("2025", "Tây Ninh")]),
    "dong-nai": ("dn-", [("2025", "Đồng Nai")]),
}

AGENCY_LEVELS = {"department", "commune", "central", "utility"}
UNIT_KINDS = {"ward", "commune", "special-zone"}
PHONE = re.compile(r"^0900\d{6}$")  # fictional range 0900 000 000 - 0900 999 999
EMAIL = re.compile(r"^[a-z0-9._-]+@example\.vn$")
CODE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
MIN_AGENCIES, MIN_FIELDS, MIN_UNITS, MAX_UNITS = 30, 10, 20, 40

Ring = list[tuple[float, float]]  # (lng, lat) pairs
Polygon = list[Ring]  # outer ring first, then holes


def fold(name: str) -> str:
    """Compare province names without caring about tone placement (Hoà/Hòa) or case."""
    decomposed = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").lower().strip()


def geojson_polygons(geometry: dict) -> list[Polygon]:
    coords = geometry["coordinates"]
    if geometry["type"] == "Polygon":
        coords = [coords]
    elif geometry["type"] != "MultiPolygon":
        raise ValueError(f"unsupported geometry {geometry['type']}")
    return [[[(float(p[0]), float(p[1])) for p in ring] for ring in poly] for poly in coords]


def load_geojson(path: Path) -> dict[str, list[Polygon]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {fold(f["properties"]["ten_tinh"]): geojson_polygons(f["geometry"]) for f in data["features"]}


def load_topojson(path: Path) -> dict[str, list[Polygon]]:
    topo = json.loads(path.read_text(encoding="utf-8"))
    transform = topo.get("transform")
    arcs: list[Ring] = []
    for arc in topo["arcs"]:
        points: Ring = []
        x = y = 0.0
        for p in arc:
            if transform:  # quantized arcs are delta-encoded
                x, y = x + p[0], y + p[1]
                sx, sy = transform["scale"]
                tx, ty = transform["translate"]
                points.append((x * sx + tx, y * sy + ty))
            else:
                points.append((float(p[0]), float(p[1])))
        arcs.append(points)

    def ring(indexes: list[int]) -> Ring:
        out: Ring = []
        for i in indexes:
            part = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
            out.extend(part if not out else part[1:])  # consecutive arcs share an end point
        return out

    result: dict[str, list[Polygon]] = {}
    for obj in topo["objects"].values():
        for geom in obj["geometries"]:
            if geom["type"] == "Polygon":
                polys = [[ring(r) for r in geom["arcs"]]]
            elif geom["type"] == "MultiPolygon":
                polys = [[ring(r) for r in poly] for poly in geom["arcs"]]
            else:
                continue
            result[fold(geom["properties"]["ten_tinh"])] = polys
    return result


def in_ring(lng: float, lat: float, ring: Ring) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i]
        xj, yj = ring[j]
        if (yi > lat) != (yj > lat) and lng < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


def in_polygons(lng: float, lat: float, polygons: list[Polygon]) -> bool:
    return any(in_ring(lng, lat, p[0]) and not any(in_ring(lng, lat, h) for h in p[1:]) for p in polygons)


class Report:
    def __init__(self, name: str) -> None:
        self.name = name
        self.errors: list[str] = []

    def check(self, ok: bool, message: str) -> None:
        if not ok:
            self.errors.append(message)


def check_contact(r: Report, where: str, contact: object, phones: set[str]) -> None:
    if not isinstance(contact, dict):
        r.check(False, f"{where}: missing contact object")
        return
    for key in ("name", "title", "phone", "email"):
        r.check(isinstance(contact.get(key), str) and contact[key].strip() != "", f"{where}: empty {key}")
    phone, email = contact.get("phone", ""), contact.get("email", "")
    r.check(bool(PHONE.match(phone)), f"{where}: phone {phone!r} outside the fictional 0900xxxxxx range")
    r.check(phone not in phones, f"{where}: phone {phone} used twice")
    phones.add(phone)
    r.check(bool(EMAIL.match(email)), f"{where}: email {email!r} is not @example.vn")


def check_profile(path: Path, boundaries: dict[str, dict[str, list[Polygon]]]) -> Report:
    r = Report(path.name)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        r.check(False, f"cannot read: {e}")
        return r
    profile_id = data.get("profileId")
    r.check(path.stem == profile_id, f"profileId {profile_id!r} does not match the file name")
    if profile_id not in PROFILES:
        r.check(False, f"unknown profileId {profile_id!r}")
        return r
    prefix, checks = PROFILES[profile_id]
    r.check("fictional" in str(data.get("_comment", "")).lower(), "_comment must say the contacts are fictional")

    shapes = []
    for source, name in checks:
        polygons = boundaries[source].get(fold(name))
        r.check(polygons is not None, f"province {name!r} not found in the {source} boundary file")
        if polygons is not None:
            shapes.append((f"{name} ({source})", polygons))

    def inside_all(lat: object, lng: object, what: str) -> None:
        if not isinstance(lat, (int, float)) or not isinstance(lng, (int, float)):
            r.check(False, f"{what}: lat/lng must be numbers")
            return
        for label, polygons in shapes:
            r.check(in_polygons(float(lng), float(lat), polygons), f"{what} ({lat}, {lng}) is outside {label}")

    province = data.get("province") or {}
    r.check(bool(province.get("name")), "province.name is empty")
    r.check(isinstance(province.get("zoom"), int) and 5 <= province["zoom"] <= 14, "province.zoom must be 5..14")
    centre = province.get("center") or {}
    inside_all(centre.get("lat"), centre.get("lng"), "province.center")

    units = data.get("adminUnits") or []
    r.check(MIN_UNITS <= len(units) <= MAX_UNITS, f"{len(units)} admin units, expected {MIN_UNITS}..{MAX_UNITS}")
    unit_codes: set[str] = set()
    for u in units:
        code = u.get("code", "")
        r.check(code.startswith(prefix) and bool(CODE.match(code)), f"admin unit code {code!r} not prefixed {prefix!r}")
        r.check(code not in unit_codes, f"admin unit code {code} duplicated")
        unit_codes.add(code)
        r.check(bool(u.get("name")), f"admin unit {code}: empty name")
        r.check(u.get("kind") in UNIT_KINDS, f"admin unit {code}: kind {u.get('kind')!r} not in {sorted(UNIT_KINDS)}")
        inside_all(u.get("lat"), u.get("lng"), f"admin unit {code}")

    fields = data.get("fields") or []
    r.check(len(fields) >= MIN_FIELDS, f"{len(fields)} fields, expected at least {MIN_FIELDS}")
    field_codes: set[str] = set()
    for f in fields:
        code = f.get("code", "")
        r.check(bool(CODE.match(code)), f"field code {code!r} is not kebab-case")
        r.check(code not in field_codes, f"field code {code} duplicated")
        r.check(bool(f.get("name")), f"field {code}: empty name")
        field_codes.add(code)

    agencies = data.get("agencies") or []
    r.check(len(agencies) >= MIN_AGENCIES, f"{len(agencies)} agencies, expected at least {MIN_AGENCIES}")
    ids = [a.get("id", "") for a in agencies]
    by_id = {a.get("id"): a for a in agencies}
    phones: set[str] = set()
    handled: set[str] = set()
    units_with_committee: set[str] = set()
    for a in agencies:
        aid = a.get("id", "")
        r.check(aid.startswith(prefix) and bool(CODE.match(aid)), f"agency id {aid!r} not prefixed {prefix!r}")
        r.check(ids.count(aid) == 1, f"agency id {aid} duplicated")
        r.check(aid not in unit_codes, f"agency id {aid} collides with an admin unit code")
        r.check(bool(a.get("name")) and bool(a.get("shortName")), f"agency {aid}: empty name or shortName")
        level = a.get("level")
        r.check(level in AGENCY_LEVELS, f"agency {aid}: level {level!r} not in {sorted(AGENCY_LEVELS)}")
        unit = a.get("adminUnitCode")
        if level == "commune":
            r.check(unit in unit_codes, f"agency {aid}: adminUnitCode {unit!r} does not exist")
            units_with_committee.add(unit)
        else:
            r.check(unit is None or unit in unit_codes, f"agency {aid}: adminUnitCode {unit!r} does not exist")
        parent = a.get("parentId")
        r.check(parent is None or parent in by_id, f"agency {aid}: parentId {parent!r} does not resolve")
        seen, cursor = {aid}, parent
        while cursor in by_id:  # a parent chain must end at a root
            if cursor in seen:
                r.check(False, f"agency {aid}: parentId cycle through {cursor}")
                break
            seen.add(cursor)
            cursor = by_id[cursor].get("parentId")
        agency_fields = a.get("fields") or []
        r.check(len(agency_fields) > 0, f"agency {aid}: handles no field")
        for code in agency_fields:
            r.check(code in field_codes, f"agency {aid}: field {code!r} does not exist")
        handled.update(agency_fields)
        for role in ("leader", "focalOfficer", "head"):
            check_contact(r, f"agency {aid}.{role}", a.get(role), phones)

    for code in sorted(field_codes - handled):
        r.check(False, f"field {code} is handled by no agency (routing would find nobody)")
    for code in sorted(unit_codes - units_with_committee):
        r.check(False, f"admin unit {code} has no commune-level agency")
    r.counts = (len(units), len(fields), len(agencies))  # type: ignore[attr-defined]
    return r


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--provinces-2025", required=True, type=Path, help="34-province GeoJSON (property ten_tinh)")
    parser.add_argument("--provinces-pre2025", required=True, type=Path, help="63-province TopoJSON (property ten_tinh)")
    parser.add_argument("--data-dir", type=Path, default=Path(__file__).resolve().parent.parent / "src/Ioc.Data/Reference/Data")
    parser.add_argument("profiles", nargs="*", help="profile ids to check (default: every *.json in --data-dir)")
    args = parser.parse_args(argv)

    try:
        boundaries = {"2025": load_geojson(args.provinces_2025), "pre2025": load_topojson(args.provinces_pre2025)}
    except (OSError, ValueError, KeyError) as e:
        print(f"cannot load the boundary files: {e}", file=sys.stderr)
        return 2
    files = [args.data_dir / f"{p}.json" for p in args.profiles] or sorted(args.data_dir.glob("*.json"))
    if not files:
        print(f"no profile files in {args.data_dir}", file=sys.stderr)
        return 1

    passed = failed = 0
    for path in files:
        report = check_profile(path, boundaries)
        if report.errors:
            failed += 1
            print(f"FAIL {report.name}")
            for e in report.errors:
                print(f"  - {e}")
        else:
            passed += 1
            units, fields, agencies = report.counts  # type: ignore[attr-defined]
            print(f"ok   {report.name}: {units} admin units, {fields} fields, {agencies} agencies")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
