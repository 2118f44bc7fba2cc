"""The API's documentation pages, served from the bundled npm packages (no CDN, works offline).

``/docs`` is Swagger UI (``swagger-ui-dist``) and ``/redoc`` is ReDoc (``redoc``'s standalone
bundle); ``web/vendor.py`` copies both into ``crisislens/web/vendor`` at install time.
"""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import HTMLResponse

VENDOR = "/static/vendor"
FAVICON = "/static/favicon.svg"
# the bundles reach for a few outside addresses of their own (ReDoc's sidebar shows a logo from
# its CDN); the pages may load nothing but our server's files, so they work offline and leak
# nothing
SAME_ORIGIN_ONLY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'"
)


def add_offline_docs(app: FastAPI) -> None:
    """Add /docs and /redoc to an app created with ``docs_url=None, redoc_url=None``."""
    title = f"{app.title} API"

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return _same_origin_only(
            get_swagger_ui_html(
                openapi_url=app.openapi_url or "/openapi.json",
                title=title,
                swagger_js_url=f"{VENDOR}/swagger-ui/swagger-ui-bundle.js",
                swagger_css_url=f"{VENDOR}/swagger-ui/swagger-ui.css",
                swagger_favicon_url=FAVICON,
            )
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return _same_origin_only(
            get_redoc_html(
                openapi_url=app.openapi_url or "/openapi.json",
                title=title,
                redoc_js_url=f"{VENDOR}/redoc/redoc.standalone.js",
                redoc_favicon_url=FAVICON,
                with_google_fonts=False,
            )
        )


def _same_origin_only(page: HTMLResponse) -> HTMLResponse:
    page.headers["Content-Security-Policy"] = SAME_ORIGIN_ONLY
    return page
