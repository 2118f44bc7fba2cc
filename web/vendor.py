"""Copy the front-end packages of the dashboard and the API docs into the crisislens package.

Run by `make install` after `npm ci --prefix web`; the dashboard, /docs and /redoc then work
with no network. axe-core (a devDependency) is not copied: the browser tests read it from
web/node_modules, and users' installs do not carry it.
"""

import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ROOT / "web" / "node_modules"
VENDOR = ROOT / "src" / "crisislens" / "web" / "vendor"
FILES = {
    "leaflet/dist/leaflet.js": "leaflet/leaflet.js",
    "leaflet/dist/leaflet.css": "leaflet/leaflet.css",
    "leaflet/dist/images": "leaflet/images",
    "topojson-client/dist/topojson-client.min.js": "topojson-client.min.js",
    "world-atlas/countries-110m.json": "world/countries-110m.json",
    "leaflet/LICENSE": "licenses/leaflet.txt",
    "topojson-client/LICENSE": "licenses/topojson-client.txt",
    "world-atlas/LICENSE": "licenses/world-atlas.txt",
    # ISO 3166 alpha-3 -> numeric, to join /stats countries onto world-atlas shapes
    "i18n-iso-countries/codes.json": "world/iso3166.json",
    "i18n-iso-countries/LICENSE": "licenses/i18n-iso-countries.txt",
    # /docs and /redoc, offline
    "swagger-ui-dist/swagger-ui-bundle.js": "swagger-ui/swagger-ui-bundle.js",
    "swagger-ui-dist/swagger-ui.css": "swagger-ui/swagger-ui.css",
    "swagger-ui-dist/LICENSE": "licenses/swagger-ui.txt",
    "redoc/bundles/redoc.standalone.js": "redoc/redoc.standalone.js",
    "redoc/LICENSE": "licenses/redoc.txt",
}


def main() -> None:
    missing = [src for src in FILES if not (MODULES / src).exists()]
    if missing:
        sys.exit(f"missing {', '.join(missing)}: run `npm ci --prefix web` first")
    for src, dest in FILES.items():
        target = VENDOR / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if (MODULES / src).is_dir():
            shutil.copytree(MODULES / src, target, dirs_exist_ok=True)
        else:
            shutil.copy2(MODULES / src, target)
    print(f"dashboard assets in {VENDOR}")


if __name__ == "__main__":
    main()
